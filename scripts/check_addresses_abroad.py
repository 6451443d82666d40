#!/usr/bin/env python3
"""Which private addresses abroad are masked: per country full / partial / missed.

Usage:
    python scripts/check_addresses_abroad.py [-v] [--blank] [--half tuned|held-out|held-out2|both|all] [COUNTRY ...]

For the countries people in Sweden most often come from or have kin in, one or more fictional addresses
(invented streets and house numbers, real towns and the country's postal code format, written the way the
country writes them) are set in short Swedish texts: after a residence cue ("bor på", "har flyttat till"),
after a label ("Adress:"), after "c/o" and a name, after a party's name in a decision's heading ("Klagande\nAmal Haddad, ..."), in a
table's address cell, and broken over a line end after a comma. Each text goes through ``detect_text`` (the shipped model unless ``--blank``); an address counts as
masked in a text when every letter and digit of it lies under a finding that is not rejected.

A country is "full" when every text of every address is masked whole, "missed" when no letter of any address
is masked, "partial" otherwise. The countries come in two halves printed apart: "tuned" (the list rules may be
tuned on, ``addresses_abroad_samples``) and "held-out" (``addresses_abroad_heldout``: countries no rule was written
for, the honest figure of how a rule of the class generalises; do not tune on its misses). A third list,
"held-out2" (``addresses_abroad_heldout2``), is a second held-out batch of other countries, written blind;
``--half both`` measures tuned and held-out, ``--half all`` all three. ``-v`` prints each address that is not
masked whole and what was left, for the tuned half only. The figures are printed, nothing is asserted: this is a measurement; the tests are
``tests/test_detect_address_abroad_*.py``.
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

from addresses_abroad_heldout import HELD_OUT  # noqa: E402
from addresses_abroad_heldout2 import HELD_OUT2  # noqa: E402
from addresses_abroad_samples import ADDRESSES  # noqa: E402
from check_common import (  # noqa: E402
    cut_near_middle, half_arguments, kinds_line, left_readable, make_detector, masks_of, print_halves, verdict,
)

HALVES = {"tuned": ADDRESSES, "held-out": HELD_OUT, "held-out2": HELD_OUT2}

# The texts each address is set in: {a} the whole address, {a1} / {a2} its two halves at a comma (a line end
# between them).
FRAMES = {
    "cue": "Hennes bror bor på {a}.",
    "label": "Uppgifter om anhörig\nNamn: Karim Haddad\nAdress: {a}\nTelefon: saknas",
    "moved": "Sökandens dotter har flyttat till {a} och arbetar där.",
    "c/o": "Beslutet skickas till sökanden c/o Omar Haddad, {a}.",
    "table": "| Namn | Relation | Adress |\n| Amal Haddad | syster | {a} |\n| Sami Haddad | bror | okänd |",
    "break": "Modern bor numera på {a1},\n{a2} och kan nås där.",
    "party": "Klagande\nAmal Haddad, {a}\nOmbud saknas",
}


def texts_of(address: str) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Each frame's text and the spans in it that hold the address's characters."""
    out = {}
    for kind, frame in FRAMES.items():
        if kind == "break":
            halves = cut_near_middle(address, ",")
            if halves is None:
                continue
            a1, a2 = halves
            text = frame.format(a1=a1, a2=a2)
            s1 = text.index(a1)
            s2 = text.index(a2, s1 + len(a1))
            out[kind] = (text, [(s1, s1 + len(a1)), (s2, s2 + len(a2))])
        else:
            text = frame.format(a=address)
            s = text.index(address)
            out[kind] = (text, [(s, s + len(address))])
    return out


def _measure(addresses_of: dict[str, list[str]], wanted: set[str], detector, verbose: bool) -> str:
    """Print each country's verdict and return the half's summary line."""
    verdicts: dict[str, str] = {}
    texts_full = texts_all = 0
    for country, addresses in addresses_of.items():
        if wanted and country.lower() not in wanted:
            continue
        whole = some = n = 0
        notes = []
        for address in addresses:
            for kind, (text, spans) in texts_of(address).items():
                left, count, total = left_readable(text, spans, masks_of(text, detector))
                n += 1
                whole += count == 0
                some += count < total
                if count:
                    notes.append(f"    {kind:6} {address!r}: left {left!r}")
        verdicts[country] = verdict(whole, n - some, n)
        texts_full += whole
        texts_all += n
        print(f"{country:18} {verdicts[country]:8} {whole}/{n} texts masked whole")
        if verbose and notes:
            print("\n".join(notes))
    return (f"{kinds_line(verdicts, 'countries')}  texts masked whole {texts_full}/{texts_all}")


def main() -> int:
    args = half_arguments(__doc__, "address", list(HALVES))
    detector = make_detector(args.blank)
    wanted = {c.lower() for c in args.names}
    print_halves(args.half_names, lambda half: _measure(HALVES[half], wanted, detector, args.verbose_for(half)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
