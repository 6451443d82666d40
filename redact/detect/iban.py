"""IBAN: country code, two check digits, the national number; mod-97 decides."""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_

# Lengths of the IBANs of SEPA countries and neighbours (ISO 13616 registry).
IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "EE": 20, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GI": 23, "GL": 18, "GR": 27,
    "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TR": 26, "UA": 29, "VA": 22,
}
_IBAN = compile_(r"(?<![\w])[A-Z]{2}\d\d(?:[ \u00a0]?[A-Z0-9]{1,4}){3,8}(?![\w])")


def iban_ok(iban: str) -> bool:
    """True when ``iban`` (no spaces) has its country's length and passes mod 97."""
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        return False
    if not 15 <= len(iban) <= 34 or not iban.isalnum():
        return False
    moved = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    raw = m.group()
    compact = re.sub(r"\s", "", raw)
    expected = IBAN_LENGTHS.get(compact[:2])
    end = m.end()
    if expected is not None and len(compact) > expected:
        # A following word in capitals ("... 7466 SWEDSESS") was swallowed: cut at the length.
        seen = 0
        for i, ch in enumerate(raw):
            if not ch.isspace():
                seen += 1
                if seen == expected:
                    end = m.start() + i + 1
                    break
        if end < len(text) and text[end].isalnum():
            return None
        compact = compact[:expected]
    if not iban_ok(compact):
        return None
    return Verdict(m.start(), end, f"IBAN {compact[:2]}: length + mod 97")


class IbanRecognizer(SwedishPatternRecognizer):
    """International bank account numbers (IBAN), Swedish and foreign."""

    ENTITY = "IBAN"
    NAME = "iban"
    CONTEXT = ctx.IBAN
    RULES = (Rule("iban", _IBAN, score=0.95, context_score=1.0, check=_check),)
