"""Street addresses written the English way with the street words of Australia, New Zealand and the seaside towns
of Britain and Ireland: "3/17 Marine Parade, St Kilda VIC 3182", "22 The Esplanade, Cairns QLD 4870", "8 Kowhai
Rise, Takapuna, Auckland 0622", "41 Ocean Boulevard".

The common words ("Road", "Street") are ``streets_abroad``'s. These rarer words are a street only with the house's
number before them; the flat's number may stand before the house's with a slash, as Australia writes a unit
("3/17"), and the suburb, the state and the four-digit postcode may follow ("St Kilda VIC 3182"). Rules of
``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

SP, U, L = ctx.SP, ctx.U, ctx.L

_WORD = (r"(?:Parade|Esplanade|Promenade|Boulevard|Blvd|Highway|Hwy|Circuit|Cct|Parkway|Pkwy|Rise|Vale|Quay|"
         r"Broadway|Heights|Pde|Esp|Cres|Tce|Hts)")
# Australia's states and territories before the postcode
_STATE = r"(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)"
ENGLISH_STREET_MORE = compile_rule(
    rf"""
    (?<![\w/-])
    (?P<flat>(?:(?:Unit|Flat|Apt\.?|Apartment|Level)[ \t]+\d{{1,4}}[A-Za-z]?,?{SP}+)|\d{{1,4}}[A-Za-z]?/)?
    \d{{1,5}}[A-Za-z]?{SP}+(?:The{SP}+)?(?:[{U}][{L}'’]+{SP}+){{0,3}}{_WORD}\.?
    (?P<post>,?{SP}*\n?{SP}*(?:[{U}][{L}]+{SP}+){{1,3}}{_STATE}{SP}+\d{{4}}(?!\d))?
    (?![\w-])
    """
)


def check_english_street_more(text: str, m: re.Match[str]) -> Verdict | None:
    """The house number and street (with the unit, the suburb, the state and the postcode), whole."""
    return Verdict(m.start(), m.end(), "street address with the English street words of Australia and New Zealand")


# every match holds a capitalised street word after a word and a space: the gate looks for that alone
_GATE = rule_regex(rf"[ \t]{_WORD}(?![\w-])")
RULES = (
    Rule("english_street_more", ENGLISH_STREET_MORE, score=0.75, context_score=0.85, check=check_english_street_more,
         gate=_GATE),
)
