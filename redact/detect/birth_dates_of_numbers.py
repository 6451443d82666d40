"""A whole date that is the birth date a personnummer or a samordningsnummer near it encodes: "Mein Mann … ist am
2. Mai 1955 geboren, sein Personnummer 19550502-…", "samordningsnummer 410381-…; datumet i passet motsvarar 21 mars
1941".

The number's first digits are its holder's birth date (a samordningsnummer's day sixty more). A whole date in the
same passage that is that very day is the holder's birth written out, whatever words, in whatever language, stand
around it: no birth word is needed. Only a date written for a reader (a month's name, or a day, a month and a year
set apart) counts; a run of six or eight digits is another number as often.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from redact.detect.patterns import Rule, Verdict, compile_, rule_regex
from redact.detect.personnummer import numbers_births
from redact.detect.placed_birth_dates import _WEEKDAY, DATE, DATE_OPENING_WORDS, parse_date

_DATE = compile_(DATE)
#: Characters either side of a number its holder's written birth date may stand within.
_REACH = 300
# a blank line ends a passage: a date past it is another paragraph's
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


#: How many first characters of a word are compared (more let fewer words through, and cost more to hold)
_OPENING = 4
# Latin-1 letters but the micro sign: re, ignoring case, takes one of them for another only when their lowercase is
# the same, and for no other character but these three, whose lowercase is none of them
_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


def _plain(text: str) -> bool:
    """True when every character of ``text`` is in Latin-1 and no micro sign (re takes it for the Greek mu)."""
    return text.isascii() or (max(text) < "\u0100" and "\u00b5" not in text)


def _plain_openings(alternations: tuple[str, ...]) -> frozenset[str] | None:
    """The first ``_OPENING`` characters of every word of ``alternations`` (as ``re.VERBOSE`` reads them) that a text of
    :func:`_plain` characters can hold, in lowercase: where none of them begins, such a word opens none of the words,
    whatever its case. None when a word opens with more than letters."""
    openings = set()
    for alternation in alternations:
        for word in alternation.split("|"):
            word = re.sub(r"[ \t\n\r\v\f]", "", word.removeprefix("(?:"))[:_OPENING]
            if not word or re.escape(word) != word:
                return None
            folded = "".join(_FOLDS.get(c) or c.lower() for c in word)
            if len(folded) == len(word) and _plain(folded):
                openings.add(folded)
    return frozenset(openings)


_OPENINGS = _plain_openings(DATE_OPENING_WORDS)
_OPENING_LENGTHS = sorted({len(w) for w in _OPENINGS or ()})
# Where ``DATE`` can begin: its own look-behind, then a word character, the Greek iota subscript (re takes it for
# the iota of Greek months), or a short year's dash or apostrophe ("-87", "'87").
_CAN_BEGIN = re.compile(r"(?<![\w.,/:+–-])[\w\u0345'’–-]")


def _may_open(text: str, at: int) -> bool:
    """False when no date can begin at ``at``, a place ``_CAN_BEGIN`` found: a Latin word there that opens no
    weekday, day in words or month ``DATE`` knows (trying the whole pattern at a word tries every month of every
    language, about thirty times this test)."""
    c = text[at]
    if c.isdecimal() or c in "'’–-" or _OPENINGS is None:
        return True
    head = text[at:at + _OPENING]
    return not _plain(head) or any(head[:n].lower() in _OPENINGS for n in _OPENING_LENGTHS)


def _dates_within(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The matches of ``_DATE.finditer(text, lo, hi)``, the pattern tried only where a date can begin."""
    end = lo
    for at in _CAN_BEGIN.finditer(text, lo, hi):
        i = at.start()
        if i < end or not _may_open(text, i):
            continue
        m = _DATE.match(text, i, hi)
        if m is not None:
            end = m.end()
            yield m


def _whole_written_date(m: re.Match[str]) -> _dt.date | None:
    """The day ``m`` writes when it is a whole date written for a reader (no bare run of digits), else None."""
    if m.group("c6") or m.group("c8"):
        return None
    found = parse_date(m)
    return found if isinstance(found, _dt.date) else None


# a digit other than 0-9 ("٨"): a year written in such digits holds no "55" as "0"-"9" write it
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _may_hold_date_of(text: str, lo: int, start: int, end: int, hi: int, born: _dt.date) -> bool:
    """False when no whole date of ``born`` can stand in ``text[lo:start]`` nor ``text[end:hi]``, the passage
    around a number without it: every form of that date writes its year's last two digits ("1955", "55", "-55").
    (Most passages lack them: the dates are then not sought there at all.)"""
    year = f"{born.year % 100:02d}"
    return year in text[lo:start] or year in text[end:hi] or _OTHER_DIGIT.search(text, lo, hi) is not None


def _same_passage(text: str, a: int, b: int) -> bool:
    """True when no blank line stands between offsets ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return _PARAGRAPH_BREAK.search(text, lo, hi) is None


class _DatesBesideNumbers:
    """Whole dates near a personnummer that are its holder's birth date: the page's numbers are found first (few
    pages hold one), then dates only around them."""

    pattern = _DATE

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        numbers = numbers_births(text)
        seen: set[int] = set()
        for start, end, born in numbers:
            lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
            if not _may_hold_date_of(text, lo, start, end, hi, born):
                continue
            for m in _dates_within(text, lo, hi):
                if m.start() in seen or (m.start() < end and start < m.end()):
                    continue
                if _whole_written_date(m) == born and _same_passage(text, m.start(), start):
                    seen.add(m.start())
                    yield m


# the weekday and "den" the sentence writes before the date ("född tisdagen den 4 maj 1971"): the day of the week is
# the sentence's, the date alone is the birth
_WEEKDAY_BEFORE = re.compile(rf"(?i:{_WEEKDAY})\.?,?\s+(?:(?i:den|the)\s+)?")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    start = m.start("date")
    if (weekday := _WEEKDAY_BEFORE.match(text, start, m.end("date"))) is not None:
        start = weekday.end()
    return Verdict(start, m.end("date"), "samma dag som födelsedatumet i ett personnummer intill")


#: The rule ``date_of_birth`` adds: a written date that is a personnummer's birth date beside it.
BIRTH_DATE_OF_NUMBER = Rule("birth_date_of_personnummer_beside", _DatesBesideNumbers(), score=0.8, check=_check,
                            gate=rule_regex(r"\d{6}"))
