"""A horse keeper's stable in a table's column of where the animals are kept ("Stall eller hage": "Stall Ekbacken,
box 4").

Beside the keeper's postal town, the stable by its name and the box the horse stands in is the keeper's place as a
home is. A box's number alone is a postal box's or a room's under any other header, so the cell counts as a stable's
only under a header naming where an animal is kept.
"""

from __future__ import annotations

import re

# the headers of a column of stables or pastures ("Stall", "Stall eller hage", "Uppstallning")
_STABLE_HEADER = re.compile(r"(?i)^(?:stall|stall[ \t]+eller[ \t]+hage|stallplats|uppstallning|uppstallningsplats)"
                            r"(?:[ \t]+\([\w ]+\))?$")
# the stable's or the farm's name (one to three capitalised words), the box's, stall's or paddock's word and its number
_STABLE_CELL = re.compile(
    r"^[A-ZÅÄÖÉÜ][\w-]+(?:[ \t]+[A-ZÅÄÖÉÜ]?[\w-]+){0,2},?[ \t]+"
    r"(?i:box|boxen|stallbox|spilta|spiltan|hage|hagen|paddock)[ \t]+(?:nr\.?[ \t]*)?[A-ZÅÄÖ]?[ \t-]?\d{1,3}[A-Za-z]?$"
)


def stable_header(header: str) -> bool:
    """True for a column header naming where a keeper's animal is kept ("Stall eller hage", "Uppstallning")."""
    return _STABLE_HEADER.match(" ".join(header.split()).rstrip(".:")) is not None


def stable_cell(value: str) -> bool:
    """True for a cell naming a stable or farm and the box or paddock in it ("Stall Ekbacken, box 4")."""
    return _STABLE_CELL.match(" ".join(value.split())) is not None
