"""The learned span tagger's spans that are dates: no home ends in a date, no code is a date's year."""

from __future__ import annotations

from redact.detect.learned_spans import with_learned_spans
from redact.detect.tagged_dates import before_date_end, year_of_a_date
from redact.types import Page


def _page(text: str) -> Page:
    return Page(number=1, text=text, words=(), width=595.0, height=842.0, source="plain")


def _span(text: str, part: str, label: str) -> tuple[int, int, str]:
    a = text.index(part)
    return (a, a + len(part), label)


def test_a_place_and_the_date_someone_came_there_is_no_home():
    text = "Enligt det finska intyget saapui hän Kemijärvelle 12.9.2024 ja asuu nyt Ekbyvägen 7."
    spans = [_span(text, "Kemijärvelle 12.9.2024", "ADDRESS"), _span(text, "Ekbyvägen 7", "ADDRESS")]
    # the place left alone is one word without a number; a street and its number stay a home
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["Ekbyvägen 7"]


def test_a_homes_number_is_no_date_to_cut():
    text = "Ylva Brandt bor på Lövstigen 14 i Norrby sedan 2019."
    assert before_date_end(text, text.index("Lövstigen"), text.index(" i Norrby")) == text.index(" i Norrby")
    # a date written out after a street is cut whole, with the comma before it
    text = "Granvägen 3, 4 maj 2022"
    assert before_date_end(text, 0, len(text)) == len("Granvägen 3")


def test_the_year_of_a_date_written_out_is_no_identifier():
    text = "Föreningen bildades 4 oktober 1951 i Ekby. Tove Lindhs kortnummer 4471 9920 spärrades 1999."
    spans = [_span(text, "1951", "OTHER_ID"), _span(text, "4471 9920", "OTHER_ID")]
    # the year of the founding date is dropped; a card's number stays
    assert [f.text for f in with_learned_spans(_page(text), [], spans)] == ["4471 9920"]
    last = text.index("1999")
    assert not year_of_a_date(text, last, last + 4)  # a year alone after a verb is no date's


def test_a_year_alone_without_a_day_and_month_is_left_to_the_other_checks():
    text = "Kundnummer\n2031\n"
    a = text.index("2031")
    assert not year_of_a_date(text, a, a + 4)


def test_a_birth_written_once_more_is_not_cut_from_a_tagged_span():
    text = "Mika Ono är född Heisei 5-nen 6-gatsu 7-nichi, den 7 juni 1993; hon bor i Ekby."
    a, b = text.index("7-nichi"), text.index(";")
    # "den" after a birth in the sentence: the span may be all that masks the date, so it stays whole
    assert before_date_end(text, a, b) == b
    text = "Han föddes i Kemi. Hänet nähtiin Rovaniemellä 3.4.2021 kaupassa."
    a, b = text.index("Rovaniemellä"), text.index(" kaupassa")
    assert before_date_end(text, a, b) == text.index(" 3.4.2021")  # a birth in the sentence before is not this one's
