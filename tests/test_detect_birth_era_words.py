"""A calendar's era mark or year word right after a date of birth is masked with the date: a Hijri, Solar Hijri or
Buddhist-era mark after a date in figures, the Armenian year's "թ." and the Uzbek "yil"; a signer's initials after a
date of ours and a word after a date that is no birth stay. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.detect.birth_era_words import era_word_end
from tests.found_births import birth_column, proposed_births


@pytest.mark.parametrize("sentence, date", [
    ("Tariq Mansour har jordanskt pass och är född 9.3.1402 AH enligt passet.", "9.3.1402 AH"),
    ("Enligt id-kortet är Hoda Rezaei född 1361/05/17 H.Sh. i Shiraz.", "1361/05/17 H.Sh."),
    ("Gohar Hakobyan är född 14.06.1981 թ. enligt sitt pass.", "14.06.1981 թ."),
])
def test_a_running_birth_date_takes_its_era_mark_or_year_word(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)


@pytest.mark.parametrize("value", ["1402/03/09 H", "7 հունիսի 1981 թ.", "9-aprel 1990-yil", "18.07.2526 B.E."])
def test_a_birth_cell_takes_its_era_mark_or_year_word(blank_detector, value):
    assert value in proposed_births(blank_detector, birth_column(value))


@pytest.mark.parametrize("text", [
    "född 12/04/1988 AH",  # a signer's initials after a date of ours: no Hijri year
    "född 12.04.1988 Hanna",  # a name after the date
    "född 1402 Hamid",
])
def test_no_era_mark_after_a_year_of_another_calendar(text):
    at = text.index("1")
    end = text.index(" ", at)
    assert era_word_end(text, at, end) == end
