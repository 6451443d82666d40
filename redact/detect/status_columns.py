"""A table's column headed by a state or a step taken ("Status", "Åtgärd"): its cells hold codes, no one's initials.

A register's row often ends in the state of its matter as the body's own short codes write it ("INK", "AB 3 mån",
"DR klar") or the step taken as a price list's or a procedure's code ("TLV 801", "OBS ny tid"). Read one cell a line,
such a code stands among the signatures beside it, and the initials rules and the learned tagger take its capitals for
someone's initials, its code with a figure for someone's number. The header says what the column holds: a state or a
step, which is the body's, never a person. So a finding there that is the code opening a cell (a word of two to four
capitals) or the whole cell of a short code (capitals and a figure of four digits at most, as a price list numbers
its steps) is dropped; a name, dotted initials or a long number in such a cell stays. The cells are read by the
page's geometry, as a thing's column's are (see ``redact.detect.thing_columns``).
"""

from __future__ import annotations

import re

from redact.detect.thing_columns import column_cells
from redact.types import Finding, Page

# the header of a state or a step: not "Åtgärdad av" or "Status satt av", which name who did it, nor "Tillstånd", which
# may be each person's permit and its number
_STATUS_HEADER = re.compile(r"(?i)status(?:kod)?|åtgärd(?:er|skod)?")
# (its letters in a row, capitalised and whole, as a header cell writes it: the page's geometry is read only then)
_STATUS_PART = re.compile(r"(?<![\w-])(?:Status(?:kod)?|Åtgärd(?:er|skod)?)(?![\w-])")
# a state's or a step's code opening the cell: capitals alone ("INK", "DR" of "DR klar")
_CODE_WORD = re.compile(r"[A-ZÅÄÖ]{2,4}")
# a step's code with its figure, the whole cell ("TLV 801", "KVÅ-420")
_STEP_CODE = re.compile(r"[A-ZÅÄÖ]{2,5}[ \u00a0-]?\d{1,4}")

_NAMES = frozenset({"PERSON", "INITIALS"})
_CATEGORIES = frozenset({"PERSON", "INITIALS", "ID_NUMBER"})


def _status_header(cell: str) -> frozenset[str]:
    """What a cell under the header cannot be: a person or a person's number, under a state's or a step's header."""
    return _CATEGORIES if _STATUS_HEADER.fullmatch(" ".join(cell.strip().rstrip(".:").split())) else frozenset()


def _is_code(f: Finding, text: str, a: int, b: int) -> bool:
    """True when ``f`` is the code opening the cell ``a``–``b`` (a name's finding) or the cell's whole step code."""
    start, end = f.start or 0, f.end or 0
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not (a <= start and end <= b):
        return False
    if f.category in _NAMES:
        return start == a and _CODE_WORD.fullmatch(text, start, end) is not None and (
            end == b or not text[end].isalnum())
    return (start, end) == (a, b) and _STEP_CODE.fullmatch(text, start, end) is not None


def drop_status_codes(findings: list[Finding], page: Page) -> list[Finding]:
    """Without the persons read in the code opening a cell of a state's or a step's column, and the identifiers that
    are a whole cell's short step code there."""
    if not any(f.category in _CATEGORIES for f in findings):
        return findings
    cells, _ = column_cells(page, _STATUS_PART, _status_header)
    if not cells:
        return findings

    def drop(f: Finding) -> bool:
        if f.category not in _CATEGORIES or f.start is None or f.end is None:
            return False
        return any(_is_code(f, page.text, a, b) for a, b, _ in cells)

    return [f for f in findings if not drop(f)]
