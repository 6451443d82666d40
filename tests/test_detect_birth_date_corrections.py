"""A second person's birth date after a person's noun in the definite form ("kvinnan är född …, mannen …"), dates
with dots or another language's month in such a list, and a birth date correcting the one before it ("inte född
… utan …"). Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Makan är född 4 Mart 1979, maken 21.11.1977.", "21.11.1977"),
    ("Pojken är född 2.2.2010, flickan 14.6.2012.", "14.6.2012"),
    ("Han är inte född 1.1.1985 utan 9 Ekim 1984 enligt egen uppgift.", "9 Ekim 1984"),
])
def test_a_second_or_a_corrected_birth_date_is_a_birth_date(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, date", [
    ("Han är född 3 maj 1980 men flyttade hit 2019-04-02.", "2019-04-02"),
    ("Hon föddes 2 maj 1950, mannen kom 1990-01-01.", "1990-01-01"),
    ("Beslutet fattades inte 1.1.2020 utan 3.3.2020.", "3.3.2020"),
])
def test_a_later_event_or_a_date_without_a_birth_before_is_no_birth(text, date):
    assert date not in found(text)
