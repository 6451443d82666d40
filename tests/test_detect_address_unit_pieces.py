"""A flat and its floor found apart from the block holding them are one address with the comma between; two
numbered streets after each other stay two homes. Fictional text; hand-made findings."""

from __future__ import annotations

import pytest

from redact.detect.address_joins import join_address_parts
from redact.detect.address_unit_pieces import unit_then_building
from redact.types import Finding


def _finding(text: str, part: str) -> Finding:
    start = text.index(part)
    return Finding(id=f"f{start}", page=1, start=start, end=start + len(part), text=part, category="ADDRESS",
                   score=0.8, detector="test")


@pytest.mark.parametrize("first, second", [
    ("Flat B, 9/F", "Block 4, Lok Wah Court"), ("Flat 1203", "Tower 2, Harbour Heights"),
    ("Unit 5, 3rd Floor", "Building 17, Al Nahda"), ("Apt 4", "B Wing, Sunrise Park"),
])
def test_a_flat_or_floor_before_its_block_is_one_home(first, second):
    text = f"Han bor på {first}, {second}, Kowloon.\n"
    found = join_address_parts([_finding(text, first), _finding(text, second)], text)
    assert [f.text for f in found] == [f"{first}, {second}"]


def test_two_streets_stay_two_homes():
    assert not unit_then_building("Linvägen 3", "Ekgatan 8")
    assert not unit_then_building("Flat B, 9/F", "Ekgatan 8")
