"""A resident's garage or parking place in a table's column of them ("Garageplats": "Garage Ekbacken, plan -1,
plats 32", "Torget, plats 7").

A private person's rented garage place is theirs as the home is: the garage by its name, the level and the place's
number after their words say where the person's car stands every night. The place's word alone is no address under
any other header ("plats 4" under "Lokal" is a room's), so the cell counts only under a parking place's header.
"""

from __future__ import annotations

import re

#: the headers of a column of a resident's garage or parking places ("Garageplats", "P-plats", "Laddplats")
PARKING_HEADERS: tuple[str, ...] = ("garageplats", "garageplatser", "garage", "parkeringsplats", "parkeringsplatser",
                                    "p-plats", "p-platser", "bilplats", "bilplatser", "carport", "laddplats",
                                    "laddplatser", "garage- eller p-plats")
_PARKING_HEADER = re.compile(rf"(?i)^(?:{'|'.join(re.escape(h) for h in PARKING_HEADERS)})(?:[ \t]+[\w()/.-]+){{0,2}}$")
# the level (below ground with its minus) and the place by their words and numbers: "plan -2", "våning 1", "plats 144",
# "p-plats B 12", "nr 7"
_PARKING_PART = (r"(?i:plan|våning|vån\.|nivå|plats|p-plats|garageplats|bilplats|ruta|box|nr\.?)[ \t]+"
                 r"(?:[-−–]?[ \t]?\d{1,4}[A-Za-z]?|[A-ZÅÄÖ](?:[ \t-]?\d{1,4})?)(?![\w])")
# the garage or the yard by its name (one to three words, the first capitalised: "Garage Sickla kaj", "Fältöversten");
# an answer is no name ("Ja, plats 4")
_PARKING_CELL = re.compile(
    rf"^(?!(?i:ja|nej|yes|no|ingen|saknas)(?![\w-]))[A-ZÅÄÖÉÜ][\w-]+(?:[ \t]+[\w-]+){{0,2}},"
    rf"[ \t]+{_PARKING_PART}(?:,?[ \t]+{_PARKING_PART}){{0,2}}$")


def parking_header(header: str) -> bool:
    """True for a column header naming a resident's garage or parking place ("Garageplats", "P-plats")."""
    return _PARKING_HEADER.match(" ".join(header.split()).rstrip(".:")) is not None


def parking_cell(value: str) -> bool:
    """True for a cell naming a garage or a yard and the place's level and number in it ("Garage Luna, plats 7")."""
    return _PARKING_CELL.match(" ".join(value.split())) is not None
