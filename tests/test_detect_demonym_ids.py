"""A country's personal number after its adjective in English and "ID", as a mail in English writes it ("Kenyan ID
28813462", "Nigerian national ID number: 55102874431"); a sum or a short number after it stays. Fictional people and
numbers."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    """What the identifier recognizer proposes (ID_NUMBER)."""
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, number", [
    ("I was born on 3 May 1990, Kenyan ID 28813462, phone 0712 345678.", "28813462"),
    ("Her Nigerian national ID number: 55102874431.", "55102874431"),
    ("Tanzanian ID 19900503-14271-00002-15 is on the form.", "19900503-14271-00002-15"),
])
def test_a_number_after_a_countrys_adjective_and_id(text, number):
    assert number in found(text)


@pytest.mark.parametrize("text", [
    "The Kenyan ID fee was 2 500 kr.",  # a sum
    "Kenyan ID 4418 was the old form's number.",  # too few digits
])
def test_a_sum_or_a_short_number_stays(text):
    assert not found(text)
