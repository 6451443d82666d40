#!/usr/bin/env python3
"""Print the searchable-scan figures: ink kept outside masks, and name recall against image-only scans.

For every sample with a ``*.expected.json`` two scans are made in a temporary folder:
  - image-only: the page rasterised at 200 dpi (grayscale, light scanner noise);
  - searchable: the same image with the page's words laid over it invisibly (render mode 3),
    as office scanners, Adobe Scan and ABBYY write them.
Both go through ``run_file``. Printed per document and in total: person recall (expected
PERSON items covered by a mask), the share of the input's ink outside the masks that the
output kept (rendered at 50 dpi), the exit status, and the searchable scan's seconds a page
(wall, and processor seconds of this process and its workers, Tesseract included).

Usage: .venv/bin/python scripts/benchmark_searchable.py [--samples DIR] [--keep DIR] [--blank]
Targets: ink kept outside masks >= 99 %; recall on searchable scans equal to image-only scans.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pymupdf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from benchmark_ocr import covered, make_detector  # noqa: E402
from make_scanned_samples import add_scanned_page, scan_pixmap  # noqa: E402
from redact.errors import RedactError  # noqa: E402
from redact.pipeline import RunOptions, run_file  # noqa: E402

INK_DPI = 50


def make_scans(src: Path, image_only: Path, searchable: Path, seed: int) -> None:
    """Write the image-only and the searchable scan of ``src`` (the same noisy image in both)."""
    rng = np.random.default_rng(seed)
    plain, layered = pymupdf.open(), pymupdf.open()
    with pymupdf.open(src) as doc:
        for page in doc:
            pix = scan_pixmap(page, rng, dpi=200)
            add_scanned_page(plain, page, pix, searchable=False)
            add_scanned_page(layered, page, pix, searchable=True)
    plain.save(image_only, garbage=4, deflate=True)
    layered.save(searchable, garbage=4, deflate=True)
    plain.close()
    layered.close()


def ink_kept(src: Path, out: Path, masks) -> float:
    """Share of the input's ink (outside the masks) that is still ink in the output."""
    kept = total = 0
    zoom = INK_DPI / 72
    with pymupdf.open(src) as a, pymupdf.open(out) as b:
        for i in range(a.page_count):
            pa = a[i].get_pixmap(dpi=INK_DPI, colorspace=pymupdf.csGRAY, alpha=False)
            pb = b[i].get_pixmap(dpi=INK_DPI, colorspace=pymupdf.csGRAY, alpha=False)
            x = np.frombuffer(pa.samples, dtype=np.uint8).reshape(pa.height, pa.stride)[:, : pa.width]
            y = np.frombuffer(pb.samples, dtype=np.uint8).reshape(pb.height, pb.stride)[:, : pb.width]
            outside = np.ones(x.shape, dtype=bool)
            for m in masks:
                if m.page == i + 1:
                    for x0, y0, x1, y1 in m.rects:
                        outside[max(0, int(y0 * zoom) - 1): int(np.ceil(y1 * zoom)) + 1,
                                max(0, int(x0 * zoom) - 1): int(np.ceil(x1 * zoom)) + 1] = False
            ink = (x < 128) & outside
            total += int(ink.sum())
            kept += int((ink & (y < 200)).sum())
    return kept / total if total else 1.0


def processor_seconds() -> float:
    """Processor seconds of this process and of its finished children (workers, Tesseract)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_one(path: Path, out: Path, detector, expected: list[str]
            ) -> tuple[str, float | None, int, int, float, float]:
    """Status, ink kept, names found, names expected, wall seconds and processor seconds of one run."""
    t0, c0 = time.perf_counter(), processor_seconds()
    try:
        disclosure = run_file(path, out, options=RunOptions(), detector=detector)
    except RedactError as err:
        return f"exit {err.exit_code}", None, 0, len(expected), time.perf_counter() - t0, processor_seconds() - c0
    wall, cpu = time.perf_counter() - t0, processor_seconds() - c0
    masked = [m for m in disclosure.masks]
    hits = sum(covered(e, [m for m in masked if m.text]) for e in expected)
    return "ok", ink_kept(path, out, masked), hits, len(expected), wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=Path, default=ROOT / "samples")
    ap.add_argument("--keep", type=Path, default=None, help="keep the scans and outputs in this folder")
    ap.add_argument("--blank", action="store_true", help="spacy.blank('sv') instead of the trained model")
    args = ap.parse_args(argv)
    detector = make_detector(args.blank)
    pdfs = sorted(p for p in args.samples.glob("*.pdf") if p.with_suffix(".expected.json").exists())
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"{'dokument':<24} {'bara bild: namn':>16} {'sökbar: namn':>14} {'svärta kvar':>12} "
              f"{'s/sida':>7} {'cpu-s/sida':>10}")
        totals = {"plain": [0, 0], "layered": [0, 0]}
        pages = wall_total = cpu_total = 0.0
        worst_ink = 1.0
        failures = 0
        for n, src in enumerate(pdfs):
            expected = [e["text"] for e in json.loads(src.with_suffix(".expected.json").read_text(encoding="utf-8"))["expected"]
                        if e.get("category") == "PERSON"]
            plain, layered = work / f"{src.stem}.bild.pdf", work / f"{src.stem}.sokbar.pdf"
            make_scans(src, plain, layered, seed=n)
            s1, _, h1, t1, _, _ = run_one(plain, work / f"{src.stem}.bild.ut.pdf", detector, expected)
            s2, ink, h2, t2, secs, cpu = run_one(layered, work / f"{src.stem}.sokbar.ut.pdf", detector, expected)
            with pymupdf.open(layered) as doc:
                n_pages = doc.page_count
            pages += n_pages
            wall_total += secs
            cpu_total += cpu
            totals["plain"][0] += h1
            totals["plain"][1] += t1
            totals["layered"][0] += h2
            totals["layered"][1] += t2
            failures += (s1 != "ok") + (s2 != "ok")
            if ink is not None:
                worst_ink = min(worst_ink, ink)
            print(f"{src.stem:<24} {f'{h1}/{t1}' if s1 == 'ok' else s1:>16} {f'{h2}/{t2}' if s2 == 'ok' else s2:>14} "
                  f"{f'{ink:.1%}' if ink is not None else '-':>12} {secs / n_pages:>7.1f} {cpu / n_pages:>10.1f}")
        r1 = totals["plain"][0] / max(1, totals["plain"][1])
        r2 = totals["layered"][0] / max(1, totals["layered"][1])
        print(f"\nnamn funna: bara bild {r1:.3f} ({totals['plain'][0]}/{totals['plain'][1]}), "
              f"sökbar skanning {r2:.3f} ({totals['layered'][0]}/{totals['layered'][1]})")
        print(f"svärta kvar utanför maskeringar, sämsta dokument: {worst_ink:.1%} (mål >= 99 %)")
        print(f"körningar som inte gav utdata: {failures}")
        print(f"sökbar skanning: {wall_total / max(1, pages):.2f} s/sida, {cpu_total / max(1, pages):.2f} "
              f"processorsekunder/sida ({pages:.0f} sidor)")
    return 0 if failures == 0 and worst_ink >= 0.99 and r2 >= r1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
