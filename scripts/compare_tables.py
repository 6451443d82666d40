#!/usr/bin/env python3
"""Compare the table reading (``headed_cells``) of a git revision with this tree's, in one process.

The revision's ``redact/detect/table_*.py`` are loaded as a package of their own beside this
tree's ``redact``; both read the same pages, alternately, so that other work on a shared
machine slows both alike. Prints the processor time per page of each and fails when any page
gets other cells. Pages: the bench PDF (scripts/make_benchmark_pdf.py, as ``make bench``) and
every PDF of the blind detection sets, each as detection reads it.

Usage: python scripts/compare_tables.py [REV] [--rounds N] [--pages N]   (REV default: HEAD)
"""

from __future__ import annotations

import argparse
import glob
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def load_revision(rev: str, into: Path):
    """The ``headed_cells`` of ``rev``, imported from a copy of its table modules under ``into``
    (which must stay while it is used: the readings are imported when first asked for)."""
    names = subprocess.run(["git", "ls-tree", "--name-only", rev, "redact/detect/"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    package = into / "tables_at_rev"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name in names:
        if re.fullmatch(r"redact/detect/table_\w+\.py", name):
            src = subprocess.run(["git", "show", f"{rev}:{name}"], cwd=ROOT, check=True, capture_output=True,
                                 text=True).stdout
            (package / Path(name).name).write_text(re.sub(r"redact\.detect\.table_", "tables_at_rev.table_", src))
    sys.path.insert(0, str(into))
    from tables_at_rev.table_columns import headed_cells

    return headed_cells


def reading_pages(paths: list[Path]) -> list:
    """Every page of the PDFs as detection reads it (hyphenated words joined, words on that text)."""
    import pymupdf

    from redact.ingest.pdf import extract_page, reading_text
    from redact.document_detection import _words_on

    pages = []
    for path in paths:
        with pymupdf.open(path) as doc:
            for p in doc:
                page = extract_page(p)
                joined = reading_text(page.text, page.char_rects)
                pages.append(page if joined is None else replace(
                    page, text=joined[0], words=_words_on(page.words, joined[1]), char_rects=()))
    return pages


def main(argv: list[str] | None = None) -> int:
    """Load both readings, check they agree on every page, time them alternately."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", nargs="?", default="HEAD")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--pages", type=int, default=200, help="pages of the bench PDF (default 200)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    from make_benchmark_pdf import make_pdf

    from redact.detect.table_columns import headed_cells as ours

    with tempfile.TemporaryDirectory(prefix="redact-tables-") as tmp:
        theirs = load_revision(args.rev, Path(tmp))
        bench = make_pdf(args.pages, Path(tmp) / "bench.pdf")
        sets = {
            "bench": reading_pages([bench]),
            "blind sets": reading_pages([Path(p) for p in sorted(glob.glob(str(ROOT / "scripts/data/detect_eval*/pdf/*.pdf")))]),
        }
        failed = False
        for name, pages in sets.items():
            differ = sum(
                [(c.start, c.end, c.kind, c.header) for c in theirs(p)] != [(c.start, c.end, c.kind, c.header) for c in ours(p)]
                for p in pages)
            failed |= bool(differ)
            times: dict[str, list[float]] = {args.rev: [], "this tree": []}
            for _ in range(args.rounds):
                for label, f in ((args.rev, theirs), ("this tree", ours)):
                    t0 = time.process_time()
                    for p in pages:
                        f(p)
                    times[label].append((time.process_time() - t0) / len(pages) * 1000)
            figures = "; ".join(f"{k}: median {sorted(v)[len(v) // 2]:.3f} ms, best {min(v):.3f} ms" for k, v in times.items())
            print(f"{name} ({len(pages)} pages): headed_cells per page, {figures}; pages with other cells: {differ}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
