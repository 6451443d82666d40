"""A boat owner's berth in a table's column of berths ("Båtplats": "Vikholmen, plats B 12", "Ekudden, brygga 2:7").

Beside a private person's home address, the berth their boat lies at is theirs as the home is: the marina or jetty
by its place's name, and the berth's number after its word. The berth's word alone is no address under any other
header ("plats 4" under "Lokal" is a room's), so the cell counts only under a berth's header.
"""

from __future__ import annotations

import re

# the headers of a column of berths, with a bracket or more words after ("Båtplats (hamn)", "Båtplats 2027")
# (a houseboat's berth at a quay, "Kajplats", "Liggplats", where the people aboard are registered as living)
_BERTH_HEADER = re.compile(r"(?i)^(?:båtplats|båtplatser|bryggplats|förtöjningsplats|hamnplats|kajplats|kajplatser|"
                           r"liggplats|berth|mooring)"
                           r"(?:[ \t]+[\w()/.-]+){0,2}$")
# a place's name (one to three capitalised words), the berth's word and its number: a letter of the jetty, the number
# of the berth, or the jetty's and the berth's numbers joined ("C 22", "9", "3:14", "B-7", "12a")
# (the jetty and the berth on it as two parts, "Norrviken, brygga 2, plats 14"; a quay's berth, "kajplats 12")
_BERTH_PART = (r"(?i:plats|båtplats|brygga|bryggan|ponton|kaj|kajplats|liggplats|y-bom|bomplats|pir)[ \t]+"
               r"(?:nr\.?[ \t]*)?(?:[A-ZÅÄÖ][ \t-]?)?\d{1,4}[A-Za-z]?(?:[:/-]\d{1,4}[A-Za-z]?)?")
_BERTH_CELL = re.compile(
    rf"^[A-ZÅÄÖÉÜ][\w-]+(?:[ \t]+[A-ZÅÄÖÉÜ]?[\w-]+){{0,2}},?[ \t]+{_BERTH_PART}(?:,?[ \t]+{_BERTH_PART})?$"
)


def berth_header(header: str) -> bool:
    """True for a column header naming a boat's berth ("Båtplats", "Bryggplats")."""
    return _BERTH_HEADER.match(" ".join(header.split()).rstrip(".:")) is not None


def berth_cell(value: str) -> bool:
    """True for a cell naming a marina or jetty and a berth's number on it ("Vikholmen, plats B 12")."""
    return _BERTH_CELL.match(" ".join(value.split())) is not None
