#!/usr/bin/env python3
"""Which person names of the origins common in Sweden are masked: per origin full / partial / missed.

Usage:
    python scripts/check_names.py [-v] [--blank] [--half tuned|held-out|held-out2|both|all] [ORIGIN ...]

For about forty origins (Swedish, Finnish, Sámi, Nordic, Baltic, Slavic, Balkan, Middle Eastern, African, South
and East Asian, Latin American, Western European, Roma), fictional names as people of that origin carry them in
Sweden (double given names, patronymics, particles such as "von", "van der", "de la", "Al-", "bin", hyphenated
family names, family name first, diacritics) are set in short texts: in running Swedish text after a role, at a
sentence's start, on a "Namn:" line under a form's header, in a table row beside a role and a phone number, as the
signature under "Med vänliga hälsningar", in the genitive (plain "s", ":s", nothing after s / x / z), the family
name alone after a title ("fru", "herr", "dr") later in the text, the calling name alone after the full name, in
an English sentence, upper-cased in a header, and as "Family, Given" in a list. Each text goes through
``detect_text`` (the shipped model unless ``--blank``).

Every mention of the name in a text counts (in the title and calling-name texts both the full name and the later
mention): a letter or digit of it that no finding (of any category, unless rejected) covers is left readable. A
text is "whole" when nothing of the name is left, "missed" when all of it is, "partial" otherwise; an origin is
"full" when every text is whole, "missed" when every text is missed. Each half also prints how many texts of each
frame were whole.

The origins come in halves printed apart: "tuned" (``names_samples``, rules may be tuned on it), "held-out"
(``names_heldout``: other names of the same origins, written blind at the same time; the honest figure of how the
name rules generalise) and "held-out2" (``names_heldout2``: a second batch of other names of the same origins,
written blind after the held-out half had been run many times). Do not tune on either held-out half's misses, and
never run them with ``-v``. ``--half both`` (the default) measures tuned and held-out, ``--half all`` all three. A
``KEEP`` line counts how many ordinary things that must stay readable (capitalised words at a sentence's start, the
authority's own name, places used as an organisation's name, the authority's street address, months, weekdays,
headers) had a letter masked (over-masking). ``-v`` prints each text that is not masked whole and what was left
(masked characters as '·'), for the tuned half only. The elapsed time is printed. The figures are printed, nothing
is asserted: this is a measurement.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import sys  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from string import Formatter  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from check_common import measure_by_frame, run_halves  # noqa: E402
from names_heldout import HELD_OUT  # noqa: E402
from names_heldout2 import HELD_OUT2  # noqa: E402
from names_samples import KEEP_ABROAD, TUNED  # noqa: E402

HALVES = {"tuned": TUNED, "held-out": HELD_OUT, "held-out2": HELD_OUT2}
# The halves never run with -v: their per-text misses must not be seen.

# The texts a name is set in. Counted fields: {full} the name as written, {FULL} upper-cased, {family} the family
# name, {given} the given names, {calling} the calling name. Not counted: {gs} the genitive ending, {title}.
FRAMES = {
    "running": "Handläggaren träffade {full} på tisdagen för ett uppföljande samtal.",
    "start": "{full} ringde och ville flytta sitt möte till nästa vecka.",
    "label": "Ansökan om färdtjänst\nNamn: {full}\nÄrende: resor till sjukvård",
    "table": "| Namn | Roll | Telefon |\n| {full} | Kurator | 070-174 06 21 |\n| Lena Berg | Rektor | 070-174 06 48 |",
    "signature": "Tack för ett bra samtal i går. Jag återkommer med en ny tid.\n\nMed vänliga hälsningar\n{full}",
    "genitive": "Nämnden har tagit emot {full}{gs} ansökan om bostadsanpassning.",
    "title": "{full} kom till mottagningen på tisdagen. Efter samtalet bad {title} {family} om en ny tid.",
    "calling": "Vi träffade {full} på familjecentralen. Under samtalet berättade {calling} om sin nya kurs.",
    "english": "Our contact {full} called the office on Monday about the new contract.",
    "capitals": "UTREDNING AVSEENDE {FULL}\nUtredningen inleddes efter en anmälan i mars.",
    "comma": "Närvarande\n{family}, {given}\nLena Berg, socialsekreterare",
}
NOT_COUNTED = {"gs", "title"}

# Things that must stay readable: (text, the part that must not be masked).
KEEP = [
    ("Vi ses på mötet i morgon. Därefter skickas protokollet ut.", "Därefter"),
    ("Ansökan kom in i tid. Beslutet fattades av nämnden i april.", "Beslutet"),
    ("Välkommen till Vetlanda kommun! Här hittar du information om förskolan.", "Vetlanda kommun"),
    ("Sundsvalls kommun har tagit emot din ansökan.", "Sundsvalls kommun"),
    ("Kommunstyrelsen i Falköpings kommun sammanträder i juni.", "Falköpings kommun"),
    ("Ärendet har skickats till Region Skåne för yttrande.", "Region Skåne"),
    ("Utbildningen ges i samarbete med Örebro universitet.", "Örebro universitet"),
    ("Borås Stad ansvarar för skolskjutsen.", "Borås Stad"),
    ("Linköpings universitetssjukhus har skickat en remiss.", "Linköpings universitetssjukhus"),
    ("Polisen i Jönköping har underrättats om händelsen.", "Polisen i Jönköping"),
    ("Kommunens besöksadress är Storgatan 12 i Vetlanda.", "Storgatan 12"),
    ("Vetlanda kommun\nStadshusplan 1\n574 80 Vetlanda", "Stadshusplan 1"),
    ("Kommunens kontaktcenter finns på Drottninggatan 5, plan 2.", "Drottninggatan 5"),
    ("Maj 2026\nNyhetsbrev från förskoleförvaltningen", "Maj"),
    ("Juni och juli är semestertid på förvaltningen.", "Juni"),
    ("Augusti: skolstarten sker den 18:e.", "Augusti"),
    ("Måndag 14 april är receptionen stängd.", "Måndag"),
    ("Lördagar har biblioteket öppet till klockan 14.", "Lördagar"),
    ("Fredag den 3 oktober hålls ett informationsmöte.", "Fredag"),
    ("Bakgrund\nSökanden har ansökt om bistånd i form av hemtjänst.", "Bakgrund"),
    ("Bedömning\nNämnden bedömer att behovet kan tillgodoses på annat sätt.", "Bedömning"),
    ("Beslut\nAnsökan beviljas.", "Beslut"),
    ("Sammanfattning\nUtredningen visar att stödet behövs.", "Sammanfattning"),
    ("Handläggare\nEnheten för ekonomiskt bistånd", "Handläggare"),
    ("Björn och varg har setts i området enligt länsstyrelsen.", "Björn"),
    ("Sten och grus ska forslas bort från tomten.", "Sten"),
    ("Rosor planteras längs parkvägen i maj.", "Rosor"),
    ("Tekniska förvaltningen ansvarar för snöröjningen.", "Tekniska förvaltningen"),
]


@dataclass
class Name:
    """One name's parts: as written, its family name, its given names and its calling name."""

    full: str
    family: str
    given: str
    calling: str


def parse(written: str) -> Name:
    """The parts of a name written with its family name between slashes."""
    a = written.index("/")
    b = written.index("/", a + 1)
    family = written[a + 1:b]
    given = " ".join((written[:a] + " " + written[b + 1:]).split())
    family_first = not written[:a].strip()
    calling = given.split()[-1] if family_first else given.split()[0]
    return Name(" ".join(written.replace("/", " ").split()), family, given, calling)


def _genitive_ending(name: Name, index: int) -> str:
    """Swedish genitive: nothing after s, x or z; otherwise plain "s" or ":s" (every other item)."""
    if name.full[-1].lower() in "sxz":
        return ""
    return "s" if index % 2 == 0 else ":s"


def _title(sex: str, index: int) -> str:
    """The title before the family name alone: "dr" for every third item, else "fru" / "herr"."""
    if index % 3 == 2:
        return "dr"
    return "fru" if sex == "f" else "herr"


def texts_of(item: tuple[str, str], index: int) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Each frame's text and the spans in it that hold the name's characters."""
    written, sex = item
    name = parse(written)
    fields = {"full": name.full, "FULL": name.full.upper(), "family": name.family, "given": name.given,
              "calling": name.calling, "gs": _genitive_ending(name, index), "title": _title(sex, index)}
    out = {}
    for frame_name, frame in FRAMES.items():
        parts, spans, at = [], [], 0
        for literal, field, _, _ in Formatter().parse(frame):
            parts.append(literal)
            at += len(literal)
            if field is None:
                continue
            value = fields[field]
            if field not in NOT_COUNTED:
                spans.append((at, at + len(value)))
            parts.append(value)
            at += len(value)
        out[frame_name] = ("".join(parts), spans)
    return out


def _measure(kinds: dict[str, list[tuple[str, str]]], wanted: set[str], detector, verbose: bool) -> str:
    """Print each origin's verdict and the texts whole per frame; return the half's summary line."""
    return measure_by_frame(kinds, wanted, lambda kind, item: texts_of(item, kinds[kind].index(item)), detector,
                            verbose, FRAMES, noun="names", width=24, kinds_noun="origins", shown=lambda item: item[0],
                            frame_width=9)


def main() -> int:
    return run_halves(__doc__, "text", list(HALVES),
                      lambda half, wanted, detector, verbose: _measure(HALVES[half], wanted, detector, verbose),
                      [(KEEP, "must stay readable"),
                       (KEEP_ABROAD, "must stay readable, places abroad, brands and words like those names")])


if __name__ == "__main__":
    raise SystemExit(main())
