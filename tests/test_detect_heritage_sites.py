"""A monument's number in the heritage register ("RAÄ Ekeby 14:1") is no property and no name; a property
designation without "RAÄ" before it stays masked. Fictional places and people."""

from __future__ import annotations

from redact.detect.heritage_sites import drop_heritage_sites
from redact.types import Finding


def _finding(text: str, part: str, category: str) -> Finding:
    a = text.index(part)
    return Finding(id="p1-0", page=1, start=a, end=a + len(part), text=part, category=category, score=0.8,
                   detector="property")


def test_a_monuments_number_is_dropped_and_a_property_stays():
    text = "Fyndet gjordes vid RAÄ Ekeby 14:1 på fastigheten Ekeby 3:7 som ägs av Vera Holm."
    found = [_finding(text, "Ekeby 14:1", "PROPERTY"), _finding(text, "RAÄ Ekeby", "PERSON"),
             _finding(text, "Ekeby 3:7", "PROPERTY"), _finding(text, "Vera Holm", "PERSON")]
    assert [f.text for f in drop_heritage_sites(found, text)] == ["Ekeby 3:7", "Vera Holm"]
