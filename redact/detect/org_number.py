"""Organisationsnummer: ten digits whose "month" is 20 or more, with a Luhn digit.

The third digit is at least 2, so an organisationsnummer can never be a valid
personnummer date; a sole trader's number is a personnummer and is left to
that detector.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_, luhn_ok, only_digits

_ORG = compile_(
    rf"""
    (?<![\w+\-\u2010-\u2013])
    (?:16)?
    (?P<num>[1-9]\d[2-9]\d{{3}}(?P<sep>{ctx.DASH})?\d{{4}})
    (?![\w]|[-+\u2010-\u2013]\d)
    """
)
# A Swedish VAT number holds the organisationsnummer: SE + 10 digits + 01.
_VAT = compile_(r"(?<![\w])SE[ ]?(?P<num>[1-9]\d[2-9]\d{7})[ ]?01(?!\w)")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    digits = only_digits(m.group("num"))
    if not luhn_ok(digits):
        return None
    # Without the dash the number is just ten digits: it needs a label to rank high.
    score = None if m.group("sep") else 0.6
    return Verdict(m.start(), m.end(), "organisationsnummer: third digit >= 2 + Luhn", score)


def _check_vat(text: str, m: re.Match[str]) -> Verdict | None:
    if not luhn_ok(m.group("num")):
        return None
    return Verdict(m.start(), m.end(), "momsregistreringsnummer: SE + organisationsnummer (Luhn) + 01")


class OrgNumberRecognizer(SwedishPatternRecognizer):
    """Swedish organisationsnummer (NNNNNN-NNNN, optionally with the 16 prefix) and VAT numbers."""

    ENTITY = "ORG_NUMBER"
    NAME = "org_number"
    CONTEXT = ctx.ORG_NUMBER
    RULES = (
        Rule("orgnr", _ORG, score=0.85, context_score=0.95, check=_check),
        Rule("vat", _VAT, score=0.9, context_score=0.95, check=_check_vat),
    )
