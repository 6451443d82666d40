"""Words that are no one's name though they stand capitalised where a name might: a federation of municipalities
named by its own word ("Norrbacka Avfallsförbund", "Skaraborgs Kommunalförbund") as sender or recipient, a company's form after the firm's
town ("Hyresbostäder i Ekby AB") though someone's initials are "AB", and a table's header cells naming a role or a
thing after a role's cell ("Sökande Borgensman", "Sökande" / "Redskap"), the rest of the header row below them, and a
compound role ending in a short role ("Eventchef", "Kulturstrateg") before the name it goes with. Fictional
bodies and people; the shipped model."""

from __future__ import annotations

from redact.pipeline import detect_text
from redact.detect.no_person_spans import header_row_line, header_run_cell
from redact.resolve.name_forms import counts


def _persons(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


def test_a_federation_named_by_its_own_word_is_no_person(model_detector):
    text = ("Från: Norrbacka Avfallsförbund, kundtjänst\n"
            "Till: Olle Bengtsson, Rönnvägen 4, 775 30 Krylbo\n\n"
            "Skaraborgs Kommunalförbund svarar på frågor om tömningen.\n")
    persons = _persons(text, model_detector)
    assert "Olle Bengtsson" in persons
    assert not any("förbund" in p for p in persons)



def test_a_firms_form_after_its_town_is_no_copy_of_someones_initials():
    text = "Hyresbostäder i Ekby AB, område Väster, svarar."
    a = text.index("AB")
    assert not counts(text, a, a + 2, True)
    other = "Nyckeln lämnades till AB i receptionen."
    b = other.index("AB")
    assert counts(other, b, b + 2, True)


ROW_AS_LINES = ("Lån och kontakter\n"
                "Sökande Borgensman Kreditgivare\n"
                "Handl. Telefon\n"
                "KL\n"
                "Per Andersson\n"
                "MB\n"
                "070-441 22 10\n")


def test_header_cells_after_a_roles_cell_are_no_name_when_the_row_goes_on_below(model_detector):
    persons = _persons(ROW_AS_LINES, model_detector)
    assert "Per Andersson" in persons
    assert not any("Borgensman" in p or "Kreditgivare" in p for p in persons)


def test_a_header_cell_read_one_a_line_between_header_cells_is_no_name():
    text = "Redskap och kontakter\nSökande\nRedskap\nHandl.\nTelefon\nKL\nHusqvarna nr 5510441\n"
    a = text.index("Redskap\nHandl")
    assert header_run_cell(text, a, a + len("Redskap"))
    phrase = "Ägare\nSåg, kvarn eller stängsel\nHandl.\nTelefon\nPS\n"
    b = phrase.index("Såg")
    assert header_run_cell(phrase, b, b + 3)


def test_the_first_header_cell_of_a_run_read_one_a_line_is_no_name():
    # a court's "Aktbil." before the known header cells; a column nobody listed and a known one on one line
    text = "Parter och vittnen\nAktbil.\nPart\nFödd\nKlientnr\nT 3307-26/4\nGreta Ådahl\n"
    a = text.index("Aktbil")
    assert header_run_cell(text, a, a + len("Aktbil"))
    text = "Lånad utrustning\nPraktikant Sak\nNummer\nHandl. Telefon\nKM\nlaptop\n"
    a = text.index("Praktikant")
    assert header_run_cell(text, a, a + len("Praktikant Sak"))
    # a row's last cell, a value or another name on the line above it, before the next table's header cells stays a
    # name
    text = "Rum\nNamn\n12\nZeynep Qarabağ\nNamn\nAdress\n"
    a = text.index("Zeynep")
    assert not header_run_cell(text, a, a + len("Zeynep Qarabağ"))
    text = "Namn\nZeynep Qarabağ\nYusra Tahtacı\nNamn\nAdress\n"
    a = text.index("Yusra")
    assert not header_run_cell(text, a, a + len("Yusra Tahtacı"))
    # a row's initials, a one-word value above them, before a caption and the next table's header
    text = "F-71\nOlle Ek\nLinden\nMaJ\nKontaktpersoner:\nBoende\nNärstående\n"
    a = text.index("MaJ")
    assert not header_run_cell(text, a, a + 3)


def test_a_name_under_a_roles_header_stays_a_name():
    text = "Sökande\nKajsa Nordlund\nTelefon\n070-441 22 10\n"
    a = text.index("Kajsa")
    assert not header_run_cell(text, a, a + len("Kajsa Nordlund"))
    assert not header_row_line("Sökande Nordlund\nTelefon 070-441 22 10\n", 8, 16)


def test_a_copy_of_a_name_part_in_a_header_row_does_not_count():
    text = "Utrustning och kontakter\nSökande Redskap\nHandl. Telefon\nKL\n"
    a = text.index("Redskap\n")
    assert not counts(text, a, a + len("Redskap"), True)
    lone = "Sökande\nRedskap\nHandl.\nTelefon\nKL\n"
    b = lone.index("Redskap")
    assert not counts(lone, b, b + len("Redskap"), True)


def test_a_compound_role_ending_in_a_short_role_is_cut_from_the_name(model_detector):
    text = ("Eventchef Linnea Sandström (LS), handläggare Omar Haddad (OH).\n"
            "Kulturstrateg Pia Lundgren och Funktionärsledare Åsa Bergkvist svarar.\n")
    persons = _persons(text, model_detector)
    assert {"Linnea Sandström", "Pia Lundgren", "Åsa Bergkvist"} <= persons
    assert not any(w in p for p in persons for w in ("Eventchef", "Kulturstrateg", "Funktionärsledare"))


def test_a_copy_of_initials_on_a_signature_line_still_counts():
    text = "Signerat: MHo. Granskat: TLö.\n"
    a = text.index("TLö")
    assert counts(text, a, a + 3, True)


def test_the_guardians_role_opening_a_sentence_is_no_name(model_detector):
    text = ("Beslut om arvode.\nGode mannen Ylva Strandqvist har begärt arvode för 2027; "
            "hon nås på 070-318 22 47.\n")
    persons = _persons(text, model_detector)
    assert "Ylva Strandqvist" in persons
    assert not any("Gode" in p for p in persons)


def test_the_next_tables_header_cells_under_a_signing_column_are_no_initials():
    # read one cell a line, the signing column of the table above runs on into the next table's header
    from redact.detect.cell_findings import with_headed_cells
    from redact.types import Page

    text = ("Resor och försäkring\nStudentnummer Fältplats\nFörsäkringskort\nAttest\n"
            "se31-n0441\nCusco, PE\nKammarkollegiet ELV-UT 31-055181\nP.Hd.\n"
            "se31-n0442\nNaivasha, KE\nKammarkollegiet ELV-UT 31-055182\nMJdS\n"
            "Bostäder\nStudent Adress\nPostort\nL.Q.M.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = {f.text for f in with_headed_cells(page, []) if f.category == "PERSON"}
    assert "Student Adress" not in found, found
    assert "P.Hd." in found, found
