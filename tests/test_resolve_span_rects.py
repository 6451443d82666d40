"""span_rects reads only the words a span overlaps when the words run in order: the same boxes as reading them all."""

from __future__ import annotations

import random

import pytest

from redact.resolve import geometry
from redact.resolve.geometry import span_rects
from redact.types import Page, Word


def _whole(page: Page, start: int, end: int) -> tuple:
    """span_rects as it read every word of the page."""
    saved = geometry._FEW_WORDS
    geometry._FEW_WORDS = 1 << 30
    try:
        return span_rects(page, start, end)
    finally:
        geometry._FEW_WORDS = saved


def _page(rng: random.Random, shuffled: bool) -> Page:
    text, rects, words = [], [], []
    line = 0
    for n in range(rng.randint(0, 80)):
        word = "".join(rng.choice("abcåäö") for _ in range(rng.randint(1, 7)))
        start = len(text)
        x = 10.0 + 7 * (start % 60)
        text.extend(word)
        rects.extend((x + i, 100.0 + 12 * line, x + i + 5, 110.0 + 12 * line) for i in range(len(word)))
        words.append(Word(word, start, start + len(word), (x, 100.0 + 12 * line, x + len(word), 110.0 + 12 * line), line))
        gap = rng.choice(" \n")
        text.append(gap)
        rects.append(None)
        line += gap == "\n"
    if shuffled:
        rng.shuffle(words)  # OCR's words need not come in the order of the text
    return Page(number=1, text="".join(text), words=tuple(words), width=600.0, height=800.0, char_rects=tuple(rects))


@pytest.mark.parametrize("shuffled", [False, True])
def test_the_same_boxes_as_reading_every_word(shuffled: bool) -> None:
    rng = random.Random(7 + shuffled)
    for _ in range(300):
        page = _page(rng, shuffled)
        n = len(page.text)
        for _ in range(20):
            start = rng.randint(0, n)
            end = rng.randint(start, n + 2)
            assert span_rects(page, start, end) == _whole(page, start, end)


def test_a_page_read_after_another_is_indexed_anew() -> None:
    rng = random.Random(3)
    first, second = _page(rng, False), _page(rng, False)
    for page in (first, second, first):
        assert span_rects(page, 0, len(page.text)) == _whole(page, 0, len(page.text))
