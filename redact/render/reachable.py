"""The objects a garbage-collecting save keeps: those reached from the trailer, with their source text.

Redacting a page leaves its redaction annotations and their appearance streams behind (about
twenty objects a masked page), and rebuilding resources leaves the old ones: objects no
reference reaches, which the ``garbage=3`` save drops. The clean-ups that visit every object
need only look at these, and their text tells cheaply which of them hold a key of interest.
"""

from __future__ import annotations

import re

import pymupdf
from pymupdf import mupdf

#: An indirect reference as MuPDF prints it ("12 0 R"); one inside a string is followed too,
#: which visits an object more (as visiting every object did), never one less.
_REF = re.compile(r"(\d+) \d+ R")


def reachable_sources(doc: pymupdf.Document) -> dict[int, str | None]:
    """Every object reached from the trailer: xref -> compact source (None where MuPDF cannot print it), by xref.

    The save's garbage collection keeps exactly these; a clean-up that looks at them and
    at nothing else changes the output as one that looks at every object does.
    """
    size = doc.xref_length()
    try:
        todo = [int(n) for n in _REF.findall(doc.xref_object(-1, compressed=True))]
    except Exception:  # no trailer to read: every object counts
        todo = list(range(1, size))
    sources: dict[int, str | None] = {}
    while todo:
        xref = todo.pop()
        if xref in sources or not 0 < xref < size:
            continue
        try:
            text: str | None = doc.xref_object(xref, compressed=True)
        except Exception:  # e.g. a dictionary with a key that is no name: read its references one by one
            text = None
            todo.extend(_references(doc, xref))
        else:
            todo.extend(int(n) for n in _REF.findall(text))
        sources[xref] = text
    return dict(sorted(sources.items()))


def _references(doc: pymupdf.Document, xref: int) -> list[int]:
    """The object numbers ``xref`` refers to, read through MuPDF's object model (for a source MuPDF cannot print)."""
    try:
        stack = [mupdf.pdf_load_object(pymupdf._as_pdf_document(doc), xref)]
    except Exception:  # a free or damaged entry refers to nothing
        return []
    found: list[int] = []
    while stack:
        obj = stack.pop()
        if mupdf.pdf_is_indirect(obj):
            found.append(mupdf.pdf_to_num(obj))
        elif mupdf.pdf_is_dict(obj):
            stack.extend(mupdf.pdf_dict_get_val(obj, i) for i in range(mupdf.pdf_dict_len(obj)))
        elif mupdf.pdf_is_array(obj):
            stack.extend(mupdf.pdf_array_get(obj, i) for i in range(mupdf.pdf_array_len(obj)))
    return found
