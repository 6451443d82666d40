"""A British street named without a street word before its town and postcode: "27 Kingsway, Cardiff CF10 3AX",
"4 The Parade, Leeds LS6 2AB", "Flat 3, 12 Broadway, London W6 7AB".

Many British streets are one name alone (Kingsway, Broadway, Northway, The Mall), so the street-word rule of
``streets_abroad`` misses them; the postcode after the town tells the number and name before it are the street.
Rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_
from redact.detect.streets_abroad import COUNTRY_AFTER, UK_POST, UK_TOWN

UK_BARE_STREET = compile_(
    r"(?<![\w.,/-])(?:(?:Flat|Apartment|Apt\.?|Unit)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+)?"
    r"\d{1,4}[A-Za-z]?,?[ \t]+(?:The[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?"
    rf",[ \t]*\n?[ \t]*(?:[A-Z][a-z]+,[ \t]*\n?[ \t]*)?{UK_TOWN},?[ \t]+{UK_POST}{COUNTRY_AFTER}"
)
GATE = re.compile(UK_POST)


def check_uk_bare_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A number and a street's bare name before a British town and postcode, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad written the English way, bare street name", 0.85)
