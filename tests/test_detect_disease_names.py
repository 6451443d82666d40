"""A disease's or a vaccine's name ("Hepatit B", "Influensa A", "TBE-vaccin") read as a person is dropped; a person
whose surname is spelled like one keeps the mask. Fictional records."""

from __future__ import annotations

import pytest

from redact.detect.disease_names import drop_disease_names
from redact.types import Finding


def _person(text: str, part: str, n: int = 0) -> Finding:
    start = text.index(part)
    return Finding(id=f"f{n}", page=1, start=start, end=start + len(part), text=part, category="PERSON", score=0.8,
                   detector="names")


@pytest.mark.parametrize("text,part", [
    ("Vaccin\nHepatit B\nM.Ho.\n", "Hepatit B"),
    ("Provkod Hepatit B.", "Hepatit B."),
    ("Hon fick Influensa A i mars.", "Influensa A"),
    ("Given dos: TBE-vaccin 2.", "TBE-vaccin"),
])
def test_a_disease_read_as_a_person_is_dropped(text, part):
    assert drop_disease_names([_person(text, part)], text) == []


def test_a_person_with_such_a_surname_stays():
    text = "Provet togs av Märta Polio."
    assert [f.text for f in drop_disease_names([_person(text, "Märta Polio")], text)] == ["Märta Polio"]
