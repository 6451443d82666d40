"""A copy's label with whom it goes to before the colon and the initials ("Kopia till inspektören: L.Ny.") is no
person, where a signature's second column runs into the signer's role on one line. Fictional people."""

from __future__ import annotations

import pytest

from redact.types import Page


def _persons(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {f.text for f in detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("line", [
    "Oskar Wennerholm, handläggare Kopia till inspektören: L.Ny.",
    "Maja Strömqvist, samordnare Kopia till examinator: K.Ek.",
])
def test_a_copys_label_is_no_person(model_detector, line):
    found = _persons(model_detector, f"Beslutet skickas ut i dag.\n{line}\n")
    assert not any("Kopia" in p for p in found), found
    assert line.split(",")[0] in found
