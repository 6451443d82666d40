"""Street addresses in Welsh, written with the house's number first as in English, but the street's word before its
name: "14 Heol y Deri, Cardiff CF14 6HF", "3 Ffordd yr Orsaf", "27 Stryd Fawr, Bala LL23 7AB", "5 Lôn Isaf".

The English rules look for the street's word after the name ("Oak Road") and leave such a street to the town and
postcode after it; here the Welsh word leads ("Heol" road, "Ffordd" way, "Stryd" street, "Lôn" lane, "Rhodfa" avenue,
"Cilgant" crescent), the article "y", "yr" or "'r" may follow it, and the town and British postcode after it belong
to the same address. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex
from redact.detect.streets_abroad import COUNTRY_AFTER, UK_POST, UK_TOWN

SP, U, L = ctx.SP, ctx.U, ctx.L

_WORD = r"(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant)"
WELSH_STREET = compile_rule(
    rf"""
    (?<![\w/-])
    (?P<flat>(?:Flat|Fflat|Apartment|Unit)[ \t]+\d{{1,4}}[A-Za-z]?,?{SP}+)?
    \d{{1,4}}[A-Za-z]?,?{SP}+{_WORD}(?:{SP}+(?:y|yr|'r|’r))?(?:{SP}+[{U}][{L}'’-]+){{1,2}}
    (?P<post>,?{SP}*\n?{SP}*{UK_TOWN},?(?:{SP}+|{SP}*\n{SP}*){UK_POST}{COUNTRY_AFTER})?
    (?![\w-])
    """
)


def check_welsh_street(text: str, m: re.Match[str]) -> Verdict | None:
    """The house number and the Welsh street (with the town and its postcode), whole."""
    return Verdict(m.start(), m.end(), "street address in Welsh, the street's word before its name")


# every match holds the Welsh street word after a space: the gate looks for that alone
_GATE = rule_regex(rf"[ \t]{_WORD}[ \t]")
RULES = (
    Rule("welsh_street", WELSH_STREET, score=0.75, context_score=0.85, check=check_welsh_street, gate=_GATE),
)
