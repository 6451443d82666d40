"""Dates of birth after a person's own Catalan, Irish or Welsh "I was born", a Croatian date with a Roman month that
keeps its dot after the year, an Islamic-calendar date with its era's mark, and birth cells holding the Danish
short "d." or the Spanish "del" before the year. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_birth_values import birth_cell_span
from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Bon dia, vaig néixer el 4 d'abril de 1979 a Girona.", "4 d'abril de 1979"),
    ("Vaig néixer el 21 de setembre de 1988, i visc a Reus.", "21 de setembre de 1988"),
    ("Dia duit, rugadh mé ar an 9 Márta 1984 i dTrá Lí.", "9 Márta 1984"),
    ("Rugadh í ar an 17 Samhain 1991, deir a máthair.", "17 Samhain 1991"),
    # "ar", "on", without the article, as a letter may write it
    ("Rugadh é ar 6 Meitheamh 1977 i gCorcaigh.", "6 Meitheamh 1977"),
])
def test_a_date_after_a_persons_own_birth_words_in_catalan_and_irish(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Vaig arribar el 4 d'abril de 1979 a Girona.",
    "Bhog mé ar an 9 Márta 1984 go Trá Lí.",
    "Bhog sé ar 6 Meitheamh 1977 go Corcaigh.",
])
def test_the_same_dates_without_a_birth_word_stay_readable(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # (the date's own dot after the year where the sentence goes on)
    ("Tomislav är född 9. XI. 1975. och har kroatiskt pass.", "9. XI. 1975."),
    ("Rođena 21. IV. 1983., u Splitu.", "21. IV. 1983."),
    # (a full stop at the sentence's end is no part of it)
    ("Tomislav är född 9. XI. 1975.", "9. XI. 1975"),
])
def test_a_roman_month_date_keeps_its_dot_after_the_year_where_the_sentence_goes_on(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, expected", [
    ("Jag är född 3 Ramadan 1402 AH, enligt mitt pass.", "3 Ramadan 1402 AH"),
    ("Han är född 12 Rajab 1405 A.H. i Jeddah.", "12 Rajab 1405 A.H."),
])
def test_an_islamic_calendar_date_keeps_its_eras_mark(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("value, masked", [
    ("d. 9. juni 1981", "d. 9. juni 1981"),  # the Danish short "d." written as part of the date
    ("den 9 juni 1981", "9 juni 1981"),  # the word "den" stays readable
    ("d. 9 juni 1981", "9 juni 1981"),  # and the Swedish "d." before a day without its dot
    ("9 de julio del 1979", "9 de julio del 1979"),  # the Spanish "del" before the year
])
def test_a_birth_cell_with_the_short_d_or_the_spanish_del(value, masked):
    assert value_fits(BIRTH, value, "Född")
    a, b = birth_cell_span(value, "Född")
    assert value[a:b] == masked
