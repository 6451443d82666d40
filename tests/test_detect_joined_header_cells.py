"""Header cells MuPDF joins on one line are no person the model alone proposed there, while a signature's name, a
name from abroad in a table's first row and a person any rule supports stay. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.joined_header_cells import drop_joined_header_cells, joined_header_cells
from redact.types import Finding


def _person(text: str, part: str, reason: str = "ner: ner:PER") -> Finding:
    a = text.index(part)
    return Finding(id="p1-0", page=1, start=a, end=a + len(part), text=part, category="PERSON", score=0.85,
                   detector="names", reason=reason)


REPAIRS = "\n".join(["Fel som hyresgästerna anmält", "Hyresgäst Anmärkning", "Åtgärd", "Telefon", "KL",
                     "spricka i fasad", "målas om", "070-318 22 41", ""])
MEMBERS = "\n".join(["Ersättare som kallas in", "Avgången Ersättare", "Född", "Telefon", "TW",
                     "Vera Holm (VH)", "8 aug 1977", "070-224 81 36", ""])
ONE_LINE = "\n".join(["Medföljande och kontakter", "Gäst Medföljande eller kontaktTelefon", "AP",
                      "Ion Popa (IP)", "070-662 18 04", ""])
# a header cell with a comma in it joined to the one before ("Häst, pass" beside "Ägare")
COMMA = "\n".join(["Hästar i stallet", "Ägare Häst, pass", "Handl. Telefon", "KB",
                   "752004400118822", "LW", "070-551 20 83", ""])


@pytest.mark.parametrize("text, part", [(REPAIRS, "Hyresgäst Anmärkning"), (MEMBERS, "Avgången"),
                                        (ONE_LINE, "Gäst Medföljande"), (COMMA, "Ägare Häst")])
def test_header_cells_joined_on_a_line_are_no_person(text, part):
    f = _person(text, part)
    assert joined_header_cells(f, text)
    assert drop_joined_header_cells([f], text) == []


def test_a_signatures_name_over_the_role_and_the_unit_stays():
    text = "Med vänlig hälsning\nZhu Wen\nHandläggare\nSocialförvaltningen\n"
    assert not joined_header_cells(_person(text, "Zhu Wen"), text)


def test_a_name_from_abroad_in_the_first_row_under_the_header_stays():
    text = "Kontakter\nNamn\nTelefon\nZhu Wen\n070-662 18 04\n"
    assert not joined_header_cells(_person(text, "Zhu Wen"), text)


def test_a_person_a_rule_supports_stays():
    f = _person(REPAIRS, "Hyresgäst Anmärkning", reason="names+ner: context:hyresgäst; ner:PER")
    assert not joined_header_cells(f, REPAIRS)


def test_a_known_headers_word_joined_with_an_unlisted_one_is_the_header():
    text = REPAIRS.replace("Hyresgäst Anmärkning", "Hyresgäst Skick")
    assert joined_header_cells(_person(text, "Hyresgäst Skick"), text)


# An appeal's table: the header's last two cells joined on a line, which a column reader took for a complainant
APPEALS = "\n".join(["Inkomna överklaganden", "Mål", "Klagande", "Född", "Avgift Ombud", "2218-31",
                     "Vilma Rask", "1968-02-14", "2 400 kr", "ingen", ""])


def test_joined_header_cells_a_column_reader_took_for_its_first_row_are_no_person():
    f = _person(APPEALS, "Avgift Ombud", reason="ner: ner:PER | namn i en kolumn under rubriken 'Klagande'")
    assert joined_header_cells(f, APPEALS)


def test_a_column_note_under_a_header_of_another_table_keeps_the_person():
    f = _person(APPEALS, "Avgift Ombud", reason="ner: ner:PER | namn i en kolumn under rubriken 'Namn'")
    assert not joined_header_cells(f, APPEALS)


# the model took only the unknown cell of the joined line; known header cells alone stand beside it
TRAINEES = "\n".join(["Handledare och intyg", "Praktikant Ombud", "Telefon", "Intyg från", "V.S.",
                      "Gerda Lunnqvist", "070-551 62 08", "skolan", ""])
# a caption over the table, and a header cell saying whose telephone it holds
PENSIONERS = "\n".join(["Läkare och ombud som intygat", "Pensionär Läkare", "Ombud", "Telefon till ombud", "KB",
                        "Åke Strandell (ÅSt)", "Irma Dahlvik", "070-318 20 44", ""])
# a caption over the table, and a small word kept with its header cell ("Hämtad av")
ESTATES = "\n".join(["Lösöre utlämnat", "Avliden Hämtad av", "Telefon", "Signerat", "TL",
                     "Olle Tallroth (bror)", "070-662 41 19", "OT", ""])


@pytest.mark.parametrize("text, part", [(TRAINEES, "Praktikant"), (PENSIONERS, "Pensionär"),
                                        (ESTATES, "Avliden Hämtad")])
def test_header_cells_joined_under_a_caption_or_beside_known_headers_are_no_person(text, part):
    assert joined_header_cells(_person(text, part), text)
