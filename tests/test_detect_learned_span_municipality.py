"""A place the learned tagger reads as an address just before a municipality's or county's word ("i Björkdungen,
Ekby kommun" in a heading) names a place, no home; a home with its number before it still is one. Fictional
places; the tagger's spans as the rules judge them."""

from __future__ import annotations

from redact.detect.learned_spans import plausible


def _span(text: str, span: str) -> tuple[int, int]:
    a = text.index(span)
    return a, a + len(span)


def test_a_place_before_a_municipality_is_no_home():
    text = "Plantering av ekar i Björkdungen, Ekby kommun, hösten 2026"
    assert not plausible(text, *_span(text, "Björkdungen, Ekby"), "ADDRESS")


def test_a_home_with_its_number_before_a_municipality_is_a_home():
    text = "Hon bor på Lindvägen 4, Norrby, Ekby kommun sedan i fjol."
    assert plausible(text, *_span(text, "Lindvägen 4, Norrby, Ekby"), "ADDRESS")
    text = "Sökande bor i Björkdungen, Ekby och vill ha svar."
    assert plausible(text, *_span(text, "Björkdungen, Ekby"), "ADDRESS")


def test_a_case_number_after_the_word_for_a_case_is_no_ones_code():
    # the board's case by its series' letters, its year and its serial (a client's hyphenated code after the same
    # word is still one)
    text = "Ämne: Karins ansökan, ärende NFoR 2026/1187"
    assert not plausible(text, *_span(text, "NFoR 2026/1187"), "OTHER_ID")
    text = "Ditt ärende: ÖKN 2026:45"
    assert not plausible(text, *_span(text, "ÖKN 2026:45"), "OTHER_ID")
    text = "Han skadades och har ärende SKA-2026-0419 hos bolaget."
    assert plausible(text, *_span(text, "SKA-2026-0419"), "OTHER_ID")
