"""A region that stands where a country stands after a home's places ("..., Hargeisa, Somaliland", "..., Erbil,
Kurdistan") is inside the address, as a country after a town is. Fictional people and places; the blank pipeline
(rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _addresses(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "ADDRESS"}


@pytest.mark.parametrize("home", ["Xaafadda Dami, Berbera, Somaliland", "Gundê Sor, Duhok, Kurdistan",
                                  "Koshtova Mahalla, Mitrovica, Kosovo"])
def test_the_region_after_the_places_is_part_of_the_home(blank_detector, home):
    text = f"Hans farmor bor i {home}. Hon nås per brev.\n"
    assert home in _addresses(text, blank_detector)
