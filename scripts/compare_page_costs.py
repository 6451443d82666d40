#!/usr/bin/env python3
"""Compare, in one process, the processor time per page of four small costs of the bench workload
at a git revision (before the change that cut them) and in this tree.

The four: the ink check (a page with masks is not fingerprinted), the rule ``street_foreign_post``
(its gate), ``place_words``/``lower_words`` (asked twice per page, now cached) and ``listed_codes``.
The revision's ``redact/verify/ink.py`` and ``redact/detect/code_columns.py`` are imported from a
copy beside this tree's ``redact``; the gate and the caches are switched off in this tree's objects.
Old and new run alternately, so that other work on a shared machine slows both alike; each part
must give the same result both ways. With ``--run``, whole ``run_file`` runs alternate as well
(all four switched together).

Pages: the bench PDF (scripts/make_benchmark_pdf.py, as ``make bench``).

Usage: python scripts/compare_page_costs.py [REV] [--pages N] [--rounds N] [--run]   (REV default: e7b6915)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import astuple, replace
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def load_at(rev: str, path: str, name: str, into: Path):
    """The module ``path`` as it was at ``rev``, imported under ``name`` (its own imports are this tree's)."""
    src = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    file = into / f"{name}.py"
    file.write_text(src)
    spec = importlib.util.spec_from_file_location(name, file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def alternate(old, new, rounds: int, pages: int) -> tuple[float, float]:
    """Median processor ms per page of ``old()`` and ``new()``, run alternately ``rounds`` times each."""
    times: dict[str, list[float]] = {"old": [], "new": []}
    for r in range(rounds):
        for which, f in ((("old", old), ("new", new)) if r % 2 == 0 else (("new", new), ("old", old))):
            t0 = time.process_time()
            f()
            times[which].append((time.process_time() - t0) / pages * 1000)
    return sorted(times["old"])[rounds // 2], sorted(times["new"])[rounds // 2]


def main(argv: list[str] | None = None) -> int:
    """Print old and new ms/page of each part (and of whole runs with --run)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", nargs="?", default="e7b6915")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--run", action="store_true", help="also alternate whole run_file runs")
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):  # one core, as the benchmark
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    sys.path.insert(0, str(HERE))
    import pymupdf
    from make_benchmark_pdf import make_pdf

    import redact.detect.cell_findings as cell_findings
    import redact.detect.names as names
    import redact.detect.places as places
    import redact.detect.table_neighbours as neighbours
    import redact.pipeline as pipeline
    from redact.detect import code_columns
    from redact.detect.address import AddressRecognizer
    from redact.detect.engine import Detector
    from redact.ingest.pdf import extract_page, reading_text
    from redact.verify import ink

    with tempfile.TemporaryDirectory(prefix="redact-costs-") as tmp:
        work = Path(tmp)
        ink_old = load_at(args.rev, "redact/verify/ink.py", "ink_at_rev", work)
        codes_old = load_at(args.rev, "redact/detect/code_columns.py", "code_columns_at_rev", work)
        pdf = make_pdf(args.pages, work / "bench.pdf")
        out = work / "out.pdf"
        base = pipeline.RunOptions()
        options = replace(base, limits=replace(base.limits, isolate=False))
        detector = Detector()
        pipeline.run_file(pdf, out, options=options, detector=detector)
        _, findings, _ = pipeline.detect_and_propose(pdf, options, detector)
        masks = pipeline.masks_for(pdf, findings)
        texts = []
        with pymupdf.open(pdf) as doc:
            for p in doc:
                page = extract_page(p)
                joined = reading_text(page.text, page.char_rects)
                texts.append(joined[0] if joined else page.text)
        print(f"{args.pages} bench pages, {len(masks)} masks on {len({m.page for m in masks})} pages; "
              f"revision {args.rev} (old) against this tree (new), medians of {args.rounds} alternating rounds")

        rules_new = AddressRecognizer.RULES
        rules_old = tuple(replace(r, gate=None) for r in rules_new)
        rule_new = next(r for r in rules_new if r.name == "street_foreign_post")
        rule_old = replace(rule_new, gate=None)
        recognizer = AddressRecognizer()
        place_words, lower_words = places.place_words, neighbours.lower_words

        def rule(r):
            def run() -> list:
                judged = (recognizer._judge(t, r, m) for t in texts
                          if r.gate is None or r.gate.search(t) for m in r.regex.finditer(t))
                return [(j.start, j.end, j.score) for j in judged if j is not None]
            return run

        def cached(on: bool):
            pw = place_words if on else place_words.__wrapped__
            lw = lower_words if on else lower_words.__wrapped__

            def run() -> list:
                place_words.cache_clear()
                lower_words.cache_clear()
                got = []
                for i in range(0, len(texts), pipeline.DETECT_BATCH_PAGES):  # names over a batch, then page by page
                    batch = texts[i:i + pipeline.DETECT_BATCH_PAGES]
                    got += [pw(t) for t in batch]
                    got += [(pw(t), lw(t), lw(t)) for t in batch]
                return got
            return run

        persons = [(0, 5)]
        parts = {
            "ink check": (lambda: [astuple(x) for x in ink_old.ink_loss(pdf, out, masks)],
                          lambda: [astuple(x) for x in ink.ink_loss(pdf, out, masks)]),
            "street_foreign_post": (rule(rule_old), rule(rule_new)),
            "place_words+lower_words": (cached(False), cached(True)),
            "listed_codes": (lambda: [codes_old.listed_codes(t, persons, []) for t in texts],
                             lambda: [code_columns.listed_codes(t, persons, []) for t in texts]),
        }
        saved = 0.0
        for name, (old, new) in parts.items():
            if old() != new():
                print(f"{name}: old and new differ")
                return 1
            o, n = alternate(old, new, args.rounds, args.pages)
            saved += o - n
            print(f"{name:24s} old {o:6.3f}  new {n:6.3f}  saved {o - n:6.3f} ms/page")
        print(f"{'sum':24s} saved {saved:.3f} ms/page")

        if args.run:
            def use(new: bool) -> None:
                pipeline.ink_loss = ink.ink_loss if new else ink_old.ink_loss
                AddressRecognizer.RULES = rules_new if new else rules_old
                pw = place_words if new else place_words.__wrapped__
                lw = lower_words if new else lower_words.__wrapped__
                places.place_words = names.place_words = pw
                neighbours.lower_words = cell_findings.lower_words = lw
                cell_findings.listed_codes = code_columns.listed_codes if new else codes_old.listed_codes

            def run(new: bool):
                def go() -> None:
                    use(new)
                    pipeline.run_file(pdf, out, options=options, detector=detector)
                return go

            o, n = alternate(run(False), run(True), args.rounds, args.pages)
            use(True)
            print(f"{'run_file':24s} old {o:6.2f}  new {n:6.2f}  saved {o - n:6.2f} ms/page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
