"""Both ends of a move named by their streets: "Vi har flyttat från Lingonstigen till Ängsvägen", "flyttade i maj
från Kastanjegatan 4 till Lövvägen".

A residence cue's rule takes the street right after its preposition ("flyttat från Lingonstigen"); the street the
move went to, named with no number after "till", is the new home and no less one. Rules of
``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address_shapes import EXTRA, NUMBER, SP, STREET
from redact.detect.patterns import Rule, Verdict, compile_rule

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
