"""A pattern opening with a word known only at run time, searched as the word found and the rest matched after it
(redact.detect.word_led): the same places as the word escaped into the pattern."""

from __future__ import annotations

import random
import re

import pytest

from redact.detect.word_led import word_led, word_led_iter

SP = "[ \u00a0]"
RESTS = [rf"{SP}\d", rf"{SP}\d{{1,4}}(?::\d{{1,4}})?(?![\w:])", rf"{SP}[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+){SP}\d{{1,4}}:\d{{1,4}}(?![\w:])",
         r"(?<=a)a"]
PIECES = ["Ek", "Ekby", "ek", " ", "\u00a0", "-", "Ekby Ekby", "Tall", "TALL", "3", "12", ":", "4", "\n", "x", "a"]


def _texts(n: int) -> list[str]:
    rnd = random.Random(7)
    return ["".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


@pytest.mark.parametrize("standalone", [True, False])
def test_the_same_places_as_the_joined_pattern(standalone):
    for rest in RESTS:
        compiled = re.compile(rest)
        for word in ("Ekby", "Ek", "Ekby Ekby", "a"):
            joined = re.compile(("(?<![\\w-])" if standalone else "") + re.escape(word) + rest)
            for text in _texts(400):
                assert [(at, m.end()) for at, m in word_led_iter(text, word, compiled, standalone=standalone)] == \
                    [(j.start(), j.end()) for j in joined.finditer(text)], (word, rest, text)
                first = next(word_led(text, word, compiled, standalone=standalone), None)
                found = joined.search(text)
                assert (first and (first[0], first[1].end())) == (found and (found.start(), found.end()))
                starts = [at for at, _ in word_led(text, word, compiled, standalone=standalone)]
                assert starts == [i for i in range(len(text)) if joined.match(text, i)]


def test_an_empty_word_is_refused():
    with pytest.raises(ValueError):
        list(word_led("Ekby 4", "", re.compile(r"\d")))
