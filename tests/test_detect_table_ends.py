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


def _titled_table(path: Path) -> Path:
    # the title's last word begins just before the second column does: the reader splits the title there
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 100), "Begäran om ombudsbehörighet", fontsize=11)
    second = page.search_for("ombudsbehörighet")[0].x0 + 1
    cols = (50, second, second + 80, second + 210, second + 330)
    rows = [("Ärende", "Huvudman", "Född", "Ombud", "Relation"),
            ("RB 2031/118", "Lena Ekholm", "12 aug 1961", "Per Ekholm", "make"),
            ("RB 2031/124", "Ana Ionescu", "3 iunie 1984 (Cluj)", "Dan Ionescu", "make")]
    y = 118
    for row in rows:
        for x, cell in zip(cols, row):
            page.insert_text((x, y), cell, fontsize=9)
        y += 16
    return save(doc, path)


def test_a_header_row_under_a_title_ends_the_titles_reading(tmp_path):
    # the title split at the column edges reads as a header row of its own; the real header row below it (all its
    # cells but "Huvudman" headers) ends that reading, so the dates keep their own column's header
    with pymupdf.open(_titled_table(tmp_path / "ansokningar.pdf")) as doc:
        page = extract_page(doc[0])
    headers = {c.header for c in from_words(page) if "19" in page.text[c.start:c.end]}
    assert headers == {"Född"}, headers
