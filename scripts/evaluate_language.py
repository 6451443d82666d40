#!/usr/bin/env python3
"""Person-name precision and recall on English, mixed Swedish/English and other-language documents.

Usage:
    python scripts/evaluate_language.py [--pdf] [-v] [EXTRA.pdf ...]

The documents in scripts/data/language_eval/ (``*.txt``, each with a hand-written
``*.gold.json``) go through the full detection of the product: ``detect_document`` with the
shipped model (``Detector()``), i.e. the recognizers, merge, initials, propagation and linking.
By default each text file is read as a one-page text document; with ``--pdf`` each is first
written to a one-page PDF (DejaVu Sans, so every letter has a glyph) and read back through the
PDF path, as a registrar's file would be.

Scoring, per document and summed per language group (en, mixed, other, all):

* recall: a gold person mention counts as found when every letter and digit in it lies inside
  PERSON findings (a partly masked name is still readable, so it is a miss; partly covered
  mentions are counted separately);
* precision: a PERSON finding is correct when it overlaps a gold person mention; one that
  overlaps only an ``ignore`` span (an e-mail address, a firm named after its partners) is
  neither right nor wrong; every other PERSON finding is a false positive.

Findings whose status is ``rejected`` are not counted. Extra PDF paths are run through the
same detection and get the PERSON finding count and their ten most frequent strings.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "scripts" / "data" / "language_eval"
GROUPS = ("en", "mixed", "other")
LIST_MAX = 30  # distinct strings per printed list unless -v
PDF_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@dataclass(frozen=True)
class Gold:
    """One evaluation document and its hand-marked spans (character offsets into ``text``)."""

    path: Path
    language: str
    text: str
    persons: list[tuple[int, int]]
    not_persons: list[tuple[int, int]]
    ignore: list[tuple[int, int]]


@dataclass
class Score:
    """Counts for one document or one group of documents."""

    gold: int = 0
    found: int = 0
    partial: int = 0
    predicted: int = 0
    correct: int = 0
    ignored: int = 0
    false_pos: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    traps_hit: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Sum another score into this one."""
        for name in ("gold", "found", "partial", "predicted", "correct", "ignored"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.false_pos += other.false_pos
        self.missed += other.missed
        self.traps_hit += other.traps_hit

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        scored = self.predicted - self.ignored
        return self.correct / scored if scored else 1.0


def load_gold(gold_file: Path) -> Gold:
    """Read a gold file and check every span against its text (a stale offset stops the run)."""
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    path = gold_file.with_name(data["document"])
    text = path.read_text(encoding="utf-8")
    spans: dict[str, list[tuple[int, int]]] = {}
    for key in ("persons", "not_persons", "ignore"):
        spans[key] = []
        for item in data.get(key, []):
            s, e = item["start"], item["end"]
            if text[s:e] != item["text"]:
                sys.exit(f"{gold_file.name}: {key} {item['text']!r} at {s}:{e} reads {text[s:e]!r}; fix the offsets")
            spans[key].append((s, e))
    if data["language"] not in GROUPS:
        sys.exit(f"{gold_file.name}: language {data['language']!r} is not one of {GROUPS}")
    return Gold(path, data["language"], text, spans["persons"], spans["not_persons"], spans["ignore"])


def unmarked_repeats(gold: Gold) -> list[str]:
    """Occurrences of a gold name string that are not themselves marked (an annotation slip)."""
    marked = gold.persons + gold.ignore
    out = []
    for needle in sorted({gold.text[s:e] for s, e in gold.persons}):
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", gold.text):
            if not any(s <= m.start() and m.end() <= e for s, e in marked):
                out.append(f"{needle!r} at {m.start()}")
    return out


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(gold: Gold, found: list[tuple[int, int]], text: str | None = None) -> Score:
    """Compare PERSON finding spans (offsets into ``gold.text``) with the gold spans."""
    text = gold.text if text is None else text
    sc = Score(gold=len(gold.persons), predicted=len(found))
    covered = set()
    for s, e in found:
        covered.update(range(s, e))
    for s, e in gold.persons:
        need = [i for i in range(s, e) if gold.text[i].isalnum()]
        hit = sum(i in covered for i in need)
        if hit == len(need):
            sc.found += 1
        else:
            sc.missed.append(gold.text[s:e])
            sc.partial += hit > 0
    for span in found:
        if any(overlaps(span, g) for g in gold.persons):
            sc.correct += 1
        elif any(overlaps(span, g) for g in gold.ignore):
            sc.ignored += 1
        else:
            sc.false_pos.append(" ".join(gold.text[span[0] : span[1]].split()))
            sc.traps_hit += [gold.text[t[0] : t[1]] for t in gold.not_persons if overlaps(span, t)]
    return sc


def person_spans(findings) -> list[tuple[int, int]]:
    """(start, end) of the PERSON findings a reviewer would be shown as proposals."""
    return [
        (f.start, f.end)
        for f in findings
        if f.category == "PERSON" and f.status != "rejected" and f.start is not None and f.end is not None
    ]


def write_pdf(text: str, out: Path) -> None:
    """A one-page A4 PDF with ``text`` laid out line by line (long lines wrap)."""
    import pymupdf

    if not PDF_FONT.is_file():
        sys.exit(f"--pdf needs {PDF_FONT} (Debian package fonts-dejavu-core)")
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="dv", fontfile=str(PDF_FONT))
    left = page.insert_textbox(pymupdf.Rect(40, 40, 555, 812), text, fontname="dv", fontsize=8.5)
    if left < 0:
        sys.exit(f"{out.name}: the text does not fit on one page")
    doc.save(out)
    doc.close()


def map_to_source(source: str, extracted: str) -> list[int] | None:
    """Offsets into ``source`` for each character of ``extracted``, matching non-space characters.

    Laying text out on a page only changes whitespace (wrapped lines), so the non-space
    characters of both must agree one to one; None when they do not.
    """
    src = [i for i, c in enumerate(source) if not c.isspace()]
    ext = [i for i, c in enumerate(extracted) if not c.isspace()]
    if len(src) != len(ext) or any(source[a] != extracted[b] for a, b in zip(src, ext)):
        return None
    out = [-1] * (len(extracted) + 1)
    for a, b in zip(src, ext):
        out[b] = a
    nxt = len(source)
    for i in range(len(extracted), -1, -1):  # a space maps to the next non-space character
        if out[i] < 0:
            out[i] = nxt
        else:
            nxt = out[i]
    return out


def detect_pdf_spans(gold: Gold, detector, workdir: Path) -> list[tuple[int, int]]:
    """Run ``gold.text`` through the PDF path and map the PERSON spans back to text offsets."""
    import pymupdf

    from redact.ingest.pdf import extract_page
    from redact.pipeline import RunOptions, detect_document

    pdf = workdir / (gold.path.stem + ".pdf")
    write_pdf(gold.text, pdf)
    # The page has a text layer made here; OCR would only re-read what we wrote.
    det = detect_document(pdf, detector, options=RunOptions(ocr=False))
    with pymupdf.open(pdf) as d:
        page_text = extract_page(d[0]).text
    mapping = map_to_source(gold.text, page_text)
    if mapping is None:
        sys.exit(f"{gold.path.name}: the PDF's text differs from the source beyond whitespace")
    spans = []
    for s, e in person_spans(det.findings):
        a, b = mapping[s], mapping[e - 1] + 1
        if b > a:
            spans.append((a, b))
    return spans


def fmt_row(name: str, lang: str, sc: Score) -> str:
    return (
        f"{name:28s} {lang:5s} {sc.gold:4d} {sc.found:5d} {sc.partial:4d} {sc.recall:6.3f}"
        f" {sc.predicted:5d} {sc.correct:4d} {len(sc.false_pos):3d} {sc.precision:6.3f}"
    )


def extra_pdf_report(paths: list[Path], detector) -> None:
    """PERSON finding count and the ten most frequent found strings of each PDF."""
    from redact.pipeline import detect_document

    for path in paths:
        t0 = time.perf_counter()
        det = detect_document(path, detector)
        persons = [f for f in det.findings if f.category == "PERSON" and f.status != "rejected"]
        counts = Counter(" ".join(f.text.split()) for f in persons)
        print(f"\n{path.name}: {det.document.pages} pages, {len(persons)} PERSON findings "
              f"({len(counts)} distinct strings), {time.perf_counter() - t0:.1f} s")
        for text, n in counts.most_common(10):
            print(f"  {n:4d}  {text}")


def main(argv: list[str] | None = None) -> int:
    """Print the table; return 0."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pdfs", nargs="*", type=Path, help="extra PDFs: PERSON count and most frequent strings")
    ap.add_argument("--pdf", action="store_true", help="run each document as a one-page PDF instead of text")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives per document")
    args = ap.parse_args(argv)
    for p in args.pdfs:
        if not p.is_file():
            ap.error(f"{p}: no such file")

    golds = [load_gold(f) for f in sorted(DATA.glob("*.gold.json"))]
    if not golds:
        sys.exit(f"no *.gold.json in {DATA}")
    for g in golds:
        for slip in unmarked_repeats(g):
            print(f"warning: {g.path.name}: unmarked repeat of a gold name: {slip}", file=sys.stderr)

    from redact.detect.engine import Detector
    from redact.pipeline import detect_document

    t0 = time.perf_counter()
    detector = Detector()
    load_s = time.perf_counter() - t0
    scores: list[tuple[Gold, Score]] = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for g in golds:
            if args.pdf:
                spans = detect_pdf_spans(g, detector, Path(tmp))
            else:
                spans = person_spans(detect_document(g.path, detector).findings)
            scores.append((g, score(g, spans)))
    run_s = time.perf_counter() - t0

    mode = "one-page PDFs" if args.pdf else "text files"
    print(f"Person detection on {len(golds)} documents in {DATA.relative_to(ROOT)} ({mode}); "
          f"model load {load_s:.1f} s, detection {run_s:.1f} s")
    header = f"{'document':28s} {'lang':5s} {'gold':>4s} {'found':>5s} {'part':>4s} {'recall':>6s} {'pred':>5s} {'ok':>4s} {'FP':>3s} {'prec':>6s}"
    print(header)
    print("-" * len(header))
    for g, sc in scores:
        print(fmt_row(g.path.stem, g.language, sc))
        if args.verbose:
            for m in sc.missed:
                print(f"{'':30s}- missed {m!r}")
            for fp in sc.false_pos:
                print(f"{'':30s}+ wrong  {fp!r}")
    print("-" * len(header))
    total = Score()
    groups = {lang: Score() for lang in GROUPS}
    for g, sc in scores:
        groups[g.language].add(sc)
        total.add(sc)
    for lang in GROUPS:
        n = sum(g.language == lang for g, _ in scores)
        print(fmt_row(f"ALL {lang} ({n} docs)", lang, groups[lang]))
    print(fmt_row(f"ALL ({len(scores)} docs)", "", total))

    def listing(items: list[str]) -> str:
        common = Counter(items).most_common(None if args.verbose else LIST_MAX)
        more = len(Counter(items)) - len(common)
        text = "; ".join(f"{t} ×{n}" if n > 1 else t for t, n in common)
        return text + (f"; … {more} more (-v lists all)" if more else "")

    en = groups["en"]
    print(f"\nPERSON findings on the English pages that are not names: {len(en.false_pos)}"
          f" (of {en.predicted - en.ignored} scored)")
    if en.false_pos:
        print("  " + listing(en.false_pos))
    for lang in GROUPS[1:]:
        fps = groups[lang].false_pos
        if fps:
            print(f"False positives, {lang} ({len(fps)}): " + listing(fps))
    print(f"Missed mentions (all documents): {len(total.missed)}" + (": " + listing(total.missed) if total.missed else ""))
    print(f"Marked non-names hit: {len(total.traps_hit)} of "
          f"{sum(len(g.not_persons) for g in golds)}")

    if args.pdfs:
        extra_pdf_report(args.pdfs, detector)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
