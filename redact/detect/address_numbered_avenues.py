"""A home on a numbered avenue with the house's "n°", as Burundi's, Rwanda's and the Congos' towns write it: the quarter
perhaps before it, the town after it ("Kinindo, avenue 8 n° 36, Bujumbura", "Quartier Mutanga Nord, 3e avenue n° 17,
Bujumbura", "Rohero, av. 12 nº 4").

An avenue named by a figure alone is a grid's, and the "n°" after it the house's number: no sum or case is written so.
The quarter's name before it and the town after it, capitalised words parted by a comma, are the home's own parts.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_CAPW = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
# the quarter before the avenue, its kind's word perhaps ("Quartier Mutanga Nord", "Kinindo")
_QUARTER = rf"(?:(?i:quartier|commune|zone)[ \t]+)?{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}[ \t]*,[ \t]*"
# the avenue by its figure, an ordinal's "e"/"ème" perhaps before the word ("3e avenue", "avenue 8")
_AVENUE = (r"(?:\d{1,3}(?:e|è|ème|eme|ère|re)[ \t]+(?i:avenue|av\.)"
           r"|(?i:avenue|av\.)[ \t]+\d{1,3}[A-Z]?)")
_HOUSE = r"[ \t]*,?[ \t]*(?:n°|nº|n\.°|no\.?|No\.?)[ \t]*\d{1,4}[A-Za-z]?(?![\w])"
_TOWN = rf"(?:[ \t]*,[ \t]*\n?[ \t]*{_CAPW}(?:[ \t]+{_CAPW})?(?![\w-]))?"
NUMBERED_AVENUE = compile_rule(rf"(?<![\w-])(?:{_QUARTER})?{_AVENUE}{_HOUSE}{_TOWN}")


def check_numbered_avenue(text: str, m: re.Match[str]) -> Verdict | None:
    """The quarter, the avenue and the house, and the town, taken whole."""
    return Verdict(m.start(), m.end(), "home abroad on a numbered avenue with the house's n°", 0.85)


RULES = (
    Rule("numbered_avenue_abroad", NUMBERED_AVENUE, score=0.85, check=check_numbered_avenue,
         gate=rule_regex(r"(?i:avenue|av\.)")),
)
