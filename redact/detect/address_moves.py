"""Both ends of a move named by their streets: "Vi har flyttat från Lingonstigen till Ängsvägen", "flyttade i maj
från Kastanjegatan 4 till Lövvägen".

A residence cue's rule takes the street right after its preposition ("flyttat från Lingonstigen"); the street the
move went to, named with no number after "till", is the new home and no less one. Rules of
``redact.detect.address``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect import context as ctx
from redact.detect.address_shapes import EXTRA, NUMBER, SP, STREET
from redact.detect.patterns import Rule, Verdict, compile_rule
from redact.types import Finding

_MOVE = r"(?i:flyttade|flyttat|flyttar|flytta|flyttades|flyttats)"
_WORD = r"[\wåäöÅÄÖéü'’-]+"
# the first street may carry its number, its flat and its postcode-less tail ("Kastanjegatan 4 lgh 1102")
_FIRST = STREET.replace("(?P<core>", "(?:")
_SECOND = STREET.replace("(?P<core>", "(?P<core2>")
MOVE_TO_STREET = compile_rule(
    rf"""
    (?<![\w-]){_MOVE}
    (?:(?:{SP}+|{SP}*\n{SP}*){_WORD}){{0,4}}?
    (?:{SP}+|{SP}*\n{SP}*)(?i:från){SP}*\n?{SP}*
    {_FIRST}(?:{SP}+{NUMBER.replace("(?P<number>", "(?:")}{EXTRA})?
    (?:{SP}+|{SP}*\n{SP}*)(?i:till){SP}*\n?{SP}*
    (?P<street>{_SECOND})(?![\w-])
    """
)


def check_move_to_street(text: str, m: re.Match[str]) -> Verdict | None:
    """The street a move went to, named after the street it came from."""
    if m.group("core2").lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start("street"), m.end("street"), "gata dit någon flyttat, efter gatan de flyttat från")


RULES = (
    Rule("street_moved_to", MOVE_TO_STREET, score=0.75, check=check_move_to_street, needs=("flytta",)),
)


# a whole Swedish address, its postal code and town last, then the move's "till" or "från" and the other home, its
# street capitalised and numbered ("Kyrkogatan 7, 671 30 Arvika till Storgatan 2, 671 70 Edane"): two homes
_TWO_HOMES = re.compile(r"(?P<first>[^\n]*?\d{3}[ \u00a0]?\d{2}[ \t]+[A-ZÅÄÖ][\wåäö-]*(?:[ -][A-ZÅÄÖ][\wåäö-]*)?)"
                        r"[ \t]*\n?[ \t]*(?i:till|från)[ \t]*\n?[ \t]*(?P<second>[A-ZÅÄÖ][^\n]*?\d[^\n]*)")


def split_moves(findings: list[Finding], text: str) -> list[Finding]:
    """An address read over both ends of a move (the learned tagger's one span over "… Arvika till Storgatan 2, …")
    as its two homes: the "till" or "från" between them stays readable."""
    out: list[Finding] = []
    for f in findings:
        m = _TWO_HOMES.fullmatch(f.text) if f.category == "ADDRESS" and f.start is not None else None
        if m is None:
            out.append(f)
            continue
        first_end, second_start = f.start + m.end("first"), f.start + m.start("second")
        out.append(replace(f, end=first_end, text=text[f.start:first_end]))
        out.append(replace(f, id=f"{f.id}-2", start=second_start, text=text[second_start:f.end]))
    return out
