#!/usr/bin/env python3
"""Print how long rendering (true removal + sanitising + save) takes per page, and where the time goes.

Builds the generated case-file PDF of scripts/make_benchmark_pdf.py, picks
about ten masks per page (whole words, as detection would), and times
``render_pdf`` end to end plus its main steps on one page at a time.

Usage: python scripts/bench_render.py [--pages N] [--masks M] [--repeat R]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_benchmark_pdf import make_pdf  # noqa: E402

from redact.render import page_redaction, pdf as render  # noqa: E402
from redact.render.hidden import page_runs  # noqa: E402
from redact.render.scrub import scrub  # noqa: E402
from redact.types import Mask, RenderOptions  # noqa: E402


def pick_masks(path: Path, per_page: int, seed: int = 7) -> list[Mask]:
    """About ``per_page`` word masks per page: capitalised words and numbers, as detection proposes."""
    rng = random.Random(seed)
    masks: list[Mask] = []
    with pymupdf.open(path) as doc:
        for page in doc:
            words = [w for w in page.get_text("words") if w[4][:1].isupper() or any(c.isdigit() for c in w[4])]
            for n, w in enumerate(rng.sample(words, min(per_page, len(words)))):
                masks.append(Mask(f"p{page.number}-{n}", page.number + 1, (tuple(w[:4]),), "PERSON", "bench", 1.0,
                                  "auto-accepted", text=w[4]))
    return masks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--masks", type=int, default=10, help="masks per page")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = make_pdf(args.pages, Path(tmp) / "bench.pdf")
        masks = pick_masks(src, args.masks)
        out = Path(tmp) / "out.pdf"
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            render.render_pdf(src, masks, out, RenderOptions())
            best = min(best, time.perf_counter() - t0)
        print(f"render_pdf: {args.pages} pages, {len(masks)} masks: {best:.2f} s, "
              f"{1000 * best / args.pages:.1f} ms/page ({args.pages / best:.0f} pages/s)")

        # Where the time goes, step by step, on a fresh copy.
        steps: dict[str, float] = {"trace": 0.0, "annotate+apply": 0.0, "scrub": 0.0, "save": 0.0}
        by_page: dict[int, list[Mask]] = {}
        for m in masks:
            by_page.setdefault(m.page, []).append(m)
        doc = pymupdf.open(src)
        for page in doc:
            t = time.perf_counter()
            page_runs(page)
            steps["trace"] += time.perf_counter() - t
            t = time.perf_counter()
            page_redaction.redact_page(page, by_page.get(page.number + 1, ()), RenderOptions(), frozenset())
            steps["annotate+apply"] += time.perf_counter() - t
        t = time.perf_counter()
        scrub(doc)
        steps["scrub"] += time.perf_counter() - t
        t = time.perf_counter()
        doc.save(out, garbage=4, deflate=True)
        steps["save"] += time.perf_counter() - t
        doc.close()
        for name, secs in steps.items():
            print(f"  {name:<15} {1000 * secs / args.pages:6.2f} ms/page")
        print("  (annotate+apply includes a second trace of the page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
