"""A payment card's number as receipts, statements and property lists print it, its middle hidden by stars or crosses:
the issuer's first six digits or first four, then the last four ("4418 20** **** 7306", "5412 75XX XXXX 1180",
"4571-****-****-2264"). Read by ``labelled_id``'s recognizer (reported as ID_NUMBER).

The shape is a card's alone: four groups of four, some of the middle hidden, digits at both ends. A card is issued to
one holder, and its visible digits with the bank's name lead back to that holder, so the shape needs no label. The
card's scheme before it ("Visa", "Mastercard") and the bank's name before the scheme stand inside the mark, as the
holder's statement names the card; a bank's name in a cell or a sentence of its own stays readable.
"""

from __future__ import annotations

import re

from redact.detect.bank_names import bank_name
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# a hidden place: a star, a cross, a bullet
_H = "[*xX\u2022]"
# the card's scheme written before its number, maybe with the bank that issued it ("Sparbanken Visa", "Mastercard
# Debit"): the holder's card as the statement names it, inside the mark
SCHEME = (r"(?:(?P<bank>[A-ZÅÄÖ][\w&-]+)[ \u00a0]+)?"
           r"(?P<name>Visa|VISA|Mastercard|MasterCard|Maestro|American[ ]Express|Amex|Diners(?:[ ]Club)?)"
           r"(?:[ \u00a0]+(?:Electron|Debit|Credit|Gold|Platinum|Business))?[ \u00a0]+")
# the first four digits, then the next four (two shown and two hidden, or all four hidden), four hidden, the last four
MASKED_CARD = compile_rule(rf"(?<![\w*\-])(?P<scheme>{SCHEME})?"
                           rf"(?P<value>\d{{4}}(?P<sep>[ \u00a0-]?)(?:\d\d{_H}{{2}}|{_H}{{4}})(?P=sep)"
                           rf"{_H}{{4}}(?P=sep)\d{{4}})(?![\w*]|-\d)")


def _check_masked_card(text: str, m: re.Match[str]) -> Verdict | None:
    start = m.start("name") if m.group("scheme") else m.start("value")
    if m.group("bank") and bank_name(m.group("bank")):
        start = m.start("bank")  # the bank's name with the scheme ("Swedbank Visa"), not a sentence's first word
    return Verdict(start, m.end("value"), "betalkortsnummer med dolda siffror")


RULES = (
    Rule("masked_payment_card", MASKED_CARD, score=0.8, check=_check_masked_card,
         gate=rule_regex(r"[*xX\u2022]{4}[ \u00a0-]?\d{4}")),
)
