"""A column of persons' names under a header nobody listed ("Vikarie", "Förare", "Jägare"), in a register of
persons: judged by its cells, as the columns of codes and initials are (``redact.detect.code_columns``).

Every filled cell is a name's shape (two to four capitalised words, no digit, no organisation's word) and most
cells hold a listed given name or surname: then the column lists persons, and its cells whose names no list
holds ("Ștefania Dăscălescu") are names too. In a register whose every row holds a personnummer ("Plats |
Biodlare | Personnummer"), a third of the cells listed is enough: one person a row, and the column beside the
number is who.
"""

from __future__ import annotations

from collections.abc import Sequence

from redact.detect.table_columns import FULL, Cell

_PARTICLES = frozenset({"van", "von", "de", "der", "den", "af", "bin", "ibn", "al", "la", "da", "di"})


# Trades a firm is named by after its owner's name.
_TRADES = ("bygg", "måleri", "el", "vvs", "service", "konsult", "städ", "transport", "åkeri", "frisör", "design",
           "entreprenad", "snickeri", "plåt", "mark", "trädgård", "redovisning", "juridik", "advokatbyrå", "byrå")


def _name_shape(value: str) -> bool:
    """Two to four words, each capitalised letters (hyphened parts too) or a name's particle."""
    words = value.split()
    if not 2 <= len(words) <= 4 or words[0] in _PARTICLES:
        return False
    return all(w in _PARTICLES or all(p[:1].isupper() and p.isalpha() and not p.isupper() for p in w.split("-"))
               for w in words)


_EMPTY = frozenset({"", "-", "–", "—"})


def is_name_column(values: Sequence[str], one_person_a_row: bool = False) -> bool:
    """True when every filled cell has a name's shape and more than half hold a listed given name or surname
    (a third, ``one_person_a_row``, when every row holds a person's personnummer: its names need less proof)."""
    from redact.detect.name_words import F, S, X, classify_word, load_lexicons
    from redact.detect.table_name_values import _looks_like_name

    lex = load_lexicons()
    vs = [" ".join(v.split()) for v in values if v.strip() not in _EMPTY]
    if len(vs) < 2 or not all(_name_shape(v) and _looks_like_name(v.split()) for v in vs):
        return False
    if any(w.lower().endswith(_TRADES) for v in vs for w in v.split()[1:]):
        return False  # "Ekholms Måleri", "Lindqvist Bygg": firms named by their owners
    listed = 0
    for v in vs:
        classes = [classify_word(w, lex) for w in v.split()]
        if any(c == X for c in classes) and not any(c in (F, S) for c in classes):
            return False  # "Lilla Torget": words that are names only by chance
        listed += any(c in (F, S) for c in classes)
    return listed * 3 >= len(vs) and listed > 0 if one_person_a_row else listed * 2 > len(vs)


def name_cells(loose: dict[int, list[tuple[int, int]]], heads: Sequence[str], text: str) -> list[Cell]:
    """The cells of the loose columns that hold persons' names (see is_name_column)."""
    from redact.detect.code_columns import personnummer_header

    out = []
    one_person_a_row = any(personnummer_header(h) for h in heads)
    for n, spans in loose.items():
        if is_name_column([text[a:b] for a, b in spans], one_person_a_row):
            out.extend(Cell(a, b, FULL, heads[n].strip() or "kolumn utan rubrik") for a, b in spans
                       if text[a:b].strip() not in _EMPTY)
    return out
