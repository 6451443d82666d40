"""A person's order filling a register's cell, the word for an order and its number with a slash's running part, is
one mark; the same words in a sentence, a year and a case's number by its year stay. Fictional orders."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids


@pytest.mark.parametrize("text, value", [
    ("Beställning\nAB\nDaisyspelare\nOHa\norder LBS-K 7713/1\nCD\n", "order LBS-K 7713/1"),
    ("Beställning\nEF\nbeställning BK 55193/2\nGH\n", "beställning BK 55193/2"),
])
def test_the_orders_word_and_number_in_a_cell_are_one_mark(text, value):
    assert value in labelled_ids(text)


@pytest.mark.parametrize("text", [
    "Enligt order LBS-K 7713/1 ska spelaren skickas.",  # a sentence: the agency's own order maybe
    "Beställning\nAB\norder KS 2027/118\nCD\n",  # a case's number by its year
])
def test_a_sentence_or_a_years_case_stays(text):
    assert not any(f.startswith(("order", "beställning")) for f in labelled_ids(text))
