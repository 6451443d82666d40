"""The identifiers a detector finds in a text, blanks folded: shared by the tests of the identifier rules."""

from __future__ import annotations

from redact.document_detection import detect_text
from redact.types import Page


def proposed_ids(detector, text: str) -> set[str]:
    """The identifiers the whole detect stage proposes in ``text`` (rejected ones left out)."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.category == "ID_NUMBER" and f.status != "rejected"}


def page_ids(detector, text: str) -> set[str]:
    """The identifiers the detector finds on one page of ``text``, before the document's findings are resolved."""
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "ID_NUMBER"}
