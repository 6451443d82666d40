"""The kind of region after the town of an address abroad ("Tartu maakond", "Kose vald", "Utenos rajonas") is the
address's last part; the word after a name with no number, or after a finding of another kind, is left as it was.
Fictional people and places; the blank pipeline and hand-made findings."""

from __future__ import annotations

import pytest

from redact.detect.address_region_words import with_region_word_after
from redact.types import Finding
from tests.address_checks import readable_letters


def _finding(text: str, part: str, category: str = "ADDRESS") -> Finding:
    start = text.index(part)
    return Finding(id=f"f{start}", page=1, start=start, end=start + len(part), text=part, category=category,
                   score=0.8, detector="test")


@pytest.mark.parametrize("text, part, whole", [
    ("Adress: Kivi tn 3, 51004 Tartu maakond.", "Kivi tn 3, 51004 Tartu", "Kivi tn 3, 51004 Tartu maakond"),
    ("Postort: 76505 Saue vald", "76505 Saue", "76505 Saue vald"),
    ("Ji gyvena Liepų g. 4, 28100 Utenos rajonas.", "Liepų g. 4, 28100 Utenos", "Liepų g. 4, 28100 Utenos rajonas"),
    ("Адреса: вул. Лесі 4, 36000 Полтавська область", "вул. Лесі 4, 36000 Полтавська",
     "вул. Лесі 4, 36000 Полтавська область"),
])
def test_a_regions_word_after_its_name_ends_the_address(text, part, whole):
    category = "POSTAL_CODE" if part[0].isdigit() else "ADDRESS"
    assert with_region_word_after(_finding(text, part, category), text).text == whole


def test_a_name_without_a_number_or_another_kind_is_left(blank_detector):
    text = "Mötet i Tartu maakond hölls 12 maj; Anna Tamm vald."
    assert with_region_word_after(_finding(text, "Tartu"), text).text == "Tartu"
    assert with_region_word_after(_finding(text, "Anna Tamm", "PERSON"), text).text == "Anna Tamm"


def test_the_region_word_is_masked_with_the_address(blank_detector):
    text = "Hon bodde tidigare på Mere pst 8, 90501 Lääne maakond; nu bor hon i Malmö."
    assert readable_letters(blank_detector, text, "Mere pst 8, 90501 Lääne maakond") == ""
