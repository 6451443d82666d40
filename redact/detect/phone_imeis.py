"""A mobile telephone's IMEI after its maker and model ("Apple iPhone 14 Pro 352094116628402", "Samsung Galaxy S23
35-871203-334417-5") or after a telephone named in its sentence: fifteen digits whose last is the Luhn check digit of
the fourteen before. Read by ``labelled_id``'s recognizer.

A telephone's IMEI is that one handset's for its whole life: the operator's and the theft register's records lead
from it to the person who holds it, as a dealer's ledger or a police report writes it, the maker and the model
first. Where a telephone maker's name and the model's words stand right before fifteen digits whose check digit
holds, the row is the handset and its number, one mark from the maker on. Without the maker, a telephone's word in
the sentence before the number ("telefonen (35…)", "en Samsung-telefon 35…") and an IMEI's own first two digits
(the body that gave its type code: 35, 86, 01, …) say the same; a telephone's bill or number ("telefonfaktura",
"telefonnummer") is no telephone's word, an invoice's or a payment's word between makes the number theirs (an OCR
number carries a Luhn digit too), and a label alone before the number is the label rules' ("IMEI 35…"); after the
maker and the model the label is part of the row ("Samsung Galaxy A35 IMEI 35…").
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


# the reporting bodies' codes that open a type allocation code (an IMEI's first two digits)
_REPORTING_BODIES = frozenset("01 10 30 31 32 33 35 44 45 49 50 51 52 53 54 86 91 98 99".split())
# a telephone's word (a compound, a make joined by a dash: "mobiltelefonen", "Samsung-telefon"), never a compound
# of a telephone's bill, subscription or number ("telefonfaktura", "mobilabonnemang", "telefonnummer")
_PHONE_WORD = re.compile(
    r"(?i)(?<![\w-])(?:[\w]+-)?(?:\w*telefon(?:en|ens|er|erna)?|mobil(?:en|ens|er|erna)?|smartphone[s]?|handset|"
    r"(?:mobile[ ]|cell)?phone|iphone|handy)(?![\w-])")
# a payment's, an invoice's, a contract's or a reference's word between the telephone and the number: its number
_PAYMENT_WORD = re.compile(
    r"(?i)(?<![\w])(?:faktura\w*|fakt|ocr|referens\w*|ref|bankgiro|plusgiro|bg|pg|konto\w*|order\w*|kvitto\w*|"
    r"avi|betalning\w*|invoice|abonnemang\w*|avtal\w*|kund\w*|belopp\w*|summa)(?![\w])")
# the number's own label right before it
_IMEI_LABEL = re.compile(r"(?<![\w-])IMEI(?:-?(?:nr|nummer))?[ \u00a0]*:?[ \u00a0]*$")
_REACH = 60  # characters before the number where its sentence names the telephone
_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n]+[A-ZÅÄÖ])|\n[ \t]*\n")


def _telephone_named_before(text: str, start: int) -> bool:
    """True when the sentence before the number (up to ``_REACH`` characters) names a telephone, and no payment's or
    reference's word stands between it and the number."""
    lo = max(0, start - _REACH)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    phone = None
    for phone in _PHONE_WORD.finditer(text, lo, start):
        pass  # the nearest telephone's word
    return phone is not None and _PAYMENT_WORD.search(text, phone.end(), start) is None


def _check_imei(text: str, m: re.Match[str]) -> Verdict | None:
    digits = only_digits(m.group("value"))
    if not luhn_ok(digits):
        return None
    # (the number's own label may stand between the model and the number: "Samsung Galaxy A35 IMEI 35…")
    label = _IMEI_LABEL.search(text, max(0, m.start("value") - 12), m.start("value"))
    before = label.start() if label else m.start("value")
    start = maker_start(text, before, _PHONE_MAKERS)
    if start < before:
        return Verdict(start, m.end("value"), "telefonens IMEI efter märke och modell, med kontrollsiffra")
    if digits[:2] in _REPORTING_BODIES and _telephone_named_before(text, m.start("value")):
        return Verdict(m.start("value"), m.end("value"), "telefonens IMEI efter telefonen, med kontrollsiffra")
    return None


#: Rules of ``labelled_id``: a mobile telephone's IMEI after its maker and model or the telephone's word.
RULES = (Rule("telephone_imei", _IMEI, score=0.85, check=_check_imei, gate=_GATE),)
