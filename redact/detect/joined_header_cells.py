"""Header cells MuPDF joins on one line, which the model reads as a name: "Hyresgäst Skada", "Avgått Ersättare".

A ruled table read one cell a line puts each header cell on its own line, but two short cells side by side may come
out on one ("Arrangör Funktionär" / "Uppgift" / "Telefon"); the model reads two capitalised words alone on a line as
a first name and a surname. Such a line is part of the table's header: with the header cells on the lines around it
(short, capitalised, no digit) its words make a header row (``table_headers._header_row``: half of the cells known
headers, or a third with a header of a kind). A person the model alone proposed there, of words no name list holds,
is the header's words, no one's name, when each word is a header's or a Swedish word's. A signature's name over the
signer's role and unit ("Zhu Wen" / "Handläggare" / "Socialförvaltningen") makes no header row and stays, and a name
from abroad under a header ("Namn" / "Telefon" / "Zhu Wen") is no Swedish word.
"""

from __future__ import annotations

import re

from redact.types import Finding

# a header cell on a line of its own: a capital and a small letter, then letters, spaces, hyphens, slashes or dots;
# no digit, comma or bracket (a caption's clause or a value), and no initials (the first row's "TL")
_CELL_LINE = re.compile(r"^[ \t]*[A-ZÅÄÖÉÜ][a-zåäöéü][\w./ -]{0,28}[ \t]*$")
# the joined line itself: two or three header cells side by side, a cell's comma perhaps ("Hyresgäst Djur, chip")
_JOINED_LINE = re.compile(r"^[ \t]*[A-ZÅÄÖÉÜ][\w./ -]{0,59}(?:,[ \t]+[a-zåäö][\w./ -]{0,20})?[ \t]*$")
_REACH = 6  # header lines before and after the joined one
# what the model alone says: no list, no context, no label named the person; a name column's note may follow, its
# header one of the cells around (the column reader took the header's next cell for its first row's value)
_MODEL_ONLY = re.compile(r"^(?:names\+)?ner:[ \t]*ner:PER"
                         r"(?:[ \t]*\|[ \t]*namn i en kolumn under rubriken '(?P<header>[^'\n]+)')?$")


def _lines_around(text: str, start: int, end: int) -> tuple[str, list[str], list[str]]:
    """The line of ``text[start:end]`` and the header-cell lines right before and after it."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    before, after = [], []
    at = lo
    while at > 0 and len(before) < _REACH:
        prev = text.rfind("\n", 0, at - 1) + 1
        line = text[prev:at - 1]
        if not _CELL_LINE.match(line):
            break
        before.append(line.strip())
        at = prev
    at = hi
    while at < len(text) and len(after) < _REACH:
        nxt = text.find("\n", at + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[at + 1:nxt]
        if not _CELL_LINE.match(line):
            break
        after.append(line.strip())
        at = nxt
    return text[lo:hi], before[::-1], after


def joined_header_cells(f: Finding, text: str) -> bool:
    """True for a person the model alone proposed whose words, unlisted as names, are header cells joined on a line
    of a table's header (see the module's docstring)."""
    from redact.detect.name_shapes import swedish_shape
    from redact.detect.name_words import U, classify_word, load_lexicons, written_in_lower_case
    from redact.detect.table_header_lines import _header_row, split_glued
    from redact.detect.table_headers import _is_header

    model = _MODEL_ONLY.match(f.reason.strip())
    if f.category != "PERSON" or f.start is None or f.end is None or model is None:
        return False
    words = f.text.split()
    lex = load_lexicons()
    if not words or "\n" in f.text or any(not w.isalpha() or not w[:1].isupper() or classify_word(w, lex) != U
                                          for w in words):
        return False
    line, before, after = _lines_around(text, f.start, f.end)
    lo = text.rfind("\n", 0, f.start) + 1
    rest = (text[lo:f.start] + " " + text[f.end:lo + len(line)]).split()
    # a known header's word among them ("Hyresgäst Skada"), or each word a Swedish word's ("Avgått", "Vårdform", or
    # written in lower case on the page), or known header cells alone beside them on the line ("Deklarant Ombud":
    # the model took the unknown cell only); never a name from abroad nobody listed ("Zhu Wen" under "Namn" /
    # "Telefon" is the first row's person)
    if not (any(_is_header(w) for w in words)
            or all(swedish_shape(w) or written_in_lower_case(w, text) for w in words)
            or rest and all(_is_header(w) for w in rest)):
        return False
    if not _JOINED_LINE.match(line) or (model.group("header") and model.group("header") not in before):
        return False
    cells = before + [p for w in line.split() for p in split_glued(w)] + after
    if len(cells) >= 3 and _header_row(cells):
        return True
    # the line's small words belong to the cell before them ("Hämtad av"), a cell saying whose value it holds is its
    # header ("Telefon till ombud"), and the caption over the table is no cell of its header row ("Nycklar
    # utlämnade" over "Hyresgäst Hämtad av" / "Telefon" / "Signerat")
    cells = [_whose_header(c) for c in _line_cells(line) + after]
    return any(len(before[k:]) + len(cells) >= 3 and _header_row(before[k:] + cells) for k in range(len(before) + 1))


# the small words a header cell may hold after its first word ("Hämtad av", "Bitten eller vittne", "Intyg från")
_SMALL_WORDS = frozenset({"av", "till", "från", "hos", "för", "per", "eller", "och", "i", "på"})
# a header cell naming whose value it holds after its header ("Telefon till ombud", "Adress för god man")
_WHOSE = re.compile(r"^(?P<head>\S+)[ \t]+(?:till|för|hos)[ \t]+[a-zåäö][a-zåäö ]*$")


def _line_cells(line: str) -> list[str]:
    """The header cells of a joined line, each small word kept with the cell before it ("Hämtad av")."""
    from redact.detect.table_header_lines import split_glued

    cells: list[str] = []
    for w in line.split():
        if cells and w in _SMALL_WORDS:
            cells[-1] += f" {w}"
        else:
            cells.extend(split_glued(w))
    return cells


def _whose_header(cell: str) -> str:
    """A header cell without the words saying whose value it holds ("Telefon till ombud" → "Telefon")."""
    m = _WHOSE.match(cell)
    return m.group("head") if m else cell


def drop_joined_header_cells(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that are header cells joined on a line (see ``joined_header_cells``)."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    return [f for f in findings if not joined_header_cells(f, text)]
