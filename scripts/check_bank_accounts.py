#!/usr/bin/env python3
"""Which bank account writings are masked: per kind full / partial / missed.

Usage:
    python scripts/check_bank_accounts.py [-v] [--blank] [--half tuned|held-out|both] [KIND ...]

Fictional account writings of each kind (Swedish clearing + account in its common writings, Swedbank's
five-digit clearing, Handelsbanken, Nordea personkonto, inline "clnr/kontonr" labels, writings broken over a
line end, bankgiro, plusgiro, Swish, accounts abroad by country, account cells under a table header) are set in
short Swedish texts: after a payment cue ("Ersättningen betalas till ..."), in running text, on a "Konto: ..."
line, in a table row beside a person's name, and broken over a line end at the space nearest the middle. A
table kind's writing (header cells, value cells) is set in a table under its own headers and as "Header: value"
lines. Each text goes through ``detect_text`` (the shipped model unless ``--blank``).

Only digits are counted: a digit of the writing that no finding (of any category, unless rejected) covers is
left readable; label words ("clnr", "BLZ") and bank names need not be masked. Bank codes written beside the
account (clearing, sort code, BLZ, routing, IFSC letters aside) count as part of it. A text is "whole" when no
digit is left, "missed" when every digit is left, "partial" otherwise; a kind is "full" when every text is
whole, "missed" when no digit of any text is masked.

The kinds come in two halves printed apart: "tuned" (``bank_accounts_samples``, rules may be tuned on it) and
"held-out" (``bank_accounts_heldout``: other writings of the same kinds, written blind; the honest figure of how
a rule generalises; do not tune on the held-out half's misses, and do not run it with ``-v``). A ``KEEP`` line
counts how many of a few of the authority's or an organisation's own giro numbers were masked (over-masking).
``-v`` prints each writing's texts that are not masked whole and what was left. The figures are printed,
nothing is asserted: this is a measurement.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from bank_accounts_heldout import HELD_OUT  # noqa: E402
from bank_accounts_samples import TUNED  # noqa: E402

HALVES = {"tuned": TUNED, "held-out": HELD_OUT}

# The texts a plain writing is set in: {a} the whole writing, {a1} / {a2} its two halves at the space nearest
# the middle (a line end between them).
FRAMES = {
    "cue": "Ersättningen betalas till {a}.",
    "running": "Hon uppger att bidraget ska sättas in på {a} som tillhör hennes sambo.",
    "label": "Utbetalning\nMottagare: Lina Berg\nKonto: {a}\nBelopp: 4 500 kr",
    "table": "| Namn | Bankuppgifter | Belopp |\n| Lina Berg | {a} | 4 500 kr |\n| Omar Said | saknas | 2 000 kr |",
    "break": "Beloppet sätts in på {a1}\n{a2} senast den 15 mars.",
}

# The authority's or an organisation's own giro numbers, which should stay readable: (text, the number).
KEEP = [
    ("Avgiften betalas till Kommunens bankgiro 5052-3315 senast den 30 april.", "5052-3315"),
    ("Kommunens bankgiro: 827-6107", "827-6107"),
    ("Inbetalning sker till Kommunens bankgiro 604-4176 med OCR-nummer från fakturan.", "604-4176"),
    ("Medlemsavgiften sätts in på Föreningens plusgiro 90 20 01-7.", "90 20 01-7"),
    ("Föreningens plusgiro 44 18 07-5", "44 18 07-5"),
    ("Gåvor tas tacksamt emot på Föreningens plusgiro 1576032-5.", "1576032-5"),
]


def _halves(writing: str) -> tuple[str, str] | None:
    """The writing cut at its space nearest the middle, or None when it has no space."""
    spaces = [i for i, c in enumerate(writing) if c == " "]
    if not spaces:
        return None
    at = min(spaces, key=lambda i: abs(i - len(writing) / 2))
    return writing[:at], writing[at + 1:]


def _spans_in_order(text: str, parts: list[str], start: int = 0) -> list[tuple[int, int]]:
    """Where each part stands in the text, each searched after the one before."""
    spans = []
    for part in parts:
        s = text.index(part, start)
        spans.append((s, s + len(part)))
        start = s + len(part)
    return spans


def texts_of(writing) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Each frame's text and the spans in it that hold the writing's characters."""
    if isinstance(writing, tuple):
        headers, cells = writing
        table = ("| Namn | " + " | ".join(headers) + " | Belopp |\n"
                 "| Lina Berg | " + " | ".join(cells) + " | 4 500 kr |\n"
                 "| Omar Said | " + " | ".join("saknas" for _ in cells) + " | 2 000 kr |")
        label = "Namn: Lina Berg\n" + "\n".join(f"{h}: {c}" for h, c in zip(headers, cells)) + "\nBelopp: 4 500 kr"
        row = table.index("| Lina Berg | ") + len("| Lina Berg | ")
        return {
            "table": (table, _spans_in_order(table, list(cells), row)),
            "label": (label, _spans_in_order(label, list(cells), len("Namn: Lina Berg\n"))),
        }
    out = {}
    for kind, frame in FRAMES.items():
        if kind == "break":
            halves = _halves(writing) if "\n" not in writing else None
            if halves is None:
                continue
            a1, a2 = halves
            text = frame.format(a1=a1, a2=a2)
            out[kind] = (text, _spans_in_order(text, [a1, a2], text.index(a1)))
        elif kind == "table" and "\n" in writing:
            continue  # a line end would break the table row itself
        else:
            text = frame.format(a=writing)
            s = text.index(writing)
            out[kind] = (text, [(s, s + len(writing))])
    return out


def left_readable(text: str, spans: list[tuple[int, int]], masks: list[tuple[int, int]]) -> tuple[str, int, int]:
    """The writing's digits left unmasked (as text, masked ones as '·'), how many and out of how many."""
    left, count, total = [], 0, 0
    for a, b in spans:
        for i in range(a, b):
            if not text[i].isdigit():
                left.append(text[i] if not text[i].isspace() else " ")
                continue
            total += 1
            if not any(s <= i < e for s, e in masks):
                count += 1
                left.append(text[i])
            else:
                left.append("·")
        left.append(" ")
    return " ".join("".join(left).split()), count, total


def _masks(text: str, detector, detect_text) -> list[tuple[int, int]]:
    """The spans of every finding that is not rejected."""
    det = detect_text(text, detector)
    return [(f.start, f.end) for f in det.findings
            if f.status != "rejected" and f.start is not None and f.end is not None]


def _measure(kinds: dict[str, list], wanted: set[str], detector, detect_text, verbose: bool) -> str:
    """Print each kind's verdict and return the half's summary line."""
    verdicts: dict[str, str] = {}
    all_whole = all_part = all_missed = all_n = writings = 0
    for kind, items in kinds.items():
        if wanted and kind.lower() not in wanted:
            continue
        whole = part = missed = n = 0
        notes = []
        for writing in items:
            writings += 1
            for frame, (text, spans) in texts_of(writing).items():
                left, count, total = left_readable(text, spans, _masks(text, detector, detect_text))
                n += 1
                if count == 0:
                    whole += 1
                elif count == total:
                    missed += 1
                else:
                    part += 1
                if count:
                    notes.append(f"    {frame:7} {writing!r}: left {left!r}")
        verdict = "full" if whole == n else ("missed" if missed == n else "partial")
        verdicts[kind] = verdict
        all_whole += whole
        all_part += part
        all_missed += missed
        all_n += n
        print(f"{kind:20} {verdict:8} {len(items):3} writings  {whole:3}/{n:<3} texts whole, "
              f"{part} partial, {missed} missed")
        if verbose and notes:
            print("\n".join(notes))
    counts = {k: sum(v == k for v in verdicts.values()) for k in ("full", "partial", "missed")}
    return (f"kinds: {len(verdicts)}  full {counts['full']}  partial {counts['partial']}  missed {counts['missed']};"
            f"  writings {writings};  texts whole {all_whole}/{all_n}  partial {all_part}  missed {all_missed}")


def _keep_line(detector, detect_text) -> str:
    """How many of the KEEP numbers had a digit masked."""
    masked = []
    for text, number in KEEP:
        s = text.index(number)
        _, count, total = left_readable(text, [(s, s + len(number))], _masks(text, detector, detect_text))
        if count < total:
            masked.append(number)
    return f"KEEP (own giro numbers that should stay readable): {len(masked)}/{len(KEEP)} masked" + (
        f"  ({', '.join(masked)})" if masked else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="print what each writing left readable")
    ap.add_argument("--blank", action="store_true", help="spacy.blank('sv') instead of the shipped model")
    ap.add_argument("--half", choices=["tuned", "held-out", "both"], default="both",
                    help="which half to measure (default both, printed apart)")
    ap.add_argument("kinds", nargs="*")
    args = ap.parse_args()

    from redact.detect.engine import Detector
    from redact.document_detection import detect_text

    if args.blank:
        import spacy

        from redact.detect.lemmatizer import FACTORY

        nlp = spacy.blank("sv")
        nlp.add_pipe(FACTORY)
        detector = Detector(nlp=nlp)
    else:
        detector = Detector()
    wanted = {k.lower() for k in args.kinds}
    halves = ["tuned", "held-out"] if args.half == "both" else [args.half]
    summaries = []
    for half in halves:
        print(f"== {half} ==")
        summaries.append((half, _measure(HALVES[half], wanted, detector, detect_text, args.v)))
    print()
    for half, line in summaries:
        print(f"{half:9}  {line}")
    print(_keep_line(detector, detect_text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
