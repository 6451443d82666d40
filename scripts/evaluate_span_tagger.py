#!/usr/bin/env python3
"""Score the rules, the learned span tagger alone, and their union with evaluate_detection2's own scoring.

Usage:
    python scripts/evaluate_span_tagger.py --tagger DIR [--modes rules,union,tagger] [--cache DIR]
        [--log DIR] -- [evaluate_detection2 arguments: --data DIR, --only ..., names]

The evaluation script is run unchanged except for ``proposed_masks``, which this wrapper replaces:

* rules: the product's masks (``detect_document`` + profile), cached per PDF in ``--cache`` so
  one detection run serves every tagger measured on a set;
* tagger: only the masks of the tagger's spans (``scripts/train_span_tagger.py``), tagged on the
  text the detectors see and placed on the page as findings are (``span_rects``), then the profile;
* union: both.

Each mode's full report goes to ``--log``; a short table (recall per category, over-masking) is printed.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import hashlib  # noqa: E402
import io  # noqa: E402
import pickle  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

import evaluate_detection2 as ed  # noqa: E402
from train_span_tagger import RESERVED, page_readings  # noqa: E402

#: Tagger label -> finding category (initials are persons, as the initials detector proposes them).
CATEGORY = {"PERSON": "PERSON", "INITIALS": "PERSON", "ADDRESS": "ADDRESS", "OTHER_ID": "ID_NUMBER"}
CATS = ("ADDRESS", "INITIALS", "OTHER_ID", "PERSON", "ALL")


def tagger_findings(pdf: Path, nlp):
    """The tagger's spans on every page of ``pdf`` as findings with their boxes."""
    from redact.resolve.geometry import span_rects
    from redact.types import Finding

    out = []
    for page, text, origin in page_readings(pdf):
        if not text.strip():
            continue
        for ent in nlp(text).ents:
            a, b = ent.start_char, ent.end_char
            if origin is not None:
                a, b = origin[a], origin[b - 1] + 1
            out.append(Finding(id=f"t{page.number}-{len(out)}", page=page.number, start=a, end=b,
                               text=page.text[a:b], category=CATEGORY[ent.label_], score=0.5,
                               detector="learned_spans", reason="taggad av den inlärda modellen",
                               rects=span_rects(page, a, b)))
    return out


def _code_rev() -> str:
    """Which code is measured: its folder and, in a git tree, its commit (the rules' masks are cached per code)."""
    import redact

    code = Path(redact.__file__).resolve().parents[1]
    rev = subprocess.run(["git", "-C", str(code), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    return f"{code}@{rev}"


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation once per mode; print the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tagger", type=Path, help="the trained tagger pipeline (needed for union and tagger)")
    ap.add_argument("--modes", default="rules,union,tagger")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/tagger/cache"), help="rules masks per PDF")
    ap.add_argument("--log", type=Path, default=Path("/tmp/tagger/logs"), help="each mode's full report")
    ap.add_argument("--label", default="", help="name of this measurement in the log files")
    ap.add_argument("rest", nargs=argparse.REMAINDER, help="-- then evaluate_detection2's arguments")
    args = ap.parse_args(argv)
    rest = [a for a in args.rest if a != "--"]
    if any(r in a for a in rest for r in RESERVED):
        ap.error("the reserved sets are never measured here")
    modes = args.modes.split(",")
    nlp = None
    if set(modes) - {"rules"}:
        import spacy

        import redact.detect.nlp  # noqa: F401  (registers the tokenizer)

        nlp = spacy.load(args.tagger)
    args.cache.mkdir(parents=True, exist_ok=True)
    args.log.mkdir(parents=True, exist_ok=True)
    rev = _code_rev()
    original = ed.proposed_masks

    def rules_masks(pdf: Path, detector, options):
        key = hashlib.sha1(f"{rev}|{pdf.resolve()}|{pdf.stat().st_mtime_ns}|{options.profile}".encode()).hexdigest()
        f = args.cache / f"{key}.pkl"
        if f.is_file():
            return pickle.loads(f.read_bytes())
        masks = original(pdf, detector, options)
        f.write_bytes(pickle.dumps(masks))
        return masks

    def tag_masks(pdf: Path, options):
        from redact.pipeline import propose_findings

        return [(f.page, tuple(r)) for f in propose_findings(tagger_findings(pdf, nlp), options)
                if f.status != "rejected" for r in f.rects]

    patched = {
        "rules": rules_masks,
        "tagger": lambda pdf, detector, options: tag_masks(pdf, options),
        "union": lambda pdf, detector, options: rules_masks(pdf, detector, options) + tag_masks(pdf, options),
    }
    data = next((rest[i + 1] for i, a in enumerate(rest[:-1]) if a == "--data"), "detect_eval2")
    rows = {}
    for mode in modes:
        ed.proposed_masks = patched[mode]
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            ed.main(rest)
        out = buf.getvalue()
        (args.log / f"{Path(data).name}.{args.label or 'run'}.{mode}.txt").write_text(out, encoding="utf-8")
        rows[mode] = summary(out)
    ed.proposed_masks = original
    print(f"{Path(data).name} {args.label}")
    print(f"  {'mode':7s} " + " ".join(f"{c:>16s}" for c in CATS) + f" {'over-masking':>20s}")
    for mode, (rec, over) in rows.items():
        print(f"  {mode:7s} " + " ".join(f"{rec.get(c, '-'):>16s}" for c in CATS) + f" {over:>20s}")
    return 0


def summary(report: str) -> tuple[dict[str, str], str]:
    """Recall per category and the over-masking line of the report's "all renderings" block."""
    block = report.split("Recall per category (all renderings):", 1)[1].split("\n\n", 1)[0]
    rec = {m.group(1): f"{m.group(2)} {m.group(3)}" for m in re.finditer(r"^  (\w+)\s+([\d.]+)\s+\((\d+/\d+)\)", block, re.M)}
    m = re.search(r"over-masking: (\d+) of (\d+) removed words are not gold items \(([\d.]+)\)", block)
    return rec, f"{m.group(3)} ({m.group(1)}/{m.group(2)})" if m else "-"


if __name__ == "__main__":
    raise SystemExit(main())
