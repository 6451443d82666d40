"""A flat and its floor found apart from the block they are in ("Flat C, 14/F" and "Block 2, Kornhill, Quarry Bay"):
one home, not two.

Two address pieces with numbers after each other are read as two homes; but a piece that ends with a flat's or a
floor's number and a next piece that opens with the block, tower or building holding it are the outer and the inner
parts of one address, as Hong Kong, Singapore, India and the Gulf write it ("Flat 12, 3/F, Tower 2, …", "Apt 4,
Building 17, …"). The comma between them belongs to the address.
"""

from __future__ import annotations

import re

# the end of the first piece: a flat, room or unit by its number or letter, or a floor ("14/F", "3rd Floor", "Floor 2")
_UNIT_END = re.compile(r"(?i)(?:(?<![\w-])(?:flat|apt\.?|apartment|unit|room|rm\.?|suite|shop)[ \t]*[\w-]{1,5}"
                       r"|(?<![\w/-])\d{1,3}/F|(?<![\w-])\d{1,3}(?:st|nd|rd|th)[ \t]+floor|(?<![\w-])floor[ \t]+\d{1,3}"
                       r"|(?<![\w-])[GLB]/F)$")
# the start of the next: the block, tower, wing or building by its number or letter
_BUILDING_START = re.compile(r"(?i)^(?:block|blk\.?|tower|twr\.?|building|bldg\.?|wing|phase|house)[ \t]+[\w-]{1,5}"
                             r"(?![\w-])|^[A-Z0-9][ \t]+(?i:block|tower|wing)(?![\w-])")


def unit_then_building(first: str, second: str) -> bool:
    """True when ``first`` ends with a flat's or a floor's number and ``second`` opens with the building holding it."""
    return _UNIT_END.search(first.rstrip(" ,.")) is not None and _BUILDING_START.match(second.lstrip()) is not None
