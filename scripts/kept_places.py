#!/usr/bin/env python3
"""Redact one word of a real page and print whether every glyph outside the box kept its place.

Usage: PYTHONPATH=$PWD python scripts/kept_places.py FILE.pdf PAGE [WORD_INDEX]

The word (by its index in MuPDF's word list, default 0) gets a mask; the page is rendered as
``redact`` renders it, then the script prints how many glyphs outside the box moved (MuPDF's
trace, compared by code and origin), what the ink check's moved-glyph test says, and the ink
check's verdict and time. Made for PyMuPDF's tests/resources/test_4435.pdf page 3, whose
overprinted Type 3 marks MuPDF's rewrite moved 24 pt to the right.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pymupdf

from redact.render.pdf import render_pdf
from redact.types import Mask
from redact.verify import ink


def main() -> None:
    src, number = Path(sys.argv[1]), int(sys.argv[2])
    index = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    pymupdf.TOOLS.mupdf_display_errors(False)
    with pymupdf.open(src) as doc:
        word = doc[number - 1].get_text("words")[index]
    rect = pymupdf.Rect(word[:4])
    masks = [Mask(id="m", page=number, rects=(tuple(rect),), category="PERSON", detector="script", score=1.0,
                  decision="accepted")]
    out = Path(tempfile.mkdtemp()) / "out.pdf"
    render_pdf(src, masks, out)
    with pymupdf.open(src) as a, pymupdf.open(out) as b:
        def places(page: pymupdf.Page) -> set[tuple]:
            return {(c[0], round(c[2][0], 2), round(c[2][1], 2)) for s in page.get_texttrace() for c in s["chars"]
                    if not pymupdf.Rect(c[3]).intersects(rect)}
        before, after = places(a[number - 1]), places(b[number - 1])
        print(f"glyphs outside the box: {len(before)}; moved or new in the output: {len(after - before)}")
        print("moved-glyph test:", ink.moved_glyphs(a[number - 1], b[number - 1], masks))
    t = time.perf_counter()
    print("ink check:", ink.ink_loss(src, out, masks), f"{time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
