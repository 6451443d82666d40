"""A date of another calendar set off right after a person's name, with no birth word, is the person's birth: a
Hebrew, an Indian (Saka), an Afghan or an Ethiopian date after the name and a comma or in brackets. Our calendar's
dates are another rule's; a date that does not end its clause, or stands after no name, stays. Fictional people; the
blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from tests.found_births import proposed_births


@pytest.mark.parametrize("text, date", [
    ("Parter: Noa Friedman, 4 Tevet 5751; Eli Friedman, 9 Sivan 5754.", "4 Tevet 5751"),
    ("Parter: Noa Friedman, 4 Tevet 5751; Eli Friedman, 9 Sivan 5754.", "9 Sivan 5754"),
    ("Familjen: Vikram Rao (9 Shravana 1903) och hans dotter.", "9 Shravana 1903"),
    ("Sökande: Zahra Hosseini, Jawza 1372; Farid Hosseini, 11 Hamal 1369.", "Jawza 1372"),
    ("Sökande: Zahra Hosseini, Jawza 1372; Farid Hosseini, 11 Hamal 1369.", "11 Hamal 1369"),
    ("Kontakt: Mekdes Alemu, 2 Tir 1978 E.C., Addis Abeba.", "2 Tir 1978 E.C."),
])
def test_another_calendars_date_after_a_name_is_a_birth(blank_detector, text, date):
    assert date in proposed_births(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Mötet med Noa Friedman, 4 Tevet 5751 hölls i Haifa.",  # the sentence goes on after the date
    "Beslutet fattades i Tel Aviv, 4 Tevet 5785.",  # a place before it, no name
    "Parter: Noa Friedman, 32 Tevet 5751, Haifa.",  # no such day
])
def test_a_date_that_is_no_birth_beside_a_name_stays(blank_detector, text):
    assert not proposed_births(blank_detector, text)
