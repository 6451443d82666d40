"""Birth dates in writings the rules read only in part: a Swedish ordinal's older endings ("12:te mars", "2:dra
maj"), an English month's short name with its dot in the US order ("Aug. 9, 1981"), a passport's month in two
languages ("3 FEB/FÉV 1979"), the Vietnamese month's short word ("thg"), a Lithuanian ordinal day's ending after the
year first ("1995 m. birželio 4-ąją") and a Thai month in Latin letters with the Buddhist era's year ("12 Tulakhom
B.E. 2525"), in a birth column and after a birth word. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from tests.found_births import birth_column as _column
from tests.found_births import proposed_births


@pytest.mark.parametrize("value", ["12:te mars 1961", "2:dra maj 1958", "3:dje juni 1970", "3 FEB/FÉV 1979",
                                   "21 OCT/OKT 1990", "7 thg 11, 1996", "12 Tulakhom B.E. 2525",
                                   "4 Mithunayon 2530"])
def test_a_birth_cell_in_another_writing(blank_detector, value):
    assert value in proposed_births(blank_detector, _column(value))


@pytest.mark.parametrize("sentence, date", [
    ("Gunnel är född 12:te mars 1961 i Sala.", "12:te mars 1961"),
    ("Brodern föddes 1:sta april 1949 i Tierp.", "1:sta april 1949"),
    ("Megan är född Aug. 9, 1981 och bor i Ohio.", "Aug. 9, 1981"),
    ("Luc är född 3 FEB/FÉV 1979 i Montréal.", "3 FEB/FÉV 1979"),
    ("Tôi sinh ngày 7 thg 11, 1996 tại Huế.", "7 thg 11, 1996"),
    ("Aš gimiau 1995 m. birželio 4-ąją Kaune.", "1995 m. birželio 4-ąją"),
    ("Kanya är född 12 Tulakhom B.E. 2525 i Chiang Mai.", "12 Tulakhom B.E. 2525"),
])
def test_a_birth_date_after_a_birth_word(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)


def test_a_month_pair_of_no_months_is_no_birth_date(blank_detector):
    value = "3 ABC/DEF 1979"
    assert value not in proposed_births(blank_detector, _column(value))
