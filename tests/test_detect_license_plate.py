"""License plate detector: a weak shape raised by vehicle words."""

import pytest

from redact.detect.license_plate import LicensePlateRecognizer

REC = LicensePlateRecognizer()
CONFIDENT = 0.5


def scored(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in REC.analyze(text, ["LICENSE_PLATE"], nlp_artifacts=None)]


HITS = [
    ("Bilen med regnr ABC 123 stod felparkerad.", "ABC 123"),
    ("Reg.nr: XYZ12A", "XYZ12A"),
    ("Fordonet (DEF 456) besiktades.", "DEF 456"),
    ("Kontrollavgift för GHJ 78B.", "GHJ 78B"),
    ("Registreringsnummer KLM 901", "KLM 901"),
    ("MNP 234 är hennes personbil.", "MNP 234"),  # vehicle word after the plate
]

NEAR_MISSES_NO_RESULT = [
    "Avgiften är SEK 500 eller EUR 450.",
    "Enligt ISO 900 och SFS 123.",
    "Bilen ABI 123 finns inte: I används inte.",
    "Regnr ABC 12O: O används inte sist.",
    "Regnr ÅÄÖ 123.",
    "Regnr ABC 1234 har för många siffror.",
    "Regnr ABCD 123.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_with_context_is_confident(text, expected):
    found = scored(text)
    assert [t for t, _ in found] == [expected]
    assert found[0][1] >= CONFIDENT


@pytest.mark.parametrize("text", NEAR_MISSES_NO_RESULT)
def test_near_miss_is_not_a_plate(text):
    assert scored(text) == []


def test_shape_without_context_is_low():
    found = scored("Kod ABC 123 i tabellen.")
    assert [t for t, _ in found] == ["ABC 123"]
    assert found[0][1] < CONFIDENT
