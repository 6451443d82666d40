"""Addresses in shapes of Africa the other rules miss.

* Ghana's digital address (GhanaPostGPS): the region's two letters, then three or four and four digits
  ("GA-183-8164", "AK-039-5028"), with the area and town after it ("GA-183-8164, Dansoman, Accra").
* Kinshasa and Brazzaville write the avenue and number, then the quarter and commune by their abbreviations
  ("Av. de la Paix 12, Q. Mikondo, C. Kimbanseke, Kinshasa"): a quarter ("Q.", "Quartier") and a commune ("C.",
  "Commune") one after the other make the address, a single "C." being an initial too.
* West Africa's towns laid out in blocks and lots (Mauritania, Senegal, Mali, Niger, Burkina Faso, Guinea) write
  the block ("îlot", a letter or a number) and the lot in either order, then the quarter and the town ("Îlot K,
  lot 213, Tevragh Zeina, Nouakchott", "Lot 45, Îlot C, Sebkha, Nouakchott"), a "parcelle" for the lot too: the
  block and the lot together make the address, with the quarters, the town and the country after them.
* Tunis numbers the streets of its newer quarters ("Cité El Khadra, Rue 7100 n° 14, 1003 Tunis"): a street by its
  number and the house by "n°" after it, the quarter before and the four-digit postal code and town after.

Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.patterns import Verdict, compile_rule, rule_regex

_SEP = r",[ \t]*\n?[ \t]*"
_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)*"
# the regions' codes of Ghana Post's digital addresses
_GH_REGION = r"(?:GA|GE|GN|GS|GC|GW|GT|GR|GX|AK|AS|AH|BA|BE|BS|BT|CP|CE|EP|ER|NT|NE|NB|NS|UE|UW|VR|VT|WR|WP|WN|XB)"
# the area or town after it: a case number of the same shape ("BE-2026-0012") stands alone or before a verb
GHANA_GPS = compile_rule(
    rf"(?<![\w-]){_GH_REGION}-\d{{3,4}}-\d{{4}}(?![\w-])(?:{_SEP}{_CAPW}(?:[ \t]+{_CAPW})?){{1,2}}"
)
GHANA_GATE = rule_regex(rf"{_GH_REGION}-\d{{3,4}}-\d{{4}}")


def check_ghana_gps(text: str, m: re.Match[str]) -> Verdict | None:
    """A Ghanaian digital address with its area and town, taken whole."""
    from redact.detect import context as ctx

    parts = m.group().split(",")
    if any(p.split()[0].lower() in ctx.NOT_A_NAME for p in parts[1:]):
        return None
    if re.match(r"[A-Z]{2}-(?:19|20)\d\d-", m.group()) and len(parts) < 3:
        return None  # a year in the middle: a case number's shape unless an area and a town follow
    end = m.end()
    return Verdict(m.start(), end, "digital address in Ghana with its area and town", 0.85)


_QUARTER = r"(?:Q\.|Quartier|Qtier)"
_COMMUNE = r"(?:C\.|Commune|Cne\.?)"
QUARTER_COMMUNE = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?:Av\.|Avenue|Rue|Bd\.?|Boulevard)[ \t]+(?:(?:de|du|des|la|le|l'|d')[ \t]*)*{_CAPW}(?:[ \t]+{_CAPW}){{0,3}}
       (?:[ \t]+(?:n[º°o]\.?[ \t]*)?\d{{1,4}}[A-Za-z]?)?{_SEP})?
    {_QUARTER}[ \t]*{_CAPW}(?:[ \t]+{_CAPW})?{_SEP}{_COMMUNE}[ \t]*{_CAPW}(?:[ \t]+{_CAPW})?
    (?:{_SEP}{_CAPW}(?![\w-]))?
    """
)
_ABBREVIATED_ONLY = re.compile(r"^Q\.[ \t]*[^,]+,[ \t]*\n?[ \t]*C\.")
QUARTER_GATE = rule_regex(rf"{_QUARTER}[ \t]*[A-Z][^,\n]{{1,30}},[ \t]*\n?[ \t]*{_COMMUNE}")


def check_quarter_commune(text: str, m: re.Match[str]) -> Verdict | None:
    """An avenue, its quarter and commune and the town, taken whole."""
    if _ABBREVIATED_ONLY.match(m.group()):
        return None  # "Q. Lind, C. Berg": two people's initials unless an avenue comes first or the words are whole
    return Verdict(m.start(), m.end(), "address abroad by its quarter and commune", 0.8)


NUMBERED_STREET = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?:Cité|Cite|Résidence|Residence|Quartier|Hay)[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}{_SEP})?
    (?:Rue|Avenue|Av\.|Impasse|Imp\.|Nahj|Zanqat)[ \t]+\d{{2,5}}[ \t]+(?:n[°º]|N[°º]|no\.?|No\.?)[ \t]*\d{{1,4}}[A-Za-z]?
    (?:{_SEP}\d{{4}}[ \t]+{_CAPW}(?:[ \t]+{_CAPW})?)?
    (?![\w-])
    """
)
NUMBERED_STREET_GATE = rule_regex(r"\d{2,5}[ \t]+(?:n[°º]|N[°º]|no\.?|No\.?)[ \t]*\d")


def check_numbered_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A street known by its number, the house's number and the quarter and town, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad on a numbered street", 0.8)


_BLOCK = r"(?:[ÎI]lot|[îi]lot|[ÎI]LOT)[ \t]+(?:[A-Z]{1,3}(?:-?\d{1,3})?|\d{1,4}[A-Z]?)"
_LOT = r"(?:[Ll]ot|LOT|[Pp]arcelle|PARCELLE)[ \t]*(?:n[°º]\.?[ \t]*|No\.?[ \t]*)?\d{1,5}[A-Za-z]?"
BLOCK_AND_LOT = compile_rule(
    rf"""
    (?<![\w.-])
    (?:{_BLOCK}{_SEP}{_LOT}|{_LOT}{_SEP}{_BLOCK})(?![\w-])
    (?:{_SEP}{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}(?![\w-])){{1,3}}   # the quarters and the town
    (?:{_SEP}{ANY_COUNTRY}(?![\w-]))?
    """
)
BLOCK_AND_LOT_GATE = rule_regex(r"[ÎIîi](?:lot|LOT)[ \t]+\w")


def check_block_and_lot(text: str, m: re.Match[str]) -> Verdict | None:
    """A block and a lot with the quarter and town after them, taken whole."""
    from redact.detect import context as ctx

    places = [p.split()[0] for p in re.split(r",[ \t]*\n?[ \t]*", m.group())[2:] if p.split()]
    if any(w.lower() in ctx.NOT_A_NAME for w in places):
        return None  # a Swedish sentence's word after the lot
    return Verdict(m.start(), m.end(), "address abroad by its block and lot", 0.85)
