"""The country in capitals alone on a letter's last window line is the home's last part ("ISLAND" under "101
Reykjavík"); a country in ordinary case on a line of its own (a table's next cell read one a line) and a country line
after no postal line stay. Fictional people and places; the blank pipeline."""

from __future__ import annotations

from redact.detect.address_country_lines import with_country_line
from redact.types import Finding
from tests.address_checks import readable_letters


def _address(text: str, address: str) -> Finding:
    at = text.index(address)
    return Finding(id="p1-0", page=1, start=at, end=at + len(address), text=address, category="ADDRESS", score=0.85,
                   detector="address")


def test_the_capitals_line_after_the_postal_line_is_taken():
    text = "Anna Berg\nHverfisgata 12, íbúð 3\n105 Reykjavík\nISLAND\n\nBeslut om arvode."
    f = with_country_line(_address(text, "Hverfisgata 12, íbúð 3\n105 Reykjavík"), text)
    assert f.text == "Hverfisgata 12, íbúð 3\n105 Reykjavík\nISLAND"


def test_ordinary_case_or_no_postal_line_keeps_the_address():
    text = "| Hverfisgata 12, íbúð 3\n105 Reykjavík\nIsland\n"
    found = with_country_line(_address(text, "Hverfisgata 12, íbúð 3\n105 Reykjavík"), text)
    assert found.text.endswith("Reykjavík")
    text = "Bor på Storgatan 4\nISLAND\n"
    assert with_country_line(_address(text, "Storgatan 4"), text).text == "Storgatan 4"


def test_a_window_field_abroad_is_masked_with_its_country(blank_detector):
    text = ("Beslut om arvode\n\nAnna Berg\nHverfisgata 12, íbúð 3\n105 Reykjavík\nISLAND\n\n"
            "Arvodet betalas ut i maj.\n")
    assert readable_letters(blank_detector, text, "Hverfisgata 12, íbúð 3\n105 Reykjavík\nISLAND") == ""
