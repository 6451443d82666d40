"""A hospital's letters with its site's capital after a slash ("NU/T akuten", "NU/Ö entré 2") read as a person's
initials are dropped; a signature pairing two persons' initials ("JK/MÖ") keeps its mask. Fictional records."""

from __future__ import annotations

import pytest

from redact.detect.hospital_sites import drop_hospital_sites
from redact.types import Finding


def _person(text: str, part: str) -> Finding:
    start = text.index(part)
    return Finding(id="f0", page=1, start=start, end=start + len(part), text=part, category="PERSON", score=0.8,
                   detector="learned_spans")


@pytest.mark.parametrize("text", ["Till\nNU/T akuten\nJ.Kr.\n", "Hämtas vid NU/Ö entré 2 kl. 9."])
def test_a_hospitals_letters_before_its_site_are_no_person(text):
    assert drop_hospital_sites([_person(text, "NU")], text) == []


@pytest.mark.parametrize("text,part", [("Sign.\nJK/MÖ\n", "JK"), ("Attest JK/M\n", "JK")])
def test_initials_paired_in_a_signature_stay(text, part):
    assert len(drop_hospital_sites([_person(text, part)], text)) == 1
