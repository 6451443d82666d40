"""A storm's name after the storm's noun is no person ("stormen Greta", "ovädret Ludvig"); a customer's name beside
it stays masked. Fictional people and storms; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def persons(detector, text: str) -> set[str]:
    """The texts of the PERSON findings that are proposed."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.status != "rejected" and f.category == "PERSON"}


@pytest.mark.parametrize("text, storm, person", [
    ("# Ersättning efter stormen Greta, mars 2031\nKunden Karin Lundgren var utan ström i tre dygn.", "Greta",
     "Karin Lundgren"),
    ("Efter ovädret Ludvig ringde Oskar Vall till kundtjänst.", "Ludvig", "Oskar Vall"),
    ("Vinterstormen Elsa fällde träd hos Karin Lundgren.", "Elsa", "Karin Lundgren"),
])
def test_a_storms_name_is_no_person(blank_detector, text, storm, person):
    found = persons(blank_detector, text)
    assert not any(storm in p for p in found), found
    assert person in found, found


def test_a_name_after_the_storms_noun_and_a_comma_stays_a_person(blank_detector):
    assert "Karin Lundgren" in persons(blank_detector, "Efter stormen, Karin Lundgren ringde oss.")
