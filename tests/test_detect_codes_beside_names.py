"""A certification code beside the person's name in one cell ("Anna Berg (KA 3302-21)", "| Per Ek, SC 1174-19 |"),
after a participle of certification ("certifierad KA 5521-22") and after a person's "-kod" compound ("Kundkod:
KX-4471"). A party letter, a phone number or the authority's case in brackets stays. Fictional text; the blank
pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "ID_NUMBER"}


TEXT = """Slutbesked under kvartalet
| Fastighet | Kontrollansvarig | Beh.
| Hult 1:4 | Anna Berg (KA 3302-21) | AnE
| Hult 1:5 | Per Ek, SC 1174-19 | AnE
Kontrollansvarig: Lina Sandberg, certifierad KA 5521-22, behörighet K.
Betalningen gäller kunden. Kundkod: KX-4471.
"""


@pytest.mark.parametrize("value", ["KA 3302-21", "SC 1174-19", "KA 5521-22", "KX-4471"])
def test_the_code_is_masked(blank_detector, value):
    assert value in found(blank_detector, TEXT)


def test_a_party_a_phone_or_a_case_in_brackets_stays(blank_detector):
    text = "Anna Berg (S) och Per Ek (KS 2026-118) röstade. Lina Sandberg (070-118 42 77) ringde.\n"
    assert not found(blank_detector, text)
