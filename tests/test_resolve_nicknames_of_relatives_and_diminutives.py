"""Nicknames the text ties to a person it does not name in full: a relative ("hans bror kallas Zbyszek", "Sonen
heter Mille"), and a diminutive longer than the first name it comes from ("Ewa ... Hon kallas Ewunia", Polish
-unia, -usia, -ek). A room, a project or a thing called so stays. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from redact.resolve.named_nicknames import diminutive_of

TEXT = """Anteckningar om lägerveckan
| Elev | Personnummer | Klass
| Ewa Kowalczyk | 120305-1148 | 8B
Ewa bor växelvis hos sin far och sin mor i Norrby. Hon kallas Ewunia av ledarna.
Dariusz Nowicki bad om kvitto; hans bror kallas Zbyszek och hämtar varorna.
Grannens dotter kallas Lillemor och hjälper till i köket.
Salen kallas Lyran och rymmer 200 personer. Projektet kallas Framåt.
"""


@pytest.fixture(scope="module")
def persons(blank_detector) -> set[str]:
    return {f.text for f in detect_text(TEXT, blank_detector).findings
            if f.category == "PERSON" and f.status != "rejected"}


@pytest.mark.parametrize("nick", ["Ewunia", "Zbyszek", "Lillemor"])
def test_the_nickname_is_masked(persons, nick):
    assert nick in persons


@pytest.mark.parametrize("word", ["Lyran", "Framåt"])
def test_a_room_or_a_project_called_so_stays(persons, word):
    assert word not in persons


@pytest.mark.parametrize("nick,first", [("Ewunia", "Ewa"), ("Igusia", "Iga"), ("Janek", "Jan"), ("Kasieńka", "Kasia")])
def test_diminutives(nick, first):
    assert diminutive_of(nick, first)


@pytest.mark.parametrize("word,first", [("Ansvarig", "Anna"), ("Evenemang", "Eva"), ("Janne", "Jan")])
def test_no_diminutive(word, first):
    assert not diminutive_of(word, first)
