"""A body's middle district named "mitt" after a unit noun ("region Mitt", "avdelning mitt") is no one's own word:
its letterhead's box and phone stay readable, while a person writing of "mitt" (my) box keeps it masked. Fictional
bodies and people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def _masked(blank_detector, text: str, categories: tuple[str, ...]) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category in categories and f.status != "rejected"]


@pytest.mark.parametrize("head", [
    "Fjällvårdsnämnden för tillsyn, avdelning mitt, registret",
    "Ekbo Omsorg AB, region Mitt, hemtjänsten i Norrvik",
])
def test_the_box_of_a_letterhead_naming_its_middle_district_stays(blank_detector, head):
    text = (f"Lista över besök\n{head}\nBox 7712, 851 12 Norrvik. Växel 010-552 71 00. "
            "E-post besok@ekbo-omsorg.se.\nSamordnare Tove Lindahl (TL).\n")
    masked = _masked(blank_detector, text, ("ADDRESS", "POSTAL_CODE"))
    assert not any("7712" in m for m in masked), masked


def test_a_persons_own_box_after_mitt_stays_masked(blank_detector):
    text = "Brev från kund\nJag har mitt postfack hos Tove Lindahl, Box 118, 831 91 Fjällvik.\n"
    masked = _masked(blank_detector, text, ("ADDRESS", "POSTAL_CODE"))
    assert any("Box 118" in m for m in masked), masked
