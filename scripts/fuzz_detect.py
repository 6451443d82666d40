"""Fuzz detection: no text may make ``Detector.detect`` or the detect stage raise (not run in CI).

First every sentence of the NER corpus (train and test files, each sentence alone and in
batches of twenty joined by line breaks; at most half the time) goes through the trained
pipeline; then, until the time is up, random texts: arbitrary Unicode, and mixes of listed names, sentence words,
labels, numbers, punctuation and line breaks, through ``Detector.detect`` and, one in ten,
through the whole detect stage on a text file. Prints the counts and every failure (first 20).

    .venv/bin/python scripts/fuzz_detect.py --minutes 10 [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from redact.detect.engine import Detector  # noqa: E402
from redact.detect.names import OPENERS, load_lexicons  # noqa: E402
from redact.pipeline import detect_document  # noqa: E402
from redact.types import Page  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "swedish-ner-corpus"
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "", " | ", "\t", ", ", ".\n", "\u00a0", " / "]
ODD = ["\u00ad", "\ufb01", "\u200b", "\u202e", "\ufeff", "\x00", "\u0301", "𝔄", "İ", "ß", "ǅ", "²", "٣", "\u2028"]
NUMBERS = ["19700101-1234", "070-123 45 67", "SE45 5000 0000 0583 9825 7466", "8327-9", "512 044 781-3",
           "5566-1234", "12 34 56-7", "111 22", "12", "3", "1a", "SE197001011234 01", "DE89 3704 0044 0532 0130 00"]


def _corpus_sentences(corpus: Path) -> list[str]:
    from train_ner import read_corpus

    out: list[str] = []
    for name in ("test_corpus.txt", "train_corpus.txt"):
        path = corpus / name
        if path.exists():
            out += [" ".join(tok for tok, _ in sent) for sent in read_corpus(path)]
    return out


def _vocabulary() -> list[str]:
    lex = load_lexicons()
    rng = random.Random(7)
    sample = lambda words, n: rng.sample(sorted(words), min(n, len(words)))  # noqa: E731
    return [*sample(lex.first, 400), *sample(lex.last, 400), *sorted(lex.exceptions), *sorted(lex.particles),
            *sorted(lex.titles), *[lb.title() for lb in lex.labels], *sorted(OPENERS), *[w.title() for w in OPENERS],
            *NUMBERS, *ODD, "Hos", "Ho", "AB", "EvA", "K.S.", "OaU", "YT", "E", "O", "C.", "al-Khair", "(", ")", ":",
            ",", ".", "–", "”", "'s", ":s", "kommun", "Bygglov", "Storgatan", "bor på", "säger", "Box"]


def _soup(rng: random.Random, vocab: list[str]) -> str:
    out = []
    for _ in range(rng.randint(1, 60)):
        w = rng.choice(vocab)
        r = rng.random()
        out.append(w.upper() if r < 0.15 else w.lower() if r < 0.3 else w)
        out.append(rng.choice(SEPARATORS))
    return "".join(out)


def _unicode(rng: random.Random) -> str:
    n = rng.randint(0, 200)
    chars = []
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            chars.append(chr(rng.randint(0x20, 0x24F)))
        elif r < 0.6:
            chars.append(rng.choice("\n\t \u00a0"))
        else:
            c = rng.randint(0, 0x2FFFF)
            if 0xD800 <= c <= 0xDFFF:
                c = 0x41
            chars.append(chr(c))
    return "".join(chars)


def _page(text: str) -> Page:
    return Page(number=1, text=text, words=(), width=595, height=842)


def main(argv: list[str] | None = None) -> int:
    """Command line entry."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus_dir", type=Path, nargs="?", default=DEFAULT_CORPUS)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    deadline = t0 + args.minutes * 60
    detector = Detector()
    failures: list[str] = []
    counts = {"corpus sentences": 0, "corpus batches": 0, "unicode texts": 0, "word soups": 0, "detect stage runs": 0}

    def run(kind: str, text: str) -> None:
        counts[kind] += 1
        try:
            for f in detector.detect(_page(text)):
                if not (0 <= f.start < f.end <= len(text)) or f.text != text[f.start:f.end]:
                    raise AssertionError(f"finding outside the text: {f}")
        except Exception:
            failures.append(f"{kind}: {text[:120]!r}\n{traceback.format_exc(limit=3)}")

    def run_many(kind: str, texts: list[str]) -> None:
        # the language model batched, as the pipeline runs it; a failing batch is retried text by text
        try:
            found = detector.detect_many([_page(t) for t in texts])
            for text, fs in zip(texts, found):
                for f in fs:
                    if not (0 <= f.start < f.end <= len(text)) or f.text != text[f.start:f.end]:
                        raise AssertionError(f"finding outside the text: {f}")
            counts[kind] += len(texts)
        except Exception:
            for t in texts:
                run(kind, t)

    sentences = _corpus_sentences(args.corpus_dir) if args.corpus_dir.exists() else []
    if not sentences:
        print(f"no corpus at {args.corpus_dir}: random texts only")
    # the corpus gets at most half the time, so that random texts are always tried too
    corpus_deadline = t0 + args.minutes * 30
    for i in range(0, len(sentences), 64):
        if time.monotonic() > corpus_deadline:
            break
        run_many("corpus sentences", sentences[i:i + 64])
    for i in range(0, len(sentences), 20):
        if time.monotonic() > corpus_deadline:
            break
        run("corpus batches", "\n".join(sentences[i:i + 20]))
    rng = random.Random(args.seed)
    vocab = _vocabulary()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.txt"
        while time.monotonic() < deadline:
            if rng.random() < 0.3:
                run("unicode texts", _unicode(rng))
                continue
            text = _soup(rng, vocab)
            run("word soups", text)
            if rng.random() < 0.1:
                counts["detect stage runs"] += 1
                path.write_text(text, encoding="utf-8")
                try:
                    detect_document(path, detector)
                except Exception:
                    failures.append(f"detect stage: {text[:120]!r}\n{traceback.format_exc(limit=3)}")
    elapsed = time.monotonic() - t0
    print(f"fuzz_detect: {elapsed / 60:.1f} min, seed {args.seed}; corpus: {len(sentences)} sentences"
          + (" (all run)" if counts["corpus sentences"] >= len(sentences) else " (not all run in half the time)"))
    for kind, n in counts.items():
        print(f"  {kind}: {n}")
    print(f"  failures: {len(failures)}")
    for f in failures[:20]:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
