"""Addresses in Britain and Ireland that the street-word rules of ``streets_abroad`` miss.

* A British street named without a street word before its town and postcode: "27 Kingsway, Cardiff CF10 3AX",
  "4 The Parade, Leeds LS6 2AB", "Flat 3, 12 Broadway, London W6 7AB". Many British streets are one name alone
  (Kingsway, Broadway, Northway, The Mall); the postcode after the town tells the number and name are the street.
* An Irish rural address: the townland, the county and the Eircode ("Knocknagree, Co. Cork P51 X2K7",
  "Ballinspittle, Kinsale, Co. Cork"): the county by "Co." and an Eircode or a townland before it tell a home.

Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, rule_regex
from redact.detect.address_abroad import _EIRCODE
from redact.detect.streets_abroad import COUNTRY_AFTER, UK_POST, UK_TOWN

UK_BARE_STREET = compile_rule(
    r"(?<![\w.,/-])(?:(?:Flat|Apartment|Apt\.?|Unit)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+)?"
    r"\d{1,4}[A-Za-z]?,?[ \t]+(?:The[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?"
    rf",[ \t]*\n?[ \t]*(?:[A-Z][a-z]+,[ \t]*\n?[ \t]*)?{UK_TOWN},?[ \t]+{UK_POST}{COUNTRY_AFTER}"
)
GATE = rule_regex(UK_POST)


def check_uk_bare_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A number and a street's bare name before a British town and postcode, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad written the English way, bare street name", 0.85)


IRISH_COUNTY = compile_rule(
    r"(?<![\w.,/-])(?:[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?,[ \t]*\n?[ \t]*){1,2}"
    rf"(?:Co\.|County)[ \t]+[A-Z][a-z]+(?:,?[ \t]+{_EIRCODE})?"
)
IRISH_GATE = rule_regex(r",[ \t]*\n?[ \t]*(?:Co\.|County)[ \t]+[A-Z]")


def check_irish_county(text: str, m: re.Match[str]) -> Verdict | None:
    """An Irish townland (and town) with its county and Eircode, taken whole."""
    from redact.detect import context as ctx

    if m.group().split()[0].strip(",").lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start(), m.end(), "address abroad in Ireland by its townland and county", 0.8)
