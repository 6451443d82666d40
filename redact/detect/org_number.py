"""Organisationsnummer: ten digits whose "month" is 20 or more, with a Luhn digit.

The third digit is at least 2, so an organisationsnummer can never be a valid
personnummer date; a sole trader's number is a personnummer and is left to
that detector.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, luhn_ok, only_digits, rule_regex

_ORG = compile_rule(
    rf"""
    (?<![\w+\-\u2010-\u2013])
    (?:16)?
    (?P<num>[1-9]\d[2-9]\d{{3}}(?P<sep>{ctx.DASH})?\d{{4}})
    (?![\w]|[-+\u2010-\u2013]\d)
    """
)
# A Swedish VAT number holds the organisationsnummer: SE + 10 digits + 01. A sole trader's holds the
# personnummer (any third digit), and the digits may be grouped as the number is ("SE 760412 5570 01").
_VAT = compile_rule(r"(?<![\w])SE[ ]?(?P<num>\d{6}[ -]?\d{4})[ ]?01(?![\w]|[-/]\d)")

# A VAT number of a neighbouring country, with its check digit: a sole trader abroad registers under
# it as a Swedish one does under the personnummer ("DE" + 9 digits, "FI" + 8, "DK" + 8, "NO" + 9 + "MVA",
# "PL" + the 10 digits of the NIP).
_FOREIGN_VAT = compile_rule(
    r"(?<![\w])(?P<cc>DE|FI|DK|NO|PL)[ ]?(?P<num>\d{8,10})(?:[ ]?(?P<mva>MVA))?(?!\w)"
)


def _de_ok(d: str) -> bool:
    """ISO 7064 MOD 11,10 over the first eight digits."""
    product = 10
    for c in d[:8]:
        s = (int(c) + product) % 10 or 10
        product = (2 * s) % 11
    return (11 - product) % 10 == int(d[8])


def _weighted_mod11(d: str, weights: tuple[int, ...]) -> int:
    return sum(int(c) * w for c, w in zip(d, weights)) % 11


def _fi_ok(d: str) -> bool:
    r = _weighted_mod11(d, (7, 9, 10, 5, 8, 4, 2))
    return r != 1 and (0 if r == 0 else 11 - r) == int(d[7])


def _no_ok(d: str) -> bool:
    r = 11 - _weighted_mod11(d, (3, 2, 7, 6, 5, 4, 3, 2))
    return r != 10 and r % 11 == int(d[8])


def _pl_ok(d: str) -> bool:
    """The Polish NIP: weighted sum of the first nine digits modulo 11 is the tenth (never 10)."""
    return _weighted_mod11(d, (6, 5, 7, 2, 3, 4, 5, 6, 7)) == int(d[9])


_FOREIGN_CHECKS = {
    "DE": (9, _de_ok),
    "FI": (8, _fi_ok),
    "DK": (8, lambda d: _weighted_mod11(d, (2, 7, 6, 5, 4, 3, 2, 1)) == 0),
    "NO": (9, _no_ok),
    "PL": (10, _pl_ok),
}


def _check_foreign_vat(text: str, m: re.Match[str]) -> Verdict | None:
    length, ok = _FOREIGN_CHECKS[m.group("cc")]
    num = m.group("num")
    if len(num) != length or not ok(num) or (m.group("cc") == "NO" and not m.group("mva")):
        return None
    return Verdict(m.start(), m.end(), f"momsregistreringsnummer ({m.group('cc')}) med kontrollsiffra")


# Another EU country's business or VAT number with no check computed here ("LV 13058211427", "EE 102345678"): the
# country's code, then eight to twelve digits, taken only under an organisation number's label or column header
# nearby, and not in a company's row (its number is the company's).
_EU_NUMBER = compile_rule(
    r"(?<![\w])(?P<cc>AT|BE|BG|CY|CZ|EE|EL|ES|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PT|RO|SI|SK)[ ]?(?P<num>\d{8,12})(?![\w]|[-/]\d)"
)
# the country's two letters and the number's first digit, maybe a space between: a part of every match, searched from
# the digit (the letters looked behind at)
_EU_GATE = rule_regex(r"(?<=[A-Z]{2})\d|(?<=[A-Z]{2} )\d")
_ORG_LABELS = ("org.nr", "orgnr", "org nr", "organisationsnummer", "momsnummer", "momsreg", "vat", "fo-nummer",
               "registreringsnummer", "företagsnummer", "business id")
_COMPANY_FORM_ON_LINE = re.compile(r"(?<![\w])(?:AB|HB|KB|GmbH|SIA|UAB|OÜ|AS|Oy|Ltd|Sp\.[ ]?z[ ]?o\.o\.|S\.A\.|B\.V\.|SRL)(?![\w])")


def _check_eu_number(text: str, m: re.Match[str]) -> Verdict | None:
    line_start = text.rfind("\n", 0, m.start()) + 1
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if _COMPANY_FORM_ON_LINE.search(text, prev_start, m.start()):
        return None  # the company named on this line or the line before (its cell): the company's number
    return Verdict(m.start("num"), m.end("num"), f"företagsnummer ({m.group('cc')}) under etikett för organisationsnummer")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    digits = only_digits(m.group("num"))
    if not luhn_ok(digits):
        return None
    # Without the dash the number is just ten digits: it needs a label to rank high.
    score = None if m.group("sep") else 0.6
    return Verdict(m.start(), m.end(), "organisationsnummer: third digit >= 2 + Luhn", score)


def _check_vat(text: str, m: re.Match[str]) -> Verdict | None:
    if not luhn_ok(only_digits(m.group("num"))):
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
        Rule("foreign_vat", _FOREIGN_VAT, score=0.85, context_score=0.95, check=_check_foreign_vat),
        Rule("eu_business_number", _EU_NUMBER, score=0.8, check=_check_eu_number, context=_ORG_LABELS,
             require_context=True, before=120, gate=_EU_GATE),
    )
