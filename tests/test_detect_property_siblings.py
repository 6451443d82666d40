"""A property's area and block written again with another number, in ordinary case, is a property too. Fictional
designations."""

from __future__ import annotations

from redact.document_detection import detect_text


def _properties(text: str, detector) -> list[str]:
    return [f.text for f in detect_text(text, detector).findings if f.category == "PROPERTY"]


def test_the_same_area_and_block_with_another_number_is_a_property(blank_detector):
    text = "Styrelsen godkänner arbetet på Sörhamn Lodjuret 4 och\nSÖRHAMN LODJURET 5. Betalning sker i maj."
    assert "Sörhamn Lodjuret 4" in _properties(text, blank_detector)


def test_the_area_and_block_without_a_number_stay_as_they_were(blank_detector):
    text = "Fastigheten SÖRHAMN LODJURET 5 såldes. Sörhamn Lodjuret gör reklam 2026."
    assert _properties(text, blank_detector) == ["SÖRHAMN LODJURET 5"]
