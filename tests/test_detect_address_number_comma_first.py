"""A home with its house number first and a comma, a street with no street word of its own ("Grand-Rue", "Am
Bongert") and the postal code with its country's letter ("L-9240"): masked whole, commas too. A number and a comma
before a word without a lettered postal code stay. Fictional homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import unmasked_characters


@pytest.mark.parametrize("text, address", [
    ("Mäi Papp huet virdru gewunnt um\n7, Grand-Rue, L-9530 Wiltz,\nan elo wunnt hien hei.", "7, Grand-Rue, L-9530 Wiltz"),
    ("Hon bodde på 12, Am Bongert, L-7420 Cruchten, Luxembourg.", "12, Am Bongert, L-7420 Cruchten, Luxembourg"),
    ("Adress: 5, Op der Haard\nL-9167 Mertzig\n", "5, Op der Haard\nL-9167 Mertzig"),
    ("Il habitait 4 bis, Grand'Place, B-7000 Mons, jusqu'en mai.", "4 bis, Grand'Place, B-7000 Mons"),
])
def test_a_number_first_home_with_a_lettered_postal_code_is_masked_whole(blank_detector, text, address):
    assert unmasked_characters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", ["Se punkt 3, Kapitel 4 i avtalet.", "Röstsiffror: 12, Grand-Rue och 4."])
def test_a_number_and_a_comma_before_a_word_without_a_postal_code_stay(blank_detector, text):
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
