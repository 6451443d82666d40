"""A metering point's number in a table row keyed by a person's initials: "| RS | elmätaren | anläggnings-id
735999… | SW |" (or the same row read one cell a line), a tenant's or a member's supply in a list of them.

``metering_points`` takes the grids' number only beside a person's name, since without one it may be the authority's
own premises' supply. A table that keys its rows by people's initials lists those people's things, and the row's
number is that person's; in a cell the word naming the number belongs to it ("anläggnings-id 735999…"), as a
thing's word does to a serial in a column of things.
"""

from __future__ import annotations

import re

# a person's initials as a row's key cell: two to four capitals (a hyphenated given name's too)
_INITIALS = r"[A-ZÅÄÖÉÜÆØ]{1,2}(?:-?[A-ZÅÄÖÉÜÆØ]){1,3}"
_INITIALS_LINE = re.compile(rf"[ \t]*{_INITIALS}[ \t]*")
# a row read whole: its first cell initials, split by "|" or a tab from the rest
_INITIALS_FIRST_CELL = re.compile(rf"[ \t]*\|?[ \t]*{_INITIALS}[ \t]*(?:\||\t)")
# the word naming a metering point, alone before the number in its cell (at a line's start, or after "|" or a tab)
_LABEL_IN_CELL = re.compile(r"(?:^|(?<=[\n|\t]))[ \t]*(?P<label>(?i:anläggnings-?id|anläggningsnummer|anläggningsnr\.?"
                            r"|mätpunkts?-?id|mätpunktsnummer|mätpunkt))[ \t]*:?[ \t]*$")


def initials_row(text: str, at: int) -> bool:
    """True when the number at ``at`` stands in a table row whose first cell is a person's initials: on the number's
    line before it (a row read whole), or alone on one of the two lines above (a row read one cell a line)."""
    line = text.rfind("\n", 0, at) + 1
    if _INITIALS_FIRST_CELL.match(text, line, at):
        return True
    end = line - 1
    for _ in range(2):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        if _INITIALS_LINE.fullmatch(text, start, end):
            return True
        end = start - 1
    return False


def label_in_cell(text: str, at: int) -> int:
    """Where the metering point's word starts when it alone stands before the number at ``at`` in its cell, else
    ``at``."""
    line = text.rfind("\n", 0, at) + 1
    m = _LABEL_IN_CELL.search(text, line, at)
    return m.start("label") if m else at


_CELL_START = re.compile(r"(?:^|(?<=[\n|\t]))[ \t]*$")
_METERING_WORD = re.compile(r"(?i:anläggnings-?id|mätpunkts?-?id)[ \t]*:?[ \t]+735")


def metering_word_opens_cell(text: str, start: int) -> bool:
    """True when a metering point's word ("anläggnings-id") opens its cell at ``start`` before the grids' number: the
    cell's word belongs to the number there (a label in a sentence stays outside it)."""
    line = text.rfind("\n", 0, start) + 1
    return _CELL_START.search(text[line:start]) is not None and _METERING_WORD.match(text, start) is not None
