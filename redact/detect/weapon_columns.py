"""A table's column of the weapons people hold ("Vapen", "Jaktvapen"): its cells hold the licence's or the weapon's
register code each holder was given ("GL-V 2026-441"), or a word that no licence is needed ("ingen licens").

The header names no number by itself, so only a cell of a code's shape counts: a register's capitals (in parts
joined by a dash maybe) and five digits at least in groups. A weapon's make, model and calibre ("Sako 85 .308")
have no such shape and stay readable; a make's serial is read by ``make_model_serials`` wherever it stands.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^(?:vapen|skjutvapen|jaktvapen|vapeninnehav|licensvapen)$")
_CODE = re.compile(r"^[A-ZÅÄÖ]{1,5}(?:-[A-ZÅÄÖ]{1,4})?[ -]?\d[\d /-]*\d$")
_DIGITS_LEAST = 5


def weapon_header(header: str) -> bool:
    """True for a header cell naming a column of the weapons people hold."""
    return bool(_HEADER.match(" ".join(header.strip().rstrip(":").split()).lower()))


def weapon_cell(header: str, value: str) -> bool:
    """False for a cell under a weapons' header that is no register's code; True for any other header or cell."""
    if not weapon_header(header):
        return True
    v = " ".join(value.split())
    return bool(_CODE.match(v)) and sum(c.isdigit() for c in v) >= _DIGITS_LEAST
