"""A person's name right before the person's own personnummer: "en av dem, Ayaan Cabdi Nuur, 010312-4452, …".

A name and its personnummer after a comma or in brackets are one party's details, so the capitalised words before
the number are that person's name even when no list holds any of them (a Somali given name, the father's and the
grandfather's). The number must be a real personnummer (a date and its Luhn digit). Ordinary words that open the
run ("Kunden", "Enligt") are left out, and a run with a firm's or an authority's word ("Sjöviks Måleri",
"Socialnämnden") is no person's name.
"""

from __future__ import annotations

import re

from redact.detect.company_forms import AFTER_NAME
from redact.detect.name_spans import TRADE
from redact.detect.name_words import (
    F, OPENERS, ORG_SUFFIX, S, X, classify_word, load_lexicons, written_in_lower_case,
)
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, luhn_ok
from redact.detect.personnummer import birth_date

_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?"
_NUMBERED = compile_rule(
    rf"""(?<![\w-])(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}})[ \t]*(?:,|\()[ \t]*\n?[ \t]*
    (?P<cc>19|20)?(?P<yy>\d\d)(?P<mm>\d\d)(?P<dd>\d\d)(?P<sep>[-+ ])?(?P<serial>\d\d\d)(?P<check>\d)
    (?![\w]|[-+\u2010-\u2013]\d)"""
)
# The definite form or an agent noun opening the run ("Kunden", "Sökanden", "Föraren"): a role, no name.
_ROLE_ENDINGS = ("en", "et", "na", "ns", "are", "aren")
_COMPANY = re.compile(rf"(?:{AFTER_NAME})")


def _ordinary(word: str, text: str) -> bool:
    """A word that opens the run without being a name: a function word, a role, a word written in lower case."""
    low = word.lower()
    if low in OPENERS:
        return True
    kind = classify_word(word, load_lexicons())
    if kind in (F, S):
        return False
    if kind == X or (len(low) >= 6 and low.endswith(_ROLE_ENDINGS)):
        return True
    return written_in_lower_case(low, text)


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    sep = (m.group("sep") or "").strip()
    if birth_date(m.group("cc"), m.group("yy"), m.group("mm"), m.group("dd"), sep) is None:
        return None
    if not luhn_ok(m.group("yy") + m.group("mm") + m.group("dd") + m.group("serial") + m.group("check")):
        return None
    words = m.group("name").split()
    starts = [m.start("name") + off.start() for off in re.finditer(r"\S+", m.group("name"))]
    while len(words) > 2 and _ordinary(words[0], text):
        words, starts = words[1:], starts[1:]
    if len(words) < 2 or _ordinary(words[0], text):
        return None
    if any(w.isupper() or ORG_SUFFIX.search(w.lower()) or TRADE.fullmatch(w) or _COMPANY.fullmatch(w)
           for w in words):
        return None  # "Sjöviks Måleri", "Ekby Bygg AB", "Socialnämnden Ekby": a firm's or an authority's name
    return Verdict(starts[0], m.end("name"), "namn närmast före personens personnummer")


class NumberedNameRecognizer(SwedishPatternRecognizer):
    """A run of capitalised words right before a personnummer: the bearer's name."""

    ENTITY = "PERSON"
    NAME = "numbered_name"
    CONTEXT = ()
    RULES = (Rule("name_before_personnummer", _NUMBERED, score=0.8, check=_check),)
