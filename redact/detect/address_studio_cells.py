"""An artist's studio in a table's column of studios ("Ateljé": "Konstnärshuset, ateljé 14", "Gamla mejeriet, rum
12").

Beside a private person's home, the studio an artist rents is a place of theirs as the home is: the house by its name
(one to three words, the first capitalised), and the studio's or the room's number after its word. A public venue's
room under the same header ("Konsthallen Norrvik, rum 4", an arts centre lending a room) is the venue's, no one's
place, and stays; so does the studio's word alone under any other header.
"""

from __future__ import annotations

import re

# the headers of a column of studios, with a bracket or a word after ("Ateljé (adress)", "Ateljé 2027")
_STUDIO_HEADER = re.compile(r"(?i)^(?:ateljé|ateljéer|atelje|ateljeer|ateljé/verkstad|studio|studios)"
                            r"(?:[ \t]+[\w()/.-]+){0,2}$")
# the house's name, the studio's or the room's word and its number ("ateljé 14", "rum 12", "ateljé B4", "lokal 3")
_STUDIO_CELL = re.compile(r"^[A-ZÅÄÖÉÜ][\w-]+(?:[ \t]+[\w-]+){0,2},[ \t]+"
                          r"(?i:ateljé|atelje|studio|rum|lokal)[ \t]+(?:[A-ZÅÄÖ][ \t-]?)?\d{1,4}[A-Za-z]?$")
# a public venue's word in the house's name: an arts centre's, a museum's, a school's, a library's room
_VENUE = re.compile(r"(?i)konsthall|kulturhus|kulturcentrum|museum|museet|skola|skolan|gymnasi|högskola|universitet|"
                    r"bibliotek|medborgarhus|folkets[ \t]hus|centrum|kyrka|kyrkan|församling")


def studio_header(header: str) -> bool:
    """True for a column header naming an artist's studio ("Ateljé", "Ateljéer")."""
    return _STUDIO_HEADER.match(" ".join(header.split()).rstrip(".:")) is not None


def studio_cell(value: str) -> bool:
    """True for a cell naming a house and a studio's or a room's number in it ("Konstnärshuset, ateljé 14"), no public
    venue's."""
    v = " ".join(value.split())
    return _STUDIO_CELL.match(v) is not None and _VENUE.search(v.split(",")[0]) is None
