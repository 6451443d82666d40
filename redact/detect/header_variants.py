"""The other forms a known header cell takes in real tables, each read back to the header it holds.

A register's header row is written by hand in a word processor, so the same column is headed in many ways:
with a footnote's mark ("Medlemsnr*", "Kortnummer¹", "Personnummer 1)"), after whose it is ("Fartygets
anropssignal", "Båtens MMSI"), with where the number is held ("Medlemsnr i a-kassan", "Kundnummer hos
Fjärrvärmen"), with where it was read ("Född enligt pass", "Ägare enligt registret"), or as two compounds sharing
their last part ("Pass-/ID-nummer"). Listing each form would never end;
each is read as the header inside it, and only a header of an identifier or a birth date is taken that way (a
genitive or a holder before any other header changes what the column holds too often).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# a footnote's mark after the header: a star, a dagger, a superscript digit, a digit or a letter in a bracket
_FOOTNOTE = re.compile(r"(?:[ \t]*(?:[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+|\(?[1-9a-d]\)))+$")
# a possessor's genitive before the header ("Fartygets", "Båtens", "Sökandens", "Förälderns"): one word in the
# definite form's genitive (a word merely ending in -s, "Kurs ID", is the thing whose number it is)
_GENITIVE = re.compile(r"^(?P<owner>[^\W\d_]{2,}(?:ens|ets|ns|ts))[ \t]+(?P<rest>\S.*)$")
# where the number is held, after it ("i a-kassan", "hos Fjärrvärmen", "vid kliniken")
_HELD = re.compile(r"^(?P<rest>.+?)[ \t]+(?:i|hos|vid)[ \t]+[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?$")
# two compounds sharing their last part ("Pass-/ID-nummer", "Medlems- och kundnummer")
_ELIDED = re.compile(r"^[^\W\d_]+-[ \t]*(?:/|och|eller)[ \t]*(?P<rest>\S+)$")
# where the value was read, after the header ("Ägare enligt registret", "Född enl. pass", "Adress enligt ansökan"):
# the source changes nothing of what the column holds
_SOURCE = re.compile(r"^(?P<rest>\S.*?)[ \t]+(?i:enligt|enl\.)[ \t]+[^\W\d_][\w.-]*(?:[ \t]+[^\W\d_][\w.-]*){0,2}$")


def without_footnote(cell: str) -> str:
    """The header cell without a footnote's mark after it ("Belopp*" → "Belopp")."""
    return _FOOTNOTE.sub("", cell.strip()).strip()


# a phrase after the header saying where or by what its values hold ("Ägare enligt registret", "Ägare i registret",
# "Ägare per registret"): part of the one header cell, never a cell of its own
_PHRASE_AFTER = re.compile(r"^(?P<rest>\S+(?:[ \t]+\S+){0,2}?)[ \t]+(?:enligt|enl\.|i|på|hos|vid|per|för|från|inom)[ \t]+"
                           r"[^\W\d_][\w.-]*(?:[ \t]+[^\W\d_][\w.-]*){0,2}$")
_PHRASE_WORDS = frozenset(("enligt", "enl.", "i", "på", "hos", "vid", "per", "för", "från", "inom"))


def without_phrase_after(cell: str) -> str:
    """The header cell without a phrase after it saying where or by what its values hold ("Ägare enligt registret",
    "Ägare i registret" → "Ägare"); the cell itself when none follows."""
    c = cell.strip()
    words = c.split()
    # (asked of every cell a table reading weighs: the words are looked up before the pattern is tried)
    if not 3 <= len(words) <= 7 or len(c) > 40 or _PHRASE_WORDS.isdisjoint(words[1:-1]):
        return c
    m = _PHRASE_AFTER.match(c)
    return m.group("rest") if m else c


def header_variant(cell: str, kind_of: Callable[[str], str | None], kinds: tuple[str, ...]) -> str | None:
    """The kind (one of ``kinds``) of the known header a cell holds in another form (see the module), or None."""
    c = cell.strip()
    bare = _FOOTNOTE.sub("", c).strip()
    if bare and bare != c and (kind := kind_of(bare)) is not None:
        return kind  # a footnote's mark changes no column ("Personnummer*" still heads personnummer)
    if ":" in c or any(ch.isdigit() for ch in c):
        return None  # "Ert kundnummer hos oss: K-1017": a label with its value, no header cell
    for pattern in (_GENITIVE, _HELD, _ELIDED, _SOURCE):
        m = pattern.match(bare or c)
        if m and (kind := kind_of(m.group("rest"))) in kinds and (
                pattern in (_ELIDED, _SOURCE) or _names_a_number(m.group("rest"))):
            return kind
    return None


# a number's or a mark's word ends the header whose owner or holder is named ("Medlemsnr", "anropssignal",
# "födelsedatum"): a cell of running words ("P-tillstånd i bilen") read where a header could stand is none
_NUMBER_WORD = re.compile(r"(?i)(?:nummer|nr\.?|no\.?|id|signal|mmsi|cin|hin|datum|född)$")


def _names_a_number(rest: str) -> bool:
    return _NUMBER_WORD.search(rest.strip()) is not None
