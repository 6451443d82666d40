"""Strip a PDF of everything that can carry personal data besides the page content.

``Document.scrub()`` in PyMuPDF leaves bookmarks and text annotations in
place and redacts hidden text with rectangles that also take visible text, so
this module removes things itself, by deleting dictionary entries: whatever
they pointed to becomes unreferenced and is dropped by the garbage-collecting
save in ``render.pdf``. Only page content and what it needs to draw survive.
"""

from __future__ import annotations

import logging

import pymupdf

log = logging.getLogger(__name__)

#: Catalog entries that hold or reach metadata, navigation, scripts, forms,
#: attachments, layers, tagging text (/Alt, /ActualText) or private app data.
CATALOG_KEYS: tuple[str, ...] = (
    "AA",  # document-level actions (JavaScript on open, close, print...)
    "AcroForm",  # form fields and XFA
    "AF",  # associated files (PDF/A-3 attachments)
    "Collection",  # portfolio
    "Dests",  # named destinations (names can be text from the document)
    "Info",  # some producers put an info dictionary here too
    "Legal",
    "MarkInfo",
    "Metadata",  # XMP
    "Names",  # JavaScript, EmbeddedFiles, Dests, AP, Templates...
    "OCProperties",  # optional content (layers)
    "OpenAction",
    "Outlines",  # bookmarks
    "PageLabels",
    "PageMode",  # may ask a viewer to open the removed outline or attachments
    "Perms",
    "PieceInfo",  # application private data (can hold a whole original)
    "SpiderInfo",
    "StructTreeRoot",  # tagged structure: /Alt, /ActualText, /T hold text
    "Threads",  # article threads carry an info dictionary
    "URI",
)

#: Page entries that hold or reach the same kinds of things.
PAGE_KEYS: tuple[str, ...] = (
    "AA",  # page open/close actions
    "AF",
    "Annots",  # comments, notes, free text, stamps, pop-ups, attachments, widgets, links
    "B",  # article beads
    "Metadata",
    "PieceInfo",
    "Thumb",  # thumbnail image of the unredacted page
)

#: Entries removed from every object still in the file (images, forms, fonts).
OBJECT_KEYS: tuple[str, ...] = ("Metadata", "PieceInfo")


def scrub(doc: pymupdf.Document) -> None:
    """Remove metadata, XMP, annotations, links, attachments, scripts, forms, outline, labels and layers."""
    if not doc.is_pdf:
        raise ValueError("scrub works on PDF documents only")
    catalog = doc.pdf_catalog()
    for key in CATALOG_KEYS:
        _drop(doc, catalog, key)
    _drop(doc, -1, "Info")  # trailer: document information dictionary
    for number in range(doc.page_count):
        xref = doc.page_xref(number)
        for key in PAGE_KEYS:
            _drop(doc, xref, key)
    for xref in range(1, doc.xref_length()):
        for key in OBJECT_KEYS:
            _drop(doc, xref, key)


def _drop(doc: pymupdf.Document, xref: int, key: str) -> None:
    try:
        kind, _ = doc.xref_get_key(xref, key)
    except Exception:  # a free or broken object: nothing to remove from it
        return
    if kind != "null":
        doc.xref_set_key(xref, key, "null")
