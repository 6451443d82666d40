"""Whether a PDF's tagged structure tree is broken (a cycle), which makes MuPDF crawl for minutes.

MuPDF looks up the structure element of each marked-content sequence while it reads a page,
walking parents up to the root. In a tree whose parent links form a cycle (seen in files made
by PDF editors) that walk takes minutes per page. The tree is only tagging: the pages read the
same without it, and the output never carries it (see render/scrub.py). So a broken tree is
dropped from the working copy every stage reads.
"""

from __future__ import annotations

import re

import pymupdf

#: Structure elements looked at before the tree is taken as it is (a big tree is not a broken one).
MAX_ELEMENTS = 200_000

_REF = re.compile(r"(\d+) 0 R")
#: A marked-content or object reference written inline in /K: its /Pg and /Obj name pages and
#: annotations, which many elements share, not child elements.
_INLINE = re.compile(r"<<[^<>]*>>")


def _ref(doc: pymupdf.Document, xref: int, key: str) -> int | None:
    kind, value = doc.xref_get_key(xref, key)
    return int(value.split()[0]) if kind == "xref" else None


def structure_tree_is_broken(doc: pymupdf.Document) -> bool:
    """True when the structure tree reaches an element twice or an element's parents run in a circle."""
    try:
        return _broken(doc)
    except (ValueError, RuntimeError):  # a damaged catalog or object: the guard judges the file
        return False


def _broken(doc: pymupdf.Document) -> bool:
    root = _ref(doc, doc.pdf_catalog(), "StructTreeRoot")
    if root is None:
        return False
    seen: set[int] = set()
    todo = [root]
    while todo:
        xref = todo.pop()
        if xref in seen:
            return True
        seen.add(xref)
        if len(seen) > MAX_ELEMENTS:
            return False
        kind, value = doc.xref_get_key(xref, "K")
        if kind == "xref":
            todo.append(int(value.split()[0]))
        elif kind == "array":
            todo.extend(int(m) for m in _REF.findall(_INLINE.sub(" ", value)))
    reaches_root = {root}
    for xref in seen:
        chain: list[int] = []
        at: int | None = xref
        while at is not None and at not in reaches_root:
            if at in chain:
                return True
            chain.append(at)
            at = _ref(doc, at, "P")
        reaches_root.update(chain)
    return False
