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
