"""A freight container's number (ISO 6346): the owner's three letters and the category's letter ("U", "J", "Z"), six
digits and a check digit, glued, spaced or dashed ("TRKU 552091 3", "TRKU5520913"), read wherever its check digit
holds; the container's noun right before it joins the mark ("container TRKU 552091 3").

A private person's shipment (a move abroad, goods bought abroad) is followed by its container's number, which ties the
shipment to the person; the check digit tells the number from other capitals and digits. Read by ``labelled_id``'s
recognizer (reported as ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_CONTAINER = compile_rule(
    r"""
    (?<![\w-])(?:(?P<noun>(?i:container|containern|containerns|kontainer|behållare|conteneur|contenedor|contenitore)
                           [ \u00a0]+(?:nr\.?[ \u00a0]*:?[ \u00a0]*)?))?
    (?P<number>(?P<owner>[A-Z]{3}[UJZ])[ \u00a0-]?(?P<serial>\d{6})[ \u00a0-]?(?P<check>\d))
    (?![\w-]|[.,/]\d)
    """
)


def _letter_values() -> dict[str, int]:
    """ISO 6346's values of the letters: from 10 up, the multiples of eleven left out."""
    values, n = {}, 10
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if n % 11 == 0:
            n += 1
        values[c] = n
        n += 1
    return values


_VALUES = _letter_values()


def iso6346_check(code: str) -> int:
    """The check digit of a container's owner code and serial ("CSQU305438" → 3)."""
    total = sum((_VALUES[c] if c.isalpha() else int(c)) << i for i, c in enumerate(code))
    return total % 11 % 10


def _check_container(text: str, m: re.Match[str]) -> Verdict | None:
    """The container's number, its noun before it, where the check digit holds."""
    if iso6346_check(m.group("owner") + m.group("serial")) != int(m.group("check")):
        return None
    return Verdict(m.start(), m.end("number"), "en containers nummer enligt ISO 6346 med kontrollsiffra")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("container_number", _CONTAINER, score=0.85, check=_check_container,
              gate=rule_regex(r"[A-Z]{3}[UJZ][ \u00a0-]?\d{6}[ \u00a0-]?\d")),)
