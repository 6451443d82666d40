"""Addresses in the United States and Canada: the house number first (a Canadian flat's number before it with a
hyphen, "1204-55 Harbord Street"), the street with its kind and a direction ("Girard Avenue South"), a flat
("Apt 3B", "Suite 210", "#4"), the city, and the state or province by its postal abbreviation with a ZIP code
("MN 55403", "WA 98101-2234") or a Canadian postal code ("ON M5S 2H4"); Quebec writes the street's kind and
direction in French and the province in brackets ("1250 Rue Sainte-Catherine Ouest, app. 804, Montréal (Québec)
H3G 1P1"). The state and its code tell an address:
a number and a capitalised word before "ON M5S" or "MN 55403" are nothing else. Rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule, rule_regex

# The postal abbreviations of the states (and DC, the territories, Micronesia, the Marshall Islands and Palau)
# and of Canada's provinces and territories (USPS, Canada Post).
_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    r"OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|"
    # the territories and the freely associated states in the US postal system
    r"GU|VI|AS|MP|FM|MH|PW|"
    r"AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
)
# a ZIP code with its four more digits or not; a Canadian postal code: letter, digit, letter, digit, letter, digit
_CODE = r"(?:\d{5}(?:-\d{4})?|[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w-])"
_KIND = (r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|"
         r"Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Crescent|Cres|Square|Sq|Row|Loop|Pike|Path|Plaza)")
# Quebec's directions after the street ("Rue Sherbrooke Ouest") and its street kinds, which stand first, as Guam's
# Chamorro "Chalan" does ("123 Chalan Santo Papa, Hagåtña, GU 96910")
_DIRECTION = (r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|N|S|E|W|NE|NW|SE|SW|"
              r"Ouest|Est|Nord|Sud|O)")
_KIND_FIRST = r"(?:Rue|Avenue|Av\.|Boulevard|Boul\.|Bd|Chemin|Ch\.|Place|Côte|Montée|Rang|Route|Rte|Chalan)"
_SEP = r"[ \t]*\n?[ \t]*"
_CITY = r"[A-Z][^\W\d_'’.-]*[a-zà-ÿ'’.-]+(?:[ \t-]+[A-Z][^\W\d_'’.-]*[a-zà-ÿ'’.-]+){0,2}"
# a province written out in brackets after its city, as Quebec writes it ("Montréal (Québec) H3G 1P1")
_PROVINCE_BRACKETED = (r"\((?:Québec|Quebec|Ontario|Alberta|Manitoba|Saskatchewan|Nouveau-Brunswick|New[ \t]Brunswick|"
                       r"Nouvelle-Écosse|Nova[ \t]Scotia|Colombie-Britannique|British[ \t]Columbia|Terre-Neuve-et-Labrador|"
                       r"Île-du-Prince-Édouard|Yukon|Nunavut)\)")
NORTH_AMERICAN = compile_rule(
    rf"""
    (?<![\w.,/-])
    (?:\d{{1,5}}-)?\d{{1,6}}[A-Za-z]?[ \t]+(?:{_DIRECTION}\.?[ \t]+)?
    (?:(?:(?:[A-Z][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,3}}{_KIND}\.?
      # Quebec's kind first ("Rue Sainte-Catherine Ouest"), or a street of one word with no kind ("Kingsway")
      |{_KIND_FIRST}[ \t]+(?:(?:de|du|des|de[ \t]la|de[ \t]l['’]|d['’])[ \t]*)?[^\W\d_a-z][\w'’.-]*(?:[ \t]+[^\W\d_a-z][\w'’.-]*){{0,2}}
      |[A-Z][a-z]+(?:way|gate|wood|view|field|side|crest))
    (?:[ \t]*\n?[ \t]*{_DIRECTION}\.?(?![\w]))?
    (?:,?{_SEP}(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Fl\.?|Floor|Rm\.?|Room|app\.?|appartement|bureau|\#)[ \t]*\#?[A-Za-z0-9]{{1,5}}(?![\w]))?
    ,{_SEP}{_CITY}
    ,?{_SEP}(?:(?:{_STATES})[ \t]+|{_PROVINCE_BRACKETED}[ \t]+|(?:QC|Québec)[ \t]+){_CODE}
    """
)
# What every match holds: a state's or province's abbreviation and its code.
GATE = rule_regex(rf"(?:(?<![\w-])(?:{_STATES})|{_PROVINCE_BRACKETED}|Québec)[ \t]+{_CODE}")


def check_north_american(text: str, m: re.Match[str]) -> Verdict | None:
    """A street address in the United States or Canada, taken whole."""
    return Verdict(m.start(), m.end(), "street address in the United States or Canada with state and code", 0.85)
