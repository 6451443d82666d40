"""Birth dates in two writings the rules did not read in a birth column: the year first in the ISO order with the
month's name between the dashes ("1988-okt-03"), and a Scottish Gaelic month with its article ("14 am Màrt 1985"),
in a cell and after a Swedish birth word. A code's letters in the month's place stay no date. Fictional people; the
blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits
from tests.found_births import proposed_births

# a class list with a birth column; the first row's date is the one under test
CLASS_LIST = ("Elever\n| Elevnr | Elev | Född | Klass\n| EL-208 | Fionnlagh Rothach | {} | 7B\n"
              "| EL-209 | Saga Lindqvist | 2012-04-17 | 7B\n\nListan gäller vårterminen.\n")


@pytest.mark.parametrize("value", ["1988-okt-03", "1979/Feb/14", "2011-sept-09", "14 am Màrt 1985",
                                   "3 an t-Iuchar 1990", "21 an Dàmhair 1977", "9 an Gearran 1982"])
def test_a_birth_cell_with_the_month_in_words(blank_detector, value):
    assert value_fits(BIRTH, value, "Född")
    assert value in proposed_births(blank_detector, CLASS_LIST.format(value))


@pytest.mark.parametrize("value", ["2019-ABC-12", "14 am Ufer 1985", "3 an Tag 1990"])
def test_a_code_or_a_word_in_the_months_place_is_no_birth_date(value):
    assert not value_fits(BIRTH, value, "Född")


def test_a_gaelic_month_after_a_swedish_birth_word(blank_detector):
    assert "3 an t-Iuchar 1990" in proposed_births(blank_detector, "Catriona är född 3 an t-Iuchar 1990 i Portree.")
