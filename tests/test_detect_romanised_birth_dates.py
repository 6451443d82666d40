"""Dates of birth spelled in Latin letters in other calendars' and languages' words: the Thai solar months with the
Buddhist era's year ("9 Singhakhom 2527"), the Bengali months with the Bangla year ("12 Falgun 1390"), Korean's
romanised year, month and day words ("1992nyeon 6wol 3il"), Basque's suffixed forms ("1979ko urriaren 3an"); after a
birth word or alone in a birth column. No real day, a year to come or no birth word is no birth date."""

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.romanised_birth_dates import romanised_birth_value
from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("value", ["9 Singhakhom 2527", "30 Tulakhom 2519", "12 Falgun 1390", "3 Choitro 1402",
                                   "8 Shravana 1910", "30 Phalguna 1899 Saka",
                                   "1992nyeon 6wol 3il", "1990-nyŏn 11-wŏl 3-il", "1979ko urriaren 3an",
                                   "2001eko abenduaren 24a"])
def test_a_birth_column_takes_a_romanised_date(value):
    assert romanised_birth_value(value)
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("value", [
    "31 Kumphaphan 2530",  # no 31st of February
    "4 Thanwakhom 2620",  # a year to come
    "14 Boishakh 1460",  # a Bangla year to come
    "1988nyeon 13wol 2il",  # no thirteenth month
    "2031ko martxoaren 2a",  # a year to come
    "9 Singhakhom",  # no year
    "31 Kartika 1905",  # the Saka calendar's Kartika has thirty days
    "4 Magha 1960",  # a Saka year to come
])
def test_no_real_day_of_a_living_persons_year_is_no_romanised_value(value):
    assert not romanised_birth_value(value)


@pytest.mark.parametrize("text, expected", [
    ("Sökanden Anong Srisuk är född 9 Singhakhom 2527 i Chiang Mai.", "9 Singhakhom 2527"),
    ("Rafiqul Islam uppger att han är född 12 Falgun 1390.", "12 Falgun 1390"),
    ("Modern Min-seo Han, född 1961nyeon 4wol 30il, bor i Busan.", "1961nyeon 4wol 30il"),
    ("Ane Goikoetxea är född 1979ko urriaren 3an i Donostia.", "1979ko urriaren 3an"),
    # the Indian national (Saka) calendar: the year says it is no Bengali one though the month's name is shared
    ("Vikram har indiskt pass och är född 14 Kartika 1902.", "14 Kartika 1902"),
    ("Modern Sunita föddes 2 Vaishakha 1889 Saka i Nagpur.", "2 Vaishakha 1889 Saka"),
])
def test_a_romanised_date_after_a_birth_word_is_a_birth_date(text, expected):
    assert expected in found(text)


def test_a_romanised_date_without_a_birth_word_is_no_birth_date():
    assert not found("Kontraktet skrevs 9 Singhakhom 2567 i Bangkok och 12 Falgun 1430 i Dhaka.")


@pytest.mark.parametrize("saka, ours", [
    ("13 Jyaishtha 1907", (1985, 6, 3)),  # 1 Chaitra on 22 March, thirty and thirty-one days after it
    ("1 Chaitra 1922", (2000, 3, 21)),  # a leap year's Chaitra begins a day earlier
    ("12 Pausha 1905", (1984, 1, 2)),  # Pausha runs over our new year
])
def test_a_saka_date_is_read_as_our_day(saka, ours):
    from redact.detect.romanised_birth_dates import _VALUE, _gregorian

    assert _gregorian(_VALUE.fullmatch(saka)) == ours
