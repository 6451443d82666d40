"""A sentence written after a home label ("Tidigare adress: Mira bodde på Ringvägen 4, Ekby fram till 2019."): the
home is the part between the verb of living and the time the sentence gives. The name before the verb is a
person's, which the name rules mask as such; the time says when, and a registrar leaves it readable."""

from __future__ import annotations

import re

# who lived there and the verb of living with its preposition ("Mira bodde på", "Hon har bott i", "var skriven hos")
_LIVED = re.compile(
    r"^(?:[A-ZÅÄÖ][\w'’-]+(?:[ \t]+[A-ZÅÄÖ][\w'’-]+){0,2}[ \t]+)?"
    r"(?:bodde|bor|(?:har|hade)[ \t]+bott|(?:var|är)[ \t]+(?:skriven|folkbokförd|mantalsskriven)|vistades|hyrde)"
    r"(?:[ \t]+(?:tidigare|då|senast|först))?[ \t]+(?:på|i|hos)[ \t]+")
# when: up to, from, since or during a time ("fram till 2021", "t.o.m. mars 2020", "sedan 2019", "under åren
# 2015–2018")
_WHEN = re.compile(
    r"[ \t,]+(?:fram[ \t]+till|till[ \t]+och[ \t]+med|t\.[ \t]?o\.[ \t]?m\.|från[ \t]+och[ \t]+med"
    r"|fr\.[ \t]?o\.[ \t]?m\.|sedan|under[ \t]+(?:åren|året|år)|mellan[ \t]+(?:åren[ \t]+)?\d"
    r"|till[ \t]+(?:\d|början|slutet|våren|hösten|sommaren|vintern))(?![\w]).*$", re.S)


def home_in_sentence(value: str) -> tuple[int, int]:
    """Where the home begins and ends in a home label's value written as a sentence (the whole value otherwise)."""
    start = m.end() if (m := _LIVED.match(value)) else 0
    end = w.start() if (w := _WHEN.search(value, start)) else len(value)
    return start, end
