"""Dates of birth in more languages' shapes: a form's birth label in Turkish, Russian, Georgian, Armenian and
Vietnamese before a birth column's date or year, a month and a year alone in Finnish or Greek, the Somali day's
article ("-ka", "-da"), the Hungarian day's case ending, Georgian and Armenian months, the Georgian year's "წ.".
Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_birth_values import birth_article
from redact.detect.table_values import value_fits
from redact.detect.table_header_words import BIRTH

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("value, label", [
    ("doğum 1977", "doğum "), ("doğ. 03.09.1983", "doğ. "), ("ур. 1969", "ур. "), ("დაბ. 21.07.1990", "დაბ. "),
    ("ծնվ. 1958", "ծնվ. "), ("Năm sinh 1971", "Năm sinh "),
])
def test_a_foreign_form_label_before_a_birth_cells_date_stays_outside_it(value, label):
    assert value_fits(BIRTH, value, "Född")
    assert value[:birth_article(value)] == label


@pytest.mark.parametrize("value", ["helmikuu 1961", "Σεπτ. 1948", "4-ka Oktoobar 1979", "1983 წ. 9 მარტი",
                                   # the Somali day's article after other figures
                                   "1-da Juunyo 1986", "3-da Abriil 1979"])
def test_a_birth_column_takes_a_month_and_year_or_a_day_in_more_languages(value):
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("value", ["helmikuu", "Σεπτ. 2090", "1983 წ."])
def test_no_year_or_a_year_to_come_is_no_birth_value(value):
    assert not value_fits(BIRTH, value, "Ålder")


@pytest.mark.parametrize("text, expected", [
    ("Sökanden är född 1971. március 14-én enligt passet.", "1971. március 14-én"),
    ("Hennes bror är född 6 նոյեմբերի 1966, bor i Jerevan.", "6 նոյեմբերի 1966"),
    ("Fadern, född 1958 წ., bor kvar i Kutaisi.", "1958 წ."),
    ("Enligt kortet: dhalashada 12-ka Maarso 1984, Hargeysa.", "12-ka Maarso 1984"),
    ("Hennes syster är född 1-da Agoosto 1990 i Garowe.", "1-da Agoosto 1990"),
])
def test_a_birth_date_keeps_its_language_endings_and_marks(text, expected):
    assert expected in found(text)


def test_a_hungarian_date_in_an_issue_or_a_georgian_year_without_a_birth_word_is_no_birth():
    assert not found("Beslutet fattades 2019. május 3-án i Budapest.")
    assert not found("Huset byggdes 1958 წ. enligt registret.")


@pytest.mark.parametrize("text, expected", [
    # the Hungarian day's ordinal dot when the sentence goes on after the date
    ("Modern är född 1958. február 11. i Szeged och bor nu i Lund.", "1958. február 11."),
    # a capital after it: the dot ends the sentence, no part of the date
    ("Modern är född 1958. február 11. Hon bor nu i Lund.", "1958. február 11"),
])
def test_a_year_first_date_keeps_its_days_dot_when_the_sentence_goes_on(text, expected):
    assert expected in found(text) and expected + "." not in found(text)
