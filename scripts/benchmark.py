#!/usr/bin/env python3
"""Print the speed and memory figures of `redact run` on a generated text PDF.

Measures, each in a fresh process pinned to one CPU with one thread per
numeric library:
  - start-up: interpreter + imports + model load (the Detector);
  - pages per second of redact.pipeline.run_file on an N-page PDF (default
    200) once the model is loaded, with the stage timings it reports;
  - peak memory (ru_maxrss) for N/4 and N pages, to show it does not grow with
    the page count.

Usage: python scripts/benchmark.py [--pages N] [--small M] [--keep DIR] [--blank]
Targets: >= 20 pages/s on one core, start-up <= 3 s, flat memory.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# this tree's code, as the other scripts (the worker runs as a script, so its path holds scripts/ only, and an
# editable install made in another tree would be measured instead); PYTHONPATH=/other/tree measures that one
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
SINGLE_THREAD = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1",
    "VECLIB_MAXIMUM_THREADS": "1",
    "BLIS_NUM_THREADS": "1",
    "TOKENIZERS_PARALLELISM": "false",
}
TARGET_PPS, TARGET_STARTUP = 20.0, 3.0

STARTUP_CODE = """
import sys, time, json
t0 = time.perf_counter()
import redact.pipeline
from redact.detect.engine import Detector
t1 = time.perf_counter()
if "--blank" in sys.argv:
    import spacy
    from redact.detect import lemmatizer
    nlp = spacy.blank("sv")
    nlp.add_pipe(lemmatizer.FACTORY)
    Detector(nlp=nlp)
else:
    Detector()
t2 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "load": t2 - t1}))
"""


def make_detector(blank: bool):
    """The production Detector, or one on spacy.blank("sv") (rules only) with --blank."""
    from redact.detect.engine import Detector

    if not blank:
        return Detector()
    import spacy

    from redact.detect import lemmatizer

    nlp = spacy.blank("sv")
    nlp.add_pipe(lemmatizer.FACTORY)  # without lemmas Presidio's context words never count
    return Detector(nlp=nlp)


def pin_one_core() -> None:
    """Restrict this process to one CPU so the figure is a one-core figure."""
    if hasattr(os, "sched_getaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})


def child_env(bytecode: bool = False) -> dict[str, str]:
    """Environment for measured processes: one thread per library; with ``bytecode``, Python's compiled modules
    written and read as an installed copy has them (PYTHONDONTWRITEBYTECODE would have every start compile the
    package's source again)."""
    env = {**os.environ, **SINGLE_THREAD}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def worker(pdf: Path, warmup: Path, out_dir: Path, blank: bool = False) -> dict[str, object]:
    """Load the model, warm up on one page, then time run_file on pdf (runs in its own process)."""
    import inspect
    import resource

    pin_one_core()
    t0 = time.perf_counter()
    from redact.pipeline import RunOptions, run_file

    kwargs: dict[str, object] = {}
    if "detector" in inspect.signature(run_file).parameters:
        kwargs["detector"] = make_detector(blank)
    load = time.perf_counter() - t0
    run_file(warmup, out_dir / "warmup.out.pdf", options=RunOptions(), **kwargs)
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t1 = time.perf_counter()
    disclosure = run_file(pdf, out_dir / f"{pdf.stem}.out.pdf", options=RunOptions(), **kwargs)
    elapsed = time.perf_counter() - t1
    return {
        "pages": disclosure.document.pages,
        "load_s": load,
        "run_s": elapsed,
        "timings": {k: float(v) for k, v in (disclosure.timings or {}).items()},
        "masks": len(disclosure.masks),
        "rss_after_load_kb": rss_loaded,
        "rss_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def run_child(args: list[str], bytecode: bool = False) -> dict[str, object]:
    """Run this script (or code) in a fresh single-threaded process and parse its JSON line."""
    proc = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=child_env(bytecode), cwd=ROOT, check=False
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"benchmark: child process failed ({proc.returncode}): {' '.join(args[:2])}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def startup(blank: bool = False) -> dict[str, float]:
    """Best of two fresh processes (the first may pay for a cold disk cache), after one that writes the bytecode
    and the pattern store an installed copy has."""
    best: dict[str, float] | None = None
    pin = "import os; os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})\n"
    args = ["-c", pin + STARTUP_CODE, *(["--blank"] if blank else [])]
    run_child(args, bytecode=True)
    for _ in range(2):
        t0 = time.perf_counter()
        inner = run_child(args, bytecode=True)
        total = time.perf_counter() - t0
        figures = {"total": total, "imports": float(inner["imports"]), "load": float(inner["load"])}
        if best is None or figures["total"] < best["total"]:
            best = figures
    assert best is not None
    return best


def mb(kb: object) -> float:
    """ru_maxrss is in kilobytes on Linux."""
    return float(kb) / 1024  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    """Generate the PDFs, measure in child processes, print the table."""
    ap = argparse.ArgumentParser(description="Speed and memory of redact run on a generated PDF")
    ap.add_argument("--pages", type=int, default=200, help="pages of the large document (default 200)")
    ap.add_argument("--small", type=int, default=None, help="pages of the small document (default pages/4)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the generated and redacted PDFs in this folder")
    ap.add_argument("--blank", action="store_true", help="rules only: spacy.blank('sv') instead of the trained model")
    ap.add_argument("--worker", nargs=3, metavar=("PDF", "WARMUP", "OUTDIR"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        pdf, warm, out = (Path(p) for p in args.worker)
        print(json.dumps(worker(pdf, warm, out, args.blank)))
        return 0
    if args.pages < 2:
        ap.error("--pages must be at least 2")
    small = args.small or max(1, args.pages // 4)

    sys.path.insert(0, str(HERE))
    from make_benchmark_pdf import make_pdf

    with tempfile.TemporaryDirectory(prefix="redact-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        big = make_pdf(args.pages, work / f"bench-{args.pages}.pdf")
        little = make_pdf(small, work / f"bench-{small}.pdf", seed=7)
        warm = make_pdf(1, work / "bench-warmup.pdf", seed=1)

        start = startup(args.blank)
        flags = ["--blank"] if args.blank else []
        me = str(Path(__file__).resolve())
        res_small = run_child([me, "--worker", str(little), str(warm), str(work), *flags])
        res_big = run_child([me, "--worker", str(big), str(warm), str(work), *flags])

    pps = res_big["pages"] / res_big["run_s"]  # type: ignore[operator]
    t = res_big["timings"]
    stages = ", ".join(f"{k} {v:.2f} s" for k, v in t.items() if k != "load")  # type: ignore[union-attr]
    rows = [
        ("start-up: imports + model load (fresh process)", f"{start['total']:.2f} s",
         f"imports {start['imports']:.2f} s, model {start['load']:.2f} s; target <= {TARGET_STARTUP:.0f} s"),
        (f"run_file, {res_big['pages']} pages, model loaded", f"{pps:.1f} pages/s",
         f"{res_big['run_s']:.2f} s ({stages}); {res_big['masks']} masks; target >= {TARGET_PPS:.0f} pages/s"),
        (f"peak RSS, {res_small['pages']} pages", f"{mb(res_small['rss_peak_kb']):.0f} MB",
         f"after model load {mb(res_small['rss_after_load_kb']):.0f} MB"),
        (f"peak RSS, {res_big['pages']} pages", f"{mb(res_big['rss_peak_kb']):.0f} MB",
         f"after model load {mb(res_big['rss_after_load_kb']):.0f} MB; "
         f"growth vs {res_small['pages']} pages {mb(res_big['rss_peak_kb']) - mb(res_small['rss_peak_kb']):+.0f} MB"),
    ]
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    model = "spacy.blank('sv'), rules only" if args.blank else "trained model"
    print(f"redact benchmark ({model}): generated text PDFs, one CPU, one thread per library")
    for a, b, c in rows:
        print(f"  {a:<{w0}}  {b:>{w1}}  {c}")
    ok = pps >= TARGET_PPS and start["total"] <= TARGET_STARTUP
    print("  targets met" if ok else "  targets NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
