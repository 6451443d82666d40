"""Surnames alone after an activity word in a log's purpose column: "hembesök Lindfelt", "LSS, Özdemir".

A car log or a time report says why a trip or an hour was spent, and names the client by surname
after the activity ("hembesök Sahlberg", "besök hos Nilsson", "samtal med Berg"). A surname no list
holds ("Ndayishimiye") is read as one when the same column holds another such cell whose name was
found: the column's shape is the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redact.detect.first_chars import compile_scanning

# The activities whose object is a person (a client visited, spoken to, driven).
# Written in small letters, as a note is ("Hemtjänst Centrum" capitalised is a unit's name), or a law's acronym
# with a comma ("LSS, Özdemir").
_ACTIVITY = (r"(?:(?:hembesök|besök(?:[ \t]+hos)?|samtal(?:[ \t]+med)?|möte(?:[ \t]+med)?|uppföljning|"
             r"skjuts|hämtning|tillsyn[ \t]+hos|utredning|ledsagning|avlösning)[ \t]*,?|(?:LSS|SoL|LVU|LVM),)")
_NAME = r"[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?"
# the whole cell: a line of its own, or between a table's bars or tabs
_CELL = compile_scanning(rf"(?m)(?:^|(?<=[|\t]))[ \t]*{_ACTIVITY}[ \t]+(?P<name>{_NAME})[ \t]*(?=$|[|\t])")
_GATE = re.compile(r"besök|samtal|möte|uppföljning|LSS|SoL|LVU|LVM|skjuts|hämtning|tillsyn|utredning|ledsagning|avlösning")


def purpose_cell_names(text: str, persons: Sequence[tuple[int, int]], place: Callable[[str], bool],
                       surname: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The name spans of activity cells on a page where at least one such cell's name is a found person or a
    listed surname; ``place`` tells a place's name ("tillsyn Mossebo") from a surname."""
    if not _GATE.search(text):
        return []
    cells = [m.span("name") for m in _CELL.finditer(text)]
    if len(cells) < 2 or not any(any(s <= a and b <= e for s, e in persons) or surname(text[a:b]) for a, b in cells):
        return []
    return [(a, b) for a, b in cells if not any(s < b and a < e for s, e in persons) and not place(text[a:b])]
