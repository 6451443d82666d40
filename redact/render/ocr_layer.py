"""A searchable PDF: an invisible text layer (render mode 3) of the OCR words that were NOT masked.

Only pages whose source had no text layer get one. The words come from a
fresh OCR of the redacted page, so masked words cannot be read there in the
first place; any word that still touches a mask is dropped as well.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import pymupdf

from redact.types import Mask, Rect, Word

log = logging.getLogger(__name__)

_FONT = "helv"


def _touches(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def visible_words(words: Iterable[Word], masks: Sequence[Mask], masked_texts: Iterable[str] = ()) -> list[Word]:
    """The words that touch no mask and are not themselves a masked string."""
    rects = [r for m in masks for r in m.rects]
    banned = {t.casefold() for t in masked_texts if t}
    out: list[Word] = []
    for w in words:
        if any(_touches(w.rect, r) for r in rects):
            continue
        if w.text.casefold().strip(".,:;()") in banned:
            continue
        out.append(w)
    return out


def add_text_layer(page: pymupdf.Page, words: Sequence[Word], margin: float = 1.0) -> int:
    """Write the words as invisible text at their boxes (unrotated page coordinates); returns how many."""
    if not words:
        return 0
    shape = page.new_shape()
    n = 0
    for w in words:
        x0, y0, x1, y1 = w.rect
        x0, y0, x1, y1 = x0 + margin, y0 + margin, x1 - margin, y1 - margin
        width, height = x1 - x0, y1 - y0
        if width <= 0 or height <= 0:
            continue
        vertical = height > width * 1.5 and len(w.text) > 1
        length, across = (height, width) if vertical else (width, height)
        size = max(1.0, across * 0.95)
        natural = pymupdf.get_text_length(w.text, fontname=_FONT, fontsize=size)
        if natural <= 0:
            continue
        stretch = length / natural
        if vertical:
            point = pymupdf.Point(x0 + across * 0.2, y0)
            rotate = 270
        else:
            point = pymupdf.Point(x0, y1 - across * 0.2)
            rotate = 0
        try:
            shape.insert_text(
                point, w.text, fontname=_FONT, fontsize=size, render_mode=3, rotate=rotate,
                morph=(point, pymupdf.Matrix(stretch, 1)),
            )
        except Exception as exc:  # a character the base font cannot encode: skip the word, keep the page
            log.debug("ord kunde inte läggas i textlagret: %s", type(exc).__name__)
            continue
        n += 1
    shape.commit()
    return n


def add_text_layers(doc: pymupdf.Document, pages: dict[int, Sequence[Word]], margin: float = 1.0) -> int:
    """Add invisible text to the given pages (1-based) of an open document; returns the number of words."""
    total = 0
    for number, words in sorted(pages.items()):
        total += add_text_layer(doc[number - 1], words, margin)
    return total
