"""The letterhead's own telephone numbers wherever the document writes them again: "Telefon 060-718 20 00" under
"Pensionsmyndigheten, Enheten för …, Box 1480, …" is the body's number, and so is "Har du frågor ring 060-718 20 00."
on the letter's last page, or "Ombokning: 0612-58 40 00." in a notice further down.

The letterhead's line is told by ``authority_lines`` (a round number on the line under the unit's name, or a number on
that line beside the unit's shared mailbox); its lines name no person and speak of no one's own number. A number the
body gives as its own is never a private person's, so every finding of the same digits is dropped, whatever its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redact.detect.authority_lines import letterhead_number, on_units_mailbox_line
from redact.detect.district_words import NOT_DISTRICT
from redact.detect.first_chars import compile_scanning
from redact.types import Finding

# a Swedish number as a letterhead writes it ("060-718 20 00", "0251-340 50", "+46 60 718 20 00")
_NUMBER = compile_scanning(r"(?<![\w+-])(?:\+46[ \t]?\(?0?\)?[ \t]?|0)\d[\d \t-]{4,14}\d(?![\w-])")
# a person's name on the letterhead's lines: a listed first name and a capitalised word after it
_TWO_WORDS = re.compile(r"(?<![\w-])([A-ZÅÄÖÉ][a-zåäöéü]+)[ \t]+[A-ZÅÄÖÉ][a-zåäöéü]+")
# someone's own number ("min mobil", "privat", "jag nås på")
_OWN = re.compile(rf"(?i)(?<![\w])(?:jag|mig|min|{NOT_DISTRICT}mitt|privat|mobil|mobilen|hem|hemma|direkt|direktnummer)(?![\w])")


def _national(number: str) -> str:
    """The number's digits as dialled in Sweden ("+46 60 718 20 00": "0607182000")."""
    digits = re.sub(r"\D", "", number)
    return "0" + digits[2:] if number.lstrip().startswith("+46") else digits


def letterhead_numbers(texts: Iterable[str]) -> frozenset[str]:
    """The digits of the numbers the document's letterhead gives as the body's own (see the module docstring)."""
    from redact.detect.name_words import load_lexicons

    first = load_lexicons().first
    found: set[str] = set()
    for text in texts:
        for m in _NUMBER.finditer(text):
            s, e = m.start(), m.end()
            if not (letterhead_number(text, s, e) or on_units_mailbox_line(text, s, ())):
                continue
            a = text.rfind("\n", 0, s) + 1
            above = text.rfind("\n", 0, max(0, a - 1)) + 1 if a else a
            b = text.find("\n", e)
            lines = text[above:len(text) if b < 0 else b]
            if _OWN.search(lines):
                continue
            if any(w.group(1) in first for w in _TWO_WORDS.finditer(lines)):
                continue  # "Anna Berg, Bröstcentrum" / "Telefon 0612-…": her line
            found.add(_national(m.group()))
    return frozenset(found)


def drop_letterhead_numbers(findings: list[Finding], numbers: frozenset[str], text: str = "") -> list[Finding]:
    """The findings without telephone numbers that are one of the letterhead's own ``numbers``: a phone's, or an
    identifier's that is the number written as the letterhead does (the learned tagger may read a switchboard as an
    identifier), or a piece of one where ``text`` writes it ("82 22" of "Växel 018-441 82 22")."""
    if not numbers:
        return findings
    own = [(m.start(), m.end()) for m in _NUMBER.finditer(text) if _national(m.group()) in numbers] if text else []
    return [f for f in findings if not (
        (f.category == "PHONE" or (f.category == "ID_NUMBER" and _NUMBER.fullmatch(f.text.strip().rstrip(".,;:"))))
        and _national(f.text) in numbers
        or (f.category in ("PHONE", "ID_NUMBER") and f.start is not None and f.end is not None
            and any(a <= f.start and f.end <= b for a, b in own)))]
