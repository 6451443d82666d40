"""Birth dates whose day or year carries a word of its own: the Malay day's "hb" ("haribulan"), the Tajik "соли"
before the year after a month in the izafat, in a birth column; and a Kazakh running date with its month in the
locative before "туғанмын", "I was born". Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text
from tests.found_births import birth_column as _column


def _births(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "DATE_OF_BIRTH"}


@pytest.mark.parametrize("value", ["7hb Mac 1979", "22 hb Ogos 1984", "3 haribulan Julai 1991",
                                   "14 марти соли 1985", "3 октябри соли 1977"])
def test_a_birth_cell_with_its_days_or_years_word(blank_detector, value):
    assert value in _births(_column(value), blank_detector)


@pytest.mark.parametrize("value", ["7hb Kotak 1979", "14 китоб соли 1985"])
def test_no_month_between_the_words_is_no_date(blank_detector, value):
    assert value not in _births(_column(value), blank_detector)


def test_a_kazakh_running_date_in_the_locative_before_i_was_born(blank_detector):
    births = _births("Інім туралы: мен 1997 жылғы 9 қыркүйекте туғанмын, Алматыда.", blank_detector)
    assert "1997 жылғы 9 қыркүйекте" in births
