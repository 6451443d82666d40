"""Names and initials in tables, signature lines and action columns, short forms of first
names and streets without a number: whole documents through the detect stage (text files,
rules only), so that linking to one person is checked too. Fictional people."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.pipeline import detect_document

ATTENDANCE = """Elevhälsomöte 12 mars
Förnamn
Efternamn
Befattning
Sign.
Ingrid
Wästberg
Kurator
IW
Dragan
Halilovic
Rektor
DH
Yasmin
Teklehaimanot
Skolsköterska
YT

Åtgärder
Åtgärd
Ansvarig
Klart
Kontakta vårdnadshavare
IW
15/3
Boka uppföljning
DH, YT
1/4
Följa upp frånvaron
OK
"""

MINUTES = """Protokoll fört vid möte med Karin Sundberg och Oskar af Ugglas.
Sekreterare K.S. läste upp föregående protokoll.
Punkt 4 föredrogs av OaU.
Justerandes signatur: KS / OaU / RÖ
"""


def _detect(tmp_path: Path, detector, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return detect_document(path, detector)


def _subject_of(det, text: str) -> set[str]:
    return {f.subject for f in det.findings if f.text == text}


def test_first_name_and_surname_cells_of_one_row_are_one_person(tmp_path, blank_detector):
    det = _detect(tmp_path, blank_detector, ATTENDANCE)
    texts = {f.text for f in det.findings if f.category == "PERSON"}
    assert {"Ingrid\nWästberg", "Dragan\nHalilovic", "Yasmin\nTeklehaimanot"} <= texts


def test_signature_and_action_column_initials_are_the_person_of_the_row(tmp_path, blank_detector):
    det = _detect(tmp_path, blank_detector, ATTENDANCE)
    for name, ini in (("Ingrid\nWästberg", "IW"), ("Dragan\nHalilovic", "DH"), ("Yasmin\nTeklehaimanot", "YT")):
        person = _subject_of(det, name)
        assert len(person) == 1
        assert _subject_of(det, ini) == person, ini
    assert not any(f.text == "OK" for f in det.findings)


def test_dotted_particle_and_signature_line_initials_are_linked(tmp_path, blank_detector):
    det = _detect(tmp_path, blank_detector, MINUTES)
    karin = _subject_of(det, "Karin Sundberg")
    oskar = _subject_of(det, "Oskar af Ugglas")
    assert _subject_of(det, "K.S.") == karin
    assert _subject_of(det, "OaU") == oskar
    assert _subject_of(det, "KS") == karin  # "KS" is also an abbreviation, but not on a signature line


def test_unmatched_initials_on_a_signature_line_are_proposed(tmp_path, blank_detector):
    det = _detect(tmp_path, blank_detector, MINUTES)
    (ko,) = [f for f in det.findings if f.text == "RÖ"]
    assert ko.category == "PERSON"
    assert ko.subject not in _subject_of(det, "Karin Sundberg") | _subject_of(det, "Oskar af Ugglas")


SHORT_FORMS = """Anteckning från hembesök
Närvarande var Torbjörn Lindh, Christina Öhman och Gustav Strand.
Tobbe berättade om skolan. Kicki var orolig för ekonomin.
Gurra hade inga frågor men Kickis syster ringde senare.
"""


def test_short_forms_of_named_peoples_first_names_are_those_people(tmp_path, blank_detector):
    det = _detect(tmp_path, blank_detector, SHORT_FORMS)
    for full, short in (("Torbjörn Lindh", "Tobbe"), ("Christina Öhman", "Kicki"), ("Gustav Strand", "Gurra")):
        person = _subject_of(det, full)
        assert len(person) == 1
        assert _subject_of(det, short) == person, short
    assert any(f.text.startswith("Kicki") and f.start > SHORT_FORMS.index("syster") - 10 for f in det.findings)


STREETS = """Utredning
Leila Haddad bor på Lingonstigen 14 i Norrvik sedan 2021.
Grannarna på Lingonstigen har klagat på oväsen.
Hennes bror flyttade till Backavägen förra året och bor nu hemma på Ekbackevägen.
Mötet hölls på Stadshuset.
"""


def test_streets_without_numbers(tmp_path, blank_detector):
    det = _detect(tmp_path, blank_detector, STREETS)
    addresses = [(f.text, f.start) for f in det.findings if f.category == "ADDRESS"]
    texts = [t for t, _ in addresses]
    assert "Lingonstigen 14" in texts
    bare = STREETS.index("Lingonstigen har")
    assert ("Lingonstigen", bare) in addresses  # the same street as the address elsewhere
    assert "Backavägen" in texts and "Ekbackevägen" in texts  # after a residence cue
    assert "Stadshuset" not in texts


def test_initials_on_the_line_under_a_signature_label(blank_detector):
    from redact.types import Page

    text = "Justerandes signatur\nRJ / SvB\n\nUtdragsbestyrkande\n"
    found = {f.text for f in blank_detector.detect(Page(number=1, text=text, words=(), width=595, height=842))}
    assert {"RJ", "SvB"} <= found


def _cells_found(text: str, tmp_path: Path, blank_detector) -> dict[str, str]:
    path = tmp_path / "tabell.txt"
    path.write_text(text, encoding="utf-8")
    det = detect_document(path, blank_detector)
    return {f.text: f.category for f in det.findings if f.status != "rejected"}


# One cell a line; the header cells nobody listed ("Nivå", "Terminer", "Tillfällen") follow the known ones. Read as
# the first row's values they became a first name and shifted every row after them.
UNLISTED_AFTER = """Kursarvoden våren 2027
Förnamn
Efternamn
Anst.nr
{tail}
Vilhelmina
Lindqvist
52 118
Svetsning
12
ALö
Jovan
Radosavljević
52 406
Truckkort
8
a.lö
Nkechi
Okafor
52 733
Svetsning
16
ALö
"""


def test_header_cells_nobody_listed_after_the_known_ones_are_no_names(tmp_path, blank_detector):
    found = _cells_found(UNLISTED_AFTER.format(tail="Nivå\nTerminer\nTillfällen"), tmp_path, blank_detector)
    for word in ("Nivå", "Terminer", "Tillfällen"):
        assert not any(word in t for t in found), (word, found)
    for name in ("Vilhelmina", "Lindqvist", "Jovan", "Radosavljević", "Nkechi", "Okafor"):
        assert any(name in t and c == "PERSON" for t, c in found.items()), (name, found)


def test_two_unlisted_header_cells_read_as_one_line_are_no_names(tmp_path, blank_detector):
    # MuPDF joins two narrow header cells into one line ("Terminer Tillfällen"): one line, two columns
    found = _cells_found(UNLISTED_AFTER.format(tail="Nivå\nTerminer Tillfällen"), tmp_path, blank_detector)
    assert not any("Nivå" in t or "Terminer" in t or "Tillfällen" in t for t in found), found
    for name in ("Vilhelmina", "Jovan", "Radosavljević", "Okafor"):
        assert any(name in t and c == "PERSON" for t, c in found.items()), (name, found)


def test_unlisted_header_cells_over_rows_of_short_counts(tmp_path, blank_detector):
    # no identifier in the rows: their cells that begin with a count ("3 rok", "1 mar") repeat the rows' shape
    text = ("Förnamn\nEfternamn\nBostad\nTillträde\nHelmi\nRautio\n3 rok\n1 mar\nAbdikarim\nWarsame Nuur\n2 rok\n"
            "1 apr\nIlse\nKowalewska\n1 rok\n15 apr\n")
    found = _cells_found(text, tmp_path, blank_detector)
    assert not any("Bostad" in t or "Tillträde" in t for t in found), found
    for name in ("Helmi", "Rautio", "Abdikarim", "Kowalewska"):
        assert any(name in t and c == "PERSON" for t, c in found.items()), (name, found)


MIXED_CODES = """Obetalda avgifter i gästhamnen, säsongen 2026
Namn
Båt-id
Fordon
Nätter Skuld
Jesper Vinge
DK 30418
CX 41 287
4
1 360 kr
Malin Sundkvist
SE 558 214
NHT 48C
2
680 kr
Aivars Ozols
LV 7731
KP-4418
3
1 020 kr
"""


def test_unlisted_header_cells_over_codes_of_changing_shape_are_no_names(tmp_path, blank_detector):
    # the vehicles' column mixes plates of several countries ("CX 41 287", "NHT 48C"); "Nätter Skuld" after the
    # known header cells is no first row's value
    found = _cells_found(MIXED_CODES, tmp_path, blank_detector)
    assert not any("Nätter" in t or "Skuld" in t for t in found), found
    assert any("Jesper Vinge" in t and c == "PERSON" for t, c in found.items()), found


def test_two_people_in_one_name_cell_are_two_names_and_och_stays(blank_detector):
    from redact.pipeline import detect_text

    text = ("Klagomål, kvartal 2\nDnr | Klagande | Född\nIMY-2026-0512 | Amra och Tarik Hodžić | 030271\n"
            "IMY-2026-0519 | Siv Lundmark | 1949-05-21\n\nÄrendena fördelas.\n")
    found = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert "Amra" in found and "Tarik Hodžić" in found
    assert not any(" och " in t for t in found), found


@pytest.mark.parametrize("value", ["Nås på", "Betalas till"])
def test_a_verb_with_its_closing_preposition_is_no_name_in_a_name_column(value):
    from redact.detect.table_values import value_fits

    assert not value_fits("full", value, "Anmälare")


def test_the_header_row_over_codes_of_changing_shape_is_read_whole():
    from redact.detect.table_header_runs import _header_run, _trailing_header_cells
    from redact.detect.table_text import _lines

    lines = _lines(MIXED_CODES)
    header, j = _header_run(lines, 1)
    assert header[-1] == "Fordon" and _trailing_header_cells(lines, j, len(header)) == (["Nätter", "Skuld"], 1)


STATIONS = """Mätplatser i fjällen
Plats
Värd
Född
Obs.nr
Utrustning
Abisko 18840
Inga-Lill Berg
3.4.51
MK 2207-A
Sortel WX-3 11-0412
Kvikkjokk 16890
Per-Ola Nutti
12 maj -48
MK 3318-B
Windex R2 P5512077
Riksgränsen 18820
Sanna Kuoljok
7.11.1960
MK 4429-C
Sortel WX-3 11-0520
"""


def test_unlisted_header_cells_before_and_after_the_known_ones_over_words_and_codes():
    # no cell is a bare number: the rows repeat by their codes' and words' shapes, so "Plats" and "Värd" open the
    # header row and "Utrustning" closes it; a place's station ("Abisko 18840") is no observer's number
    from redact.detect.table_text import _from_cell_lines

    cells = {(STATIONS[c.start:c.end], c.kind) for c in _from_cell_lines(STATIONS)}
    assert ("MK 2207-A", "id") in cells and ("7.11.1960", "birth") in cells
    assert not any(t.startswith(("Abisko", "Kvikkjokk", "Riksgränsen")) for t, _ in cells), cells


VISITS = """Besök vid disken
Turordning
Besökare
Född enl. intyg
Dokument
KB-ÖRE 1102-05
Anna-Karin Lund
4/9/1969
svenskt pass 88120433
KB-ÖRE 1102-09
Tomas Öberg
17.03.1958 г.
körkort 55190341-02
KB-ÖRE 1103-01
Rasa Petrauskienė
1958
litauiskt ID-kort 40011873
"""


def test_unlisted_header_cells_around_the_known_ones_over_cells_that_change_shape():
    # the birth dates change shape from row to row: the rows repeat by whether a cell holds a digit, so "Dokument"
    # closes the header row and is no first visitor's name
    from redact.detect.table_text import _from_cell_lines

    cells = {(VISITS[c.start:c.end], c.kind) for c in _from_cell_lines(VISITS)}
    assert ("Dokument", "full") not in cells
    assert ("Tomas Öberg", "full") in cells and ("Rasa Petrauskienė", "full") in cells


THINGS = """Djur och register
Person
Sak
Nummer
IB
Skånegäss
Fårföreningen medlemsnr 5521-907
BO
Gutefår
Fårföreningen medlemsnr 5521-908
"""


def test_initials_in_capitals_are_no_first_name_broken_over_the_next_cell(model_detector):
    # "Ib" and "Bo" are given names, but two capitals alone on their line are the row's initials: the breed in the
    # next cell is no surname
    from redact.document_detection import detect_text

    texts = {f.text for f in detect_text(THINGS, model_detector).findings}
    assert not any("Skånegäss" in t or "Gutefår" in t for t in texts), texts


def test_two_people_in_a_cell_one_with_an_apostrophes_prefix_each_a_name(blank_detector):
    # "and" between two names in a name column stays readable, a surname's prefix joined by an apostrophe too
    from redact.pipeline import detect_text

    text = "\n".join(["Sökande", "Dnr | Person | Född", "4471-28 | Niamh O'Brien och Ciarán Walsh | 1988-04-12",
                      "4472-28 | Siv Lundmark | 1949-05-21", "", "Ärendena fördelas."])
    masked = [f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"]
    assert not any(" och " in t for t in masked), masked
    assert any("O'Brien" in t for t in masked) and any("Ciarán Walsh" in t for t in masked), masked
