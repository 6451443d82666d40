"""A table's column of initials under a header nobody listed ("HR", "Uppg.", "Ansv. HL"): judged by its cells.

Staff sign a register's rows with their initials in a column whose header names their role in the
organisation's own words. The header cannot be listed, but the cells tell: every cell of the column is
initials-shaped (capitals "LR", mixed case "ViKa", letters with dots or hyphens "kö-j", "an.w", small letters
"ti") and at least one is in a shape only initials have (``hand_initials``), so a column of country codes or
classes ("SE", "B") stays. Part of the geometric table reading (``redact.detect.table_geometry``), which hands
over the columns of a table of persons under a header of no known kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.initials_shapes import hand_initials, particle_initials, plain_lower_initials
from redact.detect.table_columns import Cell
from redact.detect.table_header_words import FIRST, FULL, SIGN
from redact.detect.table_headers import _is_header

# capitals, possibly with dots, hyphens or one small letter each ("LR", "B-M.L", "SvE."), or small letters with
# dots or hyphens ("kö-j", "an.w", "t.l")
_SHAPE = re.compile(r"^(?:[A-ZÅÄÖÉÜØÆ][a-zåäöéüøæ]?[.\-]?){2,4}\.?$|^[a-zåäöéü]{1,3}(?:[.\-][a-zåäöéü]{1,3}){1,2}\.?$")
_EMPTY = frozenset({"", "-", "–", "—", "x", "X"})


def _initials_like(cell: str) -> bool:
    return bool(_SHAPE.match(cell)) or hand_initials(cell) or plain_lower_initials(cell) or particle_initials(cell)


def is_initials_column(cells: Sequence[str]) -> bool:
    """True when every filled cell is initials-shaped and one at least has a shape only initials have."""
    filled = [c.strip() for c in cells if c.strip() not in _EMPTY]
    if len(filled) < 2 or any((len(c) > 7 and not particle_initials(c)) or not _initials_like(c) for c in filled):
        return False
    return any(hand_initials(c) or particle_initials(c) for c in filled)


# a check's, an inspection's or a measurement's header: who did it signs the column's cells, in a table of tasks or
# things as in a register of persons
_CHECK_HEADERS = frozenset({"kontroll", "besiktning", "mätning"})


def check_header(head: str) -> bool:
    """True for a check's or an inspection's column header ("Kontroll", "Besiktning"), judged by its cells."""
    return " ".join(head.strip().rstrip(":").split()).lower() in _CHECK_HEADERS


def columns_beside_signers(kinds: Sequence[str | None], heads: Sequence[str]) -> dict[int, list[tuple[int, int]]]:
    """The columns under a header nobody listed in a table with a signing column ("Inspektör | Kontroll"): a second
    signer's initials may stand there; they are judged by their cells alone (``is_initials_column``)."""
    if SIGN not in kinds:
        # (a table of things or tasks with a check's or an inspection's column, "Åtgärd | Ägare | Besiktning": its
        # cells are judged as a signer's all the same)
        return {n: [] for n, (kind, head) in enumerate(zip(kinds, heads)) if kind is None and check_header(head)}
    return {n: [] for n, (kind, head) in enumerate(zip(kinds, heads))
            if kind is None and (not _is_header(head) or check_header(head))}


def initials_cells(loose: dict[int, list[tuple[int, int]]], heads: Sequence[str], text: str) -> list[Cell]:
    """The cells of the loose columns that hold initials (see is_initials_column)."""
    out = []
    for n, spans in loose.items():
        if is_initials_column([text[a:b] for a, b in spans]):
            out.extend(Cell(a, b, SIGN, heads[n].strip() or "kolumn utan rubrik") for a, b in spans
                       if text[a:b].strip() not in _EMPTY)
    return out


# two or three capitals alone: a person's initials as a register writes them ("MK", "JOM"), or an abbreviation ("ID",
# "OK", "IT")
_CAPITALS = re.compile(r"^[A-ZÅÄÖÉÜ]{2,3}$")
# the columns that name persons (a sign column's "OK" or "JA" among initials is an answer: see NOT_INITIALS)
_PERSON_KINDS = (FULL, FIRST)


def initials_read_as_words(taken: dict[int, list[str]], refused: dict[int, list[tuple[int, int]]],
                           kinds: Sequence[str | None], heads: Sequence[str], text: str) -> list[Cell]:
    """The cells of capitals a person's column left as an abbreviation ("ID", "OK") where every cell it took is a
    person's initials in capitals ("MK", "HB"): in a column of initials they are someone's too.

    ``taken`` holds each column's cells the column's kind took, ``refused`` the spans of those it did not."""
    out = []
    for n, spans in refused.items():
        cells = [c.strip() for c in taken.get(n, ())]
        if kinds[n] not in _PERSON_KINDS or not cells or not all(_CAPITALS.match(c) for c in cells):
            continue
        out.extend(Cell(a, b, kinds[n], heads[n]) for a, b in spans if _CAPITALS.match(text[a:b].strip()))
    return out
