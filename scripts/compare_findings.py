#!/usr/bin/env python3
"""Compare the findings of two versions of the code, finding by finding, on the same PDFs.

A change meant to make detection faster must not change what it finds. This runs
``detect_document`` (the shipped detector, the default options, as ``scripts/evaluate_all_sets.py``)
with the code of another tree (``--base``: a checkout or an exported revision) and with this
tree's, each in its own process, on the bench document (scripts/make_benchmark_pdf.py) and on
every PDF of the marked sets named (default: every scripts/data/detect_* set but those
``scripts/data/BLIND`` lists), and prints every finding that differs: (page, start, end, category),
then also detector, score and text. No figure of a set is printed, only whether findings differ.

Usage:
    python scripts/compare_findings.py --base /path/to/old/tree [SET ...] [--pages N] [--skip SET] [--keep DIR]
    git archive main | tar -x -C /tmp/old && python scripts/compare_findings.py --base /tmp/old
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
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def dump(pdfs: list[Path], out: Path) -> None:
    """Detect every PDF with the code on sys.path and write its findings (one list per PDF) to ``out``."""
    from redact.detect.engine import Detector
    from redact.pipeline import RunOptions, detect_document

    detector = Detector()
    options = RunOptions()
    found: dict[str, list] = {}
    t0 = time.process_time()
    for pdf in pdfs:
        det = detect_document(pdf, detector, options=options)
        found[str(pdf)] = [[f.page, f.start, f.end, f.category, f.detector, f.score, f.text] for f in det.findings]
    out.write_text(json.dumps({"findings": found, "process_s": time.process_time() - t0,
                               "code": str(Path(sys.modules["redact"].__file__).parent)}), encoding="utf-8")


def pdfs_of(sets: list[str], skip: set[str]) -> list[Path]:
    """The PDFs of the sets named, or of every scripts/data/detect_* set, but those in ``skip``."""
    folders = [Path(s) if Path(s).is_dir() else ROOT / "scripts" / "data" / s for s in sets] if sets else \
        sorted((ROOT / "scripts" / "data").glob("detect_*"))
    return [p for f in folders if f.name not in skip for p in sorted((f / "pdf").glob("*.pdf"))]


def run(code: Path, pdfs: list[Path], out: Path) -> dict:
    """Dump the findings with the code of the tree ``code`` in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--dump", str(out), *map(str, pdfs)],
                   env=env, check=True, cwd=str(code))
    return json.loads(out.read_text(encoding="utf-8"))


def _key(finding: list) -> tuple:
    """A finding as a sortable tuple (a finding without offsets, placed by its boxes only, sorts first)."""
    return tuple(-1 if v is None else v for v in finding)


def main(argv: list[str] | None = None) -> int:
    """Run both versions and print the differences; exit 1 when any finding differs."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set folders or names (default: every scripts/data/detect_*)")
    ap.add_argument("--base", type=Path, help="the other tree (its redact package is imported)")
    ap.add_argument("--pages", type=int, default=200, help="pages of the bench document (0: none)")
    ap.add_argument("--skip", action="append", default=[], help="a set not to read (repeatable)")
    ap.add_argument("--keep", type=Path, help="keep both versions' findings (old.json, new.json) in this folder")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args, rest = ap.parse_known_args(argv)
    if args.dump:
        dump([Path(p) for p in rest + args.sets], args.dump)
        return 0
    if args.base is None:
        ap.error("--base is required")
    skip = set(args.skip)
    if not args.sets:  # a blind set is read only when named
        blind = (ROOT / "scripts" / "data" / "BLIND").read_text(encoding="utf-8").splitlines()
        skip |= {line.strip() for line in blind if line.strip() and not line.startswith("#")}
    with tempfile.TemporaryDirectory(prefix="redact-compare-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        pdfs = pdfs_of(args.sets, skip)
        if args.pages:
            sys.path.insert(0, str(HERE))
            from make_benchmark_pdf import make_pdf

            pdfs.insert(0, make_pdf(args.pages, work / f"bench-{args.pages}.pdf"))
        old = run(args.base.resolve(), pdfs, work / "old.json")
        new = run(ROOT, pdfs, work / "new.json")
    print(f"old: {old['code']} ({old['process_s']:.1f} s), new: {new['code']} ({new['process_s']:.1f} s), "
          f"{len(pdfs)} PDFs")
    differ = strict = total = 0
    for pdf in map(str, pdfs):
        a, b = old["findings"][pdf], new["findings"][pdf]
        total += len(a)
        key_a = sorted(_key(f[:4]) for f in a)
        key_b = sorted(_key(f[:4]) for f in b)
        if key_a != key_b:
            differ += 1
            print(f"DIFFER {pdf}: {len(a)} vs {len(b)} findings")
            for f in sorted(set(key_a) ^ set(key_b)):
                print(f"   {'old' if f in set(key_a) else 'new'} only: {f}")
        elif sorted(map(_key, a)) != sorted(map(_key, b)):
            strict += 1
            print(f"same spans, other detector/score/text: {pdf}")
    print(f"{len(pdfs)} PDFs, {total} findings: {differ} PDFs with other (page, start, end, category), "
          f"{strict} with the same spans but another detector, score or text")
    return 1 if differ or strict else 0


if __name__ == "__main__":
    sys.exit(main())
