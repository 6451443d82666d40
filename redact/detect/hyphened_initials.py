"""Initials of a hyphenated first name and the start of the surname, each with its full stop ("S-Å.Lu.", "J-F.Lé.",
"K-E.Ny."), alone in a table's cell: staff sign a register's rows so in whatever column their step has ("Kontroll",
"Steg 2"), under a header no list holds.

No word, unit or abbreviation has that shape (two capitals joined by a hyphen, a dot, then a capital with at most two
small letters and a dot), so the cell alone says it is a person's initials, whoever the document names.
"""

from __future__ import annotations

import re

_CAP = "A-ZÅÄÖÉÜØÆÇŠŽČĆŁ"
_SMALL = "a-zåäöéüøæçèëïšžčćł"
# a whole cell (a line of its own, or between a text table's borders)
_CELL = re.compile(
    rf"(?m)(?:^|(?<=\|))[ \t]*(?P<token>[{_CAP}]\.?-[{_CAP}]\.[{_CAP}][{_SMALL}]{{0,2}}\."
    rf"(?:-[{_CAP}][{_SMALL}]{{0,2}}\.)?)[ \t]*(?=$|\|)")


def hyphened_initials(text: str) -> list[tuple[int, int]]:
    """The spans of cells that hold a hyphenated first name's initials and a surname's start alone."""
    if "-" not in text:
        return []
    return [m.span("token") for m in _CELL.finditer(text)]
