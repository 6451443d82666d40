"""Addresses in Taiwan's English shape: the house's number first, then the alley, the lane and the road's section,
the road, the district and the city with its postal code ("No. 22, Ln. 41, Sec. 2, Roosevelt Rd., Da'an Dist.,
Taipei City 106"), a floor perhaps before the house ("3F., No. 7, ...") and the country after ("Taiwan (R.O.C.)").

A letter's window field breaks the address after the road with no comma at the line's end; the district and the
city on the next line are the same address. The house's "No.", a road's word and the city's (or county's) word
must all stand in it, so no sentence's "No." and numbers match. A rule of ``redact.detect.address``
(``address_regions`` registers it).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Verdict, compile_rule

# a comma (a line end may follow it), or a line's end alone where a window field breaks after "Rd."
_SEP = r"(?:,[ \t]*\n?|[ \t]*\n)[ \t]*"
# a romanised name, an apostrophe between its syllables perhaps ("Da'an", "Zhongxiao", "Xinyi")
_NAME = r"[A-Z][a-z]+(?:['’-][a-z]+)*"
_FLOOR = r"\d{1,2}F\.?(?:-\d{1,2})?"
_HOUSE = r"No\.[ \t]*\d{1,4}(?:-\d{1,3})?"
# the alley, the lane and the road's section, by their numbers
_PART = r"(?:Aly\.|Alley|Ln\.|Lane|Sec\.|Section)[ \t]*\d{1,4}"
# the road by its name, a direction or an ordinal perhaps after it ("Zhongxiao E. Rd.", "Zhongshan N. Rd.", and
# the numbered roads of one name as Kaohsiung and Taichung count them: "Zhongzheng 2nd Rd.", "Minsheng 1st Rd.")
_ROAD = (rf"{_NAME}(?:[ \t]+(?:{_NAME}|[NSEW]\.|\d{{1,2}}(?:st|nd|rd|th)))?"
         r"[ \t]+(?:Rd\.|Road|St\.|Street|Blvd\.|Boulevard|Ave\.|Avenue|Expy\.|Expressway)")
_DISTRICT = rf"{_NAME}(?:[ \t]+{_NAME})?[ \t]+(?:Dist\.|District|Township|Twp\.|Vil\.|Village)"
# the city or county and its postal code of three, five or six digits
_CITY = rf"{_NAME}[ \t]+(?:City|County)(?:[ \t]+\d{{3}}(?:\d{{2,3}})?(?![\w-]))?"
TAIWANESE = compile_rule(
    rf"""
    (?<![\w.-])
    (?:{_FLOOR}{_SEP})?
    {_HOUSE}
    (?:{_SEP}{_PART}){{0,3}}
    {_SEP}{_ROAD}
    (?:{_SEP}{_PART})?
    (?:{_SEP}{_DISTRICT})?
    {_SEP}{_CITY}
    (?:{_SEP}Taiwan(?:[ \t]*\(R\.O\.C\.\))?)?
    (?![\w-])
    """
)
#: what every match holds
NEEDS = ("no.",)


def check_taiwanese(text: str, m: re.Match[str]) -> Verdict | None:
    """A Taiwanese house, its alley, lane and road, its district and city, taken whole."""
    return Verdict(m.start(), m.end(), "street address abroad in Taiwan's shape", 0.85)
