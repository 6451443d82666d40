"""Postal code detector: a postal code and town standing alone; inside an address it is ADDRESS's."""

import pytest

from redact.detect.postal_code import PostalCodeRecognizer

REC = PostalCodeRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["POSTAL_CODE"], nlp_artifacts=None)]


HITS = [
    ("Familjen bor i 123 45 Småstad sedan 2019.", "123 45 Småstad"),
    ("Lena Ek, 456 78 BYN", "456 78 BYN"),
    ("Postort: S-123 45 Småstad", "S-123 45 Småstad"),
    ("Postnummer: 123 45", "123 45"),
    ("postnr 12345, ort okänd", "12345"),
    ("Bosatt i 234 56 Upplands Väsby\n", "234 56 Upplands Väsby"),
    # a town's postal district by its number, ending the line or cell
    ("Postort\n110 00 Brno 3\n", "110 00 Brno 3"),
]

NEAR_MISSES = [
    "Storgatan 12\n123 45 Småstad",  # part of an address: reported as ADDRESS
    "Box 1234, 123 45 Småstad",
    "Beloppet 123 45 kronor betalas.",
    "Ärendet har nummer 12345.",
    "Sidan 123 av 456.",
    "År 2024 Kommunen",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_a_lone_postal_code(text):
    assert found(text) == []


def test_code_without_town_needs_a_label():
    assert found("Koden 123 45 gäller.") == []
    assert found("Postnummer 123 45 gäller.") == ["123 45"]
