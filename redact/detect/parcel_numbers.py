"""Parcel and registered-letter numbers of the postal services (the UPU's S10 shape): two letters, eight digits, a
check digit and the country of posting ("RR483920115SE", "CX 715 048 366 TH", "LB209183743GB").

Customs, the police and the authorities that hold or trace mail list them beside the person a parcel is addressed
to or sent by; the number leads to that person's consignment (and its tracking page names the recipient). The
shape carries its own check digit, so no label is needed: a serial or a code that only looks like it rarely passes.
A carrier's other numbers (a pallet's or a parcel's eighteen-digit SSCC, "00373500301234567", a courier's
"1Z999AA10123456784") count after a parcel's label ("kolli-ID", "spårningsnummer", "sändningsnummer"), which the
general label rule reads as a telephone's or a track's number. Read by ``labelled_id``'s recognizer.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

# the service's two letters, the serial in one run or in groups of three, the check digit, the country's two letters
_SHAPE = r"[A-Z]{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}[ ]?[A-Z]{2}"
_S10 = compile_rule(rf"(?<![\w-])(?P<value>{_SHAPE})(?![\w-])")
_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
# letters that are no country of posting: a serial's suffix of a register ("AB 123 456 789 XX" is no parcel's)
_NO_COUNTRY = frozenset({"XX", "ZZ", "AA"})


def s10_check_ok(number: str) -> bool:
    """True when the S10 number's ninth digit is the check digit of its eight (weights 8 6 4 2 3 5 9 7, mod 11;
    a remainder giving 10 is written 0 and one giving 11 is written 5)."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9:
        return False
    check = 11 - sum(d * w for d, w in zip(digits, _WEIGHTS)) % 11
    return {10: 0, 11: 5}.get(check, check) == digits[8]


def parcel_number(value: str) -> bool:
    """True for a postal item's number: the S10 shape, a country's letters and the check digit."""
    return re.fullmatch(_SHAPE, value) is not None and value[-2:] not in _NO_COUNTRY and s10_check_ok(value)


def _check_s10(text: str, m: re.Match[str]) -> Verdict | None:
    if not parcel_number(m.group("value")):
        return None
    return Verdict(m.start("value"), m.end("value"), "försändelsenummer (UPU S10, kontrollsiffra)")


# a parcel's, a consignment's or a tracking number's label, in Swedish and English
_PARCEL_LABEL = (r"(?i:(?:kolli|sändnings|försändelse|spårnings|paket|frakt|fraktsedels)"
                 r"(?:nummer|numret|nr\.?|-?id|kod)"
                 r"|tracking[ -]?(?:number|no\.?|id|code)|consignment[ ](?:number|no\.?)|parcel[ ](?:number|no\.?|id))")
LABELLED_PARCEL = compile_rule(
    rf"(?<![\w-])(?P<label>{_PARCEL_LABEL})(?:[ \t]*[:=][ \t]*|[ \t]+(?:(?i:är|var|is)[ \t]+)?)"
    r"(?P<value>[A-Z0-9]{8,24}|\d{2,6}(?:[ ]\d{2,6}){2,6})(?![\w-])"
)


def _check_labelled_parcel(text: str, m: re.Match[str]) -> Verdict | None:
    value = m.group("value")
    if sum(c.isdigit() for c in value) < 8:
        return None
    return Verdict(m.start("value"), m.end("value"), f"försändelsenummer efter '{m.group('label').lower()}'")


RULES = (
    Rule("parcel_number", _S10, score=0.8, check=_check_s10, gate=rule_regex(r"\d{3}[ ]?[A-Z]{2}(?![\w-])")),
    Rule("labelled_parcel_number", LABELLED_PARCEL, score=0.8, check=_check_labelled_parcel,
         needs=("kolli", "sändnings", "försändelse", "spårnings", "paket", "frakt", "tracking", "consignment",
                "parcel")),
)
