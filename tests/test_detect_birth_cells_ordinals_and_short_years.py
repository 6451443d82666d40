"""A birth column's cell with a Greek ordinal day ("5η Οκτωβρίου 1958"), a short year after an English ordinal day
("5th Jan '82") or a short year's dash right against the month's dot ("12 aug.-42"): a birth date, masked whole. A
word in the month's place stays no date. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits
from tests.found_births import birth_column, proposed_births


@pytest.mark.parametrize("value", [
    "7η Μαρτίου 1963",  # the day's feminine ordinal and the month's genitive
    "21ης Ιουνίου 1979",
    "9th Feb '77",  # an English ordinal, the year by its last two digits after an apostrophe
    "23rd March ’91",
    "3 okt.-39",  # the short year's dash against the month's dot
    "18 febr.-44",
])
def test_a_birth_column_takes_ordinal_days_and_short_years(blank_detector, value):
    assert value_fits(BIRTH, value, "Född")
    assert value in proposed_births(blank_detector, birth_column(value))


@pytest.mark.parametrize("value", ["9th Floor '77", "3 avd.-39", "7η Σελίδα 1963"])
def test_a_word_in_the_months_place_is_no_birth_date(value):
    assert not value_fits(BIRTH, value, "Född")
