"""Invented given names no list holds, and the persons a detector finds on one page: shared by the tests of the
rules that find a given name alone by its place."""

from __future__ import annotations

from redact.types import Page

NAMES = ("Velmiro", "Skaldreva", "Tuvinja", "Oruzelle", "Havrinaz", "Jelmosh", "Brenvika", "Quorelin")


def persons(detector, text: str) -> set[str]:
    """The PERSON findings' texts on a page of ``text``, blanks folded."""
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "PERSON"}
