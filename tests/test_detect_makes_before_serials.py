"""A thing's make and model written before its serial are part of the one number: in a column of serials whose header
shares its "-nummer" with another and under a held thing's noun. A make before a short number or a date stays out.
Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


@pytest.mark.parametrize("text, value", [
    # a header of serials sharing its "-nummer" with a frame's: the make and the model's words in the cell are the
    # plate's
    ("Rad | Föremål | Serie- eller ramnummer\n07 | röjsåg | Skogsmark 440 RX 2021-5530917\n"
     "08 | elbas | Lindell Thunderbolt KQ55093127\n", "Skogsmark 440 RX 2021-5530917"),
    ("Rad | Föremål | Serie- eller ramnummer\n07 | röjsåg | Skogsmark 440 RX 2021-5530917\n"
     "08 | elbas | Lindell Thunderbolt KQ55093127\n", "Lindell Thunderbolt KQ55093127"),
    # under a held thing's noun, a tag's serial of a telephone number's shape with its make
    ("Boende | Passerbricka | Telefon\nKL | Vingcard 0512-33918 | 0498-21 33 40\n", "Vingcard 0512-33918"),
])
def test_a_make_in_a_cell_of_serials_or_of_a_held_thing_is_part_of_the_serial(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


def test_a_held_things_column_keeps_its_make_out_of_a_short_number_or_a_date(blank_detector):
    text = "Boende | Passerbricka | Telefon\nKL | Vingcard 2026-04-12 | 0498-21 33 40\nMN | Vingcard 5518 | -\n"
    values = found(blank_detector, text)
    assert "Vingcard 2026-04-12" not in values and "Vingcard 5518" not in values, values
