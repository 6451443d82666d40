#!/usr/bin/env python3
"""Which labelled personal identifiers and birth dates are masked: per kind full / partial / missed.

Usage:
    python scripts/check_identifiers.py [-v] [--blank] [--half tuned|held-out|held-out2|both|all] [KIND ...]

Fictional values of the registers a Swedish municipality keeps about people (employee, customer, client, pupil,
patient, member, library card, parking permit, key tag, allotment / berth / grave plot, housing queue, LSS and
home care, debtor, insurance, passport, national ID card, driving licence, LMA card, Nordic and German national
numbers, a private car's plate, a dog's chip) under their labels as people write them (in full, abbreviated,
"-ID", English), and birth dates in many shapes after their cues ("född", "f.", "födelsedatum", "DOB", none),
are set in short Swedish texts. An identifier (label, value) goes in running text after a person's name
("... Anna Lindqvist med kundnummer ..."), on a "Label: value" line under "Namn:", in a table whose header holds
the label and whose cell below holds the value beside a name, with a line end between label and value, and with
a line end inside the value at its space nearest the middle. A birth date (cue, date) goes after a name in
running text, in brackets after a name, on a "Född: ..." line, in a table's birth-date column, with a line end
between cue and date and inside the date. Each text goes through ``detect_text`` (the shipped model unless
``--blank``).

Only the value counts, not the label or cue: a letter or digit of the value that no finding (of any category,
unless rejected) covers is left readable. A text is "whole" when nothing of the value is left, "missed" when all
of it is, "partial" otherwise; a kind is "full" when every text is whole, "missed" when every text is missed.

The kinds come in halves printed apart: "tuned" (``identifiers_samples``, rules may be tuned on it), "held-out"
(``identifiers_heldout``: other labels and writings of the same kinds, written blind; the honest figure of how a
rule generalises) and "held-out2" (``identifiers_heldout2``: a second batch of other labels and writings, and kinds
the tuned half lacks, written blind after the held-out half had been run many times). Do not tune on either
held-out half's misses, and never run them with ``-v``. ``--half both`` (the default) measures tuned and
held-out, ``--half all`` all three. A ``KEEP`` line counts how many of the authority's own numbers and ordinary
figures that must stay readable (case numbers, its invoice and order numbers, a company's organisation number, a
sum, a meeting's date, a law's number, a room) had a letter or digit masked (over-masking); with held-out2 a second
KEEP line counts its own such items (``identifiers_heldout2.KEEP2``), the count only. ``-v`` prints each text that
is not masked whole and what was left (masked characters as '·'), for the tuned half only. The figures are
printed, nothing is asserted: this is a measurement.
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

from identifiers_heldout import HELD_OUT  # noqa: E402
from identifiers_heldout2 import HELD_OUT2, KEEP2  # noqa: E402
from identifiers_samples import KEEP_ABROAD, TUNED  # noqa: E402
from check_common import (  # noqa: E402
    cut_near_middle, half_arguments, keep_line, make_detector, measure_kinds, print_halves,
)

HALVES = {"tuned": TUNED, "held-out": HELD_OUT, "held-out2": HELD_OUT2}
# The halves never run with -v: their per-text misses must not be seen.

# Texts an identifier is set in: {label} as written, {Label} with a capital first letter, {v} the value,
# {v1} / {v2} the value's two halves at its space nearest the middle (a line end between them).
ID_FRAMES = {
    "running": "Ärendet gäller Anna Lindqvist med {label} {v}, som har kontaktat förvaltningen.",
    "label": "Personuppgifter\nNamn: Anna Lindqvist\n{Label}: {v}\nStatus: beviljad",
    "table": "| Namn | {Label} | Status |\n| Anna Lindqvist | {v} | beviljad |\n| Erik Holm | saknas | avslag |",
    "break": "Anna Lindqvist har {label}\n{v} enligt registret.",
    "break_v": "Anna Lindqvist har {label} {v1}\n{v2} enligt registret.",
}

# Texts an e-mail address is set in (kinds "email_*"; written by the e-mail tuner): {v1} / {v2} the address cut
# after its "@", at its dot or at its hyphen nearest the middle, the frame skipped when the address has none.
EMAIL_FRAMES = {
    "running": "Ärendet gäller Anna Lindqvist som nås på {label} {v} under dagtid.",
    "label": "Personuppgifter\nNamn: Anna Lindqvist\n{Label}: {v}\nStatus: beviljad",
    "table": "| Namn | {Label} | Status |\n| Anna Lindqvist | {v} | beviljad |\n| Erik Holm | saknas | avslag |",
    "cells": "Namn {Label} Status\nAnna Lindqvist {v} beviljad\nErik Holm saknas avslag",
    "cell": "Namn\n{Label}\nStatus\nAnna Lindqvist\n{v}\nbeviljad",
    "angle": "Från: Anna Lindqvist <{v}>\nSkickat: den 3 mars 2026 09:14\nTill: Registrator",
    "mailto": "Anna Lindqvist bad om svar via mailto:{v} senast fredag.",
    "bracket": "Synpunkten kom från Anna Lindqvist ({v}).",
    "colon": "Anna Lindqvist, {v}: vill ha beslutet per post.",
    "end": "Beslutet skickas till Anna Lindqvist på {v}.",
    # a list of contacts where another person's "first.last" address shares the domain (a provider's, or the
    # authority's own for its staff)
    "list": "Kontaktombud:\nErik Holm, erik.holm@{domain}\nAnna Lindqvist, {v}\nLena Ek, lena.ek@{domain}",
    "break_at": "Anna Lindqvist har {label} {v1}\n{v2} enligt ansökan.",
    "break_dot": "Anna Lindqvist har {label} {v1}\n{v2} enligt ansökan.",
    "break_dash": "Anna Lindqvist har {label} {v1}\n{v2} enligt ansökan.",
}
_EMAIL_CUTS = {"break_at": "@", "break_dot": ".", "break_dash": "-"}


def _email_cut(value: str, frame: str) -> tuple[str, str] | None:
    """The address cut for a line-break frame: the first half keeps the "@", "." or "-" (as a PDF wraps it)."""
    at_char = _EMAIL_CUTS[frame]
    places = [i for i, c in enumerate(value) if c == at_char and 0 < i < len(value) - 1]
    if at_char == "." and "@" in value:
        places = [i for i in places if i > value.index("@")] or places
    if not places:
        return None
    at = min(places, key=lambda i: abs(i - len(value) / 2))
    return value[:at + 1], value[at + 1:]


# Texts a birth date is set in: {cue} as written (with a space after it unless empty), {Header} the cue as a
# label or column header, {v} the date, {v1} / {v2} its halves.
DOB_FRAMES = {
    "running": "Anna Lindqvist, {cue}{v}, har ansökt om ekonomiskt bistånd.",
    "bracket": "Ansökan från Anna Lindqvist ({cue}{v}) kom in till nämnden.",
    "label": "Personuppgifter\nNamn: Anna Lindqvist\n{Header}: {v}\nOrt: Kalmar",
    "table": "| Namn | {Header} | Ort |\n| Anna Lindqvist | {v} | Kalmar |\n| Erik Holm | okänt | Växjö |",
    "break": "Anna Lindqvist, {cue_nl}{v}, har ansökt om ekonomiskt bistånd.",
    "break_v": "Anna Lindqvist, {cue}{v1}\n{v2}, har ansökt om ekonomiskt bistånd.",
}

# Things that must stay readable: (text, the part that must not be masked).
KEEP = [
    ("Ärendet har diarienummer Dnr KS 2026/114 och avgörs av kommunstyrelsen.", "KS 2026/114"),
    ("Ange ärendenummer BUN 2025/0418 vid kontakt med förvaltningen.", "BUN 2025/0418"),
    ("Kommunens faktura nr 2026-004417 avser tömning av kärl under mars.", "2026-004417"),
    ("Kommunens ordernummer 45 118 220 ska anges på leverantörens faktura.", "45 118 220"),
    ("Upphandlingen har referensnummer UH-2026-017.", "UH-2026-017"),
    ("Leverantören Norrbygg AB, organisationsnummer 556712-3343, har lämnat anbud.", "556712-3343"),
    ("Org.nr: 556904-1188", "556904-1188"),
    ("Ersättningen uppgår till 12 500 kr per månad.", "12 500 kr"),
    ("Nämnden beslutade vid sammanträdet den 3 mars 2026 att bevilja ansökan.", "3 mars 2026"),
    ("Sammanträdesdatum: 2026-03-03", "2026-03-03"),
    ("Beslutet fattas med stöd av lagen (SFS 2018:218) med kompletterande bestämmelser.", "SFS 2018:218"),
    ("Mötet hålls i rum B214 på plan 2 i stadshuset.", "B214"),
    # Written by the e-mail and labelled-identifier tuner: the authority's own mailboxes and numbers, a
    # company's invoice, a framework agreement of the authority.
    ("Handlingar skickas till registrator@norrvik.se med diarienumret.", "registrator@norrvik.se"),
    ("Frågor besvaras av kommun@norrvik.se och info@norrvik.se.", "kommun@norrvik.se"),
    ("Frågor besvaras av kommun@norrvik.se och info@norrvik.se.", "info@norrvik.se"),
    ("Kontakta socialtjansten@norrvik.se vid frågor om beslutet.", "socialtjansten@norrvik.se"),
    ("Svar skickas till mailto:bygglov@norrvik.se eller per post.", "bygglov@norrvik.se"),
    ("E-post: registrator(at)norrvik.se", "registrator(at)norrvik.se"),
    ("Ärendenummer: SBN 2026/0417", "SBN 2026/0417"),
    ("| Diarienummer | Ärende |\n| KS-2026-118 | Motion om cykelbana |", "KS-2026-118"),
    ("Kommunens avtalsnummer för ramavtalet är RA-2024-017.", "RA-2024-017"),
    ("Fakturanummer 2026-7731 från Norrbygg AB avser snöröjning.", "2026-7731"),
    ("Enligt 4 kap. 2 § lagen (2001:453) om socialtjänst ska nämnden utreda.", "2001:453"),
    ("Se bilaga 3 till protokollet, § 44.", "44"),
]


def _cap(word: str) -> str:
    """The word with a capital first letter (the rest as written)."""
    return word[:1].upper() + word[1:]


def _header(cue: str) -> str:
    """The birth-date cue as a label or column header ("f." and "född den" become "Född")."""
    word = cue.rstrip(":").strip()
    if not word or word.lower() in ("f", "f.", "född", "född den"):
        return "Född"
    return _cap(word)


def _placed(text: str, parts: list[str], start: int) -> list[tuple[int, int]]:
    """Where each part stands in the text, each searched after the one before."""
    spans = []
    for part in parts:
        s = text.index(part, start)
        spans.append((s, s + len(part)))
        start = s + len(part)
    return spans


def texts_of(kind: str, item: tuple[str, str]) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Each frame's text and the spans in it that hold the value's characters."""
    label, value = item
    dob = kind.startswith("dob_")
    email = kind.startswith("email_")
    frames = DOB_FRAMES if dob else EMAIL_FRAMES if email else ID_FRAMES
    halves = cut_near_middle(value)
    out = {}
    for name, frame in frames.items():
        if email:
            halves = _email_cut(value, name) if name in _EMAIL_CUTS else None
            if name in _EMAIL_CUTS and halves is None:
                continue
            if name == "list" and "@" not in value:
                continue
        if name == "break_v" and halves is None:
            continue
        if dob and name == "break" and not label:
            continue
        fields = {"label": label, "Label": _cap(label).rstrip(":"), "v": value,
                  "cue": f"{label} " if label else "", "cue_nl": f"{label}\n", "Header": _header(label),
                  "domain": value.rpartition("@")[2]}
        if halves:
            fields["v1"], fields["v2"] = halves
        text = frame.format(**fields)
        # The value stands after the name (and the label or cue), so search from the name's end.
        start = text.index("Anna Lindqvist") + len("Anna Lindqvist")
        parts = list(halves) if name == "break_v" or name in _EMAIL_CUTS else [value]
        out[name] = (text, _placed(text, parts, start))
    return out


def _group(kind: str) -> str:
    """The summary's group of a kind: birth dates or identifiers."""
    return "birth dates" if kind.startswith("dob_") else "e-mails" if kind.startswith("email_") else "identifiers"


def main() -> int:
    args = half_arguments(__doc__, "text", list(HALVES))
    detector = make_detector(args.blank)
    wanted = {k.lower() for k in args.names}
    print_halves(args.half_names, lambda half: measure_kinds(HALVES[half], wanted, texts_of, detector,
                                                       args.verbose_for(half), group_of=_group))
    print(keep_line(KEEP, detector, "must stay readable"))
    print(keep_line(KEEP_ABROAD, detector, "must stay readable, dates abroad that are no birth"))
    if "held-out2" in args.half_names:
        # Which of the blind batch's KEEP items were masked is not printed, only how many.
        print(keep_line(KEEP2, detector, "must stay readable, held-out2", show=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
