"""Azerbaijani and Uzbek dates of birth as their papers print them: the birth words ("doğum tarixi", "doğulub",
"tug'ilgan sana") before a date, the Uzbek day joined to its month by a dash ("7-aprel 1988"), after a birth word
and in a birth column. A dashed date with no birth word stays. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from tests.found_births import birth_column as _column
from tests.found_births import proposed_births


@pytest.mark.parametrize("sentence, date", [
    ("I passet står Doğum tarixi: 14 oktyabr 1969 under fotot.", "14 oktyabr 1969"),
    ("Nigar doğulub 2 avqust 1981, Sumqayıt.", "2 avqust 1981"),
    ("Kartan anger Tug'ilgan sana 12.05.1979 för Dilnoza.", "12.05.1979"),
    ("Enligt kartan: tugʻilgan sanasi 23-noyabr 1990, Buxoro.", "23-noyabr 1990"),
    ("Sökanden är född 19-fevral 1984 i Namangan.", "19-fevral 1984"),
])
def test_an_azerbaijani_or_uzbek_birth_date(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)


def test_a_birth_cell_with_the_day_dashed_to_its_month(blank_detector):
    assert "23-noyabr 1990" in proposed_births(blank_detector, _column("23-noyabr 1990"))


def test_a_dashed_date_without_a_birth_word_stays(blank_detector):
    assert not proposed_births(blank_detector, "Avtalet gäller från 7-aprel 2027 till årets slut.")
