"""A party's role before a name in a court's or an authority's text ("Klagande", "Markägaren") and the Nordic
capitals in their Swedish spelling ("Köpenhamn") are no one's name; the names next to them stay masked.
Fictional people and places throughout."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _masked(text: str, detector) -> list[str]:
    """The texts of the findings proposed for masking."""
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.status != "rejected"]


@pytest.mark.parametrize("text, name, role", [
    ("Dom i mål 4417-27\nKlagande Sven-Åke Berglind, 19610305-2214\n",
     "Sven-Åke Berglind", "klagande"),
    ("Markägaren Ann-Britt Holmqvist, 19720512-3345, har inte svarat.\n", "Ann-Britt Holmqvist", "markägaren"),
])
def test_a_partys_role_is_the_context_before_the_name_not_part_of_it(model_detector, text, name, role):
    found = [f for f in detect_text(text, model_detector).findings if f.status != "rejected" and f.category == "PERSON"]
    # the name alone is masked, the role read as what says it is a person's (as "handläggare" before a name)
    assert [" ".join(f.text.split()) for f in found] == [name]
    assert f"context:{role}" in found[0].reason


@pytest.mark.parametrize("place", ["Köpenhamn", "Oslo"])
def test_a_nordic_capital_after_a_preposition_is_no_name(model_detector, place):
    text = f"Vittnet Mette Rasmussen, tidigare granne, hördes via länk från {place}."
    masked = _masked(text, model_detector)
    assert any("Mette Rasmussen" in m for m in masked)
    assert not any(place in m for m in masked), masked
