#!/usr/bin/env python3
"""Print what the checks cost on a mixed document: text pages plus the kinds of page that need more.

The document: N generated case-file text pages (as in ``make bench``), then a searchable
scan (page image with an invisible OCR layer), a text page with a pasted screenshot, a
filled form and a page with a received-stamp annotation. ``run_file`` runs once on one
core with the model loaded; the stage timings it reports are printed, and the text
pages alone are timed too, so the cost of the other pages shows.

Usage: .venv/bin/python scripts/benchmark_mixed.py [--pages N] [--keep DIR]
To compare with another checkout: PYTHONPATH=/path/to/checkout python scripts/benchmark_mixed.py
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_scanned_samples import add_scanned_page, scan_pixmap  # noqa: E402
from make_benchmark_pdf import make_pdf  # noqa: E402

LINES = [
    "Socialförvaltningen, Individ- och familjeomsorgen",
    "Tjänsteanteckning om hembesök hos Karin Öberg, 19780214-5512.",
    "Närvarande: handläggare Johan Alm och tolk Dalia Haddad.",
    "Familjen bor på Lindvägen 12 i Norrvik; telefon 070-312 44 90.",
    "Nästa uppföljning sker i februari enligt överenskommelse.",
]


def _scratch_page(lines: list[str], width: float = 595, height: float = 842, size: float = 12) -> pymupdf.Document:
    doc = pymupdf.open()
    page = doc.new_page(width=width, height=height)
    y = 80.0
    for line in lines:
        page.insert_text((60, y), line, fontsize=size)
        y += size * 1.8
    return doc


def add_mixed_pages(doc: pymupdf.Document) -> None:
    """Append the searchable scan, the screenshot page, the form and the stamped page."""
    scratch = _scratch_page(LINES)
    add_scanned_page(doc, scratch[0], scan_pixmap(scratch[0]), searchable=True)
    scratch.close()

    shot = _scratch_page(["Från: Karin Öberg <karin.oberg@example.se>", "Ämne: Hembesöket", "Hej! Vi ses på tisdag."],
                         width=360, height=110, size=11)
    spix = shot[0].get_pixmap(dpi=150, colorspace=pymupdf.csRGB, alpha=False)
    shot.close()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "Bifogad skärmbild av e-post från den enskilde:", fontsize=11)
    page.insert_image(pymupdf.Rect(60, 100, 420, 210), pixmap=spix)

    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "Ansökan om färdtjänst", fontsize=14)
    for i, (name, value) in enumerate([("sokande", "Karin Öberg"), ("personnummer", "19780214-5512"),
                                        ("adress", "Lindvägen 12, 734 30 Norrvik"), ("arende", "Färdtjänst")]):
        w = pymupdf.Widget()
        w.field_name, w.field_type, w.field_value = name, pymupdf.PDF_WIDGET_TYPE_TEXT, value
        w.rect = pymupdf.Rect(160, 110 + 30 * i, 460, 130 + 30 * i)
        page.insert_text((60, 125 + 30 * i), name.capitalize() + ":", fontsize=10)
        page.add_widget(w)

    page = doc.new_page(width=595, height=842)
    y = 80.0
    for line in LINES:
        page.insert_text((60, y), line, fontsize=11)
        y += 20
    page.add_stamp_annot(pymupdf.Rect(380, 700, 540, 760), stamp=0)


def run(pdf: Path, out: Path) -> tuple[float, dict[str, float], int]:
    from redact.pipeline import RunOptions, run_file

    t0 = time.perf_counter()
    disclosure = run_file(pdf, out, options=RunOptions())
    return time.perf_counter() - t0, dict(disclosure.timings or {}), len(disclosure.masks)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=40, help="generated text pages (default 40)")
    ap.add_argument("--keep", type=Path, default=None)
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    import redact
    from redact.detect.engine import Detector

    Detector()  # load (and cache) the model before timing
    with tempfile.TemporaryDirectory(prefix="redact-mixed-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        text = make_pdf(args.pages, work / "text.pdf")
        mixed = work / "mixed.pdf"
        with pymupdf.open(text) as doc:
            add_mixed_pages(doc)
            doc.save(mixed, garbage=3, deflate=True)
        make_pdf(1, work / "warm.pdf", seed=1)
        run(work / "warm.pdf", work / "warm.out.pdf")
        t_text, s_text, m_text = run(text, work / "text.out.pdf")
        t_mixed, s_mixed, m_mixed = run(mixed, work / "mixed.out.pdf")
    print(f"redact from {Path(redact.__file__).parent}")
    print(f"  {args.pages} text pages:          {t_text:6.2f} s, {args.pages / t_text:5.1f} pages/s, {m_text} masks; "
          + ", ".join(f"{k} {v:.2f}" for k, v in s_text.items() if k != "load"))
    print(f"  + 4 mixed pages (scan, screenshot, form, stamp): {t_mixed:6.2f} s, {m_mixed} masks; "
          + ", ".join(f"{k} {v:.2f}" for k, v in s_mixed.items() if k != "load"))
    print(f"  the four mixed pages cost {t_mixed - t_text:.2f} s together")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
