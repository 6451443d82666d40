"""The word that numbers a document's paragraphs ("Del 1:", "Del 2:") is no person, in its headings and its table's
header cell; a name opening one numbered line stays a name. Fictional text."""

from __future__ import annotations

from redact.detect.heading_words import drop_heading_words, heading_words
from redact.types import Finding

TEXT = "\n".join([
    "Del", "Ägare", "Andel",
    "1", "Tora Vikström", "1/2",
    "2", "Ivar Vikström", "1/2",
    "",
    "Del 1: Tora bor kvar på gården.",
    "Del 2: Ivar har flyttat till Bergen.",
    "Majken 3: hon ringde i går.",
])


def _person(word: str, at: int) -> Finding:
    start = TEXT.index(word, at)
    return Finding(id=f"p{start}", page=1, start=start, end=start + len(word), text=word, category="PERSON", score=0.6,
                   detector="initials_column")


def test_the_paragraphs_numbering_word_is_known():
    assert heading_words(TEXT) == {"Del"}


def test_the_numbering_word_is_no_person_and_the_names_stay():
    found = [_person("Del", 0), _person("Del", 20), _person("Tora Vikström", 0), _person("Majken", 0)]
    assert [f.text for f in drop_heading_words(found, TEXT)] == ["Tora Vikström", "Majken"]
