"""A page that holds none of the words every match of a rule's pattern holds is passed over, with the same findings."""

from __future__ import annotations

import re

import pytest

from redact.detect import patterns
from redact.detect.first_chars import parse
from redact.detect.patterns import Rule, SwedishPatternRecognizer, _PageNeedles, pattern_recognizers
from redact.detect.required_words import required_words


def _words(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], str] | None:
    return required_words(parse(pattern, flags), flags)


def test_the_words_read_from_the_pattern() -> None:
    # a party's letters in brackets after any word: the brackets and letters are what a page must hold
    words, odd = _words(r"(?<![\w-])(?P<name>[^\W\d_]+)[ \t]*\((?:S|M|KD|MP)\)")
    assert set(words) == {"(s)", "(m)", "(kd)", "(mp)"}
    assert "\u0130" in odd  # "İ" lowercases to two characters
    # the rarer word in the middle, whatever its case; an optional part both with it and without it
    words, odd = _words(r"\w+[ \t]+(?i:yrkande(?:t)?|motion)[ \t]+\d+")
    assert set(words) == {"yrkande", "yrkandet", "motion"}
    assert "\u017f" not in odd and "\u0131" in odd  # "ı" is an "i" to re under IGNORECASE
    # a class of a letter's two cases is that letter; a lookaround takes no characters, the run goes on across it
    assert set(_words(r"[Nn](?<=\w)r\.?[ ]\d")[0]) == {"nr. ", "nr "}
    assert set(_words(r"(?:ab|cd)(?:ef|gh)")[0]) == {"abef", "abgh", "cdef", "cdgh"}


@pytest.mark.parametrize("pattern", [
    r"\w+[ \t]+\d+",  # no literal at all
    r"(?:abc|\d+)x",  # an alternative without one
    r"(?:abc)?\w+",  # only an optional part
    r"a[ \t]\d",  # too short: a letter and a space
    r"(?i:σοφία)",  # a sigma's lowercase depends on its neighbours
])
def test_no_words_where_a_match_need_hold_none(pattern: str) -> None:
    assert _words(pattern) is None


TEXTS = [
    "",
    "Anna Berg (S) yrkade bifall till motionen. Olle Ek (kd) reserverade sig.",
    "YRKANDE 4 och Motion 12; yrkandet 5 bifölls.",
    "Fakturan ſkickades, kaſſa 12 och KASSA 13; İnkasso 4, ınkasso 5.",
    "Nr. 4411 och nr 5512, NR 6613 samt N\u0130R 7.",
    "Kundnummer: 4411-22, KUNDNUMMER 55, kundnr 66 (MP)",
]

PATTERNS = [
    (r"(?<![\w-])(?P<name>[^\W\d_]+)[ \t]*\((?:S|M|KD|MP)\)", 0),
    (r"(?<![\w-])(?P<name>[^\W\d_]+)[ \t]*\((?:S|M|KD|MP)\)", re.IGNORECASE),
    (r"\w+[ \t]+(?i:yrkande(?:t)?|motion)[ \t]+\d+", 0),
    (r"(?i)(?:kassa|inkasso)[ \t]+\d+", 0),
    (r"(?i)\bnr\.?[ ]\d+", 0),
    (r"(?i:kund)(?:nummer|nr)[ :]*\d+", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_page_said_to_lack_the_words_holds_no_match(pattern: str, flags: int) -> None:
    """Where re finds a match, the page holds one of the words or a character that makes them unsure ("ſ" in
    "kaſſa", which re reads as "kassa" and str.lower leaves as it is)."""
    words, odd = _words(pattern, flags)
    regex = re.compile(pattern, flags)
    for text in TEXTS:
        lacks = _PageNeedles(text).lacks(words, odd, frozenset((w[0], w[1], w[2]) for w in words))
        if regex.search(text):
            assert not lacks, text


def test_every_rules_pattern_found_on_a_page_holding_its_words() -> None:
    """Each shipped rule whose pattern (or gate) has words matches nothing on a page said to lack them."""
    pages = TEXTS + [
        "Ärendet gäller Lina Holm, född 1988-04-12, boende på Björkvägen 7, 123 45 Ekby. Tel 070-123 45 67.",
        "Sökande: Per Lind (M), personnummer 19880412-1234, e-post per.lind@example.se, kontonr 1234-12 345 67.",
        "Rue de la Paix 12, 75002 Paris; Calle Mayor 3, 28013 Madrid; Khiaban-e Sarv, Pelak 9, Teheran.",
    ]
    checked = 0
    for recognizer in pattern_recognizers():
        if not isinstance(recognizer, SwedishPatternRecognizer):
            continue
        for rule in recognizer.RULES:
            for regex in (rule.regex, rule.gate):
                words = patterns._required(regex) if isinstance(regex, re.Pattern) else None
                if words is None:
                    continue
                firsts = frozenset((w[0], w[1], w[2]) for w in words[0])
                for text in pages:
                    if _PageNeedles(text).lacks(*words, firsts):
                        checked += 1
                        assert regex.search(text) is None, (recognizer.name, rule.name, text)
    assert checked > 100


class _Party(SwedishPatternRecognizer):
    ENTITY = "PERSON"
    NAME = "party_test"
    RULES = (Rule("member_before_party", patterns.compile_rule(
        r"(?<![\w-])(?P<name>[^\W\d_]+)[ \t]*\((?:S|M|KD|MP)\)"), score=0.8, group="name"),)


def test_the_pattern_is_not_searched_on_a_page_without_its_words(monkeypatch) -> None:
    recognizer = _Party()
    searched: list[str] = []
    scan = patterns._scan

    def counting(regex):  # noqa: ANN001, ANN202
        fast = scan(regex)
        if regex is _Party.RULES[0].regex:
            searched.append("searched")
        return fast

    monkeypatch.setattr(patterns, "_scan", counting)
    assert recognizer.analyze("Mötet leddes av ordföranden. Protokollet justerades.", None) == []
    assert searched == []
    found = recognizer.analyze("Anna Berg (S) yrkade bifall.", None)
    assert [(r.start, r.end) for r in found] == [(5, 9)]  # "Berg"
    assert searched == ["searched"]
