"""A table ends where its first column's header stands again: the next table's header row ("Ärende | Fisk |
Kundnr" under "Ärende | Adress") opens no more rows of the first, so the fish of the second stay out of the homes of
the first. Fictional places; the blank pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

from redact.detect.table_geometry import from_words
from redact.ingest.pdf import extract_page

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save  # noqa: E402

LINES_AT = (50, 160, 330)


def _two_tables(path: Path) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    rows = [("Ärende", "Adress", "Ort"), ("B-2207", "Storgatan 4", "Näsby"), ("B-2214", "Lindvägen 9", "Åsby"),
            ("Fisk och båtar", "", ""), ("Ärende", "Fisk och leverantör", "Kundnr"),
            ("B-2207", "400 öringar, Ekåns fiskodling", "EF 2207"), ("B-2214", "250 gösar, Sjöfisk", "SF 4418")]
    y = 100
    for row in rows:
        for x, cell in zip(LINES_AT, row):
            if cell:
                page.insert_text((x, y), cell, fontsize=9)
        y += 14
    return save(doc, path)


def test_the_next_tables_header_row_ends_the_first_table(tmp_path):
    with pymupdf.open(_two_tables(tmp_path / "tillstand.pdf")) as doc:
        page = extract_page(doc[0])
    homes = {page.text[c.start:c.end] for c in from_words(page) if c.header == "Adress"}
    assert "Storgatan 4" in homes
    assert not any("öringar" in h or "gösar" in h for h in homes), homes
