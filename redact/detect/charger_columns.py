"""A table's column of the chargers a person had installed at home or at a parking place ("Laddbox", "Laddstation",
"Wallbox"): each cell is one charger's maker, model and serial ("Zaptec Go ZAP044187", "Easee Home EH440218"), which
the charging operator's records tie to the one resident.

The header names no number by itself, so only a cell that ends in a serial counts (letters and five digits at least,
or six digits), the maker's and model's words before it inside the mark; a cell of a charger's kind or power alone
("22 kW", "Typ 2") stays readable.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^(?:ladd(?:box|boxar|boxen|station|stationen|stolpe|stolpen|enhet|are|aren)|wallbox|charger|"
                     r"laddbox[ ]\(.*\)|wall[ ]charger|home[ ]charger)$")
# the maker's and model's words (up to three, capitalised or coded), then the serial
_CELL = re.compile(r"^(?:[A-Z][\w+.-]*[ ]){0,3}(?=[A-Z\d]*\d)(?:[A-Z]{1,4}-?\d{5,}[A-Z\d]*|\d{6,}[A-Z\d]*)$")


def charger_header(header: str) -> bool:
    """True for a header cell naming a column of the chargers people had installed."""
    return bool(_HEADER.match(" ".join(header.strip().rstrip(":").split()).lower()))


def charger_cell(header: str, value: str) -> bool:
    """False for a cell under a chargers' header that ends in no serial; True for any other header or cell."""
    if not charger_header(header):
        return True
    return bool(_CELL.match(" ".join(value.split())))
