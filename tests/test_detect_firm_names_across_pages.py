"""A firm a column of companies names on one page ("Bolag") stays a firm on the document's other pages: its name alone
in a sentence there is no person, while a person's name in the same sentence is masked. Fictional people and firms."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from redact.detect.engine import Detector
from redact.document_detection import detect_document
from tests.pdf_builders import save

ACCOUNTS = (
    ("Ärende", "Spelare", "Bolag", "Kundnummer"),
    ("SK 28-2201", "Helmer Åkesson", "Vinnsson", "VN-5518 2207"),
    ("SK 28-2214", "Nadia Berisha", "Lyckberg", "LB 3307-4418"),
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _letters(path: Path, later: str) -> Path:
    """Page 1: the accounts by position, one text line a cell; page 2: a letter's lines with ``later`` among them."""
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    first.insert_text((40, 60), "Konton hos spelbolagen", fontsize=11)
    for n, row in enumerate(ACCOUNTS):
        for x, cell in zip((40, 150, 280, 400), row):
            first.insert_text((x, 90.0 + 15 * n), cell, fontsize=9)
    second = doc.new_page(width=595, height=842)
    lines = ("Ärende SK 28-2201. Avstängd från 2027-04-12 i tre månader.", later, "Frågor: spel@exempel.se.",
             "Helmer Åkesson")
    for n, line in enumerate(lines):
        second.insert_text((40, 80.0 + 14 * n), line, fontsize=10)
    return save(doc, path)


def test_a_firm_of_a_column_of_companies_is_no_person_on_the_next_page(tmp_path, detector):
    path = _letters(tmp_path / "konton.pdf", "Vinnsson har bekräftat kontot.")
    found = {f.text.strip() for f in detect_document(path, detector).findings
             if f.page == 2 and f.category == "PERSON"}
    assert "Vinnsson" not in found, found
    assert "Helmer Åkesson" in found, found


def test_a_firm_no_column_names_is_read_as_before(tmp_path, detector):
    path = _letters(tmp_path / "konton.pdf", "Kasinoberg har bekräftat kontot.")
    found = {f.text.strip() for f in detect_document(path, detector).findings
             if f.page == 2 and f.category == "PERSON"}
    assert "Kasinoberg" in found, found
