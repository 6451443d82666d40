"""Searches of a pattern that opens with a word known only when a match is checked ("the same tract with another
number": the tract's own words, then a number).

Compiling such a pattern with the word escaped into it costs what compiling its rest costs, for every word checked:
a rest holding a name's classes takes about a millisecond, far more than the search. Here the word is found with
``str.find`` and only the rest, compiled once, is matched right after it. A word is matched as written (no flag
reaches it), so where the joined pattern can match, the word stands; the rest is matched from the word's end, with
the whole text around it for its lookarounds, as the joined pattern matches it there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# what "(?<![\w-])" before the word asks: no letter, digit or hyphen right before it
_WORD_START = re.compile(r"(?<![\w-])")


def word_led(text: str, word: str, rest: re.Pattern[str], *,
             standalone: bool = True) -> Iterator[tuple[int, re.Match[str]]]:
    """Every place where ``re.escape(word)`` and ``rest`` joined match in ``text``, in order: the word's start and
    the match of ``rest`` after it; every such place, overlapping or not (what ``search`` of the joined pattern
    finds is the first). ``standalone``: the joined pattern opens with ``(?<![\\w-])``.

    ``rest`` is compiled with the joined pattern's flags and holds no alternation outside a group.
    """
    if not word:
        raise ValueError("a word to find is needed")
    at = text.find(word)
    while at >= 0:
        if not standalone or _WORD_START.match(text, at):
            m = rest.match(text, at + len(word))
            if m is not None:
                yield at, m
        at = text.find(word, at + 1)


def word_led_iter(text: str, word: str, rest: re.Pattern[str], *,
                  standalone: bool = True) -> Iterator[tuple[int, re.Match[str]]]:
    """What ``finditer`` of the joined pattern finds (see :func:`word_led`): each place that begins after the last
    one taken ends."""
    end = 0
    for at, m in word_led(text, word, rest, standalone=standalone):
        if at >= end:
            yield at, m
            end = m.end()
