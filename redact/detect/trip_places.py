"""A trip's end in a log's from–to cell: "Stadshuset–Mossebo 88", "Nävelsjö 14–Vårdcentralen".

A car log or a travel claim names where a trip went; a village and a house number there is the home
visited ("hembesök"), while the office at the other end is the authority's own. The street form
("Stadshuset–Ribbhultsvägen 9") is found by the street rules; this takes a place name with a number,
only on a page whose table has a column of trips ("Från–till", "Sträcka", "Resväg").
"""

from __future__ import annotations

import re

from redact.detect.patterns import NeedleGate, Verdict, compile_rule

# A column of trips: its header names both ends or the route.
# (each alternative holds one of the needles: looked for in the lowered page first)
TRIP_HEADER = NeedleGate(re.compile(
    r"(?i)(?<![\w-])(?:från[ \t]*[–—/-][ \t]*till|sträcka|resväg|färdväg|körsträcka|resmål|destination)(?![\w-])"),
    ("från", "sträcka", "resväg", "färdväg", "resmål", "destination"))
_PLACE = r"[A-ZÅÄÖÉÜ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖÉÜ]?[a-zåäöéü]+)?"
_NUMBER = r"\d{1,4}[A-Za-z]?"
_END = rf"(?:[A-ZÅÄÖÉÜ][\w.-]*(?:[ \t]+[\w.-]+){{0,2}})"
# the whole cell (a line of its own, or between a table's bars/tabs): one end, a dash, the other end
TRIP_CELL = compile_rule(
    rf"(?m)(?:^|(?<=[|\t]))[ \t]*(?:{_END}[ \t]*[–—-][ \t]*(?P<to>{_PLACE}[ \t]+{_NUMBER})"
    rf"|(?P<from>{_PLACE}[ \t]+{_NUMBER})[ \t]*[–—-][ \t]*{_END})[ \t]*(?=$|[|\t])"
)


def check_trip_cell(text: str, m: re.Match[str]) -> Verdict | None:
    """The numbered place at either end of a from–to cell, as a home."""
    group = "to" if m.group("to") else "from"
    return Verdict(m.start(group), m.end(group), "ort + nummer som resmål i en kolumn av resor")
