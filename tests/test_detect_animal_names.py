"""An animal's name after the animal's noun is no person ("hästen Stella", "Hästarna Lady Blue och Kuling"); the
owner's name beside it stays masked. Fictional people and animals; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.animal_names import animal_name_spans
from redact.document_detection import detect_text


def persons(detector, text: str) -> set[str]:
    """The texts of the PERSON findings that are proposed."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.status != "rejected" and f.category == "PERSON"}


@pytest.mark.parametrize("text, animal, owner", [
    ("Hästen Maja ägs av Karin Lundgren sedan 2024.", "Maja", "Karin Lundgren"),
    ("Vid kontrollen var hunden Sixten kopplad. Ägare: Oskar Vall.", "Sixten", "Oskar Vall"),
    ("Hästarna Greta och Ludvig står i stallet hos Karin Lundgren.", "Ludvig", "Karin Lundgren"),
    ("Stona Elsa, Vera och Lady Linnea såldes av Oskar Vall i maj.", "Linnea", "Oskar Vall"),
    # the indefinite noun after the owner's possessive
    ("Ämne: Faktura 4471, min hund Sixten\nHan var skriven på min sambo Karin Lundgren.", "Sixten", "Karin Lundgren"),
    ("Vår katt Greta hämtades av Oskar Vall.", "Greta", "Oskar Vall"),
])
def test_an_animals_name_is_no_person(blank_detector, text, animal, owner):
    found = persons(blank_detector, text)
    assert not any(animal in p for p in found), found
    assert owner in found


@pytest.mark.parametrize("text, name", [
    # a comma or another word between the noun and the name: the name is the person's
    ("Ägaren till hunden, Karin Lundgren, hördes i maj.", "Karin Lundgren"),
    ("Oskar Vall sålde hästarna och Karin Lundgren köpte dem.", "Karin Lundgren"),
    ("Katten hämtades av Karin Lundgren.", "Karin Lundgren"),
    # the possessive before a person: "min sambo", "hennes hund, Karin Lundgren" (a comma between)
    ("Hunden är registrerad på min sambo Karin Lundgren.", "Karin Lundgren"),
    ("Hon lämnade hennes hund, Karin Lundgren tog den.", "Karin Lundgren"),
])
def test_a_persons_name_near_an_animals_noun_stays(blank_detector, text, name):
    assert name in persons(blank_detector, text)


def test_the_names_after_a_plural_noun_are_each_an_animals():
    text = "Hästarna Greta, Lady Linnea och Ludvig II flyttas."
    assert [text[a:b] for a, b in animal_name_spans(text)] == ["Greta", "Lady Linnea", "Ludvig II"]
