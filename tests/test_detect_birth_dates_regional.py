"""Birth dates with a month named in a regional or minority language of Sweden and Europe (Northern Sami, Yiddish,
Greenlandic, West Frisian, Basque, Occitan, Sardinian, Friulian, Romansh, Esperanto, Latin) and the linking words
those languages write between the day and the month ("7 da schaner", "3 di avrîl dal 1985", "4 d'octòbre"), in a
sentence after a birth word and in a birth column's cell. Other dates and words that are no month stay. Fictional
people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_birth_values import birth_cell_span
from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, date", [
    ("Sökanden är född 7 da schaner 1979 i Cuira.", "7 da schaner 1979"),  # Romansh, "da" before the month
    ("Han är född 3 di avrîl dal 1985 i Udine.", "3 di avrîl dal 1985"),  # Friulian, "di" and "dal"
    ("Hon är född 22. skábmamánnu 1961 i Kautokeino.", "22. skábmamánnu 1961"),  # Northern Sami
    ("Barnet är fött 5 novimber 1990 enligt det frisiska intyget.", "5 novimber 1990"),  # West Frisian
    ("Han är född 4 d'octòbre de 1982 i Tolosa.", "4 d'octòbre de 1982"),  # Occitan, "de" elided
    ("Hon föddes 11 freàrgiu 1977 i Nùoro.", "11 freàrgiu 1977"),  # Sardinian
    ("Han är född 19 Novembris 1948 enligt dopbeviset.", "19 Novembris 1948"),  # Latin genitive
    ("Hon är född 3 פעברואר 1950 i Vilnius.", "3 פעברואר 1950"),  # Yiddish in Hebrew letters
    ("Hon är född 12 septembari 1988 i Nuuk.", "12 septembari 1988"),  # Greenlandic
    ("Hon är född 14 urria 1975 i Bilbo.", "14 urria 1975"),  # Basque
    ("Han är född 2-a de aŭgusto 1969.", "2-a de aŭgusto 1969"),  # Esperanto, the day's ordinal "-a"
])
def test_a_birth_date_in_a_regional_language_after_a_birth_word_is_found(text, date):
    assert found(text) == [date]


def test_another_events_date_stays():
    assert found("Mötet hölls 3 da favrer 2024 i Cuira.") == []  # no birth word: a meeting's date


def test_a_name_after_da_is_no_month():
    assert all("Costa" not in date for date in found("Hon är född 12 da Costa 1984."))


@pytest.mark.parametrize("value", [
    "7 da schaner 1979", "3 di avrîl dal 1985", "22. skábmamánnu 1961", "5 novimber 1990", "11 freàrgiu 1977",
    "19 Novembris 1948", "3 פעברואר 1950", "4 d'octòbre de 1982",
    "1979ko urtarrilaren 7a",  # Basque: the year with "-ko", the month's genitive, the day with its article
    "1991-eko urriaren 3an",
])
def test_a_birth_column_takes_the_date_whole(value):
    assert value_fits(BIRTH, value, "Född")
    assert birth_cell_span(value, "Född") == (0, len(value))


def test_a_basque_shape_needs_a_month():
    assert not value_fits(BIRTH, "1979ko kalea 7a", "Född")
