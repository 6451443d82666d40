"""Dates of birth in the Coptic calendar (its years 284 behind ours, "A.M." after them): read in a birth column and
after a birth word; a day the month has not, or a year of no living person, stays a plain text. Fictional people; the
blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.coptic_birth_dates import coptic_birth_value
from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits
from tests.found_births import birth_column, proposed_births


@pytest.mark.parametrize("value", [
    "22 Baramouda 1692 A.M.",  # the era's mark and its closing dot
    "3 Tout 1701",
    "Hatour 9, 1688 A.M.",  # the month first, as an English rendering writes it
    "4 Pi Kogi Enavot 1699",  # the little thirteenth month by its Coptic name
    "17 Amshir 1705 (A.M.)",
])
def test_a_coptic_date_is_a_birth_columns_value(value):
    assert coptic_birth_value(value)
    assert value_fits(BIRTH, value, "Född den")


@pytest.mark.parametrize("value", [
    "31 Tout 1701",  # no month of the calendar has 31 days
    "7 Nasie 1701",  # the little month has six at most
    "3 Tout 1580",  # before any living person's birth
    "3 Tout",
])
def test_no_real_day_or_no_living_persons_year_is_no_coptic_birth_date(value):
    assert not coptic_birth_value(value)


def test_a_coptic_date_in_a_birth_column_is_masked_whole_with_its_eras_dot(blank_detector):
    assert "22 Baramouda 1692 A.M." in proposed_births(blank_detector, birth_column("22 Baramouda 1692 A.M."))


def test_a_coptic_date_after_a_birth_word_is_a_birth_date(blank_detector):
    text = "Sökanden Mina Girgis är enligt dopattesten född den 8 Paopi 1697 A.M. i Asyut."
    assert proposed_births(blank_detector, text) == {"8 Paopi 1697 A.M."}
