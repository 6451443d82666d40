"""A pattern searched only where its opening words stand gives the same matches as the pattern."""

from __future__ import annotations

import re

import pytest

from redact.detect.opening_words import AtOpeningWords, opening_words
from redact.detect.patterns import _scan
from redact.detect.person_matters import MATTER

TEXTS = [
    "",
    "Hon har ärende SOC-2026-8812 hos familjerätten. Vårt ärendenummer 2026-118.",
    "ÄRENDENUMMER 441-2026-77 och Ärende 55102; målnummer T 1187-26, fakturanr FA88120.",
    "Han bor på Storgatan 4. Bodde tidigare i Uppsala; BOSATT i Lund. bor\nPå Ängsvägen 2",
    "Skadeanmälan 8812-55 gjordes, ſkadeanmälan 8812-56 också",  # a long s: re reads it as "s"
    "Fakturan för İnkasso 55012 och ınkasso 55013",  # dotted capital I and dotless i
    "referens: AB-88120 ref. 99120 Ref.99121 xref. 1",
    "tillståndnr 88120–44 under beslut 2026-05-01 krav 12",
]

PATTERNS = [
    MATTER,
    re.compile(r"(?<![\w-])(?=(?i:[bf]))(?i:bor|bodde|bosatt|flyttade)[ \t]+(?i:på|i)[ \t]+\w+"),
    re.compile(r"(?<![\w-])(?i:(?:post|hem)?adress(?:en)?)[ \t]*:?[ \t]*\w+"),
    re.compile(r"(?i)(?:skade|skada)(?:anmälan|nummer)?[ \t]+\d[\d-]*"),
    re.compile(r"(?i:inkasso|ref\.)[ \t]*\d+"),
    re.compile(r"(?<!\w)[Hh](?i:an|on)\b"),
]


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_the_pattern(pattern: re.Pattern[str]) -> None:
    words = opening_words(pattern)
    assert words is not None
    fast = AtOpeningWords(pattern, *words)
    for text in TEXTS:
        assert _spans(fast.finditer(text)) == _spans(pattern.finditer(text))
        for pos in range(0, len(text) + 1, 3):
            a, b = fast.search(text, pos), pattern.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_the_words_read_from_the_pattern() -> None:
    words, odd = opening_words(PATTERNS[2])
    assert set(words) == {"adress", "adressen", "postadress", "postadressen", "hemadress", "hemadressen"}
    assert "\u0130" in odd
    assert set(opening_words(PATTERNS[1])[0]) == {"bor", "bodde", "bosatt", "flyttade"}
    assert "\u017f" in opening_words(PATTERNS[1])[1]  # "ſ" is an "s" to re, not to str.lower
    assert opening_words(re.compile(r"(?i:x)?abc"))[0] == ("abc", "xabc")  # with the optional part and without


@pytest.mark.parametrize("pattern", [
    re.compile(r"(?<![\w-])(?i:på|i)[ \t]+\w+"),  # words too short to be rare
    re.compile(r"(?<![\w-])\w+(?i:gatan)"),  # anything may open a match
    re.compile(r"(?<![\w-])(?:Storgatan|Lillgatan)[ \t]+\d+"),  # words with their case: re scans as fast
    re.compile(r"\w?(?i:abc)"),  # an optional part that may open with anything
])
def test_no_words_where_none_open_every_match(pattern: re.Pattern[str]) -> None:
    assert opening_words(pattern) is None


def test_the_rules_search_through_it() -> None:
    fast = _scan(MATTER)
    assert isinstance(fast, AtOpeningWords)
    for text in TEXTS:
        assert _spans(fast.finditer(text)) == _spans(MATTER.finditer(text))
