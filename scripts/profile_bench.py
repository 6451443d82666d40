#!/usr/bin/env python3
"""Print where the processor time of the `make bench` workload goes, per page.

The same generated text PDF as scripts/benchmark.py (N pages, its default seed), the
production Detector loaded and warmed up on one page, then ``run_file`` repeated in this
process (not in the bounded worker ``redact run`` forks): each run's processor time
(``time.process_time``, which other processes on a shared machine inflate less than wall
time) per page, then one run under cProfile and its costliest functions.

cProfile about doubles the cost of pure-Python code and barely touches the model's matrix
products, so its shares overstate rules and table reading; for undistorted shares sample
the timed runs instead: ``py-spy record --format raw -o FILE -- python scripts/profile_bench.py --no-profile``.
On a shared machine even processor time varies by a tenth between processes: compare two
versions of a function in one process, alternating, rather than two runs of this script.

Usage: python scripts/profile_bench.py [--pages N] [--repeat R] [--top K] [--stats FILE] [--only detect] [--no-profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this tree's code, not an editable install made in another tree; PYTHONPATH=/other/tree measures that one
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(HERE.parent))
# one thread per numeric library, as scripts/benchmark.py (set before NumPy is imported)
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
             "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def main(argv: list[str] | None = None) -> int:
    """Generate the PDF, warm up, time R runs, profile one, print the figures."""
    ap = argparse.ArgumentParser(description="Processor time per page of the bench workload, and its top costs")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3, help="timed runs without the profiler (default 3)")
    ap.add_argument("--top", type=int, default=30, help="functions listed from the profile (default 30)")
    ap.add_argument("--stats", type=Path, default=None, help="write the profile's pstats here")
    ap.add_argument("--no-profile", action="store_true", help="timed runs only (e.g. under a sampling profiler)")
    ap.add_argument("--only", choices=("run", "detect"), default="run",
                    help="run: run_file as make bench; detect: detect_and_propose only")
    args = ap.parse_args(argv)

    if hasattr(os, "sched_getaffinity"):  # one core, as the benchmark
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    sys.path.insert(0, str(HERE))
    from make_benchmark_pdf import make_pdf

    from redact.detect.engine import Detector
    from redact.pipeline import RunOptions, detect_and_propose, run_file

    detector = Detector()
    # in this process (run_file forks a bounded worker by default), so that the profiler and
    # process_time see the work
    base = RunOptions()
    options = replace(base, limits=replace(base.limits, isolate=False))
    with tempfile.TemporaryDirectory(prefix="redact-profile-") as tmp:
        work = Path(tmp)
        pdf = make_pdf(args.pages, work / f"bench-{args.pages}.pdf")
        warm = make_pdf(1, work / "bench-warmup.pdf", seed=1)
        run_file(warm, work / "warmup.out.pdf", options=options, detector=detector)

        def once() -> None:
            if args.only == "detect":
                detect_and_propose(pdf, options, detector)
            else:
                run_file(pdf, work / "out.pdf", options=options, detector=detector)

        per_page = []
        for _ in range(args.repeat):
            t0 = time.process_time()
            once()
            per_page.append((time.process_time() - t0) / args.pages)
        print(f"{args.only} on {args.pages} pages, processor time per page: "
              + ", ".join(f"{x * 1000:.2f} ms" for x in per_page)
              + f"; best {min(per_page) * 1000:.2f} ms = {1 / min(per_page):.1f} pages/s of processor time")
        if args.no_profile:
            return 0
        prof = cProfile.Profile()
        t0 = time.process_time()
        prof.enable()
        once()
        prof.disable()
        profiled = (time.process_time() - t0) / args.pages

    print(f"under cProfile: {profiled * 1000:.2f} ms/page")
    if args.stats:
        prof.dump_stats(str(args.stats))
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
