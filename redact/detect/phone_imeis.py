"""A mobile telephone's IMEI after its maker and model ("Apple iPhone 14 Pro 352094116628402", "Samsung Galaxy S23
35-871203-334417-6"): fifteen digits whose last is the Luhn check digit of the fourteen before. Read by
``labelled_id``'s recognizer.

A telephone's IMEI is that one handset's for its whole life: the operator's and the theft register's records lead
from it to the person who holds it, as a dealer's ledger or a police report writes it, the maker and the model
first. Where a telephone maker's name and the model's words stand right before fifteen digits whose check digit
holds, the row is the handset and its number, one mark from the maker on. Fifteen digits without the maker are
left to the label rules ("IMEI 35…") and the animal chip's shape, which a reporting body's prefix often shares.
"""

from __future__ import annotations

import re

from redact.detect.makers_before_numbers import maker_start
from redact.detect.patterns import Rule, Verdict, compile_rule, luhn_ok, only_digits, rule_regex

# fifteen digits unbroken, or as a handset's label groups them (reporting body, type, serial, check digit)
_IMEI = compile_rule(r"(?<![\w.,/-])(?P<value>\d{15}|\d{2}[ \u00a0-]\d{6}[ \u00a0-]\d{6}[ \u00a0-]\d)"
                     r"(?![\w]|[-/.,:][ \t]?\d|[ \u00a0]\d)")
_GATE = rule_regex(r"\d{15}|\d{2}[ \u00a0-]\d{6}[ \u00a0-]\d{6}[ \u00a0-]\d")

# the makers of mobile telephones, as a ledger or a report names them before the model
_PHONE_MAKERS = (r"Apple|Samsung|Huawei|Honor|Xiaomi|Redmi|POCO|Poco|Nokia|HMD|Sony(?:[ \u00a0]Ericsson)?|Ericsson|"
                 r"Motorola|OnePlus|Google|Doro|Oppo|OPPO|Vivo|vivo|Realme|realme|HTC|LG|Asus|ASUS|Fairphone|ZTE|"
                 r"Alcatel|TCL|Emporia|Punkt|Lenovo|BlackBerry|Nothing[ \u00a0]Phone|Microsoft|Blackview|Ulefone|CAT")


def _check_imei(text: str, m: re.Match[str]) -> Verdict | None:
    if not luhn_ok(only_digits(m.group("value"))):
        return None
    start = maker_start(text, m.start("value"), _PHONE_MAKERS)
    if start == m.start("value"):
        return None  # no telephone's maker before it: the label rules' and the chip's shape's
    return Verdict(start, m.end("value"), "telefonens IMEI efter märke och modell, med kontrollsiffra")


#: Rules of ``labelled_id``: a mobile telephone's IMEI after its maker and model.
RULES = (Rule("imei_after_phone_maker", _IMEI, score=0.85, check=_check_imei, gate=_GATE),)
