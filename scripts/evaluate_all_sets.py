#!/usr/bin/env python3
"""One line per marked detection set: recall, over-masking and the categories under 0.99.

Usage:
    python scripts/evaluate_all_sets.py [SET ...] [--profile NAME]
    PYTHONPATH=/path/to/worktree python scripts/evaluate_all_sets.py   # that worktree's code

Every folder ``scripts/data/detect_*`` (or the SETs named, folder names or paths) is scored exactly as
``scripts/evaluate_detection2.py --data SET`` scores it (both renderings, the shipped model, the
profile), with the detector loaded once. A set's README says whether it was tuned on; the blind
figure of a set is the one taken before anyone tuned on it (see the README's figures table).
The figures are printed, nothing is asserted.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

import evaluate_detection2 as ev  # noqa: E402

#: A category under this recall is named on the set's line.
LOW = 0.99


def _number(name: str) -> tuple[str, int]:
    m = re.search(r"(\d+)$", name)
    return (name.rstrip("0123456789"), int(m.group(1)) if m else 0)


def sets_to_score(names: list[str]) -> list[Path]:
    """The set folders named, or every ``scripts/data/detect_*`` folder with gold files, in round order."""
    if names:
        return [Path(n) if Path(n).is_dir() else ROOT / "scripts" / "data" / n for n in names]
    found = [p for p in (ROOT / "scripts" / "data").glob("detect_*") if any(p.glob("*.gold.json"))]
    return sorted(found, key=lambda p: _number(p.name))


def score_set(data: Path, detector, options) -> tuple[Counter, Counter, int, int]:
    """(found, total) per category, words over-masked and words removed, over both renderings of every document."""
    found: Counter = Counter()
    total: Counter = Counter()
    over = removed = 0
    for gf in sorted(data.glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        for rendering in ev.RENDERINGS:
            pdf = data / "pdf" / f"{gold['document']}.{rendering}.pdf"
            if not pdf.is_file():
                raise SystemExit(f"{pdf} is missing: run scripts/make_detect_eval2.py --data {data}")
            reading = ev.read_pdf(pdf)
            res = ev.score(gold["document"], rendering, gold, reading,
                           ev.masked_chars(reading, ev.proposed_masks(pdf, detector, options)))
            found.update(res.found)
            total.update(res.total)
            over += len(res.over_words)
            removed += res.removed_words
    return found, total, over, removed


def main(argv: list[str] | None = None) -> int:
    """Print one line per set and the pooled figures; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="set folders (default: every scripts/data/detect_*)")
    ap.add_argument("--profile", default="default", help="profile as in redact run --profile")
    args = ap.parse_args(argv)

    from redact.detect.engine import Detector
    from redact.pipeline import RunOptions

    t0 = time.perf_counter()
    detector = Detector()
    options = RunOptions(profile=args.profile)
    pooled_found: Counter = Counter()
    pooled_total: Counter = Counter()
    print(f"{'set':16s} {'items':>5s} {'recall':>6s} {'over%':>6s}  categories under {LOW}")
    for data in sets_to_score(args.sets):
        found, total, over, removed = score_set(data, detector, options)
        pooled_found.update(found)
        pooled_total.update(total)
        low = " ".join(f"{c}={ev.pct(found[c], total[c]).strip()}" for c in sorted(total) if found[c] < LOW * total[c])
        print(f"{data.name:16s} {sum(total.values()) // len(ev.RENDERINGS):5d} {ev.pct(sum(found.values()), sum(total.values()))} "
              f"{ev.pct(over, removed)}  {low}")
    print(f"{'all sets':16s} {sum(pooled_total.values()) // len(ev.RENDERINGS):5d} "
          f"{ev.pct(sum(pooled_found.values()), sum(pooled_total.values()))}         ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
