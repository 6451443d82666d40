#!/usr/bin/env python3
"""Which given names of the origins common in Sweden are masked when they stand alone: per origin whole / missed.

Usage:
    python scripts/check_given_names.py [-v] [--blank]
        [--half tuned|held-out|held-out2|held-out3|held-out4|both|all] [ORIGIN ...]

A person is often named by the given name alone, with nothing before it that says "a name follows": after a
greeting ("Hej Eylül!"), as the signature under "Hälsningar", as a sentence's subject ("I går ringde Kerem och
frågade om bygglovet."), after a label ("Kontaktperson: Zuzanna" above a phone line), after an English greeting
("Dear Niamh,") and as a child at a sentence's start ("Drilon går i förskoleklass..."). For 38 origins, 25 given
names each are set in these six frames (the tuned half in its more places too, ``given_names_samples.MORE_FRAMES``, its
keep words beside ``KEEP``); each text goes through ``detect_text`` (the shipped model unless
``--blank``). A text is "whole" when no letter of the name is left readable (a finding of any category that is not
rejected covers it), "missed" when all of it is; an origin is "full" when every text is whole. Each half also
prints how many texts of each frame were whole.

The origins come in halves printed apart: "tuned" (``given_names_samples``, the name lists may be mended from its
misses) and "held-out" (``given_names_heldout``: other names of the same origins, written blind at the same time;
the honest figure of how far the lists reach) and "held-out2" (``given_names_heldout2``: other names again, in ten
frames of its own and with twenty keep words of its own, written blind later, when a rule began to mask a word by
its place: the honest figure of whether places and names never tuned on are masked) and "held-out3"
(``given_names_heldout3``: eleven other names per origin again, written blind in ten places of its own, after the
second half's places had been tuned on, with twenty keep words of its own: the honest figure of whether the rules
reach places never tuned on) and "held-out4" (``given_names_heldout4``: eleven other names per origin again, written
blind in ten places of its own with twenty keep words of its own, once the third half's figures per origin had been
seen while tuning: the honest figure of how far the name lists and rules reach). A held-out name that also stands
in the tuned half of its origin is left out of the held-out figure (how many is printed). Never mend the lists from
the held-out half's misses, and never run it with ``-v``: ``-v`` prints each text of the tuned half that is not
masked whole and what was left (masked characters as '·'). A ``KEEP`` line counts how many ordinary words at the same places (a greeting to
everyone, an office's name as signature or contact, a weekday or month as subject, a common noun at a sentence's
start) had a letter masked (over-masking); with held-out2, held-out3 or held-out4, each one's own keep words are
counted too (how many only). The figures are printed, nothing is asserted: this is a measurement.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import importlib  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from check_common import half_arguments, keep_line, make_detector, measure_by_frame, print_halves  # noqa: E402
from given_names_samples import GIVEN_NAMES, MORE_FRAMES, MORE_KEEP  # noqa: E402

# The texts a given name is set in; {name} is the counted field.
FRAMES = {
    "greeting": "Hej {name}!\nTack för ditt brev om bostadsbidraget. Vi återkommer nästa vecka.",
    "signature": "Beslutet skickas med posten i slutet av månaden.\n\nHälsningar\n{name}",
    "subject": "I går ringde {name} och frågade om bygglovet.",
    "label": "Ansökan om bygglov\nKontaktperson: {name}\nTelefon: 070-174 06 21",
    "english": "Dear {name},\nThank you for your letter about the housing allowance.",
    "child": "{name} går i förskoleklass och trivs bra med sina kamrater.",
}

# Ordinary words at the same places that must stay readable: (text, the part that must not be masked).
KEEP = [
    ("Hej alla!\nTack för att ni kom på föräldramötet.", "alla"),
    ("Hej och välkommen till förskolan!", "välkommen"),
    ("Hej Vårdnadshavare!\nHär kommer information om höstterminen.", "Vårdnadshavare"),
    ("Hej!\nTack för ditt brev om bostadsbidraget.", "Tack"),
    ("Beslutet skickas med posten.\n\nHälsningar\nFörvaltningen", "Förvaltningen"),
    ("Vi hörs snart.\n\nHälsningar\nReceptionen", "Receptionen"),
    ("Välkomna!\n\nHälsningar\nFörskolan Solrosen", "Förskolan Solrosen"),
    ("Ansökan om bygglov\nKontaktperson: Receptionen\nTelefon: 0383-970 00", "Receptionen"),
    ("Kontaktperson: Växeln\nTelefon: 0383-970 00", "Växeln"),
    ("Kontaktperson: Handläggaren\nTelefon: 0383-970 00", "Handläggaren"),
    ("I går ringde Försäkringskassan och frågade om ärendet.", "Försäkringskassan"),
    ("I går ringde Skatteverket och frågade om deklarationen.", "Skatteverket"),
    ("I går ringde Polisen och frågade om händelsen.", "Polisen"),
    ("I går ringde Grannen och klagade på bullret.", "Grannen"),
    ("Dear Sir or Madam,\nThank you for your letter.", "Sir or Madam"),
    ("Dear colleagues,\nThank you for the meeting.", "colleagues"),
    ("Dear Customer,\nThank you for your order.", "Customer"),
    ("Barnet går i förskoleklass och trivs bra.", "Barnet"),
    ("Eleven går i årskurs tre och trivs bra.", "Eleven"),
    ("Ingen går i förskoleklass utan anmälan.", "Ingen"),
    ("Måndag går bussen som vanligt.", "Måndag"),
    ("Fredag ringde Skolverket om statsbidraget.", "Fredag"),
    ("Juni går fort på förskolan.", "Juni"),
    ("Augusti går till planering inför terminen.", "Augusti"),
    ("Maj ringde ingen från nämnden.", "Maj"),
    ("Tiden går fort och ansökan måste komma in i tid.", "Tiden"),
    ("Hälsningar\nSocialtjänsten i Vetlanda", "Socialtjänsten i Vetlanda"),
    ("Hej Vetlanda!\nNu börjar sommarlovet.", "Vetlanda"),
]

HALF_MODULES = {"tuned": "given_names_samples", "held-out": "given_names_heldout", "held-out2": "given_names_heldout2",
                "held-out3": "given_names_heldout3", "held-out4": "given_names_heldout4"}


def texts_of(name: str, frames: dict[str, str] = FRAMES) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Each frame's text with the given name set in, and the span that holds it."""
    out = {}
    for frame, text in frames.items():
        at = text.index("{name}")
        out[frame] = (text.replace("{name}", name), [(at, at + len(name))])
    return out


def half_names(half: str) -> dict[str, list[str]]:
    """The half's names per origin; the held-out half without its names that stand in the tuned half's origin."""
    names = importlib.import_module(HALF_MODULES[half]).GIVEN_NAMES
    if half == "tuned":
        return names
    kept = {o: [n for n in ns if n not in GIVEN_NAMES.get(o, ())] for o, ns in names.items()}
    print(f"({sum(len(ns) for ns in names.values()) - sum(len(ns) for ns in kept.values())} held-out names that "
          "also stand in the tuned half left out)")
    return kept


def _measure(half: str, wanted: set[str], detector, verbose: bool) -> str:
    """Print each origin's verdict and the texts whole per frame; return the half's summary line."""
    try:
        kinds = half_names(half)
    except ModuleNotFoundError:
        print(f"(the {half} half is not in this tree)")
        return "not measured"
    # A half written with its own places sets its names in those; the tuned half in the six frames above and its
    # own more places (``given_names_samples.MORE_FRAMES``); the first held-out half in the six frames.
    module = importlib.import_module(HALF_MODULES[half])
    frames = getattr(module, "FRAMES", FRAMES) | getattr(module, "MORE_FRAMES", {})
    return measure_by_frame(kinds, wanted, lambda kind, item: texts_of(item, frames), detector, verbose, frames,
                            noun="names", width=40, kinds_noun="origins", frame_width=9)


def main() -> int:
    args = half_arguments(__doc__, "name", list(HALF_MODULES))
    started = time.perf_counter()
    detector = make_detector(args.blank)
    wanted = {k.lower() for k in args.names}
    print_halves(args.half_names, lambda half: _measure(half, wanted, detector, args.verbose_for(half)))
    print(keep_line(KEEP + MORE_KEEP, detector, "must stay readable"))
    for half in ("held-out2", "held-out3", "held-out4"):
        if half in args.half_names:
            # Which of a blind half's keep words were masked is not printed, only how many.
            keep_blind = importlib.import_module(HALF_MODULES[half]).KEEP
            print(keep_line(keep_blind, detector, f"must stay readable, {half}", show=False))
    print(f"elapsed {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
