#!/usr/bin/env python3
"""Print the share of words each redacted PDF kept from its input, and guess why the low ones lost words.

A disclosed copy should keep every word no mask covers. This counts, per pair of
input and output PDF, the words of the input as a viewer shows them (MuPDF's page
text, which includes what form fields and visible annotations draw) and how many of them the
output still has (as a multiset, case-folded). Files keeping less than the
threshold (default 90 %) are listed with a guessed reason:

  forms        the words the input's form fields draw are missing
  annotations  the words the input's visible annotations draw are missing
  masks        the words under the masks of the audit record beside the output explain the loss
  ocr          the input's pages are mostly images (the output's text comes from OCR)
  other        none of these (hidden text removed, a renderer difference, ...)

Pairs come from any mix of:
  JSONL files (from scripts/realworld.py or similar): one object per line with the
      input under "input" or "file" and the output under "output"; relative inputs
      are looked up beside the JSONL file (or under --root);
  --pair IN.pdf OUT.pdf (repeatable);
  --dirs INDIR OUTDIR: OUTDIR/NAME.out.pdf or OUTDIR/NAME.pdf for every INDIR/NAME.pdf.

Usage: python scripts/words_kept.py /work/corpora/baseline.jsonl [--threshold 0.9] [--root DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pymupdf

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


@dataclass
class Result:
    """Word counts of one pair and the guessed reason for a loss."""

    input: Path
    output: Path
    words_in: int
    kept: int
    reason: str = ""

    @property
    def share(self) -> float:
        return self.kept / self.words_in if self.words_in else 1.0


def _words(doc: pymupdf.Document) -> Counter[str]:
    out: Counter[str] = Counter()
    for page in doc:
        out.update(w[4].casefold() for w in page.get_text("words"))
    return out


def _without(input: Path, widgets: bool, others: bool) -> Counter[str]:
    """Words of ``input`` with its form fields and/or its other annotations removed.

    MuPDF's text extraction includes what annotations draw, so removing them is how page content is told apart.
    """
    with pymupdf.open(input) as doc:
        for page in doc:
            if others:
                for annot in list(page.annots() or ()):
                    page.delete_annot(annot)
            if widgets:
                for widget in list(page.widgets() or ()):
                    page.delete_widget(widget)
        return _words(doc)


def _annotation_words(input: Path, shown: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """Words that form fields and that other visible annotations add to the page content."""
    content = _without(input, True, True)
    forms = _without(input, False, True) - content
    annots = _without(input, True, False) - content
    return forms, annots


def _masked_words(doc: pymupdf.Document, audit: Path) -> int:
    """How many input words lie under the masks of the audit record, when there is one."""
    try:
        record = json.loads(audit.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    by_page: dict[int, list[pymupdf.Rect]] = {}
    for m in record.get("masks") or ():
        by_page.setdefault(int(m["page"]), []).extend(pymupdf.Rect(r) for r in m["rects"])
    n = 0
    for number, rects in by_page.items():
        if not 1 <= number <= doc.page_count:
            continue
        for w in doc[number - 1].get_text("words"):
            box = pymupdf.Rect(w[:4])
            if any(box.intersects(r) for r in rects):
                n += 1
    return n


def _mostly_images(doc: pymupdf.Document) -> bool:
    image_pages = sum(1 for page in doc if page.get_images() and len(page.get_text("words")) < 20)
    return image_pages * 2 >= doc.page_count


def _audit_beside(output: Path) -> Path:
    name = output.name
    stem = name[: -len(".out.pdf")] if name.endswith(".out.pdf") else output.stem
    return output.with_name(f"{stem}.audit.json")


def measure(input: Path, output: Path) -> Result:
    """Words of ``input`` (page text plus drawn fields and annotations) that ``output`` still has."""
    with pymupdf.open(input) as src, pymupdf.open(output) as out:
        shown = _words(src)  # MuPDF's text includes what form fields and annotations draw
        forms, annots = _annotation_words(input, shown) if src.is_pdf else (Counter(), Counter())
        kept_counter = shown & _words(out)
        result = Result(input, output, sum(shown.values()), sum(kept_counter.values()))
        lost = result.words_in - result.kept
        if lost <= 0:
            return result
        missing = shown - kept_counter
        from_forms = sum((missing & forms).values())
        from_annots = sum((missing & annots).values())
        masked = _masked_words(src, _audit_beside(output))
        reasons = []
        if from_forms >= 0.3 * lost:
            reasons.append("forms")
        if from_annots >= 0.3 * lost:
            reasons.append("annotations")
        if masked >= 0.3 * lost:
            reasons.append("masks")
        if _mostly_images(src):
            reasons.append("ocr")
        result.reason = "+".join(reasons) or "other"
        return result


def _pairs_from_jsonl(path: Path, root: Path | None) -> list[tuple[Path, Path]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        src, out = rec.get("input") or rec.get("file"), rec.get("output")
        if not src or not out or rec.get("exit", 0) not in (0, None):
            continue
        src_path = Path(src)
        if not src_path.is_absolute():
            src_path = (root or path.parent) / src_path
        pairs.append((src_path, Path(out)))
    return pairs


def _pairs_from_dirs(indir: Path, outdir: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for src in sorted(indir.glob("*.pdf")):
        for candidate in (outdir / f"{src.stem}.out.pdf", outdir / src.name):
            if candidate.exists():
                pairs.append((src, candidate))
                break
    return pairs


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments, measure every pair and print the table and the list of low files."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jsonl", nargs="*", type=Path, help="JSONL files with input/file and output fields")
    parser.add_argument("--pair", nargs=2, action="append", type=Path, default=[], metavar=("IN", "OUT"))
    parser.add_argument("--dirs", nargs=2, type=Path, metavar=("INDIR", "OUTDIR"))
    parser.add_argument("--root", type=Path, help="folder relative inputs of a JSONL file are under")
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--quiet", action="store_true", help="print only the files below the threshold")
    args = parser.parse_args(argv)
    pairs: list[tuple[Path, Path]] = [tuple(p) for p in args.pair]  # type: ignore[misc]
    for j in args.jsonl:
        pairs += _pairs_from_jsonl(j, args.root)
    if args.dirs:
        pairs += _pairs_from_dirs(*args.dirs)
    if not pairs:
        parser.error("no input/output pairs given")
    results: list[Result] = []
    skipped = 0
    for src, out in pairs:
        if not src.exists() or not out.exists():
            skipped += 1
            continue
        try:
            r = measure(src, out)
        except Exception as exc:  # a file MuPDF cannot open: say so and go on
            print(f"skipped {src}: {type(exc).__name__}", file=sys.stderr)
            skipped += 1
            continue
        results.append(r)
        if not args.quiet:
            print(f"{100 * r.share:6.1f} %  {r.kept:>7}/{r.words_in:<7} {r.reason:<12} {src}")
    low = [r for r in results if r.share < args.threshold]
    total_in = sum(r.words_in for r in results)
    total_kept = sum(r.kept for r in results)
    print()
    print(f"{len(results)} pairs ({skipped} skipped), words kept overall: "
          f"{100 * total_kept / max(total_in, 1):.1f} % ({total_kept}/{total_in})")
    print(f"{len(low)} files keep less than {100 * args.threshold:.0f} %:")
    for r in sorted(low, key=lambda r: r.share):
        print(f"  {100 * r.share:5.1f} %  {r.reason:<12} {r.input}  ->  {r.output}")
    reasons = Counter(r.reason for r in low)
    if reasons:
        print("reasons: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
