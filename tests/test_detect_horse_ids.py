"""A horse's FEIF number after the register's letters is one mark, in a cell and in a sentence; the letters alone or a
number of another shape after them stay. Fictional horses' numbers."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids


@pytest.mark.parametrize("text, value", [
    ("Part\nSJ\nFEIF DE2019155209\nNB\n", "FEIF DE2019155209"),
    ("Hästen FEIF SE2016255201 besiktigas före förhandlingen.", "FEIF SE2016255201"),
    ("Efni: hestur systur minnar, FEIF IS2015225520", "FEIF IS2015225520"),
])
def test_the_registers_letters_and_the_horses_number_are_one_mark(text, value):
    assert value in labelled_ids(text)


@pytest.mark.parametrize("text", [
    "FEIF håller sitt möte 2027 i Reykjavik.",
    "FEIF DE2019355209 är inget hästnummer.",  # the sex's digit is 1 or 2
])
def test_no_horses_number_stays_without_the_marks_shape(text):
    assert not any(f.startswith("FEIF") for f in labelled_ids(text))
