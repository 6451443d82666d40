"""Birth dates written with the word "år" before the year, as a formal Swedish letter or register writes them ("den
7 mars år 1950", "tjugonde maj år 1961"): after a birth word, in a birth column and in brackets after a name; the
word is part of the date written. A date with no birth word and "år" as a sentence's noun stay. Fictional people;
the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from tests.found_births import birth_column as _column
from tests.found_births import proposed_births


@pytest.mark.parametrize("sentence, date", [
    ("Sökanden Tilda Ragnarsson är född den 14 oktober år 1946 och bor i Mora.", "14 oktober år 1946"),
    ("Han föddes 2 februari år 1958 i Luleå.", "2 februari år 1958"),
    ("Enligt intyget är hon född tjugonde maj år 1961.", "tjugonde maj år 1961"),
])
def test_a_birth_date_with_the_year_word_after_a_birth_word(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)


@pytest.mark.parametrize("value, date", [
    ("den 14 oktober år 1946", "14 oktober år 1946"),
    ("2 februari år 1958", "2 februari år 1958"),
    ("sjunde juni år 1949", "sjunde juni år 1949"),
])
def test_a_birth_cell_with_the_year_word(blank_detector, value, date):
    assert date in proposed_births(blank_detector, _column(value))


def test_a_date_with_the_year_word_in_brackets_after_a_name(blank_detector):
    text = "Klagande: Osvald Fernström (9 april år 1952), Långgatan 3, 852 31 Sundsvall."
    assert "9 april år 1952" in proposed_births(blank_detector, text)


def test_no_birth_word_no_birth_date(blank_detector):
    assert not proposed_births(blank_detector, "Beslutet fattades den 14 oktober år 2026 av nämnden.")
