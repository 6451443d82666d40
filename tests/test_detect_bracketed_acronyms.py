"""A body's acronym in brackets after its name ("Nämnden för fjällvård och tillsyn (NFT)") read as a person's initials
is dropped; a person's initials in brackets after her name, particles and all, keep the mask. Fictional bodies."""

from __future__ import annotations

import pytest

from redact.detect.bracketed_acronyms import drop_body_acronyms
from redact.types import Finding


def _person(text: str, part: str) -> Finding:
    start = text.index(f"({part})") + 1
    return Finding(id="f0", page=1, start=start, end=start + len(part), text=part, category="PERSON", score=0.8,
                   detector="learned_spans")


@pytest.mark.parametrize("text,part", [
    ("Nämnden för fjällvård och tillsyn (NFT), enheten norr\n", "NFT"),
    ("Vi skrev till Verket för fiskevård (VFF) i maj.", "VFF"),
])
def test_a_bodys_acronym_after_its_name_is_no_person(text, part):
    assert drop_body_acronyms([_person(text, part)], text) == []


@pytest.mark.parametrize("text,part", [
    ("Handläggare Märta Holmgren Ek (MHE) och", "MHE"),
    ("Tandläkare Saskia van der Berg (SvdB) och", "SvdB"),
    ("Registrator Tove af Ekström (TAE) skrev", "TAE"),
])
def test_a_persons_initials_after_her_name_stay(text, part):
    assert len(drop_body_acronyms([_person(text, part)], text)) == 1


def _number(text: str, value: str) -> Finding:
    start = text.index(value)
    return Finding(id="n0", page=1, start=start, end=start + len(value), text=value, category="ID_NUMBER", score=0.85,
                   detector="labelled_id")


def test_a_registers_short_name_between_a_numbers_label_and_the_number_is_no_person():
    text = "Ilkin har azerbajdzjanskt skatte-id (VÖEN) 4411207731 enligt intyget."
    number = _number(text, "4411207731")
    assert drop_body_acronyms([_person(text, "VÖEN"), number], text) == [number]


def test_initials_in_brackets_after_a_name_before_a_number_stay():
    text = "Kontakt: Ebba Lundin Ek (ELE) 4411207731 enligt intyget."
    person, number = _person(text, "ELE"), _number(text, "4411207731")
    assert drop_body_acronyms([person, number], text) == [person, number]
