"""A page as one reader reads it: its words in reading order, joined into one string, with their boxes."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from redact.types import Rect


@dataclass(frozen=True)
class Reading:
    """The text of one page as one extractor reads it, and the box of every word in it.

    ``text`` is compatibility-normalised, words are joined by one space, and a
    word broken by a hyphen or soft hyphen at a line end is joined again
    ("Lind-" / "qvist" reads "Lindqvist"), as poppler's pdftotext prints it.
    ``starts``/``ends``/``rects`` describe each word's characters in ``text``.
    """

    page: int
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    rects: tuple[Rect, ...]

    def boxes(self, start: int, end: int) -> list[Rect]:
        """The boxes of the words that characters ``start``..``end`` of ``text`` belong to."""
        i = max(bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.starts) and self.starts[i] < end:
            if self.ends[i] > start:
                out.append(self.rects[i])
            i += 1
        return out


def build_reading(page: int, words: Iterable[tuple[str, Rect, object]]) -> Reading:
    """A :class:`Reading` from words in reading order, each ``(text, box, line key)``."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    rects: list[Rect] = []
    pos = 0
    prev_line: object = None
    prev_raw = ""
    for raw, rect, line in words:
        text = unicodedata.normalize("NFKC", raw)
        if not text.strip():
            continue
        joined = False
        if parts and line != prev_line and prev_raw[-1:] in ("-", "\u00ad") and len(prev_raw) > 1:
            if prev_raw[-1] == "\u00ad":  # already dropped from the word: glue the halves
                joined = True
            elif text[:1].islower():  # drop the break hyphen, as a reader reads the word
                parts[-1] = parts[-1][:-1]
                pos -= 1
                ends[-1] = pos
                joined = True
        clean = text.replace("\u00ad", "")
        if parts and not joined:
            parts.append(" ")
            pos += 1
        starts.append(pos)
        parts.append(clean)
        pos += len(clean)
        ends.append(pos)
        rects.append(rect)
        prev_line, prev_raw = line, text.rstrip()
    return Reading(page, "".join(parts), tuple(starts), tuple(ends), tuple(rects))


def inside_any(boxes: Sequence[Rect], areas: Sequence[Rect], slack: float = 2.0) -> bool:
    """True when the centre of every box lies in one of ``areas`` (grown by ``slack`` points)."""
    if not boxes or not areas:
        return False
    for b in boxes:
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        if not any(a[0] - slack <= cx <= a[2] + slack and a[1] - slack <= cy <= a[3] + slack for a in areas):
            return False
    return True
