"""A tract named with its town and block and a number ("Lövby Granen 4"): the same tract or town found elsewhere in
the text, read by its words and the rest of each pattern compiled once, as the patterns holding the words found it."""

from __future__ import annotations

import re

from redact.detect import property as prop
from redact.detect.property import NAME, SP, _HEADER_CELL, _COLUMN_REACH, _year


def _joined_reason(text: str, m: re.Match[str]) -> str | None:
    """Which of the four tests the patterns with the words escaped in them pass, in the check's order."""
    tract = re.escape(m.group("tract"))
    if re.search(rf"(?i:fastighet\w*|fastighetsbet\.?):?{SP}+{tract}{SP}\d", text):
        return "labelled"
    for other in () if _year(m.group("number")) else re.finditer(
            rf"(?<![\w-]){tract}{SP}\d{{1,4}}(?::\d{{1,4}})?(?![\w:])", text):
        if other.start() != m.start() and _HEADER_CELL.search(text, max(0, other.start() - _COLUMN_REACH),
                                                              other.start()):
            return "column"
    town = re.escape(m.group("tract").split()[0])
    if re.search(rf"(?i:fastighet\w*|fastighetsbet\.?):?{SP}+{town}{SP}{NAME}{SP}\d{{1,4}}(?::\d{{1,4}})?(?![\w:])",
                 text):
        return "same town"
    if len(m.group("number")) == 4 and m.group("number")[:2] in ("19", "20"):
        return None
    if re.search(rf"(?<![\w-]){town}{SP}{NAME}{SP}\d{{1,4}}:\d{{1,4}}(?![\w:])", text):
        return "block:unit"
    return None


_REASONS = {"tract of a labelled property": "labelled", "another number of a tract in the property column": "column",
            "a block of the same town as a labelled property": "same town",
            "a block of the same town as a property with block:unit": "block:unit"}

TEXTS = [
    "Ansökan gäller Lövby Granen 4.\nFastighet: Lövby Granen 4 (taket).",
    "Ansökan gäller Lövby Granen 4.\nFASTIGHETSBET.  Lövby Granen 4",
    "Ansökan gäller Lövby Granen 4 och grannen.\nFastighetsbeteckning: Lövby Tallen 9",
    "Ansökan gäller Lövby Granen 4 och grannen.\nSe även Lövby Tallen 9:2 i registret.",
    "Ansökan gäller Lövby Granen 4 och grannen.\nSe även XLövby Tallen 9:2 i registret.",
    "Ansökan gäller Lövby Granen 2026 och grannen.\nSe även Lövby Tallen 9:2 i registret.",
    "Fastighet\tÄgare\nLövby Granen 5\tOlle\n" + "Mötet hölls i salen och protokollet justerades.\n" * 3
    + "Ansökan gäller Lövby Granen 4.",
    "Ansökan gäller Lövby Granen 4, inget mer om den.",
    "Ansökan gäller Lövby Granen 4.\nfastighetenX: Lövby Granen 4",
]


def test_the_check_reads_the_words_as_the_joined_patterns():
    seen = set()
    for text in TEXTS:
        for m in prop._NAMED_TRACT.finditer(text):
            verdict = prop._check_named_tract(text, m)
            got = _REASONS.get(verdict.reason) if verdict is not None else None
            if verdict is not None and got is None:
                continue  # decided by a test before these four
            assert got == _joined_reason(text, m), (text, m.group())
            seen.add(got)
    assert {"labelled", "column", "same town", "block:unit", None} <= seen
