"""A Vietnamese year by its stem and branch is a birth date in a birth column beside the Gregorian year it agrees
with, and in a lunar date after a birth word of its sentence; the name alone in running text, a disagreeing year or a
name without its marks stays. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.sexagenary_birth_dates import sexagenary_birth_value
from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("value", ["Giáp Tý 1984", "Nhâm Dần (1962)", "1975 (Ất Mão)", "Kỷ Dậu", "Mau Than 1968"])
def test_a_birth_column_takes_the_cycles_year(value):
    assert sexagenary_birth_value(value)
    assert value_fits(BIRTH, value, "Födelsedatum")


@pytest.mark.parametrize("value", ["Giáp Tý 1985", "Tan Dan", "Canh"])
def test_a_disagreeing_year_or_a_name_without_its_marks_is_no_birth_value(value):
    assert not sexagenary_birth_value(value)


@pytest.mark.parametrize("text, expected", [
    ("Bà Lan är född 3 mars 1962; enligt månkalendern ngày 28 tháng 1 năm Nhâm Dần.", "ngày 28 tháng 1 năm Nhâm Dần"),
    ("Ông Minh sinh mùng 4 tháng 7 năm Giáp Tý (1984) i Huế.", "mùng 4 tháng 7 năm Giáp Tý (1984)"),
])
def test_a_lunar_date_with_the_cycles_year_after_a_birth_word(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Tết firades mùng 1 tháng 1 năm Giáp Tý i hela byn.",  # no birth word
    "Hon är född i Huế. Templet invigdes mùng 4 tháng 7 năm Giáp Tý.",  # another sentence's
    "Han är född mùng 4 tháng 7 năm Giáp Tý (1985).",  # the year disagrees
])
def test_a_lunar_date_without_a_birth_word_or_with_a_wrong_year_stays(text):
    assert not any("tháng" in f for f in found(text))
