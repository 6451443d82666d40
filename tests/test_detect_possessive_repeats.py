"""Repeats of one character made possessive where what follows cannot go on from them: the same matches."""

from __future__ import annotations

import random
import re

import pytest

from redact.detect.first_chars import built, parse, parsed_program
from redact.detect.possessive_repeats import possessive_repeats

_TEXT = (
    "Bastukort: BK-4410 22, bokas hos vaktmästaren.\nKontakt ola.berg@exempelpost.se eller\n  ola@ \n"
    "Förrådsnr  17B; Stugnummer 3 a\tLilltorpet 4, 123 45 Byhamn. ÅSA-kod ſkur K\u212a 9981, "
    "snickeri-\nverkstad 77 kr per timme; 0701-12 34 56, år 1999.. x@y - Ängsstigen 12 B\n"
)


def _texts() -> list[str]:
    rng = random.Random(19)
    words = _TEXT.replace("\n", " \n ").split(" ")
    out = [_TEXT, _TEXT.lower(), _TEXT.upper(), ""]
    for _ in range(60):
        out.append(rng.choice((" ", "", "\t")).join(rng.choice(words) for _ in range(30)))
    return out


def _matches(regex: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in regex.finditer(text)]


def _possessive(pattern: str, flags: int = 0) -> tuple[bool, re.Pattern[str]]:
    """Whether a repeat of ``pattern`` was made possessive, and the pattern compiled with it."""
    parsed = parse(pattern, flags)
    changed = possessive_repeats(parse(pattern, flags), flags)
    return changed, built(pattern, parsed_program(pattern, flags, parsed))


@pytest.mark.parametrize("pattern, flags", [
    (r"(?<![\w.@-])[\w.-]+(?:[ \t]*\n[ \t]*)?@[\w-]+(?:\.[\w-]+)+", 0),  # the letters before a missing "@"
    (r"(?i)(?<![\w-])[a-zåäö]+nr[ \t]*:?[ \t]*(?P<n>\d+[A-Z]?)(?![\w-])", re.IGNORECASE),
    (r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?:torpet|stigen)[ \t]+\d{1,4}(?:[ \t]?[A-H])?(?!\w)", 0),
    (r"\d{3}[ ]?\d\d[ \t]+(?=[A-ZÅÄÖ])\w+", 0),  # before a lookahead that the spaces cannot open
    (r"[a-zåäö]+?-\n[a-zåäö]+", 0),  # a lazy one before what it does not take
    (r"(?:[A-Z]{1,4}-)?\d+(?:[ ]\d+)*(?![\d])", 0),  # a negative lookahead holding the digits
    (r"(?i:kod)[ ]*(?P<q>\()?\d+(?(q)\)|[ ]*kr)", 0),  # a conditional's two branches
    (r"(?:[^\W\d_]+[ ]){1,3}(?:kr|år)\b", 0),  # a repeat's body again, or what follows it
])
def test_same_matches_as_written(pattern: str, flags: int) -> None:
    changed, fast = _possessive(pattern, flags)
    assert changed
    plain = re.compile(pattern, flags)
    assert (fast.pattern, fast.flags, fast.groupindex) == (plain.pattern, plain.flags, plain.groupindex)
    for text in _texts():
        assert _matches(fast, text) == _matches(plain, text), text
        for pos in (0, 3, 20):
            a, b = plain.search(text, pos), fast.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("pattern, flags", [
    (r"[a-z]+[a-z]", 0),  # what follows takes the repeat's letters
    (r"\d+(?:\d|x)", 0),
    (r"[a-z]+?", 0),  # the match may end after it: a lazy one takes one letter
    (r"\d+(?=\d)", 0),  # the lookahead reads the repeat's digits
    (r"[a-z]+(?![a-c])", 0),  # the negative lookahead holds only some of them
    (r"[a-z]+(?i:K)", 0),  # "k" is a case form of K, and the Kelvin sign too
    (r"s+(?i:\u017f)", 0),  # the long s is one of "s" under IGNORECASE
    (r"(a)[a-z]+\1", 0),  # a backreference may begin with anything
    (r"(?=[a-z]+:)\w", 0),  # inside a lookaround
    (r"(?a)\w+(?!é)é", 0),  # under ASCII
])
def test_left_as_written(pattern: str, flags: int) -> None:
    assert not possessive_repeats(parse(pattern, flags), flags)


def test_a_repeat_after_which_the_match_may_end_keeps_its_backtracking() -> None:
    # "a+" before "(?!b)" gives back an "a" for the lookahead to pass: made possessive it would find nothing
    assert not possessive_repeats(parse(r"a+(?!b)"), 0)
    assert re.fullmatch(r"a+(?!b)", "aab") is None and re.match(r"a+(?!b)", "aab").group() == "a"
