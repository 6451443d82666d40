"""A person of four capitalised name words, a capitalised particle among them ("Leila Nour El Hassan"), signs or is
listed with all four letters ("LNEH"): those capitals are hers where the document names her; four capitals no person
of the document has stay an acronym. Fictional people."""

from __future__ import annotations

from redact.resolve.person_initials import find_initials, person_initials
from redact.types import Finding

TEXT = """Ansökningar
Leila Nour El Hassan
Per Ekström
Intyg
LNEH
Ekby Rör
PE
Ekby Rör
Ärendet gäller även SKVF och deras stadgar.
"""


def _person(name: str) -> Finding:
    at = TEXT.index(name)
    return Finding(id=name, page=1, start=at, end=at + len(name), text=name, category="PERSON", score=0.9,
                   detector="names")


def test_a_four_word_names_initials_have_all_four_capitals():
    assert "LNEH" in person_initials("Leila Nour El Hassan")


def test_four_capitals_of_a_person_of_the_document_are_her_initials_and_an_acronym_stays():
    found = {f.text for f in find_initials([_person("Leila Nour El Hassan"), _person("Per Ekström")], {1: TEXT})}
    assert "LNEH" in found and "SKVF" not in found
