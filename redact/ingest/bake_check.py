"""Proof that baking form fields and annotations into the pages lost nothing a viewer showed.

The ink check after rendering compares the output with the baked copy, so a value or stamp
that baking itself dropped would vanish with no stage seeing it. Each page that shows
annotations is drawn as a viewer draws it just before baking and again after; ink that
turned light in between is refused in one line.
"""

from __future__ import annotations

import re

import numpy as np
import pymupdf

from redact.errors import UnsupportedError
from redact.verify.ink import INK_DPI, INK_LEVEL, LOST_LEVEL, MAX_LOST_SHARE, MIN_LOST_PIXELS


def _gray(page: pymupdf.Page, annots: bool) -> np.ndarray:
    pix = page.get_pixmap(dpi=INK_DPI, colorspace=pymupdf.csGRAY, alpha=False, annots=annots)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()


#: Annotations a viewer draws as an icon for something that never shows on the page (a comment's
#: text, an attached file, a sound): the tool lists them as notes, and the icon is not baked.
_NOTE_ICONS = (pymupdf.PDF_ANNOT_TEXT, pymupdf.PDF_ANNOT_FILE_ATTACHMENT, pymupdf.PDF_ANNOT_SOUND)
#: The side of such an icon, in points (MuPDF draws them 20 points wide).
ICON_POINTS = 24


_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)")
_ICON_SUBTYPE = re.compile(r"/Subtype\s*/(?:Text|FileAttachment|Sound)(?![A-Za-z])")
_RECT = re.compile(r"/Rect\s*\[([^\]]*)\]")


def annotation_entries(text: str) -> list[str]:
    """The items of a PDF array: indirect references and direct dictionaries (nesting kept whole)."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(text):
        if text.startswith("<<", i):
            if depth == 0:
                start = i
            depth += 1
            i += 2
            continue
        if text.startswith(">>", i):
            depth -= 1
            i += 2
            if depth == 0:
                out.append(text[start:i])
            continue
        if depth == 0:
            m = re.match(r"(\d+)\s+\d+\s+R", text[i:])
            if m:
                out.append(m.group(0))
                i += m.end()
                continue
        i += 1
    return out


def _note_icon_rects(page: pymupdf.Page) -> list[pymupdf.Rect]:
    """Where the page's note icons lie (page coordinates); read from the raw annotation list, since
    annotations written as direct dictionaries are drawn by a viewer but not listed by MuPDF."""
    doc = page.parent
    kind, value = doc.xref_get_key(page.xref, "Annots")
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    elif kind != "array":
        return []
    rects = []
    for entry in annotation_entries(value):
        text = entry if entry.startswith("<<") else doc.xref_object(int(entry.split()[0]), compressed=True)
        rect = _RECT.search(text)
        if not _ICON_SUBTYPE.search(text) or not rect:
            continue
        numbers = [float(n) for n in _NUMBER.findall(rect.group(1))]
        if len(numbers) != 4:
            continue
        r = pymupdf.Rect(numbers) * page.transformation_matrix
        r.normalize()
        # a viewer draws the icon at full size from the top-left corner of a smaller box
        rects.append(pymupdf.Rect(r.x0, r.y0, max(r.x1, r.x0 + ICON_POINTS), max(r.y1, r.y0 + ICON_POINTS)))
    return rects


def viewer_drawing(page: pymupdf.Page) -> np.ndarray:
    """The page in grey at ``INK_DPI`` as a viewer draws it, with the pixels of note icons set to paper."""
    gray = _gray(page, True)
    zoom = page.rotation_matrix * pymupdf.Matrix(INK_DPI / 72.0, INK_DPI / 72.0)
    h, w = gray.shape
    for rect in _note_icon_rects(page):
        r = rect * zoom
        r.normalize()
        x0, y0 = max(int(r.x0) - 1, 0), max(int(r.y0) - 1, 0)
        gray[y0 : min(int(r.y1) + 2, h), x0 : min(int(r.x1) + 2, w)] = 255
    return gray


def drawn_before_baking(doc: pymupdf.Document) -> dict[int, np.ndarray]:
    """Each page that shows annotations or fields, in grey as a viewer draws it (0-based page numbers)."""
    return {page.number: viewer_drawing(page) for page in doc if page.first_annot is not None or page.first_widget is not None}


def check_nothing_lost(doc: pymupdf.Document, before: dict[int, np.ndarray], name: str) -> None:
    """Refuse when a page lost ink in baking (a value or stamp that would vanish without a box)."""
    for number, a in sorted(before.items()):
        b = _gray(doc[number], False)  # the page content alone: every later stage reads only that
        h, w = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
        a, b = a[:h, :w], b[:h, :w]
        ink = a < INK_LEVEL
        lost = int((ink & (b > LOST_LEVEL)).sum())
        if lost >= MIN_LOST_PIXELS and lost > MAX_LOST_SHARE * int(ink.sum()):
            raise UnsupportedError(
                "{name}: sida {page}: formulärfält eller anteckningar försvinner när de ritas in i sidan; skriv ut filen till en ny PDF och försök igen",
                name=name, page=number + 1,
            )
