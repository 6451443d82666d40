#!/usr/bin/env python3
"""Print how the detector's vocabularies and memory grow over many pages of words never seen before.

Every page is made of fresh random words (as a long run of real documents brings new names,
places and codes), detected in batches of 8 as ``redact run`` does. After each step the script
prints the number of strings and lexemes in the main pipeline's and the learned tagger's
vocabularies and the process's resident memory (now, not its peak). A flat run holds them
bounded whatever the page count.

Usage: python scripts/measure_vocab.py [--pages N] [--every K] [--seed S]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

LETTERS = "abcdefghijklmnopqrstuvwxyzåäö"
BATCH = 8


def fresh_page(rng: random.Random, number: int, lines: int = 30, words: int = 10) -> str:
    """A page of sentences of random words, some capitalised like names and places."""
    out = []
    for _ in range(lines):
        ws = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 11))) for _ in range(words)]
        ws[0] = ws[0].capitalize()
        ws[rng.randrange(1, words)] = ws[rng.randrange(1, words)].capitalize()
        out.append(" ".join(ws) + ".")
    return f"Sida {number}\n" + "\n".join(out)


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def lexemes(vocab) -> int:
    """Lexemes in a vocabulary's index (``len(vocab)`` counts every lexeme ever made, freed or not)."""
    return sum(1 for _ in vocab)


def sizes(detector) -> dict[str, int]:
    """Strings and lexemes held by the main pipeline's vocabulary and the tagger's."""
    out = {"strings": len(detector.nlp.vocab.strings), "lexemes": lexemes(detector.nlp.vocab)}
    if detector.tagger is not None:
        out["tagger strings"] = len(detector.tagger.vocab.strings)
        out["tagger lexemes"] = lexemes(detector.tagger.vocab)
    return out


def main(argv: list[str] | None = None) -> int:
    """Detect N pages of fresh words, printing vocabulary sizes and memory every K pages."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=600, help="pages to detect (default 600)")
    ap.add_argument("--every", type=int, default=100, help="print a line every K pages (default 100)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    from redact.detect.engine import Detector
    from redact.types import Page

    detector = Detector()
    rng = random.Random(args.seed)

    def batch(start: int) -> None:
        pages = [Page(number=n + 1, text=fresh_page(rng, n + 1), words=(), width=595.0, height=842.0)
                 for n in range(start, start + BATCH)]
        detector.detect_many(pages)

    batch(0)  # warm-up: what the first pages load is not growth
    first, first_rss = sizes(detector), rss_mb()
    print(f"{'pages':>6s}  " + "  ".join(f"{k:>14s}" for k in first) + f"  {'RSS MB':>8s}")
    print(f"{BATCH:6d}  " + "  ".join(f"{v:14d}" for v in first.values()) + f"  {first_rss:8.0f}")
    t0 = time.perf_counter()
    done = BATCH
    while done < args.pages:
        batch(done)
        done += BATCH
        if done % args.every < BATCH or done >= args.pages:
            now = sizes(detector)
            print(f"{done:6d}  " + "  ".join(f"{v:14d}" for v in now.values()) + f"  {rss_mb():8.0f}")
    last = sizes(detector)
    print("growth after the warm-up: " + ", ".join(f"{k} {last[k] - first[k]:+d}" for k in first)
          + f", RSS {rss_mb() - first_rss:+.0f} MB ({time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
