"""A caption over a table read one cell a line: the line above the header cells that names the table, not a column.

Part of the cell-line reading (``redact.detect.table_text``): read as the header's first cell, a caption shifts
every row's cells one column, so that a header cell is read as a value and each value under another column's header.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from redact.detect.table_header_words import BIRTH, FULL, ID
from redact.detect.table_headers import header_kind


# a column of plain names by the header's own word, no role's ("Namn", "Person")
_PLAIN_NAME_HEADERS = frozenset({"namn", "person", "personens namn", "för- och efternamn"})


def caption_over_header(lines: Sequence[tuple[int, str]], i: int, header: Sequence[str], j: int,
                        repeated: Callable[[Sequence[tuple[int, str]], int, int], int]) -> bool:
    """True when line ``i``, read as the first of the header cells ``header`` (the rows begin on line ``j``), is a
    caption over the table; ``repeated`` counts the rows of so many lines that repeat their shapes."""
    if len(header) <= 2 or lines[i][1].strip() != header[0]:
        return False
    first, rest = header[0].casefold(), [h.casefold() for h in header[1:]]
    # "Sökande" / "Nr" / "Sökande" / "Född": named after one of its columns (a header row never names one twice)
    if first in rest:
        return True
    # "Närvarande" / "Namn" / "Sign.": a role's caption over a column of plain names (no row holds two columns of
    # names side by side, the role's and a name's)
    if rest[0] == "namn" and header_kind(header[0]) == FULL:
        return True
    # "Sökande" / "Ärende" / "Person" / "Född": the same caption over a plain name's column further along the run, in
    # a table whose birth dates or numbers then mark its rows ("Personal" / "Funktion" / "Namn" over roles and names
    # alone is left as read: rows of words only cannot say where the header ends)
    if header_kind(header[0]) == FULL and any(h in _PLAIN_NAME_HEADERS for h in rest[1:]) and any(
            header_kind(h) in (BIRTH, ID) for h in header[1:]):
        return True
    # "Beslut" / "§" / "Ärende" / "Ansvar": the rows repeat their shapes with one cell fewer than the run read, over
    # more lines than with as many or more (header cells nobody listed may close the row: "Uppdrag" / … /
    # "Arvode/mån"); lines, not rows: rows of four cells repeat as pairs of two too, twice as many
    k = len(header)
    fewer = repeated(lines, j, k - 1)
    return fewer > 1 and fewer * (k - 1) > max(repeated(lines, j, p) * p for p in range(k, k + 3))
