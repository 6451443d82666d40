"""A table's column headed by the firm hired ("Firma", "Rörfirma"): the words of a firm's name that a name reader
takes for a person's ("Kök", "Bad") stay readable; a person named in the row beside it is masked. Fictional firms
and people; tables set by position alone, as a PDF's ruled table is read."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.detect.engine import Detector
from redact.detect.firm_columns import drop_firm_cell_names
from redact.ingest.pdf import extract_page
from redact.types import Finding


def _table(path: Path, rows: tuple[tuple[str, ...], ...]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((40, 60), "Hantverkare som hyresgästen anlitar", fontsize=11)
    y = 90.0
    for row in rows:
        for x, cell in zip((40, 130, 300, 430), row):
            page.insert_text((x, y), cell, fontsize=9)
        y += 15
    doc.save(path)
    doc.close()
    return path


FIRMS = (
    ("Hyresgäst", "Firma", "Kontakt", "Telefon"),
    ("TR", "Ekby Kök och Bad", "Vilma Storm", "070-318 44 27"),
    ("OB", "Åsby Golv", "Alva Krok", "070-318 55 16"),
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _finding(page, word: str) -> Finding:
    a = page.text.index(word)
    return Finding(id=word, page=1, start=a, end=a + len(word), text=word, category="PERSON", score=0.6,
                   detector="names")


def test_a_firms_words_read_as_names_in_the_firms_column_stay(tmp_path):
    with pymupdf.open(_table(tmp_path / "firms.pdf", FIRMS)) as doc:
        page = extract_page(doc[0])
    found = [_finding(page, w) for w in ("Kök", "Bad", "Vilma Storm")]
    kept = drop_firm_cell_names(found, page, lambda w: w in {"Vilma", "Alva", "Tove"})
    assert [f.text for f in kept] == ["Vilma Storm"]
    # a given name in the firm's cell names a person
    text_owner = [_finding(page, "Ekby Kök")]
    assert drop_firm_cell_names(text_owner, page, lambda w: w == "Ekby") == text_owner


def test_the_shipped_detector_leaves_the_firms_words_and_masks_the_contacts(tmp_path, detector):
    with pymupdf.open(_table(tmp_path / "firms.pdf", FIRMS)) as doc:
        page = extract_page(doc[0])
    texts = [f.text for f in detector.detect(page)]
    assert not any(t in ("Kök", "Bad", "Golv") or "Kök" in t for t in texts), texts
    assert "Vilma Storm" in texts and "Alva Krok" in texts, texts
