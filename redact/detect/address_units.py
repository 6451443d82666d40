"""Addresses abroad written as a house and the named administrative units it lies in, the way Thailand writes a
rural home: "45/2 Moo 7, Tambon Ban Kao, Amphoe Mueang, Nakhon Pathom 73000" (house number, village number,
subdistrict, district, province and postal code), in Bangkok "Soi 12, Khwaeng Bang Na, Khet Bang Na", and as
Indonesia and the Philippines do: "Jl. Kenari No. 8, RT 03/RW 07, Kel. Cikini, Kec. Menteng, Jakarta Pusat
10330", "Blk 4 Lot 9, Brgy. San Roque, Marikina 1800".

No street need stand in such an address, so the units' own words tell it: at least one part must open with a
subdistrict's or district's word ("Tambon", "Amphoe", "Khwaeng", "Khet", "Kel.", "Kec.", "Brgy."). Rules of
``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, rule_regex

# the words that open a subdistrict or a district: Thai, Indonesian, Filipino; the Thai short forms "T." and "A."
# only after a village number ("Moo 9"), for they are a Swedish page's initials too ("sidan 4, A. Berg, Lund")
_FULL_UNIT = (r"(?:Tambon|Tumbon|Amphoe|Amphur|Amphor|Khwaeng|Khet|King[ \t]Amphoe|"
              r"Kelurahan|Kel\.|Kecamatan|Kec\.|Kabupaten|Kab\.|Desa|Barangay|Brgy\.?|Bgy\.)")
_UNIT_WORD = rf"(?:{_FULL_UNIT}|T\.|A\.)"
_NEEDS = re.compile(rf"{_FULL_UNIT}[ \t]|(?<![\w])(?:Moo|Mu|Muu)[ \t]*\d")
# a village, lane or road before them: "Moo 3", "Soi Sukhumvit 22", "Thanon Phahonyothin", "RT 03/RW 07"
_LANE_WORD = r"(?:Moo|Mu|Muu|Soi|Thanon|Th\.|Trok|Village|Ban|Jl\.|Jalan|Gang|Gg\.|Lot|Blk\.?|Block|Purok|Sitio)"
_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)*"
_SEP = r",[ \t]*\n?[ \t]*"
_LANE = (rf"(?:{_LANE_WORD}[ \t]*(?:\d{{1,4}}[A-Za-z]?|{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:[ \t]+(?:No\.?[ \t]*)?\d{{1,4}}[A-Za-z]?)?)"
         r"|RT[ \t.]*\d{1,3}[ \t]*/[ \t]*RW[ \t.]*\d{1,3})")
UNITS_ADDRESS = compile_rule(
    rf"""
    (?<![\w/.-])
    (?:\d{{1,4}}(?:/\d{{1,4}})?[A-Za-z]?(?:[ \t]*,?[ \t]*(?:{_LANE})){{0,2}}   # the house's number ("99/14 Moo 3")
      |{_LANE}(?:[ \t]+(?:{_LANE}))?)                                          # or its lane or street first
    (?:{_SEP}(?:{_LANE})){{0,2}}
    (?P<units>(?:{_SEP}{_UNIT_WORD}[ \t]*{_CAP}(?:[ \t]+{_CAP}){{0,2}}){{1,3}})
    (?:{_SEP}{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:[ \t]+\d{{4,5}})?|[ \t]+\d{{4,5}})?  # the province and its postal code
    (?![\w-])
    """
)
GATE = rule_regex(rf"{_SEP}{_UNIT_WORD}[ \t]")  # a unit after a comma: every match holds one


def check_units_address(text: str, m: re.Match[str]) -> Verdict | None:
    """A house number and its administrative units, taken whole."""
    if not _NEEDS.search(m.group()):
        return None  # "4, A. Berg, Lund": initials and a town, no unit named by its word
    return Verdict(m.start(), m.end(), "address abroad by its administrative units", 0.8)


# A Bangkok home by its lane alone, the lane's number and the house's after the main road's name ("Soi
# Sukhumvit 49/12", "Soi Ramkhamhaeng 24/3", "Trok Chan 5"): the lane word opens it, a number must end it, for "Soi"
# alone may be someone's name. The house's number may stand before the lane ("99/12 Soi Sukhumvit 31").
THAI_LANE = compile_rule(
    rf"""
    (?<![\w/.-])(?:\d{{1,4}}(?:/\d{{1,4}})?[A-Za-z]?[ \t]+)?(?:Soi|Trok|Tr\.)[ \t]+{_CAP}(?:[ \t]+{_CAP})?
    [ \t]+\d{{1,4}}[A-Za-z]?(?:[ \t]*/[ \t]*\d{{1,4}}[A-Za-z]?)?
    (?![\w/-])
    """
)
THAI_LANE_NEEDS = ("soi ", "trok ", "tr. ")


def check_thai_lane(text: str, m: re.Match[str]) -> Verdict | None:
    """A Thai lane with its number and the house's, as a home."""
    return Verdict(m.start(), m.end(), "address abroad by its lane and number", 0.8)


# A Thai rural home written without the units' words: the house number, the village's number after "Moo", then the
# subdistrict, district and province by their names and the postal code ("99/3 Moo 2, Ban Pet, Mueang, Khon Kaen
# 40000"). "Moo" and its number after a house number say it is Thai; the postal code or two named places end it.
# A lane among the places keeps its number ("88/4 Moo 2, Soi Ekkamai 12, Khlong Tan Nuea, ...").
THAI_VILLAGE = compile_rule(
    rf"""
    (?<![\w/.-])\d{{1,4}}(?:/\d{{1,4}})?[A-Za-z]?[ \t]*,?[ \t]*(?:Moo|Mu|Muu)\.?[ \t]*\d{{1,2}}(?![\w/-])
    (?P<places>(?:{_SEP}(?:{_LANE_WORD}[ \t]+{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:[ \t]+\d{{1,4}}[A-Za-z]?)?
                         |{_CAP}(?:[ \t]+{_CAP}){{0,2}})){{1,4}})
    (?P<post>[ \t]+\d{{5}})?
    (?![\w-])
    """
)
THAI_VILLAGE_GATE = rule_regex(r"(?<![\w])(?:Moo|Mu|Muu)\.?[ \t]*\d")


def check_thai_village(text: str, m: re.Match[str]) -> Verdict | None:
    """A house, its village's number and the named places after it, with a postal code or two places at least."""
    if not m.group("post") and m.group("places").count(",") < 2:
        return None
    return Verdict(m.start(), m.end(), "address abroad by its village number and places", 0.8)
