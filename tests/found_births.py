"""Checks shared by the tests of birth dates: which dates of birth a detection proposes."""

from __future__ import annotations

from redact.pipeline import detect_text


def proposed_births(detector, text: str) -> set[str]:
    """The dates of birth the whole detect stage proposes in ``text``, their white space made single."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "DATE_OF_BIRTH"}


def birth_column(value: str) -> str:
    """A short register whose birth column holds ``value`` in its first row (fictional people)."""
    return "\n".join(["Sökande", "| Ärende | Sökande | Född | Kundnummer",
                      f"| BX-31-0107 | Vendela Roos | {value} | KN 31-5512",
                      "| BX-31-0112 | Tord Ekvall | 1977-08-30 | KN 31-5529", "", "Listan upprättades i maj."])
