"""A parish's or a cemetery's name, its noun, the grave deed's word and its number are one mark, in a register's cell
and in a sentence; a year stays. Fictional parishes and deeds."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids


@pytest.mark.parametrize("text, value", [
    ("Gravbrev\nOK\nurna\nLjungby pastorat gravbrev 5512-309\nSW\n", "Ljungby pastorat gravbrev 5512-309"),
    ("SD\nurna\nTuna pastorat gravbrev T-0552/91\nMY\n", "Tuna pastorat gravbrev T-0552/91"),
    ("IÅ\nstoft\nBerga kyrkogård gravrättsnr 81-552\nMY\n", "Berga kyrkogård gravrättsnr 81-552"),
    ("Urnan flyttas till Norra Ås församling gravplats nr B 1127 i maj.", "Norra Ås församling gravplats nr B 1127"),
])
def test_the_parish_the_deed_and_its_number_are_one_mark(text, value):
    assert value in labelled_ids(text)


def test_a_year_after_the_deeds_word_stays():
    assert not any("Tuna" in f for f in labelled_ids("Tuna församling gravplats 2027 är full."))
