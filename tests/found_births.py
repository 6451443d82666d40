"""Checks shared by the tests of birth dates: which dates of birth a detection proposes."""

from __future__ import annotations

from redact.pipeline import detect_text


def proposed_births(detector, text: str) -> set[str]:
    """The dates of birth the whole detect stage proposes in ``text``, their white space made single."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "DATE_OF_BIRTH"}
