"""A rule's pattern is parsed and compiled once at start-up, to the program its rule searches."""

from __future__ import annotations

import re

import pytest

from redact.detect import first_chars, patterns
from redact.detect.first_chars import compile_scanning, scanning
from redact.detect.opening_words import AtOpeningWords
from redact.detect.opening_words import opening_words as words_of
from redact.detect.patterns import compile_rule, rule_regex

_PATTERNS = [
    (r"(?<![\w-])(?i:flyttade|flytt|inflyttad)[ \t]+till[ \t]+(?P<place>\w+)", 0),  # opening words
    (r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+stigen[ \t]+\d+", 0),  # first characters
    (r"(?:medlem|kort)snr[ \t]*(\d{3,})", re.IGNORECASE),  # cased branches
    (r"Fack \d+", 0),  # a literal first: left as re compiles it
    (r"(?<!\w).x", 0),  # any character first: left as re compiles it
]

_TEXT = ("Han flyttade till Ekby, bor på Tallstigen 4, medlemsnr 55102, KORTSNR 8812. "
         "Fack 31, Inflyttad till Brofors; ax bx.")


@pytest.mark.parametrize("pattern, flags", _PATTERNS)
def test_the_program_scan_made_of_re_compile(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    regex = rule_regex(pattern, flags)
    assert regex == scanning(plain)  # the same pattern, flags and code
    assert (regex.flags, regex.groups, regex.groupindex) == (plain.flags, plain.groups, plain.groupindex)
    searched = patterns._scan(regex)
    words = words_of(plain)
    if words is None:
        assert searched is regex
    else:
        assert isinstance(searched, AtOpeningWords) and searched.regex is regex
        assert (searched.words, searched.odd) == words
    assert [m.span() for m in searched.finditer(_TEXT)] == [m.span() for m in plain.finditer(_TEXT)]


def test_verbose_rule() -> None:
    pattern = r""" (?<![\w-]) (?i:avtal|kontrakt) nummer [ \t]* \d+ """
    assert compile_rule(pattern) == scanning(re.compile(pattern, re.VERBOSE))


def test_parsed_and_compiled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parses: list[str] = []
    compiles: list[str] = []
    real_parse, real_compile = first_chars._parser.parse, first_chars._sre.compile
    monkeypatch.setattr(first_chars._parser, "parse", lambda s, f=0: parses.append(s) or real_parse(s, f))
    monkeypatch.setattr(first_chars._sre, "compile", lambda *a: compiles.append(a[0]) or real_compile(*a))
    pattern = r"(?<![\w-])(?i:hyrde|hyr|arrenderar)[ \t]+(?:av|hos)[ \t]+(\w+)"
    regex = rule_regex(pattern)
    patterns._scan(regex)
    assert parses.count(pattern) == 1
    assert compiles.count(pattern) == 1


def test_a_bad_pattern_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        rule_regex(r"(?<![\w-])(oavslutad")


@pytest.mark.parametrize("pattern, flags", _PATTERNS)
def test_compile_scanning_is_scanning_of_re_compile(pattern: str, flags: int) -> None:
    assert compile_scanning(pattern, flags) == scanning(re.compile(pattern, flags))


def test_compile_scanning_parses_and_compiles_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parses: list[str] = []
    compiles: list[str] = []
    real_parse, real_compile = first_chars._parser.parse, first_chars._sre.compile
    monkeypatch.setattr(first_chars._parser, "parse", lambda s, f=0: parses.append(s) or real_parse(s, f))
    monkeypatch.setattr(first_chars._sre, "compile", lambda *a: compiles.append(a[0]) or real_compile(*a))
    pattern = r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+gränd[ \t]+\d+"
    compile_scanning(pattern)
    assert (parses.count(pattern), compiles.count(pattern)) == (1, 1)
