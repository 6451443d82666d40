"""A payment reference built from its payer's personnummer: "OCR-nummer 5206 0344 1858" in a letter to the person
whose personnummer 520603-… stands on the same page.

An invoice's or a fee's OCR number is the sender's reference and names no one, but the Tax Agency and others build a
private person's own reference from the birth date their personnummer opens with (year, month, day), so the number is
given to that one person and follows them from letter to letter. A reference whose first six digits are the date of a
personnummer written on the page is that person's identifier; any other reference stays readable.
Read by ``labelled_id``'s recognizer.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule
from redact.detect.personnummer import numbers_births

# an OCR number's or a payment reference's label, then the digits in groups of two to six
_REFERENCE = compile_rule(r"""
    (?<![\w-])(?i:ocr(?:-?nummer|-?numret|-?nr\.?)?|betalningsreferens(?:en)?|referensnummer)
    (?:[ \t]*:[ \t]*|[ \t]+(?:(?i:är)[ \t]+)?)
    (?P<value>\d{2,6}(?:[ \u00a0]?\d{2,6}){1,5})
    (?![\w]|[-/.,]\d)
""")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    digits = re.sub(r"\D", "", m.group("value"))
    if not 10 <= len(digits) <= 25:
        return None
    opening = digits[:6]
    if not any(born.strftime("%y%m%d") == opening for _, _, born in numbers_births(text)):
        return None
    return Verdict(m.start("value"), m.end("value"), "betalningsreferens som börjar med födelsedatumet i ett "
                                                     "personnummer på sidan: personens egen")


RULES = (
    Rule("reference_of_payers_birth", _REFERENCE, score=0.8, check=_check,
         needs=("ocr", "betalningsreferens", "referensnummer")),
)
