"""A village and a street in it without a number: "Njunjes sameby, Slussvägen", "Lillträsk, Skolvägen".

In a village, and in a Sami village (a "sameby") above all, a home is often addressed by the village and the street
alone, the house unnumbered. Under an address header, or on the line between a letter's recipient and the postcode,
the two together are the recipient's home, and the village's name (a word the name lists may hold) is no person's.
"""

from __future__ import annotations

import re

from redact.detect.context import L, U

# the village's name, one word or two joined by a hyphen, with the Sami village's or the village's word after it
_VILLAGE = re.compile(rf"^[{U}][{L}]{{2,}}(?:-[{U}]?[{L}]+)?(?:[ ](?:sameby|samebyn|by|byn))?$")


def village_and_street(value: str) -> bool:
    """True for a village, a comma and a street alone in it ("Njunjes sameby, Slussvägen")."""
    from redact.detect.table_home_values import _STREET_ALONE  # (that module asks this one: imported here)

    parts = [p.strip() for p in " ".join(value.split()).split(",")]
    return len(parts) == 2 and _VILLAGE.match(parts[0]) is not None and _STREET_ALONE.match(parts[1]) is not None
