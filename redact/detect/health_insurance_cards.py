"""The European health insurance card's number (EHIC): twenty digits, the health sector's "80" and the issuing
country's three-digit code first, then the holder's card, printed in groups ("80752 00004 41820 73151"). Read by
``labelled_id``'s recognizer (reported as ID_NUMBER).

The card is issued to one insured person, and a register of the cards handed out writes the card's short name and the
number as one thing ("EU-kort 80752 …", "EHIC 80276 …"), so the mark runs from the card's name when it stands right
before the number. The shape alone, grouped by blanks and opened by "80" and a country's code, is a card's all the
same; an unbroken run of twenty digits may be a payment's reference and is left to the label rules.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the card's short names in the languages of the EU and the EEA: Swedish "EU-kort(et)", English "EHIC" (and the UK's
# "GHIC"), French "CEAM", Spanish "TSE", German "EKVK", Polish "EKUZ", Italian "TEAM", Dutch "EZVK"
_CARD_NAME = (r"(?:EU-kort(?:et)?|EU-card|EHIC|GHIC|CEAM|TSE|EKVK|EKUZ|TEAM|EZVK|ESVK|EKZZ)"
              r"(?:[ \u00a0]+(?:nr\.?|nummer|no\.?|n°|Nr\.?))?[ \u00a0]*:?[ \u00a0]*")
# "80", a country's three digits and fifteen more, in groups of five or of four, or the groups glued
_NUMBER = (r"80\d{3}(?P<sep>[ \u00a0])\d{5}(?P=sep)\d{5}(?P=sep)\d{5}"
           r"|80\d\d(?P<sep4>[ \u00a0])\d{4}(?P=sep4)\d{4}(?P=sep4)\d{4}(?P=sep4)\d{4}"
           r"|(?P<glued>80\d{18})")
_CARD = compile_rule(rf"(?<![\w-])(?P<name>{_CARD_NAME})?(?P<number>{_NUMBER})(?![\w]|[-.,/ \u00a0]\d)")


def _check_card(text: str, m: re.Match[str]) -> Verdict | None:
    """The card's name and its number; the number alone when it is printed in groups."""
    if m.group("name"):
        return Verdict(m.start("name"), m.end("number"), "EU-kortets namn och nummer")
    if m.group("glued"):
        return None  # twenty digits in one run and no card's name: perhaps a payment's reference
    return Verdict(m.start("number"), m.end("number"), "EU-kortets nummer i grupper")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("health_insurance_card_number", _CARD, score=0.85, check=_check_card,
              gate=rule_regex(r"(?<!\d)80\d\d")),)
