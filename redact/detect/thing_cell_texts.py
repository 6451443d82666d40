"""The codes a document writes as whole cells of a thing's column ("MAT104" under "Kurs", "KTH" under "Skrivplats"),
on any of its pages: the same code in a letter's sentence ("skriver MAT104 den 3 juni på KTH") is the course or the
site again, no one's identifier or initials, so the learned tagger's span of it there is let go (see
``thing_columns`` for the columns, whose cells are dropped where they stand).
"""

from __future__ import annotations

from collections.abc import Sequence

from redact.detect.thing_columns import thing_cells
from redact.types import Page

_EDGES = " \t.,;:()"


def thing_cell_texts(pages: Sequence[Page]) -> frozenset[str]:
    """The texts of the whole cells under a thing's header (a law, a room, a course, a site) on ``pages``."""
    out: set[str] = set()
    for page in pages:
        cells, _ = thing_cells(page)
        out.update(page.text[a:b].strip(_EDGES) for a, b, categories in cells if "ID_NUMBER" in categories)
    return frozenset(t for t in out if t)


def names_thing_cell(text: str, a: int, b: int, things: frozenset[str]) -> bool:
    """True when ``text[a:b]`` is, but for its edges' stops and brackets, one of the document's thing cells."""
    return bool(things) and text[a:b].strip(_EDGES) in things
