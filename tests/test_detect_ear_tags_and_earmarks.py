"""A reindeer owner's earmark after its word is the owner's entry in the register: its name, its number and the
village's letters are masked together; the word alone, or a count after it, finds nothing. Fictional marks."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, value", [
    ("Ánte har mobil 070-000 00 00 och renmärke\nBiellu 2207/Ga.", "Biellu 2207/Ga"),
    ("Sökanden, renmärkesnummer 4418, flyttar renarna i maj.", "4418"),
    ("Renmärke: Guolle 931 / Ba", "Guolle 931 / Ba"),
])
def test_a_reindeer_earmark_after_its_word_is_an_identifier(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Renmärket ska anmälas till sametinget i god tid.",
    "Renmärken, 12 st, granskades vid kalvmärkningen.",
])
def test_the_word_without_a_mark_finds_nothing(text):
    assert found(text) == []
