"""Addresses in the shapes of South and East Asia, where the house comes first and the postal code last.

* South Asia (India, Pakistan, Bangladesh, Sri Lanka) and the English-writing countries of Africa open with the
  house, flat or plot and its number ("Flat 302", "H.No. 8-2-293/A", "House No. 45", "Plot 14", "Door No. 12",
  "#45"), then the building, the road ("14th Cross", "Road No. 12", "3rd Main"), the locality and the town with
  its PIN or postal code ("Bengaluru 560038", "Dhaka 1205", "Lahore-54000"), a state or province after it.
* Japan numbers the block, lot and house ("2-14-7 Jingumae"), names the ward or city by its suffix
  ("Shibuya-ku", "Kita-shi") and ends with its postal code of three and four digits ("Tokyo 150-0001"), a
  building with its room before ("Sakura Mansion 305").
* Korea names its roads by suffix ("Teheran-ro 8-gil", "Haeundae-ro"), the district by its ("Gangnam-gu",
  "Bundang-gu", "Jung-dong") and ends with a five-digit code; a flat's building and room number before it
  ("101-1203").

Each rule holds the words that make it an address (the house's word, the ward's suffix, the road's suffix), so a
Swedish sentence's numbers and commas never match. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_

_SEP = r",[ \t]*\n?[ \t]*"
_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*\.?"

# --- South Asia: the house first -------------------------------------------------------------------------------
_HOUSE = (r"(?:Flat|Flat[ \t]No\.?|H\.[ \t]?No\.?|H[ \t]No\.?|House(?:[ \t]No\.?)?|Hse\.?(?:[ \t]No\.?)?|"
          r"Plot(?:[ \t]No\.?)?|Door[ \t]No\.?|D\.[ \t]?No\.?|Quarter(?:[ \t]No\.?)?|Qtr\.?(?:[ \t]No\.?)?|"
          r"Shop[ \t]No\.?|No\.|\#)"
          r"[ \t]*[A-Z]?-?\d{1,4}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Z](?![\w])|[A-Z]\d{1,3})){0,3}(?![\w-])")
# a road numbered by its ordinal or by "No." ("14th Cross", "3rd Main Road", "Road No. 12", "Street 7"), or any part
# of capitalised words, a number or a sector's code among them ("Sector 21", "F-7/2", "Phase II", "Block 6")
_ROAD_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Street|Road|Avenue|Lane|Block|Sector|Stage|Phase)(?:[ \t]+Road)?"
_SA_PART = (rf"(?:{_ROAD_ORDINAL}|{_HOUSE}"
            rf"|(?:{_CAPW}|[A-Z]-\d{{1,3}}(?:/\d{{1,2}})?)(?:[ \t]+(?:{_CAPW}|No\.?|of|\d{{1,4}}[A-Za-z]?(?:/\d{{1,3}})?"
            rf"(?![\w-])|[A-Z]-\d{{1,3}}(?:/\d{{1,2}})?)){{0,4}})")
# the town and its PIN (India: six digits), or the postal code of Pakistan (five) or Bangladesh (four)
_SA_TOWN_CODE = rf"{_CAPW}(?:[ \t]+{_CAPW})?(?:[ \t]*[-–][ \t]*|[ \t]+)\d{{4,6}}(?![\w-])"
SOUTH_ASIAN = compile_(
    rf"""
    (?<![\w.#-])
    {_HOUSE}
    (?:{_SEP}{_SA_PART}){{0,5}}
    {_SEP}{_SA_TOWN_CODE}
    (?:{_SEP}{_CAPW}(?:[ \t]+{_CAPW})?(?=[ \t]*(?:[.;)|]|\n|$)))?     # the state or province
    """
)
SOUTH_ASIAN_GATE = re.compile(r"(?:Flat|No\.|House|Hse|Plot|Door|Quarter|Qtr|Shop|\#)[ \t]*[A-Z]?-?\d")


def check_south_asian(text: str, m: re.Match[str]) -> Verdict | None:
    """A house, its roads and locality and the town with its postal code, taken whole."""
    from redact.detect import context as ctx

    words = re.findall(r"[^\W\d_]+", m.group())
    if any(w.lower() in ctx.NOT_A_NAME for w in words[1:]):
        return None  # a Swedish sentence's word among the parts
    return Verdict(m.start(), m.end(), "street address abroad opened by its house, with town and postal code", 0.85)


# --- Japan -----------------------------------------------------------------------------------------------------
_JP_WARD = r"[A-Z][a-zōū]+(?:-[A-Z][a-zōū]+)?-(?:ku|shi|gun|machi|cho|chō|mura|son)"
_JP_BLOCK = r"\d{1,2}-\d{1,2}(?:-\d{1,3})?(?:[ \t]*[A-Z][a-zōū]+(?:-[A-Z][a-zōū]+)?)?"
JAPANESE = compile_(
    rf"""
    (?<![\w.-])
    (?:(?:{_CAPW}[ \t]+){{1,3}}\d{{1,4}}[A-Za-z]?{_SEP}|(?:Room|Apt\.?|\#)[ \t]*\d{{1,4}}{_SEP})?   # the building and room
    {_JP_BLOCK}
    (?:{_SEP}{_JP_WARD}){{1,2}}
    (?:{_SEP}[A-Z][a-zōū]+(?:-[A-Z][a-zōū]+)?)?
    (?:,?[ \t]+(?:〒[ \t]?)?\d{{3}}-\d{{4}}(?![\w-]))?
    """
)
JAPANESE_GATE = re.compile(r"[a-zō]-(?:ku|shi|gun|machi|cho|chō|mura|son)(?![\w-])")


def check_japanese(text: str, m: re.Match[str]) -> Verdict | None:
    """A Japanese block, lot and house number, its ward or city and the postal code, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Japan's shape", 0.85)


# --- Korea -----------------------------------------------------------------------------------------------------
_KR_ROAD = (r"(?:\d{1,4}[ \t]+)?[A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)(?:[ \t]+\d{1,4}(?:beon)?-gil)?"
            r"(?:[ \t]+\d{1,4}(?:-\d{1,4})?)?")
_KR_DISTRICT = r"[A-Z][a-z]+(?:-[a-z]+)?-(?:gu|si|gun|dong|eup|myeon|do)"
KOREAN = compile_(
    rf"""
    (?<![\w.-])
    (?:(?:\d{{1,4}}-\d{{1,4}}|\d{{1,4}}(?:-?ho)?|(?:Apt\.?|Unit|Room)[ \t]*\d{{1,4}}(?:-\d{{1,4}})?){_SEP})?   # flat or house number
    {_KR_ROAD}
    (?:{_SEP}{_KR_DISTRICT}){{1,3}}
    (?:{_SEP}[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t]+\d{{5}}(?![\w-]))?|[ \t]+\d{{5}}(?![\w-]))?
    """
)
KOREAN_GATE = re.compile(r"[a-z]-(?:ro|gil|daero)(?![\w-])")


def check_korean(text: str, m: re.Match[str]) -> Verdict | None:
    """A Korean road address with its district and town, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Korea's shape", 0.85)
