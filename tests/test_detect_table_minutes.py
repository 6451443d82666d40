"""A minute's decision table ("§ | Ärende | Ansvar | Klart | Grund") and a body's invoice table ("Faktura | Ägare |
…") under a caption are tables of their own: their header row ends the table above them, the law under "Grund" is no
one's home or initials, and the body's invoice numbers are no customer's numbers. Fictional bodies and people."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

from redact.detect.table_geometry import from_words
from redact.detect.table_id_lines import _from_id_header_lines
from redact.detect.table_text import _from_cell_lines
from redact.ingest.pdf import extract_page

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save  # noqa: E402

COLS = (50, 110, 250, 330, 400)


def _homes_then_minutes(path: Path) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    rows = [("Stuga", "Ägare", "Hemadress"), ("Bodarna 14", "Gun Ekvall", "Åvägen 3, 941 31 Norrby"),
            ("Bodarna 22", "Nils Tapio", "Myrstigen 8, 941 40 Sörby"), ("Beslut",),
            ("§", "Ärende", "Ansvar", "Klart", "Grund"), ("31", "ny farstukvist", "G.Ek.", "NTa", "PBL, KML"),
            ("32", "tjärat tak", "NTa", "G.Ek.", "KML")]
    y = 100
    for row in rows:
        for x, cell in zip(COLS, row):
            page.insert_text((x, y), cell, fontsize=9)
        y += 16
    return save(doc, path)


def test_a_minutes_header_row_under_a_caption_ends_the_table_above(tmp_path):
    with pymupdf.open(_homes_then_minutes(tmp_path / "stugor.pdf")) as doc:
        page = extract_page(doc[0])
    homes = {page.text[c.start:c.end] for c in from_words(page) if c.header == "Hemadress"}
    assert "Åvägen 3, 941 31 Norrby" in homes
    assert not any("Grund" in h or "KML" in h for h in homes), homes


def test_a_caption_over_the_header_cells_read_one_a_line_is_no_column():
    text = "\n".join(["Beslut", "§", "Ärende", "Ansvar", "Klart", "Grund",
                      "31", "ny farstukvist", "G.Ek.", "NTa", "PBL, KML",
                      "32", "tjärat tak", "NTa", "G.Ek.", "KML",
                      "33", "nytt staket", "G.Ek.", "NTa", "PBL", ""])
    cells = {text[c.start:c.end]: c.header for c in _from_cell_lines(text)}
    assert not any("KML" in v or "PBL" in v for v in cells), cells


def test_a_role_caption_over_a_column_of_names_is_no_column():
    text = "\n".join(["Deltagare", "Namn", "Sign.", "Ort", "Gun Ekvall", "G.Ek.", "Norrby",
                      "Nils Tapio", "NTa", "Sörby", ""])
    headers = {c.header for c in _from_cell_lines(text)}
    assert "Deltagare" not in headers, headers


def test_the_next_tables_header_row_ends_a_column_of_codes_of_no_numbers_shape():
    text = "\n".join(["Kundnr", "Gatuadress", "Postadress", "KUND-A 2207", "Åvägen 3", "941 31 Norrby",
                      "KUND-A 2214", "Myrstigen 8", "941 40 Sörby", "Fakturor", "Faktura", "Ägare",
                      "Veterinär Attest Status", "F31-20441", "G.Ek.", "NTa", "obetald",
                      "F31-20452", "N.T.", "NTa", "betald", ""])
    codes = {text[c.start:c.end] for c in _from_id_header_lines(text)}
    assert not any(c.startswith("F31") for c in codes), codes


def test_a_first_header_cell_before_header_cells_nobody_listed_is_no_caption():
    # "Ersättning/mån Handl." closes the header row: the rows repeat with five cells, so "Uppdrag" heads a column
    text = "\n".join(["Uppdrag", "Kontaktperson", "Personnr", "Ersättning/mån Handl.",
                      "UP-31-004", "Gun Ekvall", "19580719-2645", "2 350 kr", "NTa",
                      "UP-31-006", "Nils Tapio", "19910315-2915", "1 800 kr", "NTa",
                      "UP-31-009", "Tove Lindahl", "19870412-2868", "2 100 kr", "G.Ek.", ""])
    cells = {text[c.start:c.end]: c.header for c in _from_cell_lines(text)}
    assert "Ersättning/mån Handl." not in cells, cells
