"""Two writings of a birth date the rules did not read: the Christian era's mark inside the date, as Liberian and
other papers in English write it ("8th January A.D. 1987"), in a birth column and after a birth word; and the
Azerbaijani formal date with the year first, its ordinal ending and "il", the month in the genitive and the day with
its ending ("1981-ci il fevralın 2-si"). A firm's "AD" before a year stays no date. Fictional people; the blank
pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits
from tests.found_births import birth_column, proposed_births


@pytest.mark.parametrize("value", ["14th March A.D. 1979", "2nd July AD 1990", "21 October 1984 A.D."])
def test_the_eras_mark_inside_a_birth_cell(blank_detector, value):
    assert value_fits(BIRTH, value, "Födelsedatum")
    found = proposed_births(blank_detector, birth_column(value))
    assert value in found


@pytest.mark.parametrize("sentence, date", [
    ("Klaganden Musu Tarpeh är född 14th March A.D. 1979 i Buchanan.", "14th March A.D. 1979"),
    ("Enligt passet är Jallah Kpoto född 2nd July AD 1990.", "2nd July AD 1990"),
])
def test_the_eras_mark_after_a_birth_word(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)


def test_a_firms_ad_before_a_year_is_no_birth_date():
    assert not value_fits(BIRTH, "Nordbygg AD 2027", "Födelsedatum")


@pytest.mark.parametrize("sentence, date", [
    ("Sökanden Elnur Qasımov är född 1984-cü il avqustun 19-u i Gəncə.", "1984-cü il avqustun 19-u"),
    ("Hennes mor är född 1962-ci il oktyabrın 3-ü.", "1962-ci il oktyabrın 3-ü"),
    ("Kamran doğulub 1990-cı il yanvarın 27-si, Sumqayıt.", "1990-cı il yanvarın 27-si"),
])
def test_an_azerbaijani_date_with_the_year_first(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)
