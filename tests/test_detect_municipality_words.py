"""A one-word cell that is the town the text names as a municipality (redact.detect.no_person_spans.names_municipality):
the word found as written and what stands around it matched there, as the patterns with the word escaped in them."""

from __future__ import annotations

import random
import re

from redact.detect.name_words import ORG_SUFFIX
from redact.detect.no_person_spans import names_municipality


def _joined(cell: str, text: str) -> bool:
    word = cell.strip()
    if not word.isalpha() or not word[:1].isupper() or " " in word:
        return False
    w = re.escape(word)
    if re.search(rf"(?<![\w-])(?:{w}s?[ \t]+kommun\b|\d{{3}}[ \u00a0]?\d\d[ \t]+{w}(?![\w-])|"
                 rf"(?i:fastigheten|fastighet:?)[ \t]+{w}[ \t]+[A-ZÅÄÖ]\w*[ \t]+\d)", text):
        return True
    return any(ORG_SUFFIX.search(m.group(1)) for m in re.finditer(rf"(?<![\w-])([A-ZÅÄÖ]\w+)[ \t]+{w}(?![\w-])", text))


PIECES = ["Lövby", "Lövbys", " ", "  ", "\t", "\n", "kommun", "kommunen", "-", "123 45", "12345", "123\u00a045",
          "Fastigheten", "fastighet:", "Granen", "4", "Räddningstjänsten", "Skolan", "Ek", "x", ",", "lövby"]


def test_the_same_answer_as_the_joined_patterns():
    rnd = random.Random(11)
    hits = 0
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 12)))
        for cell in ("Lövby", " Lövby ", "Ek", "Granen"):
            expected = _joined(cell, text)
            assert names_municipality(cell, text) == expected, (cell, text)
            hits += expected
    assert hits > 20


def test_a_town_named_as_a_municipality_postal_town_or_register_area():
    assert names_municipality("Lövby", "Beslut av Lövby kommun.")
    assert names_municipality("Lövby", "Box 12, 123 45 Lövby")
    assert names_municipality("Lövby", "fastigheten Lövby Granen 4")
    assert names_municipality("Lövby", "Räddningstjänsten Lövby")
    assert not names_municipality("Lövby", "Anna Lövby bor här.")
