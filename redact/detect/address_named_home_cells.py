"""A home with no street in a table's address cell, in two shapes the shapes of ``address_chains`` leave out: a
hotel, hostel or guest house named in up to four words with the room a person lives in ("Hotell Gamla Tullen, rum
214", "Vandrarhem Sjöbris Norra, rum 3"), and a farm by its name with its property designation
("Norrgården, Bäckby 3:12", "Lilla Ängstorp, Näsby 1:4", "Backa gård, Lerum Backa 2:4", "Byn 112, Sjövik 3:4"), as
rural homes without a street are written.

The name alone is a place; the room, or the designation that is the farm's own, makes the cell one home. Only under an
address's or a home's header (``table_values``).
"""

from __future__ import annotations

import re

# a lodging's kind before its name (the hotel a municipality places a family in, a hostel, a guest house)
_LODGING = r"(?:Hotell|Hotel|Hotellet|Vandrarhem|Vandrarhemmet|Pensionat|Pensionatet|Motell|Hostel|Gästhem|Gästhemmet)"
_NAME_WORD = r"[A-ZÅÄÖÉÜ][\w'’-]+"
_ROOM = r"(?i:rum|room|rummet|rumsnr\.?|lgh|lägenhet)[ \t]+(?:nr\.?[ \t]*)?\d{1,4}[A-Za-z]?"
_LODGING_CELL = re.compile(rf"^{_LODGING}(?:[ \t]+(?:{_NAME_WORD}|[a-zåäö]{{2,3}})){{1,4}},[ \t]*{_ROOM}$")
# a farm's or a house's name (one to three words) and the property designation of its parish or village after a
# comma: the village and its block and unit ("Bäckby 3:12", "Övre Näs 1:7"); the name's later words may be the farm's
# own noun in lowercase ("Backa gård", "Nedre torpet") or the house's number in its village ("Byn 112", "Sjövik 4 B")
_FARM_WORD = r"(?:gård|gården|torp|torpet|säter|sätern|hemman|hemmanet|stuga|stugan|fäbod|fäboden|bruk|bruket)"
_FARM_NAME_PART = rf"(?:{_NAME_WORD}|{_FARM_WORD}|\d{{1,4}}(?:[ \t]?[A-Z])?)"
_FARM_DESIGNATION_CELL = re.compile(
    rf"^{_NAME_WORD}(?:[ \t]+{_FARM_NAME_PART}){{0,2}},[ \t]*{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?[ \t]+\d{{1,4}}:\d{{1,4}}$")


def lodging_room_cell(value: str) -> bool:
    """True for a cell naming a hotel, hostel or guest house and the room someone lives in ("Hotell Ek, rum 4")."""
    return _LODGING_CELL.match(" ".join(value.split())) is not None


def farm_designation_cell(value: str) -> bool:
    """True for a cell naming a farm and its property designation ("Norrgården, Bäckby 3:12")."""
    return _FARM_DESIGNATION_CELL.match(" ".join(value.split())) is not None
