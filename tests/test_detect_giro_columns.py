"""Giro and clearing account numbers in a column whose header says payments go there ("Utbetalning", "Konto",
"Betalningsmottagare", "Betalas till"), with no "plusgiro" or "bankgiro" beside the number: a person's account,
even where the row's name is a surname alone that no name rule knows; an organisation's number in the same column
stays, and so does a number of no account's shape. Fictional documents built in code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402

# Valid check digits: plusgiro 47 03 12-0 and 77 12 08-6, bankgiro 5521-3391; the association's 6640-1175.
ROWS = [
    ["Lindahl", "47 03 12-0", "2 400 kr"],
    ["Oyelaran", "5521-3391", "1 850 kr"],
    ["Kivelä", "77 12 08-6", "3 100 kr"],
    ["Bredmo byalag", "6640-1175", "5 000 kr"],
    ["Ekström", "1204-11", "900 kr"],
]


def _pdf(tmp_path, header: str) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Ersättning för snöröjning av enskilda vägar, mars"], y=60)
    table(page, (40, 80), [["Mottagare", header, "Belopp"], *ROWS], col_width=160)
    write_lines(page, ["Attesterat av ekonomienheten."], y=210)
    return save(doc, tmp_path / "utbetalning.pdf")


HEADERS = ["Utbetalning", "Konto", "Betalningsmottagare", "Betalas till", "Utbetalas till"]


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("value", ["47 03 12-0", "5521-3391", "77 12 08-6"])
def test_a_giro_number_in_a_payments_column_is_a_bank_account(tmp_path, blank_detector, header, value):
    det = detect_document(_pdf(tmp_path, header), blank_detector)
    assert {" ".join(f.text.split()): f.category for f in det.findings}.get(value) == "BANK_ACCOUNT"


@pytest.mark.parametrize("header", HEADERS)
def test_an_associations_giro_and_a_number_of_no_accounts_shape_stay(tmp_path, blank_detector, header):
    det = detect_document(_pdf(tmp_path, header), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings}
    assert "6640-1175" not in texts and "1204-11" not in texts


def test_a_plusgiro_in_its_groups_after_a_payment_word_in_a_sentence(blank_detector):
    from redact.types import Page

    text = "Ersättningen betalas ut till 30 88 14-3 senast den 25 mars.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    assert {" ".join(f.text.split()): f.category for f in blank_detector.detect(page)}.get("30 88 14-3") == "BANK_ACCOUNT"
