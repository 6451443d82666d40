"""A number glued to an address's last figure by a slash or a colon is masked with it ("Seglarklubben plats 12/31",
"Ängsvägen 7/2"), so no part of the place stays readable; a date after an address stays outside. Fictional places;
the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _addresses(detector, text: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "ADDRESS"}


@pytest.mark.parametrize("text, address", [
    ("Hyresgäst\nAvser\nNummer\nNS\nbåtplatsen\nSeglarklubben plats 12/31\nBK\n", "Seglarklubben plats 12/31"),
    ("Sökanden bor på Ängsvägen 7/2 i Hallstahammar sedan i våras.\n", "Ängsvägen 7/2"),
])
def test_a_glued_number_is_part_of_the_address(blank_detector, text, address):
    found = _addresses(blank_detector, text)
    assert any(address in a for a in found), found


def test_a_date_after_the_address_stays_outside(blank_detector):
    found = _addresses(blank_detector, "Sökanden bor på Ängsvägen 7, 12/3 flyttade hon dit.\n")
    assert not any("12/3" in a for a in found)
