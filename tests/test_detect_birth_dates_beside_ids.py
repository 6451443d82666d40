"""A whole date opening a bracket before a personal identity number's label is the person's birth date ("Ni (3
March 1990, NRIC …)"); a recent date or a case number's label is no birth. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Ni (17 June 1984, SSN 512-44-1987, samordningsnummer saknas) beviljas lättnad.", "17 June 1984"),
    ("Sökanden (1979-08-30, passnummer AA 4418822) har kallats.", "1979-08-30"),
    ("Hon (4.11.1991, PESEL 91110412345) bor i Gdańsk.", "4.11.1991"),
])
def test_a_date_in_brackets_before_an_identity_number_is_a_birth_date(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Beslutet (2019-05-01, dnr 123-45678) överklagades.",  # a case's number
    "Ansökan (3 mars 1990, ärende 4410) avslogs.",  # no personal number
])
def test_no_personal_number_after_the_date_is_no_birth(text):
    assert not found(text)
