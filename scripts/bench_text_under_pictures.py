#!/usr/bin/env python3
"""Time the judgement of text under pictures pasted over it, as the number of glyphs grows.

A page of text with pictures pasted over parts of it (and, optionally, rectangle annotations
besides) is rendered with no masks; every glyph under a picture is a candidate that the check
in ``render.under_images`` takes out of a copy of the page. Prints, per size, the processor seconds for
the whole render and for that check alone.

Usage:  PYTHONPATH=$PWD python scripts/bench_text_under_pictures.py [--annots 300] [LINES ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import pdf_builders as b  # noqa: E402

from redact.render import under_images  # noqa: E402
from redact.render.pdf import render_pdf  # noqa: E402


def build(path: Path, lines: int, annots: int) -> Path:
    """A page of ``lines`` lines of text, four white pictures pasted over them, three photos and ``annots`` boxes."""
    doc = b.new_pdf()
    page = b.text_page(doc, [f"Rad {i}: Sven Åkesson-Nguyen bor på Storgatan {i}" for i in range(lines)], y=40,
                       leading=700 / max(lines, 1), fontsize=min(10, 700 / max(lines, 1)))
    white = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 30, 10), False)
    white.set_rect(white.irect, (255, 255, 255))
    for k in range(4):
        page.insert_image(pymupdf.Rect(60, 30 + k * 180, 400, 120 + k * 180), pixmap=white, keep_proportion=False)
    for k in range(3):
        b.image(page, (420, 100 + 150 * k, 560, 200 + 150 * k))
    for i in range(annots):
        x, y = 40 + (i % 20) * 26, 760 + (i // 20) * 4
        a = page.add_rect_annot(pymupdf.Rect(x, y, x + 20, y + 3))
        a.set_colors(stroke=(1, 0, 0))
        a.update()
    return b.save(doc, path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lines", nargs="*", type=int, default=[25, 50, 100])
    parser.add_argument("--annots", type=int, default=300)
    args = parser.parse_args()
    judged = [0.0]
    original = under_images._judge_glyphs

    def timed(*a, **k):
        t = time.process_time()
        try:
            return original(*a, **k)
        finally:
            judged[0] += time.process_time() - t

    under_images._judge_glyphs = timed
    with tempfile.TemporaryDirectory() as tmp:
        for lines in args.lines:
            src = build(Path(tmp) / f"in{lines}.pdf", lines, args.annots)
            with pymupdf.open(src) as doc:
                glyphs = sum(len(s["chars"]) for s in doc[0].get_texttrace())
            judged[0] = 0.0
            t = time.process_time()
            render_pdf(src, [], Path(tmp) / f"out{lines}.pdf")
            total = time.process_time() - t
            print(f"lines {lines:4d}  glyphs {glyphs:5d}  annotations {args.annots}  render {total:6.2f} s  text under pictures {judged[0]:6.2f} s")


if __name__ == "__main__":
    main()
