"""Identity and tax numbers of other countries after the short names their holders write them by, read by
``labelled_id``'s recognizer (reported as ID_NUMBER); each checked as its country checks it:

* India's PAN (permanent account number): five letters, the fourth the holder's kind ("P" a person), four digits,
  a letter ("AKQPR4471M");
* Singapore's NRIC and FIN: S, T, F, G or M, seven digits and a check letter ("S7710428D");
* Israel's identity number (TZ, teudat zehut): nine digits, a Luhn check digit;
* Australia's TFN (tax file number): nine digits, often in threes, weighted 1, 4, 3, 7, 5, 8, 6, 9, 10 to a
  multiple of 11;
* Italy's electronic identity card (CIE): two letters, five digits, two letters ("CB41872KD"; no check character);
* Portugal's Cartão de Cidadão (CC): eight digits, a check digit, two letters and a check character, the whole by
  the doubling check the card's issuer publishes ("12230418 4 ZY3"); in its rare shape the number is the card's
  wherever it stands when the civil number's own check digit (mod 11) holds too (one in a hundred and ten passes
  both), or when the card's name or the country stands just before it, in its sentence or in the cell before
  ("Cartão de Cidadão" / "14418220 3 ZX4", "portugisiskt id-kort 12230418 4 ZY3");
* Qatar's identity card number (QID): eleven digits, the first the century of birth (2 for the 1900s, 3 for the
  2000s), then the year's two digits, the nationality's three-digit country code and a serial ("28763412345").

The short names are labels and stay readable: ``after_rules_label`` cuts them from an identifier column's cell
("NRIC S7710428D" under "Utländskt id-nummer") though they are shorter than the labels it cuts otherwise; all but
"TZ", which a register may write as part of the number.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, luhn_ok, only_digits, rule_regex

#: The short names, as written before the number: labels, never part of it.
# (not "TZ": registers write the Hebrew letters' abbreviation as part of the number, "TZ 207…", and so is it masked)
SHORT_NAMES = frozenset({"PAN", "NRIC", "FIN", "TFN", "CIE", "CC", "QID"})

SHORT_NAMED_ID = compile_rule(
    r"(?<![\w-])(?P<label>PAN|NRIC|FIN|TZ|TFN|CIE|CC|QID)(?:[ \t\u00a0]+(?i:nr\.?|no\.?|number))?(?:[ \t\u00a0]*:)?"
    r"[ \t\u00a0]+"
    r"(?P<value>[A-Z]{5}\d{4}[A-Z]|[STFGM]\d{7}[A-Z]|\d{3}[ \u00a0]?\d{3}[ \u00a0]?\d{3}|[A-Z]{2}\d{5}[A-Z]{2}"
    r"|\d{8}[ \u00a0]?\d[ \u00a0]?[A-Z]{2}\d|[23]\d{10})(?![\w]|[-/.,:]\d)")

_PAN = re.compile(r"^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$")
_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK", "M": "XWUTRQPNJLK"}
_TFN_WEIGHTS = (1, 4, 3, 7, 5, 8, 6, 9, 10)


def nric_ok(value: str) -> bool:
    """Singapore's NRIC or FIN: its series letter, seven digits, the check letter of the weighted sum."""
    if not re.fullmatch(r"[STFGM]\d{7}[A-Z]", value):
        return False
    total = sum(int(c) * w for c, w in zip(value[1:8], _NRIC_WEIGHTS))
    total += {"T": 4, "G": 4, "M": 3}.get(value[0], 0)
    return _NRIC_LETTERS[value[0]][total % 11] == value[8]


def tfn_ok(digits: str) -> bool:
    """Australia's tax file number: nine digits whose weighted sum is a multiple of 11."""
    return len(digits) == 9 and digits.isdigit() and sum(int(c) * w for c, w in zip(digits, _TFN_WEIGHTS)) % 11 == 0


def cartao_ok(value: str) -> bool:
    """Portugal's Cartão de Cidadão: from the right, every second character (a letter counts 10 for A on) doubled,
    nine taken off a double over nine; the sum a multiple of ten."""
    chars = value.replace(" ", "").replace("\u00a0", "")
    if not re.fullmatch(r"\d{9}[A-Z]{2}\d", chars):
        return False
    total = 0
    for i, ch in enumerate(reversed(chars)):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        if i % 2:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        total += v
    return total % 10 == 0


def civil_number_ok(value: str) -> bool:
    """Portugal's civil identification number: eight digits and a check digit, weighted 9 down to 2 and the check
    digit 1, a multiple of eleven (a check of ten is written 0)."""
    digits = only_digits(value)[:9]
    if len(digits) != 9:
        return False
    rest = sum(int(c) * w for c, w in zip(digits[:8], range(9, 1, -1))) % 11
    return (rest + int(digits[8])) % 11 == 0 or (digits[8] == "0" and rest == 1)


# the card's number in its own shape, spaced as printed or not ("14418220 3 ZX4", "144182203ZX4")
CARTAO = compile_rule(r"(?<![\w-])(?P<value>\d{8}[ \u00a0]?\d[ \u00a0]?[A-Z]{2}\d)(?![\w]|[-/.,:]\d)")


# the card's name, its short name or Portugal's, before the number in its sentence or in the cell before
_CARD_NAMED = re.compile(r"(?i)cart[ãa]o(?:[ ]de[ ]cidad[ãa]o)?|(?<![\w-])CC(?![\w-])|portug\w*|citizen[ ]card")
_CARD_REACH = 60  # characters before the number


def _check_cartao(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if not cartao_ok(value) or not (civil_number_ok(value) or _CARD_NAMED.search(
            text, max(0, m.start("value") - _CARD_REACH), m.start("value"))):
        return None
    return Verdict(m.start("value"), m.end("value"), "portugisiskt medborgarkort (Cartão de Cidadão) med kontrollsiffror")


def _check_short_named(text: str, m: re.Match[str]) -> Verdict | None:
    label, value = m.group("label"), m.group("value")
    digits = only_digits(value)
    ok = {"PAN": lambda: _PAN.match(value) is not None,
          "NRIC": lambda: nric_ok(value), "FIN": lambda: nric_ok(value),
          "TZ": lambda: len(digits) == 9 and luhn_ok(digits),
          "TFN": lambda: tfn_ok(digits),
          "CIE": lambda: re.fullmatch(r"[A-Z]{2}\d{5}[A-Z]{2}", value) is not None,
          "CC": lambda: cartao_ok(value),
          "QID": lambda: re.fullmatch(r"[23]\d{10}", value) is not None}[label]()
    if not ok:
        return None
    return Verdict(m.start("value"), m.end("value"), f"utländskt id-nummer efter '{label.lower()}'")


#: The rules, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("national_id_short_name", SHORT_NAMED_ID, score=0.85, check=_check_short_named,
              gate=rule_regex(r"PAN|NRIC|FIN|TZ|TFN|CIE|CC|QID")),
         Rule("portuguese_citizen_card", CARTAO, score=0.85, check=_check_cartao, gate=rule_regex(r"\d[ \u00a0]?[A-Z]{2}\d")))
