"""A label word ("till", "mottagare") that opens a line only because a sentence wrapped before it is no label: the
capitalised word later on that line ("Hans", the pronoun opening the next sentence) is no name. A label that opens
its line as a label ("Till: Nils Ek", "Till Nils Ek") still marks the name after it. Fictional people."""

from __future__ import annotations

from redact.document_detection import detect_text

WRAPPED = """Anteckningar om hyresavin
Hyresvärden är Norrbacka Fastigheter AB; avin skickas
till hans e-post efter önskemål: tobias.ek@gmail.com. Hans
sambo bor kvar i lägenheten.
"""
LABELLED = """Till: Nils Ek
Ärende: hyresavi för oktober
"""


def _persons(text: str, detector) -> set[str]:
    return {f.text for f in detect_text(text, detector).findings if f.category == "PERSON" and f.status != "rejected"}


def test_the_pronoun_after_a_wrapped_sentences_label_word_is_no_name(blank_detector):
    assert "Hans" not in _persons(WRAPPED, blank_detector)


def test_a_label_opening_its_line_still_marks_the_name(blank_detector):
    assert "Nils Ek" in _persons(LABELLED, blank_detector)
