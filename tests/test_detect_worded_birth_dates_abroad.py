"""Spanish and Portuguese dates of birth with the day in words ("tres de enero de 2002"), after a birth word or in
a birth column; a day that does not exist, a date to come or no birth word is no birth. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits
from redact.detect.worded_birth_dates_abroad import worded_birth_value

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Hon är född den veintiséis de julio de 1993 i Sevilla.", "veintiséis de julio de 1993"),
    ("Certidão: nascida em dois de maio de 1979, Braga.", "dois de maio de 1979"),
    ("El solicitante, nacido el primero de octubre de 1968, reside en Lund.", "primero de octubre de 1968"),
    # the form's words for the date of birth in a letter
    ("Mi fecha de nacimiento es el once de marzo de 1991.", "once de marzo de 1991"),
    ("A minha data de nascimento é sete de junho de 1984.", "sete de junho de 1984"),
])
def test_a_worded_day_date_after_a_birth_word_is_a_birth_date(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Avtalet gäller från tres de enero de 2002.",  # no birth word
    "La fecha de la reunión es el once de marzo de 2024.",  # a meeting's date, no birth
    "Hon är född den treinta de febrero de 1990.",  # no thirtieth of February
    "Han är född den tres de enero de 2090.",  # a date to come
])
def test_no_birth_word_or_no_real_past_day_is_no_worded_birth_date(text):
    assert not found(text)


def test_a_birth_column_takes_a_worded_day_date():
    assert worded_birth_value("once de noviembre de 1988")
    assert value_fits(BIRTH, "once de noviembre de 1988", "Född")
    assert not worded_birth_value("once de noviembre")
