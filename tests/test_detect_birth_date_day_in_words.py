"""A birth date whose day is written in words after another language's birth word ("nací el cuatro de mayo de 1966",
"nasci em vinte e um de março de 1980", "born on the fourth of May 1966"); an impossible day stays no date.
Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Inés Robles: nací el diecisiete de junio de 1972 en Cádiz.", "diecisiete de junio de 1972"),
    ("Declaro que nasci em vinte e um de março de 1980, em Braga.", "vinte e um de março de 1980"),
    ("Je suis né le vingt et un mai 1975 à Lyon.", "vingt et un mai 1975"),
    ("Nato il ventitré aprile 1970 a Bari, vive a Malmö.", "ventitré aprile 1970"),
    ("She was born on the fourth of May 1966 in Leeds.", "the fourth of May 1966"),
])
def test_a_birth_date_with_its_day_in_words(text, expected):
    assert expected in found(text)


def test_an_impossible_day_in_words_is_no_date():
    assert found("Nací el treinta y uno de febrero de 1966 según él.") == []
