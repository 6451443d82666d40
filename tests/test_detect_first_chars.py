"""Patterns searched by their first characters find what the patterns as written find."""

from __future__ import annotations

import random
import re

import pytest

from redact.detect import patterns
from redact.detect.first_chars import scanning

_TEXT = (
    "Adress: Skolgatan 17, 785 10 Norrvik\nbor på Storgatan 3 B\nİSTANBUL Kıbrıs ſtraße Åsa ÅSA Ångström "
    "\u212bke \u212aarl KARL karl ǅemal \u01c4 \u01c6 ab-cd x@y.se 19480402-9843 Ärende 2025/0006\n"
    "  e-post: edin.ahmadi@exempelpost.se, tel 070-174 06 67; Box 12, SE-111 22\u00a0Stockholm"
)


def _matches(regex: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in regex.finditer(text)]


def _texts() -> list[str]:
    rng = random.Random(7)
    words = _TEXT.replace("\n", " \n ").split(" ")
    out = [_TEXT, _TEXT.lower(), _TEXT.upper(), ""]
    for _ in range(30):
        out.append(" ".join(rng.choice(words) for _ in range(40)))
    return out


@pytest.mark.parametrize("pattern, flags", [
    (r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+gatan", 0),
    (r"(?<![\w-])(?i:bor|bodde|karl|åsa|ste?)\b", 0),
    (r"(?<!\w)(?:Box|box)[ \t]+\d+", 0),
    (r"(?<![\w.-])[^\W\d_a-zß-ÿ][^\W\d_]+", 0),
    (r"(?<![\w])(?:[^\W\d_a-zß-ÿ]|[A-Z])\w*", 0),
    (r"(?<!\w)(?:k|s|i)\w+", re.IGNORECASE),
    (r"(?<!\w)[a-zå]{2,}", re.IGNORECASE),
    (r"(?<![\w-])(?:(?:Dr|Fru)\.?[ ]){0,2}(?P<name>[A-ZÅÄÖ]\w+)", 0),
    (r"(?<![\d])\d{6}(?:\d\d)?[-+]\d{4}(?!\d)", 0),
    # words under IGNORECASE: each alternative opens with a class of its letter's case forms
    (r"(?:ärende|mål|karl|skada|istanbul|åsa)\w*", re.IGNORECASE),
    (r"\d+[ ](?i:kr|sek|ångström|stra(?:ss|ß)e)", 0),
])
def test_same_matches(pattern: str, flags: int) -> None:
    regex = re.compile(pattern, flags)
    fast = scanning(regex)
    assert fast is not regex  # these begin with a bounded set
    assert fast.pattern == regex.pattern and fast.flags == regex.flags and fast.groupindex == regex.groupindex
    for text in _texts():
        assert _matches(fast, text) == _matches(regex, text)
        for pos in (0, 1, 5, 40):
            a, b = regex.search(text, pos), fast.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("pattern", [
    r"(?<!\w)x?",          # may match nothing
    r"(?<!\w).x",          # any character first
    r"(?<!\w)(['\"]?)\1x",  # a backreference may come first
    r"(?<!\w)[^a-z]x",     # a negated class under IGNORECASE below
    r"Box \d+",            # a literal first: re scans by it already
])
def test_left_as_written(pattern: str) -> None:
    flags = re.IGNORECASE if "[^" in pattern else 0
    regex = re.compile(pattern, flags)
    assert scanning(regex) is regex


def test_every_rule_same_matches() -> None:
    """Every pattern rule of the recognizers: the same matches on varied text."""
    from redact.detect.engine import default_recognizers

    texts = _texts()
    seen = 0
    for recognizer in default_recognizers():
        for rule in getattr(recognizer, "RULES", ()):
            if not isinstance(rule.regex, re.Pattern):
                continue
            fast = patterns._scan(rule.regex)
            plain = re.compile(rule.regex.pattern, rule.regex.flags)  # a rule's regex may be compiled as searched
            if fast == plain:
                continue
            seen += 1
            for text in texts[:8]:
                assert _matches(fast, text) == _matches(plain, text), rule.name
    assert seen > 100
