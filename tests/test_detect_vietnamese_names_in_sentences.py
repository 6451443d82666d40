"""A Vietnamese given name or nickname inside a Swedish sentence is a name by its letters, listed or not ("skolan
skriver Sương på kortet"); a town after a preposition of place ("i Huế"), the first word of a longer name of another
language ("São Paulo"), a word the page writes in lower case and a French word of another shape stay. Fictional
people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.vietnamese_names import vietnamese_syllable
from redact.document_detection import detect_text

TEXT = """Ersättningskort för skolskjuts
Familjen vill att skolan skriver Sương på det nya kortet.
Chauffören gav kortet åt Khuê efter lektionen.
Hon flyttade till Huế i maj och sedan vidare från Đà Nẵng.
Mötet med São Paulo-delegationen hölls i Côte d'Ivoire-salen.
Han åt phở med kollegorna; Phở stod på menyn.
"""


@pytest.fixture(scope="module")
def persons(blank_detector) -> set[str]:
    return {f.text for f in detect_text(TEXT, blank_detector).findings
            if f.category == "PERSON" and f.status != "rejected"}


@pytest.mark.parametrize("name", ["Sương", "Khuê"])
def test_a_vietnamese_name_in_a_sentence_is_masked(persons, name):
    assert name in persons


@pytest.mark.parametrize("word", ["Huế", "Đà Nẵng", "São", "Côte", "Phở"])
def test_towns_other_languages_and_ordinary_words_stay(persons, word):
    assert not [p for p in persons if word in p]


@pytest.mark.parametrize("word,expected", [("Bích", True), ("Nguyệt", True), ("Đức", True), ("Hôtel", False),
                                           ("Côte", False), ("Anna", False), ("René", False)])
def test_the_syllable_shape(word, expected):
    assert vietnamese_syllable(word) is expected
