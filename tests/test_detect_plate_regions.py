"""A plate's town letters opening its cell before the dashed serial ("BG 5520-TA" of Belgrade, "SK 1204-AB" of Skopje)
are the plate's too; letters on the line before other words stay outside. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.plate_regions import with_plate_regions
from redact.types import Finding, Page

TABLE = """Fordon
Ärende
Reg.nr
Chassinummer
TS 2026-0311
BG 5520-TA
WVWZZZ1KZ6W000001
TS 2026-0312
SK 1204-AB
WBA3A5C50DF000002
"""


def _found(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {f.text for f in detector.detect(page)}


@pytest.mark.parametrize("plate", ["BG 5520-TA", "SK 1204-AB"])
def test_a_plate_with_its_towns_letters(blank_detector, plate):
    assert plate in _found(blank_detector, TABLE)


def test_letters_that_do_not_open_the_line_stay_outside():
    text = "Bilen har skylt AB 552-TA sedan maj."
    a = text.index("552-TA")
    f = Finding(id="p1-0", page=1, start=a, end=a + 6, text="552-TA", category="LICENSE_PLATE", score=0.7,
                detector="license_plate")
    assert [g.text for g in with_plate_regions([f], text)] == ["552-TA"]
