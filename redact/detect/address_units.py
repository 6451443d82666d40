"""Addresses abroad written as a house number and the named administrative units it lies in, the way Thailand
writes a rural home: "45/2 Moo 7, Tambon Ban Kao, Amphoe Mueang, Nakhon Pathom 73000" (house number, village
number, subdistrict, district, province and postal code), or in Bangkok "Soi 12, Khwaeng Bang Na, Khet Bang Na".

No street need stand in such an address, so the units' own words tell it: at least one part must open with a
subdistrict's or district's word ("Tambon", "Amphoe", "Khwaeng", "Khet"). Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_

# the words that open a Thai village, lane, road, subdistrict or district ("T." and "A." are their short forms)
_UNIT_WORD = r"(?:Tambon|Tumbon|T\.|Amphoe|Amphur|Amphor|A\.|Khwaeng|Khet|King[ \t]Amphoe)"
_LANE_WORD = r"(?:Moo|Mu|Muu|Soi|Thanon|Th\.|Trok|Village|Ban)"
_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)*"
_SEP = r",[ \t]*\n?[ \t]*"
UNITS_ADDRESS = compile_(
    rf"""
    (?<![\w/.-])
    \d{{1,4}}(?:/\d{{1,4}})?[A-Za-z]?                         # the house's number ("99/14", "12")
    (?:[ \t]+{_LANE_WORD}[ \t]*\d{{1,3}}|[ \t]*,?[ \t]*{_LANE_WORD}[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}){{0,2}}
    (?:{_SEP}{_LANE_WORD}[ \t]*(?:\d{{1,3}}|{_CAP}(?:[ \t]+{_CAP}){{0,2}}))?
    (?P<units>(?:{_SEP}{_UNIT_WORD}[ \t]*{_CAP}(?:[ \t]+{_CAP}){{0,2}}){{1,3}})
    (?:{_SEP}{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:[ \t]+\d{{5}})?|[ \t]+\d{{5}})?  # the province and its postal code
    (?![\w-])
    """
)
GATE = re.compile(rf"{_SEP}{_UNIT_WORD}[ \t]")


def check_units_address(text: str, m: re.Match[str]) -> Verdict | None:
    """A house number and its administrative units, taken whole."""
    return Verdict(m.start(), m.end(), "address abroad by its administrative units", 0.8)
