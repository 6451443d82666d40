"""Personnummer and samordningsnummer: a real date plus a Luhn digit, not just ten digits."""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, luhn_ok, real_date

PNR = compile_rule(
    rf"""
    (?<![\w+\-\u2010-\u2013])
    (?P<cc>18|19|20)?
    (?P<yy>\d\d)(?P<mm>\d\d)(?P<dd>\d\d)
    (?P<sep>{ctx.SP}?{ctx.DASH}{ctx.SP}?|{ctx.DASH}[ \t]*\n[ \t]*|\+|{ctx.SP})?
    (?P<serial>\d\d\d)(?P<check>\d)
    (?![\w]|[-+\u2010-\u2013]\d)
    """
)


def birth_date(cc: str | None, yy: str, mm: str, dd: str, sep: str | None) -> tuple[_dt.date, bool] | None:
    """The birth date a personnummer encodes and whether it is a samordningsnummer, or None."""
    month, day = int(mm), int(dd)
    coordination = day > 60
    if coordination:
        day -= 60
    if cc:
        years = [int(cc + yy)]
    elif sep == "+":  # "+" marks a person aged 100 or more
        years = [1900 + int(yy), 1800 + int(yy)]
    else:
        years = [2000 + int(yy), 1900 + int(yy)]
    today = _dt.date.today()
    for year in years:
        if real_date(year, month, day):
            born = _dt.date(year, month, day)
            # The century written out leaves no year to infer: a birth date after today (a document dated
            # ahead, a server's clock behind) is still read as a personnummer by anyone, so it is one here.
            if born <= today or cc:
                return born, coordination
    return None


def encoded_birth(m: re.Match[str]) -> tuple[_dt.date, bool] | None:
    """The birth date a match of ``PNR`` encodes and whether it is a samordningsnummer, or None when its date is no
    real one or its last digit no Luhn digit."""
    sep = (m.group("sep") or "").strip()
    found = birth_date(m.group("cc"), m.group("yy"), m.group("mm"), m.group("dd"), sep)
    ten = m.group("yy") + m.group("mm") + m.group("dd") + m.group("serial") + m.group("check")
    return found if found is not None and luhn_ok(ten) else None


def numbers_births(text: str) -> list[tuple[int, int, _dt.date]]:
    """(start, end, birth date) of each personnummer and samordningsnummer in ``text`` (a real date, a Luhn digit)."""
    return [(m.start(), m.end(), found[0]) for m in PNR.finditer(text) if (found := encoded_birth(m)) is not None]


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    found = encoded_birth(m)
    if found is None:
        return None
    sep = (m.group("sep") or "").strip()
    ten = m.group("yy") + m.group("mm") + m.group("dd") + m.group("serial") + m.group("check")
    _, coordination = found
    kind = "samordningsnummer" if coordination else "personnummer"
    score = None
    if not sep and not m.group("cc") and ten.startswith("0"):
        # "0701234567" is also a mobile number: trust the phone label if there is one.
        if ctx.find_context_word(text, m.start(), m.end(), ctx.PHONE, 30):
            return None
        score = 0.6
    return Verdict(m.start(), m.end(), f"{kind}: real date + Luhn", score)


# A sole trader's VAT number is SE + the owner's personnummer (ten digits) + 01.
_VAT = compile_rule(r"(?<![\w])SE[ ]?(?P<yy>\d\d)(?P<mm>[01]\d)(?P<dd>\d\d)(?P<serial>\d\d\d)(?P<check>\d)[ ]?01(?!\w)")


def _check_vat(text: str, m: re.Match[str]) -> Verdict | None:
    if birth_date(None, m.group("yy"), m.group("mm"), m.group("dd"), None) is None:
        return None
    if not luhn_ok(m.group("yy") + m.group("mm") + m.group("dd") + m.group("serial") + m.group("check")):
        return None
    return Verdict(m.start(), m.end(), "momsregistreringsnummer of a sole trader: SE + personnummer + 01", 0.95)


class PersonnummerRecognizer(SwedishPatternRecognizer):
    """Swedish personnummer and samordningsnummer, 10 or 12 digits, '-', '+' or no separator."""

    ENTITY = "PERSONNUMMER"
    NAME = "personnummer"
    CONTEXT = ctx.PERSONNUMMER
    RULES = (
        Rule("pnr", PNR, score=0.95, context_score=1.0, check=_check),
        Rule("vat_sole_trader", _VAT, score=0.95, check=_check_vat, needs=("se",)),
    )
