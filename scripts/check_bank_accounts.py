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
a rule generalises; do not tune on the held-out half's misses). A ``KEEP`` line
counts how many of a few of the authority's or an organisation's own giro numbers were masked (over-masking).
``-v`` prints each writing's texts that are not masked whole and what was left, for the tuned half only. The figures are printed,
nothing is asserted: this is a measurement.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from bank_accounts_heldout import HELD_OUT  # noqa: E402
from bank_accounts_samples import TUNED  # noqa: E402
from check_common import (  # noqa: E402
    cut_near_middle, half_arguments, keep_line, make_detector, measure_kinds, print_halves,
)

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
            halves = cut_near_middle(writing) if "\n" not in writing else None
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


def main() -> int:
    args = half_arguments(__doc__, "writing", list(HALVES))
    detector = make_detector(args.blank)
    wanted = {k.lower() for k in args.names}
    print_halves(args.half_names, lambda half: measure_kinds(HALVES[half], wanted, lambda _kind, writing: texts_of(writing), detector, args.verbose_for(half),
                                                       str.isdigit, "writings", 20))
    print(keep_line(KEEP, detector, "own giro numbers that should stay readable", str.isdigit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
