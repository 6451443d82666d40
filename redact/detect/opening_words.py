"""A pattern searched only where one of the words every match opens with stands.

Many rules open with an alternation of words under IGNORECASE after a lookbehind
("(?<![\\w-])(?i:bor|bodde|bosatt|…)", "(?i:ärende|mål|diarie|…)nummer"): ``re`` finds no
character to scan for that most positions lack, so it enters the alternation at nearly every
letter of the page and tries its words there (about half a millisecond a page for the longest).
The words themselves are rare: :class:`AtOpeningWords` finds them in the page's lowercase with
``str.find`` and lets the pattern ``match`` only there, which gives the same matches in the same
order, since no match can begin anywhere else.

The words are read from the parsed pattern, never written by hand, and may only be too many:
a pattern whose opening cannot be bounded by literal words keeps being searched as it is. A
text holding a character that ``re`` takes for a letter of the words while ``str.lower`` does not
("ſ" for "s", "ı" for "i") is searched by the pattern too.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator

from redact.detect.first_chars import _USABLE, _case_forms

if _USABLE:
    from re import _parser
    from re._constants import (
        ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SRE_FLAG_IGNORECASE,
        SRE_FLAG_LOCALE, SUBPATTERN,
    )

#: Shorter words would be found at too many places to save anything; more words would cost
#: more ``find`` calls than the pattern's own scan.
_MIN_WORD, _MAX_WORDS = 3, 80

#: Where the pattern may begin with something that is no literal word.
_NO_WORDS: frozenset[str] = frozenset()


def _words(data, flags: int) -> frozenset[str]:
    """The literal words (lowercase) one of which opens every match of the item sequence ``data``, when
    one of their letters is matched whatever its case; empty when something else may open a match.

    (Words matched with their case are left to ``re``: it passes over an alternative whose first
    letter is not the character at hand without trying it, and scans as fast as ``find``.)
    """
    caseless: list[bool] = []
    words, _whole = _sequence(data, flags, caseless)
    return frozenset(words) if all(words) and any(caseless) else _NO_WORDS


def _sequence(data, flags: int, caseless: list[bool]) -> tuple[set[str], bool]:
    """The words one of which opens every match of ``data`` (``{""}``: none known), and whether every match
    is one of them whole (then what follows ``data`` goes on the words); ``caseless`` gets a True for a letter
    matched whatever its case."""
    words = {""}
    for op, av in data:
        if len(words) > _MAX_WORDS:
            return words, False
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # takes no character
        if op is LITERAL:
            low = chr(av).lower()
            if len(low) != 1:
                return words, False  # ("İ": two characters in the lowercase, one in the text)
            words = {w + low for w in words}
            if flags & SRE_FLAG_IGNORECASE and low != chr(av).upper():
                caseless.append(True)
            continue
        if op is SUBPATTERN:
            _group, add_flags, del_flags, p = av
            inner, whole = _sequence(p.data, (flags | add_flags) & ~del_flags, caseless)
        elif op is BRANCH:
            inner, whole = set(), True
            for alternative in av[1]:
                one, one_whole = _sequence(alternative.data, flags, caseless)
                inner |= one
                whole = whole and one_whole
        elif op is IN and 0 < len(av) <= 8 and all(item[0] is LITERAL and chr(item[1]).isalpha() for item in av):
            inner = {chr(item[1]).lower() for item in av}  # a letter in both cases, "[Hh]"
            if any(len(c) != 1 for c in inner):
                return words, False
            whole = True
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
            inner, _whole = _sequence(av[2].data, flags, caseless)
            whole = False  # (how many times it repeats is not known)
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            inner, whole = _sequence(av[2].data, flags, caseless)
            if not whole:
                return words, False
            inner = inner | {""}  # an optional part: with it or without it
        else:
            return words, False
        if "" in inner and not whole:
            return words, False  # a part that may open with anything: the words end before it
        if len(words) * len(inner) > _MAX_WORDS and words != {""}:
            return words, False  # the words so far, shorter, rather than too many
        words = {w + i for w in words for i in inner}
        if not whole:
            return words, False
    return words, True


def opening_words(pattern: re.Pattern[str], parsed=None) -> tuple[tuple[str, ...], str] | None:  # noqa: ANN001
    """The words one of which opens every match of ``pattern`` (lowercase, each at least three letters),
    and the characters a text must lack for ``str.lower`` to find them where ``re`` does; None when
    the pattern's opening is no such set of words. ``parsed``: ``first_chars.parsed_pattern(pattern)``
    when the caller has it (only read here)."""
    if not _USABLE or not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & SRE_FLAG_LOCALE:
        return None
    try:
        if parsed is None:
            parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - re internals not as expected: the pattern as written
        return None
    return parsed_opening_words(parsed, pattern.flags)


def parsed_opening_words(parsed, flags: int) -> tuple[tuple[str, ...], str] | None:  # noqa: ANN001
    """:func:`opening_words` of a pattern parsed under ``flags`` as ``parsed`` (``first_chars.parse``; only read)."""
    try:
        words = _words(parsed.data, parsed.state.flags | flags)
    except Exception:  # pragma: no cover - re internals not as expected: the pattern as written
        return None
    if not words or len(words) > _MAX_WORDS or min(map(len, words)) < _MIN_WORD:
        return None
    # a word's letter is found in the lowercase only where the text's character lowercases to it alone
    # ("İ" lowercases to two characters, "ſ" and "ı" to themselves although re takes them for "s" and "i")
    odd = set()
    for word in words:
        for c in word:
            for form in _case_forms(ord(c)):
                if chr(form).lower() != c:
                    odd.add(chr(form))
    if any(c in "\u03a3\u03c2\u03c3" for word in words for c in word):
        return None  # a capital sigma's lowercase depends on its neighbours
    odd.add("\u0130")
    return tuple(sorted(words)), "".join(sorted(odd))


class AtOpeningWords:
    """``regex`` searched only where one of ``words`` begins in the text's lowercase (see the module).

    ``lowered`` gives a text's lowercase (the rules' page keeps one); ``present`` may give at once the words
    the lowercase may hold, leaving out those it is known to lack (one call for all the words: the rules' page
    keeps the answers, and a call a word cost as much as the answer). ``pattern`` is the regex's, for what reports it.
    """

    def __init__(self, regex: re.Pattern[str], words: tuple[str, ...], odd: str,
                 lowered: Callable[[str], str] = str.lower,
                 present: Callable[[str, tuple[str, ...]], Iterable[str]] | None = None) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.words = words
        self.odd = odd
        self._lowered = lowered
        self._present = present
        self._text: str | None = None
        self._starts: list[int] | None = None

    def starts(self, text: str) -> list[int] | None:
        """Where a match may begin in ``text``, in order; None when the text must be searched whole."""
        if self._text is text:
            return self._starts
        starts: list[int] | None = None
        if not any(c in text for c in self.odd):
            lowered = self._lowered(text)
            if len(lowered) == len(text):
                found: set[int] = set()
                find = lowered.find
                for word in self.words if self._present is None else self._present(lowered, self.words):
                    at = find(word)
                    while at >= 0:
                        found.add(at)
                        at = find(word, at + 1)
                starts = sorted(found)
        self._text, self._starts = text, starts
        return starts

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What ``regex.search(text, pos)`` gives."""
        starts = self.starts(text) if endpos >= len(text) else None
        if starts is None:
            return self.regex.search(text, pos, endpos)
        match = self.regex.match
        for at in starts[bisect_left(starts, pos):]:
            m = match(text, at)
            if m is not None:
                return m
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What ``regex.finditer(text)`` gives."""
        starts = self.starts(text)
        if starts is None:
            yield from self.regex.finditer(text)
            return
        match, end = self.regex.match, 0
        for at in starts:
            if at < end:
                continue
            m = match(text, at)
            if m is not None:
                yield m
                end = m.end() if m.end() > m.start() else m.start() + 1
