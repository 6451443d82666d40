"""Dates of birth counted in the Japanese era in figures or characters ("H3.4.12", "平成3年4月12日") or with its
romanised words ("Shōwa 58-nen 3-gatsu 14-nichi") and the Nepali Bikram Sambat ("2067/03/14 B.S."), after a birth word or alone in a birth column; no real day, no birth
word or no era mark is no birth date."""

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.era_birth_dates import era_birth_value
from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Han uppger att han är född Heisei 4-nen 2-gatsu 9-nichi; kortet saknas.", "Heisei 4-nen 2-gatsu 9-nichi"),
    ("Modern, född Showa 61 nen 7 gatsu 30 nichi, bor i Sapporo.", "Showa 61 nen 7 gatsu 30 nichi"),
    ("Han är född Taishō 14-nen 11-gatsu 2-nichi enligt koseki.", "Taishō 14-nen 11-gatsu 2-nichi"),
    ("Sökanden är född 2055/08/21 B.S. i Pokhara.", "2055/08/21 B.S."),
    ("Hon är född Minguo 72.03.18 i Kaohsiung.", "Minguo 72.03.18"),
    ("Han är född ROC 66/10/05 enligt intyget.", "ROC 66/10/05"),
    # the paper's own calendar in brackets after our date: the same birth written twice
    ("Yuki Mori wrote that she was born on 3 May 1990 (Heisei 2-nen 5-gatsu 3-nichi).", "Heisei 2-nen 5-gatsu 3-nichi"),
    ("Sökanden är född 1983-03-18 (Minguo 72.03.18) i Kaohsiung.", "Minguo 72.03.18"),
])
def test_an_era_date_after_a_birth_word_is_a_birth_date(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Kortet utfärdades Heisei 30-nen 4-gatsu 1-nichi i Osaka.",  # no birth word
    "Han är född Heisei 3-nen 13-gatsu 22-nichi enligt kortet.",  # no thirteenth month
    "Han är född Reiwa 40-nen 1-gatsu 1-nichi enligt kortet.",  # a year to come
    "Beslutet gäller från 2081/01/01 B.S.",  # no birth word
    "Intyget utfärdades Minguo 112.04.01 i Taipei.",  # no birth word
    "Hon är född Minguo 72.02.30 enligt kortet.",  # no thirtieth of February
])
def test_no_birth_word_or_no_real_day_is_no_era_birth_date(text):
    assert not found(text)


@pytest.mark.parametrize("value", ["Reiwa 2-nen 6-gatsu 1-nichi", "2049/10/02 B.S."])
def test_a_birth_column_takes_an_era_date(value):
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("value", ["2049/10/02", "X3.11.22", "Heisei 32-nen 1-gatsu 5-nichi", "2099/01/01 B.S.",
                                   "Showa 49-nen 2-gatsu 30-nichi"])
def test_no_era_mark_or_no_real_day_is_no_era_value(value):
    assert not era_birth_value(value)


@pytest.mark.parametrize("value, fits", [("H5.9.27", True), ("Shōwa 52.1.8", True), ("平成元年4月12日", True),
                                         ("S64.2.30", False), ("R40.1.1", False)])
def test_an_era_date_in_figures_or_characters_is_an_era_value(value, fits):
    assert era_birth_value(value) is fits
