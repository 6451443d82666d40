"""A table of homes ends at a lone caption above the next table's header row, even when a header word there is a
surname too ("Datum | Strand | Prov | Ledare"): the beaches and tests under it are read as no homes. So does a table of
persons above a header row with a numbered header ("Kontroll 1"). Fictional."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from pdf_builders import new_pdf, save, table


def _document(path: Path) -> Path:
    doc = new_pdf()
    page: pymupdf.Page = doc.new_page(width=595, height=842)
    table(page, (50, 80), [["Anst.nr", "Sommaradress", "Hemadress"],
                           ["EK-31-0552", "Lönnvägen 7, 302 60 Halmstad", "Ekgatan 4, 411 03 Göteborg"],
                           ["EK-31-0553", "Björkstigen 2, 302 61 Halmstad", "Storgatan 9, 553 16 Jönköping"]],
          col_width=170)
    page.insert_text((50, 170), "Provpass", fontsize=11)
    table(page, (50, 180), [["Datum", "Strand", "Prov", "Ledare"],
                            ["2031-06-07", "Hagön", "400 m", "VeLu"],
                            ["2031-06-21", "Östra stranden", "HLR-B", "AnKj"]], col_width=100)
    return save(doc, path)


def test_the_next_tables_cells_are_no_homes(tmp_path):
    from redact.detect.table_geometry import from_words
    from redact.ingest.pdf import extract_page

    with pymupdf.open(_document(tmp_path / "in.pdf")) as doc:
        page = extract_page(doc[0])
    homes = {page.text[c.start:c.end] for c in from_words(page) if c.kind == "address"}
    assert "Lönnvägen 7, 302 60 Halmstad" in homes
    assert not homes & {"Hagön", "Östra stranden", "400 m", "Strand", "Ledare"}, homes


def _numbered_header_document(path: Path) -> Path:
    doc = new_pdf()
    page: pymupdf.Page = doc.new_page(width=595, height=842)
    table(page, (50, 80), [["Kassakonto", "Namn", "Född", "Id-nummer"],
                           ["KASSA-EK 01/31-A", "Greta Ådahl", "3 maj 1941", "19410503-1111"],
                           ["KASSA-EK 02/31-A", "Olle Sundin", "9 juli 1938", "19380709-2222"]], col_width=140)
    page.insert_text((50, 150), "Kort och kontroller", fontsize=11)
    table(page, (50, 156), [["Beslut", "Boende", "Kontroll 1", "Bankkort"],
                            ["SoL 4 kap.", "G.Å.", "S-E.Ny", "Visa 4581 0000 1111 2222"],
                            ["SoL 4 kap.", "O.Su.", "M.Ek.", "inget kort"]], col_width=88)
    return save(doc, path)


def test_a_numbered_header_in_the_next_tables_header_row_ends_the_table_above(tmp_path):
    # "Kontroll 1": a header numbered by its figure is no value, so its row is the next table's header
    from redact.detect.table_geometry import from_words
    from redact.ingest.pdf import extract_page

    with pymupdf.open(_numbered_header_document(tmp_path / "in.pdf")) as doc:
        page = extract_page(doc[0])
    cells = {(page.text[c.start:c.end], c.header) for c in from_words(page)}
    names = {text for text, header in cells if header == "Namn"}
    assert "Greta Ådahl" in names
    assert not any("Kontroll" in text or "Boende" in text for text in names), cells
