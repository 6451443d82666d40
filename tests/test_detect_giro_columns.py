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


# A column of accounts found by their own rules (a clearing account, a personkonto) with one plusgiro number among
# them: the plusgiro is the row's person's account though it is the column's only giro number (valid: 52 81 37-3).
ACCOUNT_ROWS = [
    ["Vilma Grönstedt", "8327-1, 914 220 553-8", "070-118 42 67"],
    ["Oskar Heikkilä", "3300 791023-1187", "073-442 19 08"],
    ["Ingrid Sundqvist", "52 81 37-3", "0225-311 47"],
]


def _accounts_pdf(tmp_path, header: str, rows) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Arvoden till valförrättare, extra val"], y=60)
    table(page, (40, 80), [["Röstmottagare", header, "Telefon"], *rows], col_width=170)
    write_lines(page, ["Attesterat av valnämndens kansli."], y=200)
    return save(doc, tmp_path / "arvoden.pdf")


@pytest.mark.parametrize("header", ["Konto för arvode", "Arvodet till", "Bank"])
def test_the_one_plusgiro_in_a_column_of_accounts_is_the_persons_account(tmp_path, blank_detector, header):
    det = detect_document(_accounts_pdf(tmp_path, header, ACCOUNT_ROWS), blank_detector)
    assert {" ".join(f.text.split()): f.category for f in det.findings}.get("52 81 37-3") == "BANK_ACCOUNT"


def test_an_associations_plusgiro_in_a_column_of_accounts_stays(tmp_path, blank_detector):
    rows = [*ACCOUNT_ROWS[:2], ["Tallnäs byalag", "39 06 44-3", "0225-310 00"]]
    det = detect_document(_accounts_pdf(tmp_path, "Konto för arvode", rows), blank_detector)
    assert "39 06 44-3" not in {" ".join(f.text.split()) for f in det.findings}


@pytest.mark.parametrize("header", ["Arvodet till", "Konto för arvode", "Ersättning betalas till"])
def test_a_lone_plusgiro_under_a_header_saying_where_a_fee_goes(tmp_path, blank_detector, header):
    rows = [["Vilma Grönstedt", "kontant", "070-118 42 67"], ["Ingrid Sundqvist", "84 15 92-9", "0225-311 47"]]
    det = detect_document(_accounts_pdf(tmp_path, header, rows), blank_detector)
    assert {" ".join(f.text.split()): f.category for f in det.findings}.get("84 15 92-9") == "BANK_ACCOUNT"
