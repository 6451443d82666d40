#!/usr/bin/env python3
"""Compare, in one process, the processor time of rendering and verifying the bench document with the
render and verification helpers of a git revision and with this tree's, and check that both give the same.

The helpers compared: ``render.hidden._lines_of`` (a traced span cut into lines), ``render.clipped.clipped_origins``
(the clip check), ``render.mask_boxes.draw_boxes`` and ``verify.rule.occurrences``. The revision's modules are imported
from a copy beside this tree's ``redact`` and swapped in for the run; everything else is this tree's. Old and new
run alternately, so that other work on a shared machine slows both alike. Each round checks that both outputs
read the same (MuPDF's text, the boxes drawn per page) and that both verifications agree.

Pages: the bench PDF (scripts/make_benchmark_pdf.py, as ``make bench``), its masks as ``run_file`` makes them.

Usage: python scripts/compare_render_verify_costs.py [REV] [--pages N] [--rounds N]   (REV default: main)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from compare_page_costs import load_at  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Print old and new processor seconds of render_pdf and verify_pdf (medians), and whether they agree."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", nargs="?", default="main")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):  # one core, as the benchmark
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    import pymupdf
    from make_benchmark_pdf import make_pdf

    import redact.render.clipped as clipped
    import redact.render.hidden as hidden
    import redact.render.mask_removal as mask_removal
    import redact.render.pdf as render
    import redact.verify.rule as rule
    from redact.detect.engine import Detector
    from redact.pipeline import RunOptions, detect_and_propose, masks_for

    with tempfile.TemporaryDirectory(prefix="redact-costs-") as tmp:
        work = Path(tmp)
        at_rev = {
            "hidden": load_at(args.rev, "redact/render/hidden.py", "hidden_at_rev", work),
            "clipped": load_at(args.rev, "redact/render/clipped.py", "clipped_at_rev", work),
            "boxes": load_at(args.rev, "redact/render/mask_boxes.py", "boxes_at_rev", work),
            "rule": load_at(args.rev, "redact/verify/rule.py", "rule_at_rev", work),
        }
        old = {"lines": at_rev["hidden"]._lines_of, "clipped": getattr(at_rev["clipped"], "clipped_origins", None) or at_rev["clipped"]._clipped_origins,
               "draw": at_rev["boxes"].draw_boxes, "occurrences": at_rev["rule"].occurrences}
        new = {"lines": hidden._lines_of, "clipped": hidden.clipped_origins,
               "draw": mask_removal.draw_boxes, "occurrences": rule.occurrences}

        def use(which: dict) -> None:
            hidden._lines_of, hidden.clipped_origins = which["lines"], which["clipped"]
            mask_removal.draw_boxes, rule.occurrences = which["draw"], which["occurrences"]

        pdf = make_pdf(args.pages, work / "bench.pdf")
        base = RunOptions()
        options = replace(base, limits=replace(base.limits, isolate=False))
        _, findings, _ = detect_and_propose(pdf, options, Detector())
        masks = masks_for(pdf, findings)
        print(f"{args.pages} bench pages, {len(masks)} masks; revision {args.rev} (old) against this tree (new), "
              f"medians of {args.rounds} alternating rounds, processor seconds")

        def seen(path: Path) -> tuple[str, tuple[int, ...]]:
            with pymupdf.open(path) as doc:
                return ("".join(p.get_text("text") for p in doc),
                        tuple(sum(len(d["items"]) for d in p.get_drawings()) for p in doc))

        times: dict[str, dict[str, list[float]]] = {"render": {"old": [], "new": []}, "verify": {"old": [], "new": []}}
        outputs: dict[str, tuple] = {}
        try:
            for r in range(args.rounds):
                for name in (("old", "new") if r % 2 == 0 else ("new", "old")):
                    use(old if name == "old" else new)
                    out = work / f"{name}.pdf"
                    t0 = time.process_time()
                    render.render_pdf(pdf, masks, out, explain=False)
                    t1 = time.process_time()
                    verification = rule.verify_pdf(out, masks, source=pdf)
                    t2 = time.process_time()
                    times["render"][name].append(t1 - t0)
                    times["verify"][name].append(t2 - t1)
                    outputs[name] = (seen(out), verification.ok, verification.failures, verification.extractors)
                if outputs["old"] != outputs["new"]:
                    print("old and new differ (text, boxes or verification)")
                    return 1
        finally:
            use(new)
        for stage, by in times.items():
            o, n = (sorted(by[k])[args.rounds // 2] for k in ("old", "new"))
            print(f"{stage:8s} old {o:6.2f}  new {n:6.2f}  saved {o - n:5.2f} s ({100 * (o - n) / o:4.1f} %)")
        print(f"outputs agree: same text ({len(outputs['new'][0][0])} characters), same drawn boxes per page "
              f"({sum(outputs['new'][0][1])} in all), verification ok={outputs['new'][1]} both ways")
    return 0


if __name__ == "__main__":
    sys.exit(main())
