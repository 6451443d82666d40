"""A South Asian home opened by its bare house number before a road numbered by its ordinal: "44/2, 3rd Cross,
Jayanagar, Bengaluru 560011", "12, 5th Main, Malleshwaram, Bengaluru 560003".

Bengaluru, Mysuru and other Indian towns number their roads ("3rd Cross", "5th Main", "2nd Stage", "4th Block"), and a
letter writes the house's number alone before them, no "Flat" or "No." (the rule of ``address_asia`` needs one of
those). The ordinal road right after the number and the town with its six-digit PIN at the end say it is a home; a
Swedish sentence's word among the parts makes it none. A rule of ``redact.detect.address`` (via ``address_regions``).
"""

from __future__ import annotations

import re

from redact.detect.address_asia import _CAPW, _ROAD_ORDINAL, _SA_PART, _SEP
from redact.detect.patterns import Verdict, compile_rule, rule_regex

ORDINAL_ROAD_HOME = compile_rule(
    rf"""
    (?<![\w.\#/-])
    \d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?     # the house, a plot's part after a slash ("44/2")
    {_SEP}{_ROAD_ORDINAL}
    (?:{_SEP}{_SA_PART}){{0,4}}?
    {_SEP}{_CAPW}(?:[ \t]+{_CAPW})?(?:[ \t]*[-–][ \t]*|[ \t]+)\d{{6}}(?![\w-])   # the town and its PIN
    """
)
ORDINAL_ROAD_GATE = rule_regex(r"\d[A-Za-z]?,[ \t]*\n?[ \t]*\d{1,3}(?:st|nd|rd|th)[ \t]+"
                               r"(?:Cross|Main|Street|Road|Avenue|Lane|Block|Sector|Stage|Phase)")


def check_ordinal_road_home(text: str, m: re.Match[str]) -> Verdict | None:
    """The house's number, the ordinal road, the parts and the town with its six-digit PIN, taken whole."""
    from redact.detect import context as ctx

    if any(w.lower() in ctx.NOT_A_NAME for w in re.findall(r"[^\W\d_]+", m.group())[1:]):
        return None  # a Swedish sentence's word among the parts
    return Verdict(m.start(), m.end(), "street address abroad: a house's number before a road numbered by its ordinal",
                   0.85)
