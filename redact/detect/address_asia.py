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

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.first_chars import compiled
from redact.detect.patterns import NeedleGate, Verdict, compile_rule, rule_regex

_SEP = r",[ \t]*\n?[ \t]*"
_CAPW = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*\.?"

# --- South Asia: the house first -------------------------------------------------------------------------------
_HOUSE = (r"(?:(?:Flat|Flat[ \t]No\.?|Apartment|Apt\.?|Unit|Lot|H\.[ \t]?No\.?|H[ \t]No\.?|House(?:[ \t]No\.?)?|Hse\.?(?:[ \t]No\.?)?|"
          r"Plot(?:[ \t]No\.?)?|Door[ \t]No\.?|D\.[ \t]?No\.?|Quarter(?:[ \t]No\.?)?|Qtr\.?(?:[ \t]No\.?)?|"
          r"Shop[ \t]No\.?|No\.|\#)"
          r"[ \t]*[A-Z]?-?\d{1,4}[A-Za-z]?(?:[/-](?:\d{1,4}[A-Za-z]?|[A-Z](?![\w])|[A-Z]\d{1,3})){0,3}(?![\w-])"
          # a plot, erf or stand of Southern and East Africa, numbered up to six digits ("Plot 21577", "Erf 10423",
          # "Stand 4521")
          r"|(?:Plot|Lot|Erf|Stand)(?:[ \t]No\.?)?[ \t]*\d{1,6}(?![\w-]))")
# a road numbered by its ordinal or by "No." ("14th Cross", "3rd Main Road", "Road No. 12", "Street 7"), or any part
# of capitalised words, a number or a sector's code among them ("Sector 21", "F-7/2", "Phase II", "Block 6")
_ROAD_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Street|Road|Avenue|Lane|Block|Sector|Stage|Phase)(?:[ \t]+Road)?"
_SA_PART = (rf"(?:{_ROAD_ORDINAL}|{_HOUSE}"
            rf"|(?:{_CAPW}|[A-Z]-\d{{1,3}}(?:/\d{{1,2}})?)(?:[ \t]+(?:{_CAPW}|No\.?|of|\d{{1,3}}(?:st|nd|rd|th)"
            rf"|\d{{1,4}}[A-Za-z]?(?:/\d{{1,3}})?"
            rf"(?![\w-])|[A-Z]-\d{{1,3}}(?:/\d{{1,2}})?)){{0,4}})")
# the town and its PIN (India: six digits), or the postal code of Pakistan (five) or Bangladesh (four), or Iran's of
# up to ten after a house opened by "No." ("Tehran 1968917", "Shiraz 71946-54321")
# (a town without its code ends the address when a road named by its kind stands before: "..., Riverside Drive,
# Westlands, Nairobi")
_TOWN_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)*"  # (no stop: one after the town is the sentence's)
_SA_TOWN_CODE = rf"{_CAPW}(?:[ \t]+{_CAPW})?(?:(?:[ \t]*[-–][ \t]*|[ \t]+)(?P<code>\d{{5}}-\d{{5}}|\d{{4,10}}))?(?![\w-])"
_ROAD_KIND = re.compile(r"[ \t](?:Road|Rd\.?|Street|St\.?|Drive|Avenue|Ave\.?|Lane|Close|Crescent|Highway|Way|Cross|Main)"
                        r"(?:[ \t]+Road)?,")
SOUTH_ASIAN = compile_rule(
    rf"""
    (?<![\w.#-])
    {_HOUSE}
    (?:{_SEP}{_SA_PART}){{0,5}}
    # the town and its code, or the code before the town, as a letter's window writes it on the line under the parts
    # or after the last part ("..., Gulberg III\n54660 Lahore")
    (?:{_SEP}{_SA_TOWN_CODE}|(?:{_SEP}|[ \t]*\n[ \t]*|[ \t]+)(?P<code_first>\d{{5,6}})[ \t]+{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?(?![\w-])
    # or the town and then its code on that line ("..., Gulberg III\nLahore 54660")
      |[ \t]*\n[ \t]*{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD})?(?:[ \t]*[-–][ \t]*|[ \t]+)(?P<code_line>\d{{5,6}})(?![\w-]))
    (?:{_SEP}{_CAPW}(?:[ \t]+{_CAPW})?(?=[ \t]*(?:[.;)|]|\n|$)))?     # the state or province
    """
)
SOUTH_ASIAN_GATE = rule_regex(r"(?:Flat|Apartment|Apt|Unit|Lot|No|House|Hse|Plot|Erf|Stand|Door|Quarter|Qtr|Shop|\#)\.?[ \t]*"
                              r"(?:No\.?[ \t]*)?[A-Z]?-?\d")


def check_south_asian(text: str, m: re.Match[str]) -> Verdict | None:
    """A house, its roads and locality and the town with its postal code, taken whole."""
    from redact.detect import context as ctx

    words = re.findall(r"[^\W\d_]+", m.group())
    if any(w.lower() in ctx.NOT_A_NAME for w in words[1:]):
        return None  # a Swedish sentence's word among the parts
    if not (m.group("code") or m.group("code_first") or m.group("code_line")):
        # no postal code: a road named by its kind among three parts at least, and the address ends its clause;
        # or the country named as its last part, after two parts at least, as the plot addresses of Africa and the
        # Pacific are written ("Plot 412, Block 5, Lusaka, Zambia")
        if m.group().count(",") < 2:
            return None
        if not _COUNTRY_LAST.search(m.group()) and (not _ROAD_KIND.search(m.group())
                                                   or not _CLAUSE_END.match(text, m.end())):
            return None
    return Verdict(m.start(), m.end(), "street address abroad opened by its house, with town and postal code", 0.85)


# the country as the address's last part ("..., Lusaka, Zambia")
_COUNTRY_LAST = compiled(rf",[ \t]*\n?[ \t]*{ANY_COUNTRY}$")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;)|]|\n|$)|[ \t]+(?:och|men|där|sedan|i|hos)(?![\w-])")


# The town and its postal code, a state perhaps, and the country (India, Pakistan, Bangladesh, Sri Lanka, Nepal)
# closing its clause or cell: the postal line of a South Asian home when its street stands in a cell or a line of its
# own ("Kochi 682011, Kerala, India", "Lahore-54000, Pakistan"). The country and the code after the town say it is a
# home's line, no town named in a sentence.
_SA_COUNTRY = r"(?:India|Indien|Pakistan|Bangladesh|Sri[ \t]Lanka|Nepal)"
SOUTH_ASIAN_POSTAL_LINE = compile_rule(
    rf"""
    (?<![\w.,-])
    {_CAPW}(?:[ \t]+{_CAPW})?(?:[ \t]*[-–][ \t]*|[ \t]+)(?!(?:19|20)\d\d(?!\d))\d{{4,6}}(?![\w-])   # (a year is no code)
    (?:{_SEP}{_CAPW}(?:[ \t]+{_CAPW})?)?
    {_SEP}{_SA_COUNTRY}(?=[ \t]*(?:[.;)|]|\n|$))
    """
)
SOUTH_ASIAN_POSTAL_GATE = rule_regex(r"\d{4,6},[ \t]*\n?[ \t]*[A-Z]")


def check_south_asian_postal_line(text: str, m: re.Match[str]) -> Verdict | None:
    """A South Asian town with its postal code and the country after it, as a home's postal line."""
    from redact.detect import context as ctx

    words = re.findall(r"[^\W\d_]+", m.group())
    if any(w.lower() in ctx.NOT_A_NAME for w in words):
        return None
    return Verdict(m.start(), m.end(), "postal line abroad: town, postal code, country", 0.8)


# --- Japan -----------------------------------------------------------------------------------------------------
_JP_WARD = r"[A-Z][a-zōū]+(?:-[A-Z][a-zōū]+)?-(?:ku|shi|gun|machi|cho|chō|mura|son)"
# the block, the lot and the house, a flat's number perhaps after them ("2-14-7-805"), the district written before
# the numbers ("Minami-Aoyama 3-8-12") or after them
_JP_BLOCK = (r"(?:[A-Z][a-zōū]+(?:-[A-Z][a-zōū]+)?[ \t]+)?\d{1,2}-\d{1,2}(?:-\d{1,3}(?:-\d{1,4})?)?"
             r"(?:[ \t]*[A-Z][a-zōū]+(?:-[A-Z][a-zōū]+)?)?")
_JP_TOWN = r"[A-Z][a-zōū]+(?:-[A-Z][a-zōū]+)?"
JAPANESE = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?:{_CAPW}[ \t]+){{1,3}}\d{{1,4}}[A-Za-z]?{_SEP}|(?:Room|Apt\.?|\#)[ \t]*\d{{1,4}}{_SEP})?   # the building and room
    {_JP_BLOCK}
    (?:{_SEP}{_JP_WARD}){{1,2}}
    (?:
      # the city and the postal code on the next line, or in the table's next cell ("Musashino-shi" / "Tokyo
      # 180-0004"): the code says they are the address's own
      [ \t]*\n[ \t]*{_JP_TOWN},?[ \t]+(?:〒[ \t]?)?\d{{3}}-\d{{4}}(?![\w-])
    | (?:{_SEP}{_JP_TOWN})?
      (?:,?[ \t]+(?:〒[ \t]?)?\d{{3}}-\d{{4}}(?![\w-]))?
    )
    """
)
_JP_UNITS = ("ku", "shi", "gun", "machi", "cho", "chō", "mura", "son")
# (every match holds a dash and its unit as written: looked for first)
JAPANESE_GATE = NeedleGate(re.compile(rf"[a-zō]-(?:{'|'.join(_JP_UNITS)})(?![\w-])"),
                           tuple(f"-{u}" for u in _JP_UNITS), cased=True)


# A Japanese district with its block, lot and house, the city after it with no ward's suffix ("Ōizumi-Gakuenchō
# 3-1-12, Nerima"), or the numbers first in a street's cell, the city in the next ("3-1-12 Ōizumi-Gakuenchō"): three
# numbers joined by dashes beside a romanised name, its long vowel marked or a Japanese town's suffix ending it.
_JP_DISTRICT = r"[A-ZŌŪ][a-zōū]+(?:-[A-ZŌŪ][a-zōū]+){0,2}(?:-(?:chō|cho|machi|mura))?"
_JP_ROMANISED = re.compile(r"[ōūŌŪ]|(?:chō|cho|machi|mura)$")
_JP_NUMBERS = r"\d{1,2}-\d{1,2}-\d{1,3}(?![\w-])"
JAPANESE_DISTRICT_FIRST = compile_rule(
    rf"(?<![\w.-])(?P<district>{_JP_DISTRICT})[ \t]+{_JP_NUMBERS}{_SEP}{_JP_TOWN}(?![\w-])")
JAPANESE_DISTRICT_NEEDS = ("ō", "ū", "cho", "machi", "mura")
# (the district of two words, its last a town's part ending in "chō" as written without a dash: "Kichijōji Honchō";
# the flat's number after it: ", #302", ", Room 4")
_JP_BLOCK_CELL = compiled(rf"{_JP_NUMBERS}[ \t]+(?P<district>{_JP_DISTRICT}(?:[ \t][A-ZŌŪ][a-zōū]+)?)"
                          r"(?:,[ \t]*(?:\#|(?i:room|apt\.?)[ \t])[ \t]*\d{1,4}[A-Za-z]?)?")


def check_japanese_district_first(text: str, m: re.Match[str]) -> Verdict | None:
    """A romanised Japanese district, its three numbers and its city, taken whole."""
    if not _JP_ROMANISED.search(m.group("district")):
        return None
    return Verdict(m.start(), m.end(), "street address abroad in Japan's shape", 0.8)


def japanese_block_cell(value: str) -> bool:
    """True for a street's cell holding a Japanese block, lot and house before its romanised district."""
    m = _JP_BLOCK_CELL.fullmatch(" ".join(value.split()))
    return m is not None and _JP_ROMANISED.search(m.group("district")) is not None


def check_japanese(text: str, m: re.Match[str]) -> Verdict | None:
    """A Japanese block, lot and house number, its ward or city and the postal code, taken whole."""
    return Verdict(_after_country(m), m.end(), "street address abroad in Japan's shape", 0.85)


def _after_country(m: re.Match[str]) -> int:
    """Where the match begins once a country opening it ("Japan, Shibuya-ku, ...") is left out."""
    from redact.detect.address_countries import COUNTRY

    first = re.match(rf"{COUNTRY},[ \t]*\n?[ \t]*", m.group())
    return m.start() + (first.end() if first else 0)


# --- Korea -----------------------------------------------------------------------------------------------------
_KR_ROAD = (r"(?:\d{1,4}[ \t]+)?[A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)(?:[ \t]+\d{1,4}(?:beon)?-gil)?"
            r"(?:[ \t]+\d{1,4}(?:-\d{1,4})?)?")
_KR_DISTRICT = r"[A-Z][a-z]+(?:-[a-z]+)?-(?:gu|si|gun|dong|eup|myeon|do)"
KOREAN = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?:\d{{1,4}}-\d{{1,4}}|\d{{1,4}}(?:-?ho)?|(?:Apt\.?|Unit|Room)[ \t]*\d{{1,4}}(?:-\d{{1,4}})?){_SEP})?   # flat or house number
    {_KR_ROAD}
    (?:{_SEP}{_KR_DISTRICT}){{1,3}}
    (?:{_SEP}[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t]+\d{{5}}(?![\w-]))?|[ \t]+\d{{5}}(?![\w-]))?
    """
)
_KR_UNITS = ("ro", "gil", "daero")
KOREAN_GATE = NeedleGate(re.compile(rf"[a-z]-(?:{'|'.join(_KR_UNITS)})(?![\w-])"),
                         tuple(f"-{u}" for u in _KR_UNITS), cased=True)


def check_korean(text: str, m: re.Match[str]) -> Verdict | None:
    """A Korean road address with its district and town, taken whole."""
    return Verdict(_after_country(m), m.end(), "street address abroad in Korea's shape", 0.85)


# --- South Asia: a village home by its labelled units ------------------------------------------------------------
# Bangladesh, India and Pakistan write a village home as its village, post office, police station, sub-district
# and district, each after its label: "Vill: Char Kukri, P.O: Bhola Sadar, Dist: Bhola".
_UNIT_LABEL = (r"(?:Vill|Village|Gram|Grm|P\.[ \t]?O|Post|P\.[ \t]?S|Thana|Upazila|Upz|Union|Dist|District|Zila|"
               r"Tehsil|Teh|Taluk|Mouza|Ward)")
VILLAGE_UNITS = compile_rule(
    rf"""
    (?<![\w.-])
    {_UNIT_LABEL}\.?[ \t]*[:\-][ \t]*{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}
    (?:{_SEP}{_UNIT_LABEL}\.?[ \t]*[:\-][ \t]*{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}(?:[ \t]*[-–][ \t]*\d{{4,6}})?){{1,5}}
    """
)
VILLAGE_UNITS_GATE = rule_regex(rf"{_UNIT_LABEL}\.?[ \t]*[:\-][ \t]*[A-Z]")


def check_village_units(text: str, m: re.Match[str]) -> Verdict | None:
    """A village home by its labelled units, taken whole."""
    return Verdict(m.start(), m.end(), "address abroad by its village, post office and district", 0.85)


# --- the Philippines and Malaysia ------------------------------------------------------------------------------
# a house numbered first and its street, the barangay by its word and the city with its four-digit code
# ("123 Mabini St., Brgy. Poblacion, Cebu City 6000"); a Malaysian unit's number before its road ("12-3, Jalan
# Ampang, 50450 Kuala Lumpur", "No. 8, Lorong Melati 3, Taman Bahagia, 47300 Petaling Jaya, Selangor")
PHILIPPINE = compile_rule(
    rf"""
    (?<![\w.-])
    \d{{1,5}}[A-Za-z]?[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,3}}
    {_SEP}(?:Brgy\.?|Bgy\.?|Barangay|Barrio)[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}
    (?:{_SEP}{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}(?:[ \t]+\d{{4}}(?![\w-]))?)?
    """
)
PHILIPPINE_GATE = rule_regex(r"(?:Brgy|Bgy|Barangay|Barrio)\.?[ \t]")
MALAYSIAN = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?:No\.?|Lot)[ \t]*)?\d{{1,4}}[A-Za-z]?(?:-\d{{1,3}}[A-Za-z]?){{0,2}}
    {_SEP}(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Psrn\.?|Lebuh|Lebuhraya|Lengkok|Taman|Tmn\.?|Kampung|Kg\.?)
    [ \t]+[\w/ \t.'’-]{{1,40}}?
    (?:{_SEP}(?:Taman|Tmn\.?|Kampung|Kg\.?|Bandar|Desa|Seksyen)[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,2}})?
    {_SEP}\d{{5}}[ \t]+{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}
    """
)
MALAYSIAN_GATE = rule_regex(r"(?:Jalan|Jln|Lorong|Lrg|Persiaran|Lebuh|Taman|Tmn|Kampung|Kg)\.?[ \t]")


def check_philippine_malaysian(text: str, m: re.Match[str]) -> Verdict | None:
    """A house, its street and barangay or road and town with their postal code, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in the shape of the Philippines or Malaysia", 0.85)


# --- Japan and Korea written from the largest unit down ----------------------------------------------------------
# "〒812-0011 Fukuoka-shi, Hakata-ku, Hakata Ekimae 3-2-1", "Tokyo-to, Setagaya-ku, Kitazawa 2-14-7, Sunny Heights
# 203"; "Seoul, Mapo-gu, Yanghwa-ro 45, 302-ho"
JAPANESE_REVERSED = compile_rule(
    rf"""
    (?<![\w.-])
    (?:〒[ \t]?\d{{3}}-\d{{4}}[ \t]+)?
    (?:[A-Z][a-zōū]+(?:-(?:to|fu|ken|do|shi))?{_SEP})?
    (?:{_JP_WARD}{_SEP}){{1,2}}
    [A-Z][a-zōū]+(?:[ \t-][A-Z][a-zōū]+)?[ \t]+\d{{1,2}}-\d{{1,2}}(?:-\d{{1,3}})?(?![\w-])
    (?:{_SEP}(?:{_CAPW}[ \t]+){{1,3}}\d{{1,4}}(?![\w-]))?
    """
)
KOREAN_REVERSED = compile_rule(
    rf"""
    (?<![\w.-])
    (?:[A-Z][a-z]+(?:-(?:si|do))?{_SEP})?
    (?:{_KR_DISTRICT}{_SEP}){{1,3}}
    {_KR_ROAD}
    (?:{_SEP}\d{{1,4}}(?:-\d{{1,4}})?-?ho(?![\w-])|{_SEP}(?:Apt\.?|Unit|Room)[ \t]*\d{{1,4}}(?:-\d{{1,4}})?)?
    """
)


# --- Vietnam ---------------------------------------------------------------------------------------------------
# The house, lane, street, ward, district and city, each opened by its word in lower case, capitalised or
# abbreviated ("Số 12, ngõ 45, phố Tô Hiến Thành, quận Hai Bà Trưng, Hà Nội", "123/4 Nguyễn Trãi, P. 2, Q. 5,
# TP. HCM"): two such unit words make the address.
_VN_UNIT = (r"(?:(?i:số|ngõ|ngách|hẻm|kiệt|phố|đường|phường|quận|huyện|xã|thị[ \t]trấn|thôn|ấp|tỉnh|thành[ \t]phố|tổ|khu)"
            r"|P\.|Q\.|TP\.|Tp\.|H\.|X\.|KP\.)")
_VN_NAME = r"(?:\d{1,4}[A-Za-z]?(?:/\d{1,4})?|[^\W\d_a-zß-ÿ][^\W\d_]*(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]*){0,4})"
# the lane's and the street's words in lower case may follow the house number with no comma between ("Số 18 ngõ 45
# phố Hào Nam, Đống Đa, Hà Nội", "25 hẻm 112 đường Lê Văn Sỹ"), as Hanoi and Saigon write the house's own line, and
# inside a later part too ("Số 12, ngõ 45 phố Huế, quận …")
_VN_INLINE = r"(?:ngõ|ngách|hẻm|kiệt|phố|đường)"
_VN_PART = rf"(?:{_VN_UNIT}[ \t]*{_VN_NAME}|{_VN_NAME})(?:[ \t]+{_VN_INLINE}[ \t]+{_VN_NAME})*"
# a lane's number with the street it leaves after it, the street's own word left out ("Số 18 ngõ 95 Chùa Bộc, Đống Đa")
_VN_LANE = rf"(?:\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?(?:[ \t]+[^\W\d_a-zß-ÿ][^\W\d_]*){{1,4}}(?={_SEP})|{_VN_NAME})"
VIETNAMESE = compile_rule(
    rf"""
    (?<![\w.-])
    (?:(?i:số)[ \t]*)?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?
    (?:(?:[ \t]+{_VN_INLINE}[ \t]+{_VN_LANE})+                        # the house's line, its units without commas
       # (a letter's window breaks the line after it, the ward's line going on with commas: "…phố Hào Nam" / "Ô Chợ
       # Dừa, Đống Đa, Hà Nội")
       (?:[ \t]*\n[ \t]*{_VN_PART}(?={_SEP}))?
       (?:{_SEP}{_VN_PART}){{0,5}}
     |(?:[ \t]+{_VN_PART})?
      (?:{_SEP}{_VN_PART}){{0,5}}?
      {_SEP}{_VN_UNIT}[ \t]+{_VN_NAME}(?:[ \t]+{_VN_INLINE}[ \t]+{_VN_NAME})*  # a part opened by its unit word at least
      (?:{_SEP}{_VN_PART}){{0,5}})
    """
)
VIETNAMESE_GATE = rule_regex(rf",[ \t]*\n?[ \t]*{_VN_UNIT}[ \t]|\d[ \t]+{_VN_INLINE}[ \t]+\w")
_INLINE_UNIT = re.compile(rf"(?<=[\w])[ \t]+{_VN_INLINE}[ \t]")


def check_vietnamese(text: str, m: re.Match[str]) -> Verdict | None:
    """A Vietnamese house, lane, street, ward, district and city, taken whole when two unit words name parts."""
    from redact.detect import context as ctx

    parts = [p.strip() for p in m.group().split(",")]
    # a one-letter abbreviation counts only before a number ("P. 2", "Q. 5"): "H. Berg, P. Lind" are initials
    units = sum(bool(re.match(_VN_UNIT + r"[ \t]", p)) and not re.match(r"[A-Z]\.[ \t]*[^\d\s]", p) for p in parts)
    # "Số 18 ngõ 45 phố Hào Nam": the house's line holds three; "ngõ 45 phố Huế" a later part two
    units += sum(len(_INLINE_UNIT.findall(p)) for p in parts)
    if units < 2 or any(p.split()[0].lower() in ctx.NOT_A_NAME for p in parts if p.split()):
        return None
    end = m.end() - m.group().endswith(".")
    return Verdict(m.start(), end, "street address abroad in Vietnam's shape", 0.85)
