"""Swedish registration numbers ("ABC 123", "ABC 12A"): a weak pattern raised by vehicle words.

Swedish plates never use I, Q, V, Å, Ä or Ö, and the last character is a
digit or a letter other than O. Three capitals and three digits is also a
currency amount or a code, so without a vehicle word nearby the score stays low.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_

_PLATE = compile_(
    rf"(?<![\w\-/.])(?P<letters>[A-HJ-PR-UW-Z]{{3}}){ctx.SP}?\d\d[0-9A-HJ-NPR-UW-Z](?![\w\-/]|[.,]\d)"
)


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    if m.group("letters") in ctx.NOT_PLATE:
        return None
    return Verdict(m.start(), m.end(), "ABC 123 / ABC 12A")


class LicensePlateRecognizer(SwedishPatternRecognizer):
    """Swedish vehicle registration numbers; low score unless a vehicle word is near."""

    ENTITY = "LICENSE_PLATE"
    NAME = "license_plate"
    CONTEXT = ctx.LICENSE_PLATE
    RULES = (Rule("plate", _PLATE, score=0.3, context_score=0.85, check=_check, before=50, after=30),)
