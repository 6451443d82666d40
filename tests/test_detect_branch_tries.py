"""Alternations of words folded into trees by their letters: the same matches, the alternatives' order kept."""

from __future__ import annotations

import random
import re

import pytest

from redact.detect.branch_tries import branch_tries
from redact.detect.first_chars import built, compile_scanning, parse, parsed_program

_WORDS = ("mars maj mar marsch ma m Maja MAJ majs januari jan juni jul juli σεπτεμβρίου σεπτέμβριος "
          "ſkur skur Kelvin kelvin \u212aelvin İstanbul istanbul ıt it ab abc a abd").split()


def _texts() -> list[str]:
    rng = random.Random(41)
    out = ["", " ".join(_WORDS), " ".join(_WORDS).upper(), " ".join(_WORDS).lower()]
    for _ in range(80):
        out.append(rng.choice((" ", "", "-", "c")).join(rng.choice(_WORDS) for _ in range(12)))
    return out


def _matches(regex: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.regs) for m in regex.finditer(text)]


def _folded(pattern: str, flags: int = 0) -> tuple[bool, re.Pattern[str]]:
    """Whether an alternation of ``pattern`` was folded, and the pattern compiled with it."""
    parsed = parse(pattern, flags)
    changed = branch_tries(parse(pattern, flags), flags)
    return changed, built(pattern, parsed_program(pattern, flags, parsed))


@pytest.mark.parametrize("pattern, flags", [
    (r"(?i:marsch|mars|mar|maj|ma|m)\b", 0),  # longest first, each a prefix of the ones before
    (r"(?:ma|marsch|mars|maj|m)(?:s|ch)?\b", 0),  # shortest first: the rest of the pattern decides by order
    (r"(?i)(?P<m>ab|abc|a|abd)c", 0),  # backtracking into the alternation, in its order
    # letters re folds onto others under IGNORECASE
    (r"(?i:σεπτεμβρίου|σεπτέμβριος|skur|ſkur|kelvin|\u212aelvin|istanbul|İstanbul|ıt|it)", 0),
    (r"(?i:jan|\w+x|januari|juni|jul|juli)", 0),  # an alternative of no letter keeps the others on its sides apart
    (r"(?i:jan||januari|juni|jul|juli)", 0),  # so does an empty one
    (r"(?i:jan(?:uari)?|juni|jul(?:i)?|maj|mars)[ ]\d", 0),  # groups within the alternatives
    (r"(?<![\w-])(?:jan|juni|jul|juli|maj|mars)(?![\w-])", re.IGNORECASE),
])
def test_same_matches_as_written(pattern: str, flags: int) -> None:
    changed, fast = _folded(pattern, flags)
    assert changed
    plain = re.compile(pattern, flags)
    assert (fast.pattern, fast.flags, fast.groupindex) == (plain.pattern, plain.flags, plain.groupindex)
    for text in _texts():
        assert _matches(fast, text) == _matches(plain, text), text
        for pos in range(0, min(len(text), 40), 3):
            a, b = plain.match(text, pos), fast.match(text, pos)
            assert (a and a.regs) == (b and b.regs)


@pytest.mark.parametrize("pattern", [
    r"(?i:jan|feb|mar)",  # too few alternatives to be worth a tree
    r"(?i:jan|feb|apr|dec|okt)",  # no two sharing a first letter
    r"(?i:jan|\w|juni|[jJ]ul)",  # the shared letters are never next to each other
])
def test_left_as_written(pattern: str) -> None:
    assert not branch_tries(parse(pattern), 0)


def test_the_dates_of_many_languages_match_as_written() -> None:
    from redact.detect.placed_birth_dates import DATE

    fast, plain = compile_scanning(DATE, re.VERBOSE), re.compile(DATE, re.VERBOSE)
    text = ("född 12 mars 1987, tisdagen den 4 maj 1971, 3:e Mars -87, 12.III.1987, 9 de octubre de 1986, "
            "1987年3月12日, 2. Mai 1955, 21 σεπτεμβρίου 1941, 5 ſeptember 1950, 12/3-87, 1987-03-12")
    assert _matches(fast, text) == _matches(plain, text) != []
    for pos in range(len(text)):
        a, b = plain.match(text, pos), fast.match(text, pos)
        assert (a and a.regs) == (b and b.regs)
