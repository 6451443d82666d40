"""Where at a home a thing stands, written after the address in the same table cell ("Myrvägen 4, vid ladan",
"Åsby 12, garaget", "Storgatan 3, entrén").

A register of things placed at private homes (defibrillators, alarms, bins, keys) gives each place as the address
and a note of where there: the note ends the cell and is one short lowercase phrase, a noun in its definite form
with or without a preposition before it. It belongs to the address: it says where at that person's home. Only a
cell, never a sentence: the address opens its line (or cell) and the note ends it; a word that is no noun ("men",
"den", "inte") ends no note. A care home's ward ending the cell ("Ängsbacken, avd. Lärkan") belongs to the home
the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# a preposition of place, then a noun in its definite form ("-en", "-an", "-et", "-n", "-t", "-na": "ladan",
# "garaget", "entrén", "uppfarten", "trapphuset"), ending the cell (a line end, "|", a tab or two spaces)
_NOTE = re.compile(
    r",[ \t]*(?P<note>(?:(?:vid|på|i|utanför|bakom|under|ovanför|intill|mot|nära|bredvid|invid|över|innanför)[ \t]+)?"
    r"(?P<noun>[a-zåäöéü]{3,}))[ \t]*(?=\n|$|\||\t| {2,})")
_DEFINITE = ("n", "t", "na")
# lowercase words ending so that are no noun
_NOT_NOUNS = frozenset({
    "den", "men", "sen", "hon", "han", "man", "kan", "utan", "igen", "än", "nyligen", "redan", "numera", "det",
    "ett", "inte", "mycket", "bort", "fast", "just", "direkt", "snart", "helt", "samt", "dit", "hit", "fått", "gått",
    "satt", "slut", "sent", "tidigt", "senast", "först", "sist", "kvitt", "stängt", "öppet", "trasigt", "utlånat",
    "flyttat", "ersatt", "bytt", "lagat", "borttagen", "kontrollerat", "klart", "nytt", "gammalt",
})
_LINE_START = re.compile(r"(?:^|\n|\||\t| {2,})[ \t]*$")
# the ward of a care home that is the home, named or numbered, ending the cell ("Ängsbacken, avd. Lärkan",
# "Solgården, avdelning 3"): where in the home the person lives, so part of the address
_WARD = re.compile(r"(?i:,[ \t]*(?:avd\.?|avdelning))[ \t]+(?:[A-ZÅÄÖ][\w'’-]+|\d{1,3}[A-Za-z]?)"
                   r"[ \t]*(?=\n|$|\||\t| {2,})")
# the ward's word already ending the finding, its name left out ("Ängsbacken, avd." of "…, avd. Lärkan")
_WARD_WORD_END = re.compile(r"(?i),[ \t]*(?:avd\.?|avdelning)$")


def _with_ward(f: Finding, text: str) -> Finding | None:
    """The address cell with its ward after it, whole, or None when no ward ends the cell."""
    tail = _WARD_WORD_END.search(f.text)
    m = _WARD.match(text, f.start + tail.start() if tail else f.end)
    if m is None or not _LINE_START.search(text, max(0, f.start - 40), f.start):
        return None
    return replace(f, end=m.end(), text=text[f.start:m.end()])


def with_place_note(f: Finding, text: str) -> Finding:
    """An address alone at the start of a cell with the note of where at the home after it, whole."""
    if f.category != "ADDRESS" or f.start is None or f.end is None:
        return f
    ward = _with_ward(f, text)
    if ward is not None:
        return ward
    if "," not in text[f.end:f.end + 2]:
        return f
    m = _NOTE.match(text, f.end)
    if m is None:
        return f
    noun = m.group("noun")
    if not noun.endswith(_DEFINITE) or noun in _NOT_NOUNS:
        return f
    if not _LINE_START.search(text, max(0, f.start - 40), f.start):
        return f  # "… bor på Myrvägen 4, men": the address stands in a sentence
    end = m.end("note")
    return replace(f, end=end, text=text[f.start:end])
