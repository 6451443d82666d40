"""Letter boxes of an OCR word follow the way the word runs on the page.

A page is read in four orientations; a line read in a sideways reading can still run
across the page. Its letters were split top to bottom, each a sliver across the whole
word, so a name inside a long word (an address, a link) got a mask one sliver high
that covered none of its letters.
"""

from __future__ import annotations

from redact.ingest.ocr import _Builder
from redact.resolve.geometry import span_rects
from redact.types import Page

WORD = "www.exempel.se/Lindqvist/beslut"


def _page(vertical: bool, rect: tuple[float, float, float, float]) -> Page:
    b = _Builder()
    b.add_line([(WORD, rect, 0.9, None)], vertical)
    return Page(number=1, text="".join(b.text), words=tuple(b.words), width=600, height=800,
                char_rects=tuple(b.rects), source="ocr")


def test_a_wide_word_from_a_sideways_reading_is_split_across() -> None:
    rect = (100.0, 50.0, 400.0, 64.0)
    page = _page(True, rect)
    start = WORD.index("Lindqvist")
    (box,) = span_rects(page, start, start + len("Lindqvist"))
    assert box[1] == rect[1] and box[3] == rect[3]  # the whole height of the line
    assert rect[0] < box[0] < box[2] < rect[2] and box[2] - box[0] < 0.5 * (rect[2] - rect[0])


def test_a_tall_word_of_a_vertical_line_is_still_split_down() -> None:
    rect = (100.0, 50.0, 114.0, 350.0)
    page = _page(True, rect)
    start = WORD.index("Lindqvist")
    (box,) = span_rects(page, start, start + len("Lindqvist"))
    assert box[0] == rect[0] and box[2] == rect[2]
    assert rect[1] < box[1] < box[3] < rect[3]
