"""Measure person-name detection: corpus PER recall/precision, samples recall, speed.

Usage:
    python scripts/evaluate.py CORPUS_DIR [--model PATH] [--samples DIR] [--dev] [--misses N]

* Corpus: test_corpus.txt (or, with --dev, the last 10 % of train_corpus.txt, the held-out
  set used while developing the rules). A gold PER span (a run of PER tokens) counts as found
  when one predicted PERSON span covers all its tokens; a predicted span counts as correct when
  one gold PER span covers all its tokens. Printed for the full ``find_names`` and for the
  model's PER entities alone.
* Samples: every {"category": "PERSON"} entry of samples/*.expected.json counts as found when
  every occurrence of its text on its page lies inside a predicted span.
* Speed on one thread: model load, and ``nlp(text)`` + ``find_names`` on a ~400-word page.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from redact.detect.names import find_names  # noqa: E402
from redact.detect.nlp import default_model_path, load_pipeline  # noqa: E402
from train_ner import read_corpus  # noqa: E402


def gold_spans(tags: list[str]) -> list[tuple[int, int]]:
    """Runs of PER tokens as (start, end) token indices."""
    spans, start = [], None
    for i, t in enumerate(tags + ["0"]):
        if t == "PER" and start is None:
            start = i
        elif t != "PER" and start is not None:
            spans.append((start, i))
            start = None
    return spans


def covers(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _to_gold_tokens(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """Range of gold tokens that a predicted character span overlaps."""
    idx = [i for i, (s, e) in enumerate(offsets) if s < end and e > start]
    return (idx[0], idx[-1] + 1) if idx else None


def eval_corpus(nlp, sents, misses: int) -> None:
    """Print recall and precision for find_names and for the NER alone.

    Each sentence is joined with spaces and run through the pipeline's own tokenizer (as in
    production); predictions are mapped back to the gold tokens by character offsets.
    """
    stats = {"find_names": [0, 0, 0, 0], "ner only": [0, 0, 0, 0]}  # found, gold, correct, predicted
    missed, wrong = [], []
    texts, all_offsets = [], []
    for sent in sents:
        offsets, pos = [], 0
        for w, _ in sent:
            offsets.append((pos, pos + len(w)))
            pos += len(w) + 1
        texts.append(" ".join(w for w, _ in sent))
        all_offsets.append(offsets)
    for sent, offsets, doc in zip(sents, all_offsets, nlp.pipe(texts, batch_size=64)):
        gold = gold_spans([g for _, g in sent])
        preds = {
            "find_names": [(h.start_char, h.end_char) for h in find_names(doc)],
            "ner only": [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"],
        }
        for key, pred_chars in preds.items():
            pred = [p for p in (_to_gold_tokens(offsets, s, e) for s, e in pred_chars) if p]
            st = stats[key]
            st[1] += len(gold)
            st[3] += len(pred)
            words = [w for w, _ in sent]
            for g in gold:
                if any(covers(p, g) for p in pred):
                    st[0] += 1
                elif key == "find_names":
                    missed.append((" ".join(words[g[0]:g[1]]), doc.text))
            for p in pred:
                if any(covers(g, p) for g in gold):
                    st[2] += 1
                elif key == "find_names":
                    wrong.append((" ".join(words[p[0]:p[1]]), doc.text))
    for key, (found, n_gold, correct, n_pred) in stats.items():
        r = found / n_gold if n_gold else 0.0
        p = correct / n_pred if n_pred else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {key:11s} PER recall {r:.3f} ({found}/{n_gold})  precision {p:.3f} ({correct}/{n_pred})  F1 {f:.3f}")
    if misses:
        print(f"  missed (first {misses}):")
        for name, text in missed[:misses]:
            print(f"    - {name!r}  in: {text[:140]}")
        print(f"  false positives (first {misses}):")
        for name, text in wrong[:misses]:
            print(f"    + {name!r}  in: {text[:140]}")


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(p) for p in needle.split()) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _document_level(pages: dict[int, str], hits: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Add the lead's document-level propagation (name parts, genitives, initials), if present."""
    try:
        from redact.resolve.person_initials import find_initials
        from redact.resolve.propagate import propagate
        from redact.types import Finding
    except ImportError:
        return hits
    findings = [
        Finding(id=f"p{n}-{i}", page=n, start=s, end=e, text=pages[n][s:e], category="PERSON", score=0.9,
                detector="names")
        for n, spans in hits.items() for i, (s, e) in enumerate(spans)
    ]
    more = propagate(findings, pages)
    more += find_initials(findings + more, pages)
    out = {n: list(spans) for n, spans in hits.items()}
    for f in more:
        if f.category == "PERSON" and f.start is not None and f.end is not None:
            out.setdefault(f.page, []).append((f.start, f.end))
    return out


def eval_samples(nlp, sample_dir: Path, misses: int) -> None:
    """Print recall of every PERSON mention in samples/*.expected.json."""
    import pymupdf

    files = sorted(sample_dir.glob("*.expected.json"))
    counts = {"find_names": [0, 0], "+ propagation": [0, 0]}
    missed: dict[str, list] = {k: [] for k in counts}
    for exp_file in files:
        pdf = exp_file.with_name(exp_file.name.replace(".expected.json", ".pdf"))
        if not pdf.exists():
            continue
        expected = [e for e in json.loads(exp_file.read_text(encoding="utf-8")).get("expected", [])
                    if e.get("category") == "PERSON"]
        if not expected:
            continue
        with pymupdf.open(pdf) as d:
            pages = {i + 1: d[i].get_text() for i in range(len(d))}
        hits = {n: [(h.start_char, h.end_char) for h in find_names(nlp(t))] for n, t in pages.items()}
        variants = {"find_names": hits, "+ propagation": _document_level(pages, hits)}
        for key, spans_by_page in variants.items():
            for e in expected:
                page = e.get("page", 1)
                occ = _occurrences(pages.get(page, ""), e["text"])
                counts[key][1] += 1
                spans = spans_by_page.get(page, [])
                if occ and all(any(s >= hs and en <= he for hs, he in spans) for s, en in occ):
                    counts[key][0] += 1
                else:
                    missed[key].append((pdf.name, page, e["text"], "not in page text" if not occ else ""))
    if not counts["find_names"][1]:
        print(f"  no samples with PERSON entries in {sample_dir}")
        return
    for key, (found, total) in counts.items():
        print(f"  {key:14s} person-mention recall {found / total:.3f} ({found}/{total}) over {len(files)} files")
        for name, page, text, note in missed[key][:misses]:
            print(f"    - {name} p{page}: {text!r} {note}")


PAGE = (
    "Protokoll fört vid sammanträde med socialnämnden den 12 mars 2024.\n"
    "Närvarande: Anna Svensson (S), ordförande, Mohammed Al-Hashimi (M), Eva Hyllén Jennbert (V), "
    "Björn Lindqvist (SD) och Sara Nilsson, sekreterare.\n"
    "§ 14 Ansökan om bistånd. Socialsekreterare Karin Berg redogör för ärendet. Sökanden, "
    "Ahmed Hassan, har inkommit med kompletterande handlingar den 3 mars. Enhetschef Per Holm "
    "föreslår att nämnden beviljar bistånd enligt förvaltningens förslag. "
)


def page_text(words: int = 400) -> str:
    """A ~400-word administrative page for the speed measurement."""
    filler = (
        "Nämnden beslutar att godkänna redovisningen och lägga den till handlingarna. Ärendet har "
        "beretts av förvaltningen och kommunicerats med berörda parter enligt förvaltningslagen. "
    )
    text = PAGE
    while len(text.split()) < words:
        text += filler
    return text


def eval_speed(model: Path) -> None:
    """Print load time and per-page detection time on one thread."""
    t0 = time.perf_counter()
    nlp = load_pipeline(model)
    load_s = time.perf_counter() - t0
    text = page_text()
    nlp(text)  # warm up
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        find_names(nlp(text))
        times.append(time.perf_counter() - t0)
    print(f"  model load {load_s:.2f} s; page of {len(text.split())} words: "
          f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms (1 thread)")


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus_dir", type=Path)
    ap.add_argument("--model", type=Path, default=None)
    ap.add_argument("--samples", type=Path, default=ROOT / "samples")
    ap.add_argument("--dev", action="store_true", help="use the held-out end of train_corpus.txt instead of the test file")
    ap.add_argument("--dev-fraction", type=float, default=0.1,
                    help="with --dev: the share of train_corpus.txt held out when the model was trained")
    ap.add_argument("--misses", type=int, default=0, help="print this many misses and false positives")
    ap.add_argument("--skip", nargs="*", default=[], choices=["corpus", "samples", "speed"])
    args = ap.parse_args(argv)
    try:
        from thinc.api import set_num_threads  # type: ignore[attr-defined]

        set_num_threads(1)
    except ImportError:
        pass
    model = args.model or default_model_path()
    print(f"model: {model}")
    if "speed" not in args.skip:
        print("speed:")
        eval_speed(model)
    nlp = load_pipeline(model)
    if "corpus" not in args.skip:
        if args.dev:
            sents = read_corpus(args.corpus_dir / "train_corpus.txt")
            sents = sents[-int(len(sents) * args.dev_fraction):]
            print(f"corpus (dev: last {args.dev_fraction:.0%} of train_corpus.txt, {len(sents)} sentences):")
        else:
            sents = read_corpus(args.corpus_dir / "test_corpus.txt")
            print(f"corpus (test_corpus.txt, {len(sents)} sentences):")
        eval_corpus(nlp, sents, args.misses)
    if "samples" not in args.skip:
        print(f"samples ({args.samples}):")
        eval_samples(nlp, args.samples, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
