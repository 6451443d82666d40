"""A payment card's number with its middle hidden is found by its shape; sums, dates and codes with stars stay.
Fictional cards."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    """What the identifier recognizer proposes (ID_NUMBER)."""
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, value", [
    ("| 2 | kontokort Sparbanken | 5312 61** **** 0448 |", "5312 61** **** 0448"),
    ("Köpet drogs från kortet 4921 80XX XXXX 3372 den 4 maj.", "4921 80XX XXXX 3372"),
    ("Kvittot visar 4571-****-****-9026 som betalkort.", "4571-****-****-9026"),
    ("Förvarat: bankkort 4418 **** **** 1203.", "4418 **** **** 1203"),
])
def test_a_cards_number_with_hidden_digits_is_found(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Lösenordet byts till **** **** varje månad.",  # no digits at both ends
    "Koden 1234 **** gäller i lobbyn.",
    "Tabellen visar 2026 ** 1204 ** och 4 ****.",
])
def test_stars_without_a_cards_shape_stay(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    # the card's scheme and the bank that issued it, as the holder's statement names the card
    ("Han spärrade sitt kort\nSparbanken Visa 4921 **** **** 3372. Mobil nås sedan.",
     "Sparbanken Visa 4921 **** **** 3372"),
    ("Hon betalade med Mastercard Debit 5312 61** **** 0448 i kassan.", "Mastercard Debit 5312 61** **** 0448"),
    # a sentence's first word before the scheme is no bank: the scheme alone goes with the number
    ("Hennes Visa 4571-****-****-9026 spärrades.", "Visa 4571-****-****-9026"),
])
def test_the_cards_scheme_and_its_bank_go_with_the_number(text, value):
    assert found(text) == [value]
