"""Initials in a ruled table's column whose header names who handled, inspected or decided, by its
abbreviation ("Insp.", "Besl.", "Hl.", "Röstm.") or as a role ("Röstmottagare"), in the shapes hands
write them ("t.bl", "i-l.k", "Pe-Ö", "J.v.D", "a.lu"), even where the names beside them read as another
language: the output read by MuPDF and by poppler no longer holds them. A licence class beside them
("BE") stays. Fictional people."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from conftest import mupdf_text, pdftotext
from pdf_builders import new_pdf, save, table

from redact.pipeline import run_file

TABLES = {
    "Insp.": [["Fastighet", "Ägare", "Årsmedel", "Insp."],
              ["Lomsjö 2:41", "Gudrun Vikner", "340", "t.bl"],
              ["Ås 3:9", "Mirjam Haddad", "110", "Pe-Ö"],
              ["Ås 4:1", "Stina Holm", "620", "Ch.W"],
              ["Ås 5:2", "Tove Ek", "95", "KT"]],
    "Besl.": [["Förnamn", "Efternamn", "Klass", "Besl."],
              ["Wilma", "Sjödén", "4B", "c.am"],
              ["Hamza", "Nasser", "7A", "J.v.D"],
              ["Matilda", "Kuoljok", "6A", "ÅsA"]],
    "Hl.": [["Kontaktperson", "Arvode", "Kl.", "Hl."],
            ["Katarzyna Kołodziej", "2 350 kr", "BE", "a.lu"],
            ["Thi Hoa Phan", "2 900 kr", "B", "i-l.k"],
            ["Nguyễn Thị Thủy", "1 800 kr", "C", "AnnaK"]],
    "Röstmottagare": [["Väljare", "Adress", "Röstmottagare"],
                      ["Elvy Norrgård", "Myrstigen 4", "k.ön"],
                      ["Zdzisław Pietrzak", "Kvarnträsk 7", "g.sv"]],
}


def _document(path: Path, rows: list[list[str]]) -> Path:
    doc = new_pdf()
    page: pymupdf.Page = doc.new_page(width=595, height=842)
    page.insert_text((50, 60), "Sammanställning, Norrbacka kommun", fontsize=11)
    table(page, (50, 80), rows, col_width=125)
    page.insert_text((50, 80 + 18 * len(rows) + 30), "Frågor besvaras av växeln.", fontsize=11)
    return save(doc, path)


@pytest.mark.parametrize("header", list(TABLES))
def test_initials_under_a_role_header_are_removed(tmp_path, blank_detector, header):
    rows = TABLES[header]
    out = tmp_path / "out.pdf"
    disclosure = run_file(_document(tmp_path / "in.pdf", rows), out, detector=blank_detector)
    assert disclosure.verification.ok
    initials = [r[-1] for r in rows[1:]]
    for reading in (mupdf_text(out), pdftotext(out)):
        words = set(reading.split())
        for ini in initials:
            assert ini not in words, (header, ini)
        assert header in words  # the header itself is no one's
        if header == "Hl.":
            assert "BE" in words  # a licence class is no one's initials


TWO_TABLES = """Utbetalningslista, familjehem
Uppdrag
Förnamn
Efternamn
Hl.
FH-0412
Annika
Lindqvist
JoS
FH-0415
Abdirahman
Warsame
m.la
Köpta placeringar
Avtal
Utförare
Org.nr
Belopp
HVB-0033
Gläntans HVB AB
556819-4020
148 600 kr
"""


def test_a_table_read_one_cell_a_line_ends_at_the_next_tables_header(blank_detector):
    # "Hl." makes the first table's rows line up; the next table's header cells are no row of it
    from redact.pipeline import detect_text

    persons = {w for f in detect_text(TWO_TABLES, blank_detector).findings if f.category == "PERSON"
               for w in f.text.split()}
    assert {"JoS", "m.la", "Annika", "Warsame"} <= persons
    assert not persons & {"Avtal", "Utförare", "Köpta", "placeringar"}


def test_an_abbreviation_that_needs_a_number_is_initials_alone_in_a_responsibility_cell(tmp_path, blank_detector):
    # "ca" (cirka) and "kl" (klockan) always stand before a number: alone as an "Ansvarig" cell they are a
    # person's initials, as "BöN" beside them is
    rows = [["Åtgärd", "Ansvarig", "Tid"],
            ["Beställa nya skyltar", "ca", "40 min"],
            ["Svara på remissen", "kl", "2 tim"],
            ["Kalla till årsmöte", "BöN", "1 tim"]]
    out = tmp_path / "out.pdf"
    disclosure = run_file(_document(tmp_path / "in.pdf", rows), out, detector=blank_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        words = set(reading.split())
        assert not words & {"ca", "kl", "BöN"}
        assert {"Ansvarig", "40", "tim", "remissen"} <= words



# A case's parties listed by their initials under "Part": the header names persons.
def test_parties_initials_under_a_party_header_are_removed(tmp_path, blank_detector):
    rows = [["Part", "Försök", "Telefon"], ["LV", "2", "070-661 30 17"], ["OK", "1", "073-408 55 21"],
            ["BÅN", "3", "076-230 14 90"]]
    out = tmp_path / "out.pdf"
    disclosure = run_file(_document(tmp_path / "in.pdf", rows), out, detector=blank_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        words = set(reading.split())
        assert not words & {"LV", "OK", "BÅN"}
        assert {"Part", "Försök"} <= words


# A column of applicants' initials: a cell whose capitals read as an abbreviation or a header ("ID") is someone's
# initials too when the column's other cells are initials; under a column of full names it stays, and so does an
# answer in a sign column.
@pytest.mark.parametrize("rows, gone, kept", [
    ([["Sökande", "Förening", "Telefon"], ["TR", "Norrå fiskeklubb", "070-114 22 09"],
      ["ID", "Sörå fiskeklubb", "070-552 10 83"]], {"TR", "ID"}, {"Sökande", "fiskeklubb"}),
    ([["Sökande", "Förening", "Telefon"], ["Tora Rask", "Norrå fiskeklubb", "070-114 22 09"],
      ["ID", "Sörå fiskeklubb", "070-552 10 83"]], {"Tora", "Rask"}, {"ID"}),
    # a sign column's answer among initials stays an answer
    ([["Åtgärd", "Sign.", "Tid"], ["Beställa skyltar", "MK", "40 min"], ["Svara på remissen", "OK", "2 tim"],
      ["Kalla till årsmöte", "BN", "1 tim"]], {"MK", "BN"}, {"OK", "Sign."}),
])
def test_an_abbreviation_among_initials_in_a_persons_column_is_initials(tmp_path, blank_detector, rows, gone, kept):
    out = tmp_path / "out.pdf"
    disclosure = run_file(_document(tmp_path / "in.pdf", rows), out, detector=blank_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        words = set(reading.split())
        assert not words & gone
        assert kept <= words


def test_a_second_signers_column_beside_a_signing_column_is_read_by_its_cells(tmp_path):
    # "Kontroll" names no kind, but in a table with an inspector's column its cells of initials are a second signer's;
    # a column of answers beside them stays
    from redact.detect.table_geometry import from_words
    from redact.ingest.pdf import extract_page

    rows = [["Ärende", "Låst", "Inspektör", "Kontroll"],
            ["TR-3107", "ja", "UlH.", "K.af B."],
            ["TR-3112", "nej", "AnL", "G-Å.S."],
            ["TR-3120", "ja", "UlH.", "AnL"]]
    with pymupdf.open(_document(tmp_path / "in.pdf", rows)) as doc:
        page = extract_page(doc[0])
    cells = {(c.header, page.text[c.start:c.end]) for c in from_words(page)}
    assert {("Kontroll", "K.af B."), ("Kontroll", "G-Å.S."), ("Kontroll", "AnL")} <= cells, cells
    assert not any(text in ("ja", "nej") for _, text in cells)


# Read one cell a line, a row's initials stand before an item whose word names a number ("passerkort",
# "nyckelbricka"): joined they read as a header broken over two lines, but the initials' neighbours are a phone
# number and a value, no header cells, so they stay initials.
def test_initials_before_an_item_that_names_a_number_stay_initials():
    from redact.detect.cell_findings import with_headed_cells
    from redact.detect.no_person_spans import header_run_cell
    from redact.types import Page

    text = ("Lånade nycklar och kort\nPerson Sak\nNummer\nHandl. Telefon\n"
            "KL\nlånekort\nStadsbiblioteket kort 7730118\nTS\n+45 31 72 90 14\n"
            "RW\npasserkort\nSalto passerkort 5521-C\nMH\n+49 151 2330 7719\n"
            "EJ\nnyckelbricka\nAssa bricka 990331\nTS\n0586-71 22 04\n"
            "Beslut\n")
    a = text.index("RW")
    assert not header_run_cell(text, a, a + 2)
    # initials of mixed case join too: the lines around both halves decide
    mixed = text.replace("RW\n", "ThN\n")
    a = mixed.index("ThN")
    assert not header_run_cell(mixed, a, a + 3)
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = {f.text for f in with_headed_cells(page, []) if f.category == "PERSON"}
    assert {"KL", "RW", "EJ"} <= found, found
    # a header broken over two lines, above its table's rows, stays a header
    text = "Lån\nPerson\nLåne-\nkortsnummer\nHandl.\nKL\n"
    a = text.index("Låne-")
    assert header_run_cell(text, a, a + len("Låne-"))


# Read one cell a line under a signing header, every column's cells stand below it: an item's short name in the
# column of things lent ("dator", "TV" among "projektor", "skrivare") is no one's initials, the person's and the
# handler's initials on every row stay.
def test_an_items_short_name_in_a_column_of_words_is_no_initials():
    from redact.detect.initials import find_initials_in_signatures

    text = ("Lånad utrustning\nPerson Sak\nNummer\nHandl. Telefon\n"
            "KL\nprojektor\nEpson SN 7730118\nTS\n+45 31 72 90 14\n"
            "RW\ndator\nLenovo SN 5521-C\nMH\n+49 151 2330 7719\n"
            "EK\nTV\nSamsung SN 990331\nTS\n0586-71 22 04\n"
            "AB\nskrivare\nHP SN 11873\nMH\n0586-71 22 05\n"
            "Beslut\n")
    found = {text[a:b] for a, b, _ in find_initials_in_signatures(text)}
    assert {"KL", "RW", "EK", "AB", "TS", "MH"} <= found, found
    assert not found & {"dator", "TV"}, found


def test_a_word_of_small_letters_in_an_initials_column_is_no_initials():
    from redact.detect.cell_findings import with_headed_cells
    from redact.types import Page

    # a reading that slipped a column puts the thing's word under "Handl.": initials are written in capitals
    text = ("Utlånade redskap\n| Låntagare | Sak | Handl. | Telefon\n| Ida Berg | såg | bil | 070-441 22 18\n"
            "| Per Ek | tång | LD | 070-441 22 19\n")
    found = with_headed_cells(Page(number=1, text=text, words=(), width=595, height=842), [])
    assert [f.text for f in found if f.reason.startswith("initialer")] == ["LD"]
