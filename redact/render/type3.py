"""Type 3 fonts on a page: which traced spans use one, and which a glyph procedure drew as drawing commands."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pymupdf

_SUBSET = re.compile(r"^[A-Z]{6}\+")


def uses_type3_fonts(page: pymupdf.Page) -> bool:
    """Whether the page (or a form it paints) uses a Type 3 font."""
    return any(f[2] == "Type3" for f in page.get_fonts(full=True))


def _type3_names(page: pymupdf.Page) -> frozenset[str]:
    """Names under which the trace reports the page's Type 3 fonts (none shared with another font)."""
    type3: set[str] = set()
    other: set[str] = set()
    for f in page.get_fonts(full=True):
        xref, kind, name = f[0], f[2], _SUBSET.sub("", f[3])
        if kind == "Type3":
            type3.add(name or f"Type3 ({xref} 0 R)")
        else:
            other.add(name)
    return frozenset(type3 - other)


def _painted_by_procedure(page: pymupdf.Page, bboxlog: Sequence | None = None) -> frozenset[int]:
    """Sequence numbers of traced text that MuPDF drew by running a Type 3 glyph procedure.

    A glyph procedure MuPDF cannot cache as a mask (one that strokes, say) is
    run as drawing commands, and the text itself is traced as type 3, exactly
    like invisible text. The device log tells them apart: there the drawing
    comes right before the text's entry (same numbering as the trace), while
    invisible text has no drawing of its own.
    """
    log = page.get_bboxlog() if bboxlog is None else bboxlog
    found: set[int] = set()
    for i in range(1, len(log)):
        kind, r = log[i]
        before, q = log[i - 1]
        if kind == "ignore-text" and before != "ignore-text" and q[0] <= r[2] and q[2] >= r[0] and q[1] <= r[3] and q[3] >= r[1]:
            found.add(i)
    return frozenset(found)


def _is_type3(span: dict, type3: frozenset[str]) -> bool:
    """The traced span is in one of the Type 3 fonts ``type3`` (as :func:`type3_names` gives them)."""
    return _SUBSET.sub("", str(span.get("font", ""))) in type3



#: A Type 3 glyph whose box reaches more than this many times the font size is oversized: MuPDF
#: draws it by a path that takes seconds a glyph at some scales (a whole page black at 50 dpi,
#: nothing at 100), and a page of them takes minutes to draw.
OVERSIZED_EM = 50.0
_D1 = re.compile(rb"^\s*([-+.\d]+)\s+([-+.\d]+)\s+([-+.\d]+)\s+([-+.\d]+)\s+([-+.\d]+)\s+([-+.\d]+)\s+d1")


def oversized_type3(page: pymupdf.Page) -> dict[str, tuple[int, str]]:
    """The page's Type 3 fonts with a glyph box larger than ``OVERSIZED_EM`` font sizes: trace name -> (font object,
    a label the same in another file: its name, or the resource name of a nameless font)."""
    found: dict[str, tuple[int, str]] = {}
    names = _type3_names(page)
    if not names:
        return found
    doc = page.parent
    for f in page.get_fonts(full=True):
        xref, kind, name = f[0], f[2], _SUBSET.sub("", f[3])
        key = name or f"Type3 ({xref} 0 R)"
        if kind == "Type3" and key in names and xref > 0 and _oversized(doc, xref):
            found[key] = (xref, name or f"/{f[4]}")
    return found


def quieted_copies(before: pymupdf.Page, after: pymupdf.Page) -> tuple[pymupdf.Document, pymupdf.Document] | None:
    """Copies of both pages whose oversized Type 3 glyphs draw nothing, when every such glyph is the same on both; else None.

    A glyph that is drawn on both pages by the same procedure, at the same place, cannot have been lost:
    leaving it out of both drawings spares drawing it twice, and only shows more of what lies under it.
    When the glyphs differ (one was removed) the pages are drawn as they are.
    """
    fonts_in = oversized_type3(before)
    if not fonts_in:
        return None  # the common case: one look at the input page's fonts
    fonts_out = oversized_type3(after)
    by_label_in = {label: xref for xref, label in fonts_in.values()}
    by_label_out = {label: xref for xref, label in fonts_out.values()}
    if set(by_label_in) != set(by_label_out) or len(by_label_in) != len(fonts_in) or len(by_label_out) != len(fonts_out):
        return None
    for label, xref in by_label_in.items():
        if _procedure_data(before.parent, xref) != _procedure_data(after.parent, by_label_out[label]):
            return None
    if _occurrences(before, fonts_in) != _occurrences(after, fonts_out):
        return None
    copies = []
    for page, fonts in ((before, fonts_in), (after, fonts_out)):
        copy = pymupdf.open()
        copy.insert_pdf(page.parent, from_page=page.number, to_page=page.number, links=False, annots=False)
        for font in {f[0] for f in copy[0].get_fonts(full=True) if f[2] == "Type3" and _oversized(copy, f[0])}:
            _silence(copy, font)
        copies.append(copy)
    return copies[0], copies[1]


def _oversized(doc: pymupdf.Document, font: int) -> bool:
    """The font's box, or one of its glyphs' boxes, reaches more than ``OVERSIZED_EM`` text-space units."""
    try:
        matrix = [float(v) for v in doc.xref_get_key(font, "FontMatrix")[1].strip("[]").split()]
        scale = max(abs(matrix[0]), abs(matrix[1]), abs(matrix[2]), abs(matrix[3]))
        boxes = [[float(v) for v in doc.xref_get_key(font, "FontBBox")[1].strip("[]").split()]]
        for xref in _procedures(doc, font).values():
            m = _D1.match(doc.xref_stream(xref) or b"")
            if m:
                boxes.append([float(v) for v in m.groups()[2:]])
    except Exception:  # a damaged font dictionary: not judged oversized, the page is drawn as it is
        return False
    return any(len(b) == 4 and max(abs(b[2] - b[0]), abs(b[3] - b[1])) * scale > OVERSIZED_EM for b in boxes)


def _procedures(doc: pymupdf.Document, font: int) -> dict[str, int]:
    """The font's glyph procedures: name -> stream object."""
    kind, value = doc.xref_get_key(font, "CharProcs")
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"/([^\s/<>\[\]()]+)\s*(\d+)\s+0\s+R", value)}


def _procedure_data(doc: pymupdf.Document, font: int) -> dict[str, bytes]:
    """What each glyph procedure of the font draws: name -> its decompressed stream."""
    return {name: doc.xref_stream(xref) or b"" for name, xref in _procedures(doc, font).items()}


def _occurrences(page: pymupdf.Page, fonts: dict[str, tuple[int, str]]) -> list[tuple]:
    """Every glyph the page draws in one of ``fonts``: font label, code, origin and size, in order."""
    return sorted(
        (fonts[span["font"]][1], c[0], c[1], round(c[2][0], 2), round(c[2][1], 2), round(span["size"], 2))
        for span in page.get_texttrace() if span["font"] in fonts for c in span["chars"]
    )


def _silence(doc: pymupdf.Document, font: int) -> None:
    """Make every glyph procedure of the font draw nothing, its advance kept (the first operand of d0/d1)."""
    for xref in _procedures(doc, font).values():
        data = doc.xref_stream(xref) or b""
        m = re.match(rb"^\s*([-+.\d]+)\s+([-+.\d]+)\s+", data)
        wx, wy = (m.group(1), m.group(2)) if m else (b"0", b"0")
        doc.update_stream(xref, wx + b" " + wy + b" d0")
