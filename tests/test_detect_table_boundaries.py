"""Where a table ends: a caption and the next table's header, a caption closed by a colon, a heading
after the last row; and tables whose header cells nobody listed. Tables built as PDFs (read by
geometry) and as plain text (one cell a line). Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402


def _found(det) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in det.findings}


def _two_tables_pdf(tmp_path: Path) -> Path:
    # a caption word and the next table's header right below the first table, as a register prints them
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Bidrag till hembygdsföreningar 2026"], y=60)
    table(page, (40, 80), [["Sökande", "Personnr", "Bostadsort"], ["Viveka Strandlund", "581203-2316", "Åsby"],
                           ["Ahmed Farouk", "690411-5539", "Ekeby"]], col_width=150)
    write_lines(page, ["Återbetalning"], y=150)
    table(page, (40, 160), [["Efternamn", "Leverantör", "Belopp"], ["Strandlund", "Verktygshuset AB", "2 400 kr"],
                            ["Farouk", "Byggmästarna AB", "1 950 kr"]], col_width=150)
    return save(doc, tmp_path / "bidrag.pdf")


def test_a_caption_and_the_next_tables_header_end_the_table_above(tmp_path, blank_detector):
    found = _found(detect_document(_two_tables_pdf(tmp_path), blank_detector))
    for word in ("Återbetalning", "Leverantör", "Efternamn"):
        assert not any(word in text for text in found), (word, found)
    for name in ("Viveka Strandlund", "Ahmed Farouk", "Strandlund", "Farouk"):
        assert any(name in text and cat == "PERSON" for text, cat in found.items()), (name, found)


CAPTIONED_CELL_LINES = """Bidrag till hembygdsföreningar 2026
Sökande
Personnr
Bostadsort
Viveka Strandlund
581203-2316
Åsby
Ahmed Farouk
690411-5539
Ekeby
Slutreglering
Efternamn
Butik
Säljare
Strandlund
Verktygshuset AB
Kassa 2
"""


def test_a_caption_before_a_name_header_ends_a_table_read_one_cell_a_line(blank_detector):
    found = _found(detect_text(CAPTIONED_CELL_LINES, blank_detector))
    assert not any(w in text for w in ("Slutreglering", "Butik", "Säljare") for text in found), found
    assert found.get("Viveka Strandlund") == "PERSON" and found.get("Ahmed Farouk") == "PERSON"


# A caption closed by a colon ("Utdelade nycklar:") and the next table's header row ("Nyckel", "Utlämnad av",
# "Åter") right under the first table: no word of them is a value of the table above, in a PDF or one cell a line.
# A caption over more rows of the same table ("Ersättare:") leaves the rows below it in the table.
def _colon_captioned_pdf(tmp_path: Path) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Föreningslokaler, höstterminen"], y=60)
    table(page, (40, 80), [["Adress", "Kontaktperson", "Telefon"], ["Kvarnvägen 3", "Viveka Strandlund", "070-318 22 41"],
                           ["Åsbacken 12", "Ahmed Farouk", "073-402 19 88"]], col_width=150)
    write_lines(page, ["Utdelade nycklar:"], y=150)
    table(page, (40, 160), [["Nyckel", "Utlämnad av", "Åter"], ["Stora salen", "ToB", "12/9"],
                            ["Förrådet", "ToB", "19/9"]], col_width=150)
    return save(doc, tmp_path / "nycklar.pdf")


COLON_CAPTIONED_CELL_LINES = """Föreningslokaler, höstterminen
Adress
Kontaktperson
Telefon
Kvarnvägen 3
Viveka Strandlund
070-318 22 41
Åsbacken 12
Ahmed Farouk
073-402 19 88
Utdelade nycklar:
Nyckel
Utlämnad av
Åter
Stora salen
ToB
12/9
"""


def test_a_caption_closed_by_a_colon_ends_the_table_above(tmp_path, blank_detector):
    for det in (detect_document(_colon_captioned_pdf(tmp_path), blank_detector),
                detect_text(COLON_CAPTIONED_CELL_LINES, blank_detector)):
        found = _found(det)
        assert not any(w in text for w in ("Utdelade", "Nyckel", "Utlämnad", "Åter", "Stora") for text in found), found
        assert found.get("Viveka Strandlund") == "PERSON" and found.get("Ahmed Farouk") == "PERSON"


def _hearing_pdf(tmp_path: Path) -> Path:
    # a court's lists: the parties' homes, then a caption and the witnesses' table, whose first header cell (the
    # case) no list holds
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Parternas adresser"], y=60)
    table(page, (40, 80), [["Ärende", "Gatuadress", "Postort"], ["T 41/26", "Tallvägen 9", "731 40 Köping"],
                           ["T 47/26", "Granbacken", "731 97 Köping"]], col_width=130)
    write_lines(page, ["Vittnen"], y=150)
    table(page, (40, 160), [["Ärende", "Vittne", "Född", "Bostadsort"], ["T 41/26", "Hilkka Ruotsalainen", "1961-03-08",
                                                                         "Köping"],
                            ["T 47/26", "Bengt Svedin", "1958", "Arboga"]], col_width=120)
    return save(doc, tmp_path / "vittnen.pdf")


def test_a_caption_over_a_header_row_with_one_unlisted_cell_ends_the_table_above(tmp_path, blank_detector):
    found = _found(detect_document(_hearing_pdf(tmp_path), blank_detector))
    assert not any("Vittne" in text for text in found), found
    for name in ("Hilkka Ruotsalainen", "Bengt Svedin"):
        assert found.get(name) == "PERSON", (name, found)


def _subcaptioned_pdf(tmp_path: Path) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Styrelsen 2026"], y=60)
    table(page, (40, 80), [["Förnamn", "Efternamn", "Uppdrag"], ["Wanjiru", "Kamau-Lindh", "ordförande"]], col_width=150)
    write_lines(page, ["Ersättare:"], y=130)
    table(page, (40, 140), [["Oluwakemi", "Adeyemi-Borg", "suppleant"], ["Thandeka", "Mabuza-Ek", "suppleant"]],
          col_width=150)
    return save(doc, tmp_path / "styrelse.pdf")


def test_a_caption_over_more_rows_of_names_keeps_them_in_the_table(tmp_path, blank_detector):
    found = _found(detect_document(_subcaptioned_pdf(tmp_path), blank_detector))
    for name in ("Wanjiru", "Kamau-Lindh", "Oluwakemi", "Adeyemi-Borg", "Thandeka", "Mabuza-Ek"):
        assert any(name in text and cat == "PERSON" for text, cat in found.items()), (name, found)
    assert not any("Ersättare" in text for text in found)


# One cell a line, a header row with columns nobody listed among the known ones ("Redskap", "Ersättning"),
# a verb's header cell ("Betalas till") and a row number's header before them ("Utrop").
UNLISTED_HEADERS_TEXT = """Så här fördelades redskapen vid städdagen.
Förnamn
Efternamn
Redskap
Skäl
Wilhelmina
Okonkwo-Lindh
kratta
egen saknas
Torbjörn
Vähämäki
sekatör
lånad ut
Ersättningen betalas ut i november.
Efternamn
Personnr
Ersättning
Betalas till
Okonkwo-Lindh
19740312-2380
1 800 kr
5519-3307
Vähämäki
196911023312
2 250 kr
44 18 02-6
Sålt vid auktionen:
Utrop
Förnamn
Efternamn
Vara
Pris
Signatur
4
Ragnvald
Eskilsson
skottkärra
350 kr
REs
9
Noor
Haddadi
stege
220 kr
NHa
"""


@pytest.mark.parametrize("word", ["Redskap", "Ersättning", "Utrop", "Vara", "Pris"])
def test_unlisted_header_cells_of_a_one_cell_a_line_table_are_not_names(blank_detector, word):
    found = _found(detect_text(UNLISTED_HEADERS_TEXT, blank_detector))
    assert not any(word in text.split() for text in found), found


@pytest.mark.parametrize("value,category", [
    ("Wilhelmina", "PERSON"), ("Okonkwo-Lindh", "PERSON"), ("Torbjörn", "PERSON"), ("Vähämäki", "PERSON"),
    ("19740312-2380", "PERSONNUMMER"), ("196911023312", "PERSONNUMMER"), ("Ragnvald", "PERSON"),
    ("Eskilsson", "PERSON"), ("Noor", "PERSON"), ("Haddadi", "PERSON"), ("REs", "PERSON"), ("NHa", "PERSON"),
])
def test_the_rows_under_unlisted_header_cells_keep_their_columns(blank_detector, value, category):
    found = _found(detect_text(UNLISTED_HEADERS_TEXT, blank_detector))
    assert any(value in text.split() and cat == category for text, cat in found.items()), (value, found)


# A heading and running text right under a table: the heading is no row of it, its words no names.
HEADING_ROWS = [
    ["Elev", "Elevnummer", "Klass"],
    ["Tuva Karlgren", "E27-5512", "4A"],
    ["Oskar Mahmoudi", "E27-5519", "4B"],
]
HEADING_AFTER = [
    "Utredningsförlopp",
    "Den 3 mars berättade Tuva Karlgren för sin mentor att hon blivit utesluten ur gruppen på rasten.",
]


def _table_then_heading_pdf(tmp_path: Path, heading: str) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Anmälan om kränkande behandling, vårterminen"], x=40, y=70)
    table(page, (40, 90), HEADING_ROWS, col_width=150)
    write_lines(page, [heading, HEADING_AFTER[1]], x=44, y=160)
    return save(doc, tmp_path / "anmalan.pdf")


@pytest.mark.parametrize("heading", ["Utredningsförlopp", "Åtgärder och uppföljning"])
def test_a_heading_under_a_pdf_table_before_running_text_is_no_row(tmp_path, blank_detector, heading):
    found = _found(detect_document(_table_then_heading_pdf(tmp_path, heading), blank_detector))
    assert not any(heading.split()[0] in text.split() for text in found), found
    assert found.get("Oskar Mahmoudi") == "PERSON" and found.get("Tuva Karlgren") == "PERSON"


def test_a_heading_after_a_table_read_one_cell_a_line_is_no_row(blank_detector):
    text = ("Så här blev det.\nElev\nElevnummer\nKlass\nTuva Karlgren\nE27-5512\n4A\nOskar Mahmoudi\nE27-5519\n4B\n"
            f"{HEADING_AFTER[0]}\n{HEADING_AFTER[1]}\n")
    found = _found(detect_text(text, blank_detector))
    assert HEADING_AFTER[0] not in found, found
    assert found.get("Oskar Mahmoudi") == "PERSON"


def test_two_unlisted_header_cells_before_the_known_ones_keep_the_columns_in_line(blank_detector):
    text = ("Driftbidrag till enskilda vägar.\nVäg\nVägnr\nKontaktperson Telefon\nUtbetalning till\n"
            "Ekmyrsvägen\nEV 3104\nGudrun Aspelin\n0563-221 40\nBg 5931-4401\n"
            "Tallåsvägen\nEV 3117\nNajib Sultani\n070-441 28 19\nBg 5120-3388\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("Gudrun Aspelin") == "PERSON" and found.get("Najib Sultani") == "PERSON"
    assert "Ekmyrsvägen" not in found and "Tallåsvägen" not in found, found


def test_a_table_read_one_cell_a_line_ends_where_the_next_tables_header_begins(blank_detector):
    text = ("Bidrag till anställda.\nAnst.nr\nNamn\nAktivitet\nAttest\n"
            "51 2208\nKarolina Westin\nPadel\nUL\n51 3319\nAbdullahi Warsame\nSimning\nJeN\n"
            "Kvitton\nAnst.nr\nKvitto från\nKortnr\n51 2208\nPadelhallen Norrvik\nK 441 20\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("Karolina Westin") == "PERSON" and found.get("Abdullahi Warsame") == "PERSON"
    assert not any("Padelhallen" in t for t in found), found


# A one-cell-a-line table whose first header cell is cut short with a point and spells a listed name ("Tim."), whose
# unlisted header cell holds a comma ("Uppdrag, ort"), whose birth dates change their writing from row to row: the
# rows' own short numbers mark where each row begins, the header's cells all stay header cells, and the next table's
# header repeating the cut-short cell ends this table.
def _hours_table(id_header: list[str]) -> str:
    return "\n".join(["Utbetalda timmar per assistent", "Tim.", "Namn", "Född", "Uppdrag, ort", *id_header,
                      "12", "Hedvig Sandström", "1963-07-14", "Kiruna 2019–22", "AN 4471",
                      "8", "Jonas och Elsa Berglund", "3.9.1970", "Gällivare", "AN 4518",
                      "14", "Marketta Lehtonen", "21. maaliskuuta 1958", "Pajala", "AN 4602",
                      "Tim.", "Adress", "Postnr", "12", "Storgatan 4", "981 31 Kiruna", ""])


@pytest.mark.parametrize("id_header", [["Anställningsnr"], ["Anställnings- och", "kortnr"]],
                         ids=["whole", "broken-over-two-lines"])
def test_a_cut_short_first_header_cell_and_a_header_cell_with_a_comma_keep_the_columns_in_line(blank_detector,
                                                                                               id_header):
    found = _found(detect_text(_hours_table(id_header), blank_detector))
    for date in ("1963-07-14", "3.9.1970", "21. maaliskuuta 1958"):
        assert found.get(date) == "DATE_OF_BIRTH", found
    assert "Uppdrag, ort" not in found and "Tim." not in found and "Tim" not in found, found


# A caption and the next table's header row whose last cell is the postal town's ("Kundnr", "Adress", "Postort"):
# the table of names above has ended, and a farm and its village under "Adress" are no borrower's name.
def _postal_town_header_pdf(tmp_path: Path) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Hemleverans av talböcker"], y=60)
    table(page, (40, 80), [["Hållplats", "Låntagare", "Född"], ["Lillmyra", "Viveka Strandlund", "1941"],
                           ["Örnvik", "Ahmed Farouk", "1938"]], col_width=150)
    write_lines(page, ["Leveransadresser"], y=150)
    table(page, (40, 160), [["Kundnr", "Adress", "Postort"], ["1", "Granbacken, Lillmyra", "984 94 Åsby"],
                            ["2", "Örnvik 118", "984 92 Åsby"]], col_width=150)
    write_lines(page, ["Hållplatsen i Lillmyra flyttas till kyrkan."], y=240)
    return save(doc, tmp_path / "leverans.pdf")


def test_a_header_row_ending_in_the_postal_town_opens_the_next_table(tmp_path, blank_detector):
    found = _found(detect_document(_postal_town_header_pdf(tmp_path), blank_detector))
    assert not any(cat == "PERSON" and "Lillmyra" in text for text, cat in found.items()), found
    for name in ("Viveka Strandlund", "Ahmed Farouk"):
        assert found.get(name) == "PERSON", (name, found)
