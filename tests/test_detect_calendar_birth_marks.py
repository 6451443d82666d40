"""Dates of birth of other calendars in more shapes: the Ethiopian year with "A.M." (Amete Mihret), a Buddhist-era
year alone with its mark in a birth column, the romanised Japanese day's "-ka", an era date after the English
"born". Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.calendar_birth_dates import calendar_birth_value
from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("value", ["7 Tahsas 1975 A.M.", "2519 B.E.", "2530 (B.E.)"])
def test_a_birth_column_takes_an_ethiopian_date_with_am_or_a_buddhist_year_alone(value):
    assert calendar_birth_value(value)
    assert value_fits(BIRTH, value, "Födelsedatum")


@pytest.mark.parametrize("value", ["2519", "2700 B.E.", "7 Tahsas 1975 P.M."])
def test_no_era_mark_or_a_year_to_come_is_no_calendar_birth_value(value):
    assert not calendar_birth_value(value)


@pytest.mark.parametrize("text, expected", [
    ("Modern är född Shōwa 52-nen 6-gatsu 20-ka enligt koseki.", "Shōwa 52-nen 6-gatsu 20-ka"),
    ("Our daughter was born H8.3.14 in Kobe.", "H8.3.14"),
    ("He was born 12 Ginbot 1976 A.M. in Gondar.", "12 Ginbot 1976 A.M."),
])
def test_an_era_or_calendar_date_with_its_words_or_after_born_is_a_birth_date(text, expected):
    assert expected in found(text)


def test_an_era_date_without_a_birth_word_is_no_birth():
    assert not found("The card was issued H8.3.14 in Kobe.")


@pytest.mark.parametrize("value", ["9 Thul-Hijja 1402", "21 Thul Hijjah 1398", "4 Thul-Qi'dah 1410"])
def test_a_hijri_month_with_its_dh_written_th_is_a_birth_columns_value(value):
    assert calendar_birth_value(value)
    assert value_fits(BIRTH, value, "Född")


def test_a_hijri_month_written_with_th_after_a_birth_word():
    assert "9 Thul-Hijja 1402" in found("Sonen är född 9 Thul-Hijja 1402 i Mosul.")
