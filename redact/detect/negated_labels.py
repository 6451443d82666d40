"""A label its own cell negates: "inget kort", "ingen kod", "utan nummer" says the person has no such number.

In a table read one cell a line, "inget kort" (no card) fills the card's cell of a row and the next line opens the
next row ("SR 27-0444", the body's own trip number): the code after the negated label is no number of its, and the
label gives it no person's identifier.
"""

from __future__ import annotations

import re

# a negating word right before the label ("inget kort", "ingen kod", "utan nummer", "saknar kort", "no card")
_NEGATION = re.compile(r"(?i)(?<![\w-])(?:inget|ingen|inga|utan|saknar|saknas|no|kein|keine|ei)[ \t]+$")


def negated_label(text: str, label_start: int) -> bool:
    """True when a negating word stands right before the label at ``label_start`` ("inget kort")."""
    return _NEGATION.search(text, max(0, label_start - 12), label_start) is not None


# a cell that is a negated label alone ("inget kort", "Ingen kod"): the row's value, never a column's header
_NEGATED_CELL = re.compile(r"(?i)[ \t]*(?:inget|ingen|inga|utan|saknar|saknas|no|kein|keine|ei)[ \t]+[^\W\d_][\w.-]*[ \t]*")


def negated_cell(cell: str) -> bool:
    """True for a cell that is a negating word and a label alone ("inget kort"): no header of a column."""
    return _NEGATED_CELL.fullmatch(cell) is not None
