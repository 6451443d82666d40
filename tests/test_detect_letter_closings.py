"""A letter's closing whose first word is a surname in the lists ("Best regards", "Kind regards", "Beste Grüße") is
no person; the signer's name under it, and a person called so in a sentence, still are. Fictional people."""

from __future__ import annotations

import pytest

from redact.types import Page


def _persons(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {f.text for f in detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("closing", ["Best regards", "Kind regards,", "With best wishes", "Beste Grüße"])
def test_a_closing_is_no_person(model_detector, closing):
    found = _persons(model_detector, f"Thank you for the quick answer.\n{closing}\n\nMarta Øvrebø\n")
    assert "Marta Øvrebø" in found
    assert not any(w in p for p in found for w in closing.rstrip(",").split()), found


def test_a_surname_in_a_sentence_stays_a_person(model_detector):
    assert "Oskar Best" in _persons(model_detector, "Handläggare Oskar Best ringde sökanden i går.\n")
