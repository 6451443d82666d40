"""Dates of birth counted in the Japanese era ("S58.03.14", "Shōwa 58-nen 3-gatsu 14-nichi", "昭和58年3月14日") and
the Nepali Bikram Sambat ("2067/03/14 B.S."), after a birth word or alone in a birth column; no real day, no birth
word or no era mark is no birth date."""

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.era_birth_dates import era_birth_value

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Enligt uppehållskortet är hon född H3.11.22 i Kobe.", "H3.11.22"),
    ("Han uppger att han är född Heisei 4-nen 2-gatsu 9-nichi; kortet saknas.", "Heisei 4-nen 2-gatsu 9-nichi"),
    ("Modern, född Showa 61 nen 7 gatsu 30 nichi, bor i Sapporo.", "Showa 61 nen 7 gatsu 30 nichi"),
    ("Fadern är född 昭和49年5月3日 enligt familjeregistret.", "昭和49年5月3日"),
    ("Sökanden är född 2055/08/21 B.S. i Pokhara.", "2055/08/21 B.S."),
])
def test_an_era_date_after_a_birth_word_is_a_birth_date(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Kortet utfärdades H30.04.01 i Osaka.",  # no birth word
    "Han är född H3.13.22 enligt kortet.",  # no thirteenth month
    "Han är född R40.01.01 enligt kortet.",  # a year to come
    "Beslutet gäller från 2081/01/01 B.S.",  # no birth word
])
def test_no_birth_word_or_no_real_day_is_no_era_birth_date(text):
    assert not found(text)


@pytest.mark.parametrize("value", ["H3.11.22", "S49.05.03", "Reiwa 2-nen 6-gatsu 1-nichi", "2049/10/02 B.S."])
def test_a_birth_column_takes_an_era_date(value):
    assert era_birth_value(value)


@pytest.mark.parametrize("value", ["2049/10/02", "X3.11.22", "S49.02.30", "2099/01/01 B.S."])
def test_no_era_mark_or_no_real_day_is_no_era_value(value):
    assert not era_birth_value(value)
