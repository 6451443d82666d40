"""A payment card's whole number after its scheme's name ("Mastercard 5520 9183 4471 2201", "Visa 4520918344712201",
"Amex 3714 496353 98431"). Read by ``labelled_id``'s recognizer (reported as ID_NUMBER).

A card is issued to one holder; the scheme's name says the digits after it are a card's, whatever their check digit,
so a list of the cards handed out writes the scheme and the number as one thing, and the mark runs from the scheme
(from the bank that issued it, when its name stands first: "Swedbank Visa …"). Without the scheme's name four groups
of four digits may be an account's or a reference's: those are other rules'.
"""

from __future__ import annotations

import re

from redact.detect.bank_names import bank_name
from redact.detect.masked_card_numbers import SCHEME
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# four groups of four (sixteen digits, or up to nineteen in a last group), American Express's 4-6-5, or one run
CARD = compile_rule(rf"(?<![\w*\-])(?P<scheme>{SCHEME})"
                    r"(?P<value>\d{4}(?P<sep>[ \u00a0-]?)\d{4}(?P=sep)\d{4}(?P=sep)\d{1,7}"
                    r"|\d{4}[ \u00a0-]?\d{6}[ \u00a0-]?\d{5})(?![\w*]|[-.,]\d)")


def _check_card(text: str, m: re.Match[str]) -> Verdict | None:
    """The scheme's name and the card's number, the issuing bank's name before them when it stands there."""
    if not 13 <= sum(c.isdigit() for c in m.group("value")) <= 19:
        return None
    start = m.start("name")
    if m.group("bank") and bank_name(m.group("bank")):
        start = m.start("bank")
    return Verdict(start, m.end("value"), "betalkortets nummer efter kortets namn")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("card_number_after_scheme", CARD, score=0.85, check=_check_card,
              gate=rule_regex(r"(?:Visa|VISA|Mastercard|MasterCard|Maestro|Express|Amex|Diners)[ \u00a0]+\d{4}")),)
