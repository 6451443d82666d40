"""A thing's serial named again by its make alone, the model left out: "Lambrecht 2207418" in a letter's subject
where the register's row reads "Lambrecht 1518 2207418".

A found number of parts whose last part is a long run of digits (six at least) is a make's, a model's and a serial's
when a make's word opens it or stands right before it. Written again as the make and that run alone, it is the same
thing, whose owner the row names: the make and the serial are masked there too. The make must be the same word,
so a run of digits that happens to recur (an amount, a reference) is not taken for the serial.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.types import Finding

SCORE = 0.7
_CATEGORIES = ("ID_NUMBER", "BANK_ACCOUNT")
# a make's word: capitalised or in capitals, three letters at least
_MAKE = r"[A-ZÅÄÖÉ][A-Za-zåäöéü-]{2,}"
_MAKE_OPENS = re.compile(rf"^(?P<make>{_MAKE})[ \t\u00a0]")
_MAKE_BEFORE = re.compile(rf"(?<![\w-])(?P<make>{_MAKE})[ \t\u00a0]+$")
# the last part: a run of six digits at least after another part of the number
_SERIAL_LAST = re.compile(r"\S[ \t\u00a0]+(?P<serial>\d{6,})$")
_REACH = 30  # characters before a number a make right before it takes


def _make_and_serial(f: Finding, text: str) -> tuple[str, str] | None:
    """The make and the serial of a found number of parts, or None when it has no make's word or no long last run."""
    body = " ".join(f.text.split())
    last = _SERIAL_LAST.search(body)
    if last is None:
        return None
    opens = _MAKE_OPENS.match(body)
    if opens is not None:
        return opens.group("make"), last.group("serial")
    assert f.start is not None
    before = _MAKE_BEFORE.search(text, max(0, f.start - _REACH), f.start)
    return (before.group("make"), last.group("serial")) if before else None


def find_serials_named_again(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every unfound make and serial written without the model between them, as a found number has
    them."""
    pairs: dict[tuple[str, str], Finding] = {}
    for f in findings:
        if f.category in _CATEGORIES and f.status != "rejected" and f.start is not None and f.page in page_texts:
            pair = _make_and_serial(f, page_texts[f.page])
            if pair is not None:
                pairs.setdefault(pair, f)
    if not pairs:
        return []
    alternatives = "|".join(rf"{re.escape(make)}[ \t\u00a0]+(?P<s{n}>{re.escape(serial)})"
                            for n, (make, serial) in enumerate(pairs))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w]|[-/.,][ \t]?\d|[ \t\u00a0]\d)")
    origins = list(pairs.values())
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.start is not None and f.end is not None:
            covered.setdefault(f.page, []).append((f.start, f.end))
    new: list[Finding] = []
    for page, text in sorted(page_texts.items()):
        spans = covered.setdefault(page, [])
        for m in pattern.finditer(text):
            n = next(n for n in range(len(origins)) if m.group(f"s{n}") is not None)
            a, b = m.span(f"s{n}")
            if any(s < b and a < e for s, e in spans):
                continue  # the serial is masked already (the make may be read as a name: it is no matter)
            spans.append((a, b))
            new.append(Finding(
                id=f"p{page}-again{len(new)}", page=page, start=m.start(), end=m.end(), text=m.group(),
                category="ID_NUMBER", score=SCORE, detector="serial_named_again",
                reason=f"samma märke och tillverkningsnummer som fyndet på sida {origins[n].page}",
            ))
    return new
