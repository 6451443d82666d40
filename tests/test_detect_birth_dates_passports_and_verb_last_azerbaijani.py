"""Dates of birth as a few more papers write them: the Haitian Creole and Samoan months of a passport ("4 jen 1972",
"9 Iuni 1980"), the Turkmen year's "ý." after a date in a birth column, and the Azerbaijani date before its verb with
the year's glued ordinal and "il" ("3 mart 1997-ci il tarixində anadan olmuşam"). Fictional people; the blank pipeline
(rules only)."""

from __future__ import annotations

import pytest

from tests.found_births import birth_column, proposed_births


@pytest.mark.parametrize("sentence, date", [
    ("Jocelyn har haitiskt pass och är född 4 jen 1972 enligt passet.", "4 jen 1972"),
    ("Marie-Ange är född 21 oktòb 1988 enligt sitt id-kort.", "21 oktòb 1988"),
    ("Tavita har samoanskt pass och är född 9 Iuni 1980 enligt passet.", "9 Iuni 1980"),
    ("Mən 3 mart 1997-ci il tarixində anadan olmuşam, Bakıda.", "3 mart 1997"),
    ("Qızım 14 may 2015-ci il tarixində anadan olub.", "14 may 2015"),
])
def test_a_running_birth_date_of_another_papers_writing(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)


def test_a_birth_cell_takes_the_turkmen_years_word(blank_detector):
    assert "17.03.1986 ý." in proposed_births(blank_detector, birth_column("17.03.1986 ý."))


def test_a_date_of_the_future_before_the_azerbaijani_verb_stays(blank_detector):
    assert not proposed_births(blank_detector, "Uşaq 3 mart 2090-cı il tarixində anadan olacaq.")
