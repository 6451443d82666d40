"""A form's name field ("Namn:", "Efternamn:") and the plural mail closing ("Med vänliga hälsningar") hold a
person's name even when no list knows it and the model reads it as something else. Fictional documents."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _persons(detector, text: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("Anmälan om skada\nNamn: Pemba Lhamo\nSkadedatum: 2026-01-12", "Pemba Lhamo"),
    ("Personuppgifter\nEfternamn: Tamrakar\nFörnamn: Dawa", "Tamrakar"),
    ("Tack för mötet i dag.\n\nMed vänliga hälsningar\nPemba Lhamo", "Pemba Lhamo"),
])
def test_a_name_after_a_form_label_or_the_closing_is_a_person(blank_detector, text, name):
    assert name in _persons(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Namn på förskolan och adress ska anges på blanketten.",
    "Med vänliga hälsningar\nSocialförvaltningen",
    "Med vänliga hälsningar\nNorrviks kommun",
])
def test_a_label_without_a_person_after_it_masks_nothing(blank_detector, text):
    assert _persons(blank_detector, text) == set()
