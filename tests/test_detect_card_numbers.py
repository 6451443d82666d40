"""A payment card's whole number after its scheme's name is one mark with the scheme (and its bank); four groups of
four without a scheme are other rules'. Fictional cards."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids

found = labelled_ids


@pytest.mark.parametrize("text, value", [
    ("Kort\nQR\nMastercard 5520 9183 4471 2201\nST\n", "Mastercard 5520 9183 4471 2201"),
    ("Hon betalade med Swedbank Visa 4520918344712201 i juni.", "Swedbank Visa 4520918344712201"),
    ("Kortet Amex 3714 496353 98431 spärrades.", "Amex 3714 496353 98431"),
])
def test_the_scheme_and_the_cards_number_are_one_mark(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Visa 2026 1204 beslutet för parterna.",  # a verb before a year and a date, no card's number
    "Mastercard 5520 9183 gäller inte.",  # two groups: no card's number
])
def test_a_scheme_before_no_cards_number_stays(text):
    assert all("Visa" not in f and "Mastercard" not in f for f in found(text))
