"""Homes in Israel by the street's word in Latin letters or in Hebrew, its name with the article glued on, the house's
number and the flat's after a slash, the town and its seven-digit postal code ("Rehov HaShaked 22/4, Be'er Sheva
8471003"), masked whole; a street's word in a sentence without a number stays readable. Fictional homes; the blank
pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("My aunt used to live at Rehov Ahad Ha'am 31, Petah Tikva 4925112, and now moves.",
     "Rehov Ahad Ha'am 31, Petah Tikva 4925112"),
    ("Beslut\nDana Mizrahi\nRehov HaShaked 22/4\nBe'er Sheva 8471003\nDiarienummer 2027-88.\n",
     "Rehov HaShaked 22/4\nBe'er Sheva 8471003"),
    ("Ärende | Adress\n2027-14 | Sderot HaMeginim 8/12 Kiryat Motzkin 2632117\n",
     "Sderot HaMeginim 8/12 Kiryat Motzkin 2632117"),
    ("Hon bodde förut på Rechov Ha-Rimon 5, Modi'in, och flyttar nu.", "Rechov Ha-Rimon 5, Modi'in"),
])
def test_a_home_in_israel_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_street_word_without_a_number_stays_readable(blank_detector):
    det = detect_text("Vi promenerade längs Rehov Dizengoff och åt lunch.", blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


def test_the_line_after_a_street_without_a_postal_code_stays_readable(blank_detector):
    det = detect_text("Hon bodde på Rehov HaShaked 22\nBeslutet gäller från i dag.\n", blank_detector)
    found = [f.text for f in det.findings if f.category == "ADDRESS"]
    assert "Rehov HaShaked 22" in found and not any("Beslutet" in a for a in found)
