"""A rule's pattern is parsed once at start-up for both its first characters and its opening words."""

from __future__ import annotations

import re

import pytest

from redact.detect import first_chars, opening_words, patterns
from redact.detect.first_chars import parsed_pattern, scanning
from redact.detect.opening_words import opening_words as words_of

_PATTERNS = [
    (r"(?<![\w-])(?i:bor|bodde|bosatt|skriven)[ \t]+(?:på|i)[ \t]+\w+", 0),
    (r"(?i:ärendenummer|målnummer|diarienummer)[ \t:]*\d+", 0),
    (r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+vägen[ \t]+\d+", 0),
    (r"(?:kund|avtal)nr[ \t]*\d{4,}", re.IGNORECASE),
]

_TEXT = ("Hon bodde på Lärkvägen 12 och är skriven i Vallby. Ärendenummer 40211, KUNDNR 558812, "
         "bor i Tallbo, målnummer: 7731, Avtalnr 90210 och BOSATT PÅ Ekeby.")


def _code(monkeypatch: pytest.MonkeyPatch, build) -> list | None:  # noqa: ANN001
    """The code ``build()`` last hands re's compiler (None when it compiles nothing): reading a repeat's class for
    possessiveness may compile small helper patterns first, the scanning program comes last."""
    seen: list = []
    real = first_chars._sre.compile
    monkeypatch.setattr(first_chars._sre, "compile", lambda *a: seen.append(list(a[2])) or real(*a))
    build()
    monkeypatch.setattr(first_chars._sre, "compile", real)
    return seen[-1] if seen else None


@pytest.mark.parametrize("pattern, flags", _PATTERNS)
def test_one_parse_gives_the_same_words_and_code(monkeypatch: pytest.MonkeyPatch, pattern: str, flags: int) -> None:
    regex = re.compile(pattern, flags)
    alone_words = words_of(regex)
    alone = _code(monkeypatch, lambda: scanning(regex))
    parsed = parsed_pattern(regex)
    shared_words = words_of(regex, parsed)
    shared = _code(monkeypatch, lambda: scanning(regex, parsed))
    assert shared_words == alone_words
    assert shared == alone
    fast = scanning(regex, parsed_pattern(regex))
    assert [m.span() for m in fast.finditer(_TEXT)] == [m.span() for m in regex.finditer(_TEXT)]


def test_a_rule_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = first_chars._parser.parse

    def counting(source, flags=0):  # noqa: ANN001, ANN202
        calls.append(source)
        return real(source, flags)

    # both modules read re's parser through the same module object
    assert opening_words._parser is first_chars._parser
    regex = re.compile(r"(?<![\w-])(?i:hyrde|hyr|arrenderar)[ \t]+(?:av|hos)[ \t]+\w+")
    monkeypatch.setattr(first_chars._parser, "parse", counting)
    fast = patterns._scan(regex)
    assert calls.count(regex.pattern) == 1
    assert [m.span() for m in fast.finditer(_TEXT + " Hon hyr av Ekberg.")] == \
        [m.span() for m in regex.finditer(_TEXT + " Hon hyr av Ekberg.")]
