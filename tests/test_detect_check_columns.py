"""A check's, an inspection's or a measurement's column ("Kontroll", "Besiktning", "Mätning") holds the initials of
the staff who did it, in a table of tasks with no person's column as in a register of persons: plain capitals among
hand-shaped initials there are a person's too ("RKMA" beside "T.v.Lo."). A column of answers or of codes under the
same header stays. Fictional people."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from pdf_builders import new_pdf, save, table

from redact.detect.table_geometry import from_words
from redact.ingest.pdf import extract_page, open_pdf


def _cells(tmp_path: Path, rows: list[list[str]]) -> list[tuple[str, str, str]]:
    doc = new_pdf()
    page: pymupdf.Page = doc.new_page(width=595, height=842)
    page.insert_text((50, 60), "Åtgärder i huset", fontsize=11)
    table(page, (50, 80), rows, col_width=110)
    path = save(doc, tmp_path / "in.pdf")
    with open_pdf(path) as pdf:
        read = extract_page(pdf[0])
    return [(c.kind, c.header, read.text[c.start:c.end]) for c in from_words(read)]


def test_capitals_among_initials_under_an_inspection_header_are_a_persons(tmp_path):
    rows = [["Åtgärd", "Ägare", "Mätning", "Besiktning"],
            ["TAK-ISOL", "Vera Alm", "P-E.Wi.", "T.v.Lo."],
            ["FÖNSTER 2-glas", "Olle Berg", "K.S.R.", "RKMA"],
            ["VENT", "Ines Lund", "P-E.Wi.", "RKMA"]]
    cells = _cells(tmp_path, rows)
    assert ("sign", "Besiktning", "RKMA") in cells
    assert ("sign", "Besiktning", "T.v.Lo.") in cells
    assert ("sign", "Mätning", "K.S.R.") in cells


def test_answers_or_codes_under_a_check_header_stay(tmp_path):
    rows = [["Åtgärd", "Ägare", "Kontroll", "Besiktning"],
            ["TAK-ISOL", "Vera Alm", "flytt", "BES-0"],
            ["FÖNSTER 2-glas", "Olle Berg", "inkomst", "BES-1"],
            ["VENT", "Ines Lund", "boende", "BES-0"]]
    assert [c for c in _cells(tmp_path, rows) if c[1] in ("Kontroll", "Besiktning")] == []
