"""A home abroad written in English with its house's number first by "No." and a comma, then the lane or the street by
its name and its kind's word, then the town ("No. 14, Tulip Alley, Shiraz", "No. 7, Golestan Lane, Karaj, Iran"), as
a translation of an Iranian or an Afghan address writes it: the parts up to the clause's end (a country after them
stays).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule
from redact.detect import context as ctx

_CAPW = r"[A-Z][a-zA-Z'’-]+"
_KIND = r"(?:Alley|Lane|Street|Road|Avenue|Boulevard|Square|Kucheh|Kuche)"
HOUSE_FIRST = compile_rule(
    rf"(?<![\w.-])No\.?[ \t]*\d{{1,4}}[A-Za-z]?,[ \t]*(?:{_CAPW}[ \t]+){{1,3}}{_KIND}"
    rf"(?P<places>(?:,[ \t]*\n?[ \t]*{_CAPW}(?:[ \t]+{_CAPW})?){{1,2}})"
    # the clause ends after it: a stop, the line's end, a lower-case word after a comma or a space
    r"(?=[ \t]*(?:[.;:)|]|\n|$)|,[ \t]*\n?[ \t]*[a-zåäö]|[ \t]+[a-zåäö])"
)


def check_house_first(text: str, m: re.Match[str]) -> Verdict | None:
    """The house, the lane and the town; a country last, or a sentence's word as the town, stays out."""
    from redact.detect.streets_abroad import COUNTRY_WORD

    end = m.end()
    places = [p.strip() for p in m.group("places").split(",")[1:]]
    if places and COUNTRY_WORD.match(places[-1]):
        end = m.start("places") + m.group("places").rindex(",")
        places = places[:-1]
    if not places or any(p.split()[0].lower() in ctx.NOT_A_NAME for p in places):
        return None
    return Verdict(m.start(), end, "home abroad by its house's number, its lane and its town", 0.85)


RULES = (Rule("house_number_first_abroad", HOUSE_FIRST, score=0.85, check=check_house_first, needs=("no",)),)
