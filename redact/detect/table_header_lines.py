"""How a line or a row of text reads as a table's header cells: a word glued to the next header cell, header
cells set close together on one line, a header cell broken over two lines, a row of header cells; and the
cheap tests of whether a word can begin a header cell at all.

Part of ``redact.detect.table_columns`` (which see): what one header cell says is ``redact.detect.table_headers``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.table_header_words import BIRTH, ID, _HEADER_KIND, _ID_STEMS, _OTHER_HEADERS
from redact.detect.table_headers import _is_header, header_kind, model_number_header


# a header cell's shape: one to three words, the first capitalised, no digits ("Föreståndare", "Sökt belopp")
# (up to four words where commas list what the column may hold: "Gata, gård eller box")
_HEADER_WORDS = re.compile(r"^[A-ZÅÄÖÉÜ][\w.\-/]*(?: [\w.\-/()]+){0,2}$"
                           r"|^[A-ZÅÄÖÉÜ][\w.\-/]*,(?: [\w.\-/()]+,?){1,3}$")


#: First words of the known name headers, the identifier stems and the whole identifiers' words: a cell of a few
#: words holding one may be header cells set close together ("Ansvarig Följs upp", "Personnummer Reg.nr Antal").
_HEAD_STARTS = (frozenset(h.split()[0].rstrip(":.") for h in _HEADER_KIND) | frozenset(_ID_STEMS)
                | frozenset({"personnummer", "pnr", "p-nr", "samordningsnummer", "födelsenummer", "identitetsnummer"}))


_GLUED = re.compile(r"(?<=[a-zåäöéü])(?=[A-ZÅÄÖÉÜ])")


def split_glued(word: str, loose: bool = False) -> list[str]:
    """A header word glued to the next header cell ("AnställningsnummerMobil", a cell overflowing its
    column) split at the case change where both parts are headers; else the word alone.

    ``loose``: the part after a header need only begin the next cell, whose other words follow the glued word
    ("OrdningsvaktskortGiltigt till" → "Ordningsvaktskort", "Giltigt" + "till"); for a caller that then reads
    every part as header cells (header_segments), so a word glued to no header is never cut; there the part
    before a whole header may also be a lower-case word ending a header of more words ("date of birthIdentitet")."""
    for m in _GLUED.finditer(word):
        a, b = word[: m.start()], word[m.start():]
        if _is_header(a) and (loose or _is_header(b) or split_glued(b) != [b]):
            return [a, *split_glued(b, loose)]
        if loose and a.islower() and _is_header(b):
            return [a, b]
    return [word]


def header_segments(words: Sequence[str]) -> list[int] | None:
    """The sizes of the header cells a run of words reads as when set close together
    ("Efternamn Medlemsnummer Född år" → 1, 1, 2), longest known header first; None when it does not."""
    sizes: list[int] = []
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            if n == 5 and "/" not in words[i : i + n]:
                continue  # five words only as one header in two languages ("Geburtsdatum / date of birth")
            if _is_header(" ".join(words[i : i + n])):
                sizes.append(n)
                i += n
                break
        else:
            return None
    return sizes


def header_parts(line: str) -> list[str] | None:
    """The header cells one line of text holds: the line itself, or several cells read as one
    line ("Handläggare Klientnummer", "AnställningsnummerMobil"); None when it is not header cells."""
    s = line.strip()
    if not s:
        return None
    if _is_header(s):
        return [s]
    words = [p for w in s.split() for p in split_glued(w)]
    if len(words) > 8:
        return None
    sizes = header_segments(words)
    if sizes is None:  # a cell glued to a header of two words or more ("OrdningsvaktskortGiltigt till")
        words = [p for w in s.split() for p in split_glued(w, loose=True)]
        sizes = header_segments(words) if len(words) <= 8 else None
    if sizes is None:
        return None
    out, i = [], 0
    for n in sizes:
        out.append(" ".join(words[i : i + n]))
        i += n
    return out


def _fragment_join(first: str, second: str) -> str | None:
    """A header cell broken over two lines ("Anställnings-" / "nummer", "Personalnumm" / "er",
    "Personal" / "nr", "Kund- och" / "leveransnr"): the joined header when it names an identifier and the second
    line begins in lower case; else None."""
    a, b = first.strip(), second.strip()
    if not a or not b or not b[:1].islower() or len(b) > 16 or " " in b:
        return None
    # a first line of several words broke at a space ("Kund- och" / "leveransnr"), one word inside itself
    tries = (f"{a} {b}", a + b) if " " in a and not a.endswith("-") else (a + b, a.rstrip("-") + b, f"{a} {b}")
    for joined in tries:
        if header_kind(joined) == ID:
            return joined
    return None


def names_a_number(text: str) -> bool:
    """True when a proposed name holds the label of a number ("Kundnummer Avläst", "Kontonummer"):
    no name ends in "-nummer" or is an identifier's header."""
    for word in text.split():
        for w in split_glued(word.strip(".,;:()")):
            w = w.lower()
            if w.endswith(("nummer", "numret", "numren")) or (len(w) > 2 and header_kind(w) == ID):
                return True
    return False


_PARTS = re.compile(r"\n|\s{2,}|\t|\|")


def header_words_only(text: str) -> bool:
    """True when a proposed name is nothing but table header cells ("Förnamn", "Efternamn\nKontaktperson")."""
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if parts and all(_is_header(p) for p in parts):
        return True
    words = text.split()
    return bool(words) and all(_is_header(w) for w in words)


def _before_bracket(cell: str) -> str:
    """The header cell without a bracket that ends it."""
    c = cell.strip()
    return c[:c.rindex("(")] if c.endswith(")") and c.rfind("(") > 0 else c


def _header_row(cells: Sequence[str]) -> bool:
    """True for a row of header cells: short, no digits, at least half of them known headers."""
    # (a bracket after a header says which number in its own language: "Skatte-ID (Steuerliche Identifikationsnummer)")
    # (a model's figure in a thing's number's header is no value: "Ak 4 nr")
    # (a slash between one header's two languages is no word: "Geburtsdatum / date of birth")
    if any(len(b.strip()) > 40 or len([w for w in b.split() if w != "/"]) > 4
           or (any(ch.isdigit() for ch in c) and not model_number_header(c))
           for c, b in ((c, _before_bracket(c)) for c in cells)):
        return False
    known = sum(_is_header(c) for c in cells)
    if known * 2 >= len(cells):
        return True
    # a register's header row names some columns in its own words ("Förening | Ledare | Leg. | Medl.nr | Visat |
    # Kontr."): a third of known header cells, one of them of a kind, the rest header-shaped words
    if known * 3 >= len(cells) and any(header_kind(c) for c in cells) and len(cells) <= 10 and all(
            _HEADER_WORDS.match(c.strip()) for c in cells):
        return True
    # "Förening | Föreståndare | Född | Kontrollant": a birth column's header among header words nobody
    # listed still opens a table; the cells under it are taken only when they are whole dates
    return any(header_kind(c) == BIRTH for c in cells) and len(cells) <= 8 and all(
        _HEADER_WORDS.match(c.strip()) for c in cells)


#: First words of every known header cell, and the identifier stems (cheap gates for the costlier readings).
_FIRST_WORDS = frozenset(h.split()[0].rstrip(":.") for h in (*_HEADER_KIND, *_OTHER_HEADERS)) | frozenset(_ID_STEMS)
_STEM_STARTS = tuple(s for s in _ID_STEMS if len(s) >= 4)


def _begins_header(word: str) -> bool:
    """True when a word can begin a header cell, alone, glued to the next or broken over two lines."""
    low = word.lower().rstrip(":.-")
    if low in _FIRST_WORDS or low.startswith(_STEM_STARTS) or _GLUED.search(word):
        return True
    return len(low) <= 14 and header_kind(low) is not None
