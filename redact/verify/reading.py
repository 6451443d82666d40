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
    ("Lind-" / "qvist" reads "Lindqvist"), as poppler's pdftotext prints it; a hyphen after a digit
    ("AB12-" / "hög") breaks no word, as the ingest reads it (``ingest.pdf.reading_text``).
    ``starts``/``ends``/``rects`` describe each word's characters in ``text``.
    """

    page: int
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    rects: tuple[Rect, ...]

    def boxes(self, start: int, end: int) -> list[Rect]:
        """Where characters ``start``..``end`` of ``text`` stand: per word, its box cut to those characters.

        A word gives one box, so the cut assumes characters of even width; it keeps
        "Sten" in "Sten/Berg" near the place of "Sten", where a reviewer's release is.
        """
        i = max(bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.starts) and self.starts[i] < end:
            ws, we = self.starts[i], self.ends[i]
            if we > start:
                x0, y0, x1, y1 = self.rects[i]
                lo, hi = max(start, ws), min(end, we)
                if (lo, hi) != (ws, we) and x1 - x0 > y1 - y0:  # part of a word that runs left to right
                    step = (x1 - x0) / (we - ws)
                    x0, x1 = x0 + (lo - ws) * step, x0 + (hi - ws) * step
                out.append((x0, y0, x1, y1))
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
    for raw, rect, line in close_up(list(words)):
        text = unicodedata.normalize("NFKC", raw)
        if not text.strip():
            continue
        joined = False
        if parts and line != prev_line and prev_raw[-1:] in ("-", "\u00ad") and len(prev_raw) > 1:
            if prev_raw[-1] == "\u00ad":  # already dropped from the word: glue the halves
                joined = True
            elif text[:1].islower() and prev_raw[-2].isalpha():
                # drop the break hyphen, as a reader reads the word; hyphenation breaks words between letters
                # only ("HER2-" / "high" stays two words, as the ingest reads them)
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


#: A letter-spaced run has at least this many single letters.
MIN_SPACED = 4
#: In such a run, a gap wider than the narrowest by this share of the letter height is a word break.
SPACED_BREAK = 0.25


def close_up(words: list[tuple[str, Rect, object]]) -> list[tuple[str, Rect, object]]:
    """Letter-spaced words closed up: runs of single letters on one line become the words a reader reads."""
    out: list[tuple[str, Rect, object]] = []
    i, n = 0, len(words)
    while i < n:
        j = i
        while j < n and _letter(words[j][0]) and words[j][2] == words[i][2]:
            j += 1
        if j - i < MIN_SPACED:
            out.append(words[i])
            i += 1
            continue
        run = words[i:j]
        gaps = [b[1][0] - a[1][2] for a, b in zip(run, run[1:])]
        heights = sorted(w[1][3] - w[1][1] for w in run)
        limit = min(gaps) + SPACED_BREAK * heights[len(heights) // 2]
        text, (x0, y0, x1, y1), line = run[0]
        for (t, r, _), g in zip(run[1:], gaps):
            if g <= limit:
                text += t
                x0, y0, x1, y1 = min(x0, r[0]), min(y0, r[1]), max(x1, r[2]), max(y1, r[3])
            else:
                out.append((text, (x0, y0, x1, y1), line))
                text, (x0, y0, x1, y1) = t, r
        out.append((text, (x0, y0, x1, y1), line))
        i = j
    return out


def _letter(word: str) -> bool:
    return len(word) == 1 and word.isalpha()


def inside_any(boxes: Sequence[Rect], areas: Sequence[Rect], slack: float = 2.0) -> bool:
    """True when the centre of every box lies in one of ``areas`` (grown by ``slack`` points)."""
    if not boxes or not areas:
        return False
    for b in boxes:
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        if not any(a[0] - slack <= cx <= a[2] + slack and a[1] - slack <= cy <= a[3] + slack for a in areas):
            return False
    return True
