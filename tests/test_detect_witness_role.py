"""A witness's role before the name at a sentence's start ("Vittnet Aina Soler ringde") is a role, no part of the
name, as "Sökanden" and "Modern" are. Fictional people."""

from __future__ import annotations

import pytest

from redact.types import Page


def _persons(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {f.text for f in detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("Vittnet Aina Soler är född 3 maj 1979 och bor i Girona.\n", "Aina"),
    ("Vittnet Joaquim Ferrer ringde till tingsrätten i går.\n", "Joaquim Ferrer"),
])
def test_the_witness_role_stays_outside_the_name(model_detector, text, name):
    found = _persons(model_detector, text)
    assert not any("Vittnet" in p for p in found), found
    assert any(name in p for p in found), found
