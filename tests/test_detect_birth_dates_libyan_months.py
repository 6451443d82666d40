"""Birth dates with the month names Libya gave the Gregorian months from 1978 to 2011 ("23 Hannibal 1984" is 23
August 1984, "4 as-Sayf 1990" 4 June 1990), in running text after a birth word and in a birth column; a listed
given name that is also a month's ("Hannibal") stays a name outside a date. Fictional people; the blank pipeline
(rules only)."""

from __future__ import annotations

import pytest

from redact.detect.table_header_words import BIRTH
from redact.detect.table_values import value_fits
from tests.found_births import birth_column, proposed_births


@pytest.mark.parametrize("date", ["23 Hannibal 1984", "4 as-Sayf 1990", "11 al-Fatih 1979", "30 at-Tumur 1983",
                                  "2 an-Nuwwar 1976", "17 al-Kanun 1981"])
def test_a_libyan_month_after_a_birth_word(blank_detector, date):
    text = f"Klaganden Salem Gheriani har libyskt pass och är född {date}.\nHan bor sedan länge i Sverige.\n"
    assert date in proposed_births(blank_detector, text)


@pytest.mark.parametrize("value", ["9 al-Sayf 1986", "26 Hannibal 1972", "1 al-Harth 1969"])
def test_a_libyan_month_in_a_birth_column(blank_detector, value):
    assert value_fits(BIRTH, value, "Född")
    assert value in proposed_births(blank_detector, birth_column(value))


def test_the_cells_below_a_libyan_month_stay_in_the_column(blank_detector):
    """A column read one cell a line: a cell the rules cannot read as a date no longer ends the column's run, so
    the dates in the rows after it are still found."""
    text = ("Klagande\nMål\nKlagande\nFödelsedatum Ert nr\nKST 1101-26\nNaima Zintani\n5 al-Sayf 1985\nKRS 1180 26:1\n"
            "KST 1102-26\nYves Kablan\n14 avr 1991\nKRS 1180 26:2\nKST 1103-26\nGöran Lilja\n03.11.1947\nKRS 1180 26:3\n"
            "\nHandlingarna kom in i mars.\n")
    assert {"5 al-Sayf 1985", "14 avr 1991", "03.11.1947"} <= proposed_births(blank_detector, text)


@pytest.mark.parametrize("word", ["Hannibal", "Nasser"])
def test_a_given_name_that_is_a_libyan_month_stays_a_name_outside_a_date(word):
    from redact.detect.place_keep_words import ordinary_at_place

    assert not ordinary_at_place(word, f"Hej {word}!\nTack för ditt brev om arrendet.\n")
