"""Initials of a hyphenated first name and the start of a surname, each with its dot ("K-E.Ny.", "M-L.Bé."), alone in
a cell of a column whose header names no signer ("Steg 2", "Kontroll"); a word with a hyphen and an abbreviation's
dot in a cell stays. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.hyphened_initials import hyphened_initials
from redact.types import Page

TABLE = """Bedömningar
Datum
Steg 1
Steg 2
2026-04-02
LoK
K-E.Ny.
2026-04-09
LoK
M-L.Bé.
"""


def _persons(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {f.text for f in detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("initials", ["K-E.Ny.", "M-L.Bé."])
def test_hyphened_initials_alone_in_a_cell(blank_detector, initials):
    assert initials in _persons(blank_detector, TABLE)


def test_a_text_tables_cell_counts_too():
    text = "| 2026-04-02 | A-C.Sö. |"
    assert [text[a:b] for a, b in hyphened_initials(text)] == ["A-C.Sö."]


@pytest.mark.parametrize("cell", ["E-post", "T-bana", "A-K.", "Ö-vik.", "e-Kr.", "K-E.Ny. ringer"])
def test_other_hyphened_cells_stay(cell):
    assert hyphened_initials(f"Anteckning\n{cell}\n") == []
