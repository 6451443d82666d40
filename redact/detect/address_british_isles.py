"""Addresses in Britain and Ireland that the street-word rules of ``streets_abroad`` miss.

* A British street named without a street word before its town and postcode: "27 Kingsway, Cardiff CF10 3AX",
  "4 The Parade, Leeds LS6 2AB", "Flat 3, 12 Broadway, London W6 7AB". Many British streets are one name alone
  (Kingsway, Broadway, Northway, The Mall); the postcode after the town tells the number and name are the street.
* An Irish rural address: the townland, the county and the Eircode ("Knocknagree, Co. Cork P51 X2K7",
  "Ballinspittle, Kinsale, Co. Cork"): the county by "Co." and an Eircode or a townland before it tell a home.
* A flat in a block of flats whose street has no number of its own: the flat's number, the block's letter or name,
  then the street or square ("Flat 7, Block B, Harbour Square", "Apartment 3, Riverside House, Mill Lane"); the
  town and the postcode after it are grown onto it by ``address_growth``.

Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, rule_regex
from redact.detect.address_abroad import _EIRCODE
from redact.detect.streets_abroad import COUNTRY_AFTER, EN_STREET_WORD, UK_POST, UK_TOWN

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


BLOCK_FLAT = compile_rule(
    r"(?<![\w.,/-])(?:Flat|Apartment|Apt\.?|Unit)[ \t]+\d{1,4}[A-Za-z]?,[ \t]*"
    # the block by its word and letter or number, or a house's name ("Block C", "Tower 2", "Riverside House")
    r"(?:(?:Block|Blk\.?|Tower|Building)[ \t]+[A-Z\d]{1,3}|(?:[A-Z][a-z'’]+[ \t]+){1,2}(?:House|Court|Mansions))"
    # (the street by its word, or by the quay, wharf, park or green the block stands on: "Spencer Dock Quay")
    rf",[ \t]*(?:[A-Z][a-z'’]+[ \t]+){{1,3}}(?:{EN_STREET_WORD}|Quay|Wharf|Park|Green|Hill)(?![\w-])"
)
BLOCK_FLAT_GATE = rule_regex(r"(?:Flat|Apartment|Apt\.?|Unit)[ \t]+\d")


def check_block_flat(text: str, m: re.Match[str]) -> Verdict | None:
    """A flat, its block and the street of the block, taken whole."""
    return Verdict(m.start(), m.end(), "flat in a block of flats abroad written the English way", 0.85)
