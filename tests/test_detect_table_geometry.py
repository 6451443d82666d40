"""The geometric reading of a table without ruling: a signature column whose header begins with a
word that names no column ("Utförd av", "Signerad av"), on a page with no other header of a kind,
and a row with an empty cell, so that no text reading lines the rows up. Fictional people."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.pipeline import RunOptions, run_file
from tests.conftest import mupdf_text, pdftotext

COLUMNS = (56, 200, 380)
ROWS = (
    ("2026-01-12", "Hembesök", "AK"),
    ("2026-01-14", "", "Leyla Demir"),
    ("2026-01-15", "Inköp", "JN"),
    ("2026-01-16", "", "Omar Haddad"),
)


def _action_log(path: Path, header: str) -> Path:
    """An action log set as a table by position alone: no rules, no tabs, one text line a cell."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((56, 70), "Åtgärdslogg för hemtjänsten i Norrvik", fontsize=11)
    y = 100.0
    for row in (("Datum", "Åtgärd", header), *ROWS):
        for x, cell in zip(COLUMNS, row):
            if cell:
                page.insert_text((x, y), cell, fontsize=10)
        y += 16
    doc.save(path)
    doc.close()
    return path


@pytest.mark.parametrize("header", ["Utförd av", "Signerad av"])
def test_initials_under_a_header_of_any_first_word_are_masked(tmp_path: Path, blank_detector, header: str) -> None:
    src = _action_log(tmp_path / "logg.pdf", header)
    out = tmp_path / "logg.out.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    masked = {m.text for m in disclosure.masks}
    assert {"AK", "JN"} <= masked, masked
    for reader in (mupdf_text, pdftotext):
        text = reader(out)
        assert "Hembesök" in text and "Inköp" in text  # the other columns stay readable
        words = set(text.split())
        assert not words & {"AK", "JN", "Leyla", "Demir", "Omar", "Haddad"}, reader.__name__
