"""Birth dates in three writings the rules missed: the Spanish month first with "de" before the year, as Latin
America and the United States write it ("marzo 4 de 1979"), the year by its last two digits after a dash behind the
month's dot ("14.06.-58"), and a German or Dutch birth word put first with its verb and subject after it ("Geboren bin
ich am 9. März 1988"). Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from tests.found_births import birth_column as _column
from tests.found_births import proposed_births


@pytest.mark.parametrize("value", ["marzo 4 de 1979", "diciembre 19 de 1965", "14.06.-58", "2.9.–61"])
def test_a_birth_cell_in_these_writings(blank_detector, value):
    assert value in proposed_births(blank_detector, _column(value))


@pytest.mark.parametrize("sentence, date", [
    ("Ximena är född marzo 4 de 1979 i Quito.", "marzo 4 de 1979"),
    ("Rodrigo nació el diciembre 19 de 1965 en Cali.", "diciembre 19 de 1965"),
    ("Sune är född 14.06.-58 i Boden.", "14.06.-58"),
    ("Geboren bin ich am 9. März 1988, Telefon 070-000 00 00.", "9. März 1988"),
    ("Geboren wurde sie am 21. Oktober 1974 in Graz.", "21. Oktober 1974"),
    ("Geboren ben ik op 3 mei 1969 in Delft.", "3 mei 1969"),
])
def test_a_birth_date_after_a_birth_word(blank_detector, sentence, date):
    assert date in proposed_births(blank_detector, sentence)


def test_a_word_of_no_month_before_de_is_no_birth_date(blank_detector):
    value = "Bulle 3 de 1979"
    assert value not in proposed_births(blank_detector, _column(value))
