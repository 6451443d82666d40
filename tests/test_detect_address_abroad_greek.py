"""Addresses in Greek letters: a street with its floor and its postal code and town, in text, over two lines and
split over two table cells; a name and a number in Greek letters stay. Fictional places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Hon bor på Οδός Αθηνάς 17, 2ος όροφος, 105 51 Αθήνα sedan i fjol.", "Οδός Αθηνάς 17, 2ος όροφος, 105 51 Αθήνα"),
    ("Mottagare\nΝίκος Παππάς\nΛεωφ. Νίκης 9\n546 22 Θεσσαλονίκη\n", "Λεωφ. Νίκης 9\n546 22 Θεσσαλονίκη"),
    ("Gatuadress | Postort\nΚαλλιδρομίου 28, 4ος όροφος | 114 73 Αθήνα\n", "Καλλιδρομίου 28, 4ος όροφος"),
    ("Gatuadress | Postort\nΚαλλιδρομίου 28, 4ος όροφος | 114 73 Αθήνα\n", "114 73 Αθήνα"),
])
def test_a_greek_street_floor_and_postal_code_are_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_greek_name_and_a_number_stay(blank_detector):
    text = "Kontaktperson är Γιώργος 41 år enligt anteckningen."
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
