"""A Polish firm named with its company form ("Sp. z o.o.", "sp. z o.o.", "sp.j.", "sp.k.") is a company, not a
person, whether the line reads as Swedish or Polish; the form's letters are no one's initials, and the person who
works there stays masked. Fictional firms and people."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

TEXT = """Uppgifter om transporterna hösten 2026
Kierowcy arbetsgivare är Bałtyk-Trans Spedycja Sp. z o.o.; lönebeskedet skickas hem till honom.
Grusleveransen gick via Kam-Bud Serwis sp. z o.o. i Gdańsk och Zielone Ogrody sp.j. i Łódź.
Avtalet med Mosty Pomorze sp.k. sköts av Bogdan Wierzbicki, som kör för firman sedan 2019.
"""


@pytest.fixture(scope="module")
def masked(model_detector) -> list[tuple[int, int]]:
    det = detect_text(TEXT, model_detector)
    return [(f.start, f.end) for f in det.findings if f.status != "rejected" and f.category == "PERSON"]


@pytest.mark.parametrize("firm", [
    "Bałtyk-Trans Spedycja Sp. z o.o.", "Kam-Bud Serwis sp. z o.o.", "Zielone Ogrody sp.j.", "Mosty Pomorze sp.k.",
])
def test_a_polish_firm_is_no_person(masked, firm):
    at = TEXT.index(firm)
    assert not [s for s in masked if s[0] < at + len(firm) and at < s[1]], firm


def test_the_driver_beside_the_firm_stays_masked(masked):
    name = "Bogdan Wierzbicki"
    at = TEXT.index(name)
    assert any(a <= at and at + len(name) <= b for a, b in masked)
