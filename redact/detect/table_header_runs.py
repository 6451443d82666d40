"""Where the header run of a table read one cell a line begins and ends: the known header cells on
consecutive lines, a cell broken over two lines, and the cells nobody listed that open or close the header
row (told by the rows repeating their shapes longer counted with them).

Part of the text readings of a table (``redact.detect.table_text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redact.detect.table_header_lines import _begins_header, _fragment_join, header_parts
from redact.detect.table_header_words import BIRTH, ID
from redact.detect.table_headers import _is_header, header_kind
from redact.detect.table_row_shapes import (
    _code_shape, _digit_shape, _numbered_shape, _repeated_rows, _row_number_shape,
)
from redact.detect.table_values import value_fits


def _header_run(lines: Sequence[tuple[int, str]], i: int) -> tuple[list[str], int]:
    """The header cells on the lines from ``i`` on (one cell a line, or several read as one line,
    or one broken over two lines), and the index of the first line after them."""
    heads: list[str] = []
    j = i
    while j < len(lines) and lines[j][1].strip():
        joined = _fragment_join(lines[j][1], lines[j + 1][1]) if j + 1 < len(lines) else None
        if joined:
            heads.append(joined)
            j += 2
            continue
        parts = header_parts(lines[j][1])
        if parts is None and len(heads) >= 2 and _known_header_line(lines[j][1]):
            parts = [lines[j][1].strip()]  # "Betalas till": a verb's header cell closing a known header row
        if parts is None:
            unlisted = _unlisted_header_words(lines, j) if len(heads) >= 2 else 0
            if not unlisted:
                break
            # "Förnamn / Efternamn / Föremål / Pris / Signatur": a column nobody listed, between known header
            # cells, is a header cell too; read as the first row's values it would shift every row after it
            heads.extend(lines[n][1].strip() for n in range(j, j + unlisted))
            j += unlisted
            continue
        heads.extend(parts)
        j += 1
    return heads, j


def _opens_table(lines: Sequence[tuple[int, str]], n: int) -> bool:
    """True when a header run of two cells or more, one of them of a kind, begins on line ``n``."""
    if not _may_open(lines[n][1]):
        return False
    header, _ = _header_run(lines, n)
    return len(header) >= 2 and any(header_kind(h) for h in header)


# One capitalised word with no digit: the shape of a column's header cell nobody listed ("Föremål", "Elbil"), a
# small word after a comma saying which of it ("Skola, ort", "Period, år"); a name's second word is capitalised.
_HEADER_WORD = re.compile(r"^[A-ZÅÄÖÉÜ][a-zåäöéü]{2,19}(?:,[ ][a-zåäöéü]{2,10})?$")


def _known_header_line(line: str) -> bool:
    """True for a line that is a known header cell, known header words joined by "/", or an unlisted verb with its
    closing preposition ("Betalas till")."""
    from redact.detect.common_nouns import header_verb_cell

    s = line.strip()
    if _is_header(s) or (len(s.split()) == 2 and header_verb_cell(s.split()[0], s + "\n", len(s.split()[0]))):
        return True
    # "Parti/roll", "Ort/land": two known header words in one cell; taken as the first row's value it would
    # shift every row after it (the header's cell "Parti/roll" proposed as a first name)
    parts = s.split("/")
    return 2 <= len(parts) <= 3 and " " not in s and all(p and _is_header(p) for p in parts)


def _unlisted_header_words(lines: Sequence[tuple[int, str]], j: int) -> int:
    """The number (one or two) of lines from ``j`` on that are header cells nobody listed: each one
    capitalised word that is no listed first name or surname, and a known header cell on the line after
    them; 0 when there are none. A first row's name ("Berit" before "Ordförande") is listed, so stays a value."""
    from redact.detect.name_words import no_listed_name, unlisted

    # after a value's header ("Födelsedatum", "Klientnr") an ordinary word a list holds ("Grund") is no first row's
    # value either: a date or a number would stand there
    above = header_kind(lines[j - 1][1]) if j > 0 else None
    after_value = above in (ID, BIRTH) and not value_fits(above, lines[j][1])
    for n in (1, 2):
        words = [lines[m][1].strip() for m in range(j, j + n) if m < len(lines)]
        if len(words) < n or not all(
                _HEADER_WORD.match(w) and (unlisted(head := w.split(",")[0]) or after_value and no_listed_name(head))
                for w in words):
            return 0
        if j + n < len(lines) and (_known_header_line(lines[j + n][1]) or (
                j + n + 1 < len(lines) and _fragment_join(lines[j + n][1], lines[j + n + 1][1]))):
            return n  # before a known header cell, whole or broken over two lines ("Kund- och" / "leveransnr")
    return 0


def _may_open(line: str) -> bool:
    """Cheap test: can a header run begin on this line (its first word begins some header cell)."""
    w = line.strip().split(" ", 1)[0]
    return bool(w) and w[:1].isupper() and len(line) <= 80 and _begins_header(w)


# A short header cell of one word before the known ones ("Rop", "Lott", "Väg"): a column nobody listed.
_LEADING_HEADER = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{1,11}\.?$")


_CLOSING_HEADER = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{1,23}\.?$")


def _leading_header_cells(lines: Sequence[tuple[int, str]], i: int, j: int, k: int) -> int:
    """The number (0 to 2) of lines before a header run that are its first cells, ones nobody listed: each one
    unlisted word, and the rows repeat their shapes longer counted with them (rows longer than the header read).

    Unlisted cells may close the header row too ("Ärende" / "Insättare" / "Personnr" / "Kundnr" / "Kronor"): the rows
    are then counted after those as well (the caller takes them as trailing cells), or the header read from its
    known cells alone keeps a short stride that shifts every row's cells under the wrong header."""
    from redact.detect.name_words import no_listed_name

    trailing = [0]
    for t in (1, 2):
        line = lines[j + t - 1][1].strip() if j + t <= len(lines) else ""
        # (a closing cell may be a long compound: "Ursprungskontroll", "Registreringsbevis")
        if not _CLOSING_HEADER.match(line) or not no_listed_name(line.rstrip(".")):
            break
        trailing.append(t)
    # the rows' own numbers ("1", "2", …) mark where each row begins when the other cells change shape from row
    # to row (birth dates written "1961-03-14" and "4.9.1958")
    # (a table of words and codes alone, no cell a bare number: "Abisko 18840" / "Inga-Lill …" / "3.4.51" /
    # "MK 2207-A", repeats by its codes' and words' shapes)
    shape = next((sh for sh in (_numbered_shape, _row_number_shape, _code_shape, _digit_shape)
                  if max(_repeated_rows(lines, j + t, k + t + n, sh) for t in trailing for n in (1, 2)) >= 2),
                 _numbered_shape)
    shorter = max(_repeated_rows(lines, j + t, k + t, shape) for t in trailing)
    for n in (1, 2):
        if i - n < 0 or not _LEADING_HEADER.match(lines[i - n][1].strip()):
            return 0
        cell = lines[i - n][1].strip()
        if not cell.endswith(".") and not no_listed_name(cell):
            # "Bud" is a word and a name; a plain given name before the table is no header. Cut short with a
            # point ("Ans.", "Lgh.") it is an abbreviated header cell, whatever name its letters spell.
            return 0
        longer = max(_repeated_rows(lines, j + t, k + n + t, shape) for t in trailing)
        if longer >= 2 and longer > shorter:
            return n
    return 0


# A header cell nobody listed: one to three words of letters, the first capitalised ("Tillträde", "Sista dag"), two
# kinds of one column parted by a slash ("Kennel/katteri").
_TRAILING_HEADER = re.compile(r"^[A-ZÅÄÖÉÜ][a-zåäöéü.]{1,19}(?:[ /][A-Za-zÅÄÖÉÜåäöéü][a-zåäöéü.]{0,19}){0,2}$")


def _trailing_header_cells(lines: Sequence[tuple[int, str]], j: int, k: int) -> tuple[list[str], int]:
    """The header cells nobody listed on the lines from ``j`` on, after a header run of ``k`` cells, and their
    number of lines; ([], 0) when there are none. They are header-shaped words no list holds as a name, and
    the rows after them repeat their shapes counted with them, where read from ``j`` with the known cells alone
    the rows do not: taken as the first row's values they would become a first name and shift every row.

    The shapes are told finely first, then by digits alone: a column's values may change shape from row to row
    (plates "CX 41 287" and "NHT 48C", birth dates "1972-04-18" and "19 juli 1966"), and a row of a digit's
    cells and a word's cells still repeats."""
    for shape in (_code_shape, _digit_shape):
        found = _trailing_by(lines, j, k, shape)
        if found[1]:
            return found
    return [], 0


# the last letters of a narrow header cell's word, broken onto a line of their own ("Jordbruksverke" / "t")
_BROKEN_END = re.compile(r"^[a-zåäö]{1,2}$")


def _trailing_by(lines: Sequence[tuple[int, str]], j: int, k: int, shape: Callable[[str], str]) -> tuple[list[str], int]:
    from redact.detect.name_words import no_listed_name

    shorter = _repeated_rows(lines, j, k, shape)
    best: tuple[int, int, int, list[str]] = (0, 0, 0, [])  # rows, lines, extra, cells
    cells: list[str] = []
    m = j
    while len(cells) < 4 and m < len(lines):
        line = lines[m][1].strip()
        if not _TRAILING_HEADER.match(line) or not all(no_listed_name(w.rstrip(".")) for w in re.split(r"[ /]", line)):
            break
        m += 1
        if m < len(lines) and _BROKEN_END.match(lines[m][1].strip()):
            line, m = line + lines[m][1].strip(), m + 1  # one cell over two lines: the rows begin after both
        cells.append(line)
        # MuPDF reads narrow header cells as one line ("Terminer Tillfällen"): the rows may be longer by up to
        # the extra words, a line's words then standing for cells of their own
        words = sum(len(c.split()) for c in cells)
        for extra in range(0, words - len(cells) + 1):
            rows = _repeated_rows(lines, m, k + len(cells) + extra, shape)
            # the rows' shapes repeat at a shift too: the reading that repeats longest, then takes more lines, wins
            if rows >= 2 and rows > shorter and (rows, m - j) > best[:2]:
                best = (rows, m - j, extra, list(cells))
    rows, n, extra, found = best
    if not n:
        return [], 0
    return _split_words(found, extra), n


def _split_words(cells: list[str], extra: int) -> list[str]:
    """The cells with ``extra`` more, the first lines of several words cut into their words, first to last."""
    out: list[str] = []
    for c in cells:
        words = c.split()
        cut = min(extra, len(words) - 1)
        out.extend(words[:cut] + [" ".join(words[cut:])])
        extra -= cut
    return out
