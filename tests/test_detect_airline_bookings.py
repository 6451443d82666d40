"""A flight's booking reference after the bare word for a booking ("booking 8HF2LQ", "bokningen K4T7QX") or after its
airline's name alone ("Finnair 7KQ2XM", the airline inside the mark); a date or a register's serial after the word,
and a carrier's code held "hos" the airline (the booking-number rule's, the carrier outside), stay as they were.
Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Subject: Return flight, booking 8HF2LQ, seat 14C", "8HF2LQ"),
    ("Hon ändrade bokningen K4T7QX i går.", "K4T7QX"),
    ("Bilaga 3\nflygbiljett\nFinnair 7KQ2XM\n", "Finnair 7KQ2XM"),
    ("Resan bokades som Turkish Airlines T4XK9Q enligt kvittot.", "Turkish Airlines T4XK9Q"),
])
def test_a_booking_after_its_bare_word_or_its_airline(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, kept", [
    ("Bokningen avser lokalen, bokning 20260412.", "20260412"),
    ("Booking TB1140 is the interpreter's.", "TB1140"),
    ("Han flög med SAS 737800 till Luleå.", "737800"),
])
def test_a_date_a_serial_or_a_plain_number_stays(text, kept):
    assert not any(kept in v for v in found(text))


def test_the_carrier_held_a_booking_stays_outside():
    assert found("Vera har bokningsnummer hos SAS 4QK7T2 för resan.") == ["4QK7T2"]
