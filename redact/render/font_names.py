"""A font's own name in the file (/BaseFont, /FontName) renamed when it holds a masked text.

An embedded font named after a person (a handwriting font, a signature's font, or a font
sample page whose font names were masked as names) keeps that name in its font dictionary
and its descriptor, where a parser, `pdffonts` or a viewer's font list shows it, after the
page's text and the program's own names (``render.font_programs``) are gone. An embedded
font is drawn from its program, so its name plays no part in drawing: it is renamed
("Font1", keeping a subset tag "ABCDEF+"). A font that is not embedded is found by its
name on the reader's machine; renaming it would draw another font, so it keeps its name and
verification, which reads the names, refuses the file.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

import pymupdf
from pymupdf import mupdf

from redact.render.font_programs import PROGRAM_KEYS, tainted_by

log = logging.getLogger(__name__)

#: The entries that name a font: a font dictionary's /BaseFont (and a Type 3 font's /Name), a descriptor's /FontName.
NAME_KEYS = {"Font": ("BaseFont", "Name"), "FontDescriptor": ("FontName",)}
_SUBSET = re.compile(r"^[A-Z]{6}\+")


def rename_fonts(doc: pymupdf.Document, texts: Iterable[str]) -> int:
    """Rename every embedded font of ``doc`` whose name holds one of ``texts``; how many entries changed."""
    texts = [t for t in texts if t.strip()]
    if not texts:  # nothing masked: no name to look for in every object of the file
        return 0
    tainted = tainted_by(texts)
    pdf = pymupdf._as_pdf_document(doc)
    new: dict[str, str] = {}
    changed = 0
    for xref in range(1, doc.xref_length()):
        try:
            obj = mupdf.pdf_load_object(pdf, xref)
        except Exception:  # a free or damaged entry names no font
            continue
        changed += _rename(obj, tainted, new, 0)
    if changed:
        log.info("%d namn på inbäddade typsnitt byts ut", changed)
    return changed


def _rename(obj: object, tainted: Callable[[str], bool], new: dict[str, str], depth: int) -> int:
    """Rename the font or descriptor ``obj`` and the fonts written inside it (a Type 0 font's descendant)."""
    if depth > 4 or not mupdf.pdf_is_dict(obj):
        return 0
    kind = mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Type"))
    changed = 0
    if kind in NAME_KEYS and _embedded(obj, kind):
        for key in NAME_KEYS[kind]:
            value = mupdf.pdf_dict_gets(obj, key)
            if not mupdf.pdf_is_name(value):
                continue
            name = mupdf.pdf_to_name(value)
            if tainted(name.replace("-", " ").replace("_", " ")):
                if name not in new:
                    tag = _SUBSET.match(name)
                    new[name] = (tag.group(0) if tag else "") + f"Font{len(new) + 1}"
                mupdf.pdf_dict_puts(obj, key, mupdf.pdf_new_name(new[name]))
                changed += 1
    descendants = mupdf.pdf_dict_gets(obj, "DescendantFonts")
    if mupdf.pdf_is_array(descendants):  # a descendant written inside the Type 0 font has no object of its own
        for i in range(mupdf.pdf_array_len(descendants)):
            item = mupdf.pdf_array_get(descendants, i)
            if not mupdf.pdf_is_indirect(item):
                changed += _rename(item, tainted, new, depth + 1)
    descriptor = mupdf.pdf_dict_gets(obj, "FontDescriptor")
    if mupdf.pdf_is_dict(descriptor) and not mupdf.pdf_is_indirect(descriptor):
        changed += _rename(descriptor, tainted, new, depth + 1)
    return changed


def _embedded(obj: object, kind: str) -> bool:
    """Whether the font (or descriptor) ``obj`` is drawn from a program in the file (a Type 3 font from its procedures)."""
    if kind == "FontDescriptor":
        return any(mupdf.pdf_is_stream(mupdf.pdf_dict_gets(obj, key)) for key in PROGRAM_KEYS)
    if mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Subtype")) == "Type3":
        return True
    descendants = mupdf.pdf_dict_gets(obj, "DescendantFonts")
    if mupdf.pdf_is_array(descendants) and mupdf.pdf_array_len(descendants):
        return _embedded(mupdf.pdf_array_get(descendants, 0), "Font")
    descriptor = mupdf.pdf_dict_gets(obj, "FontDescriptor")
    return mupdf.pdf_is_dict(descriptor) and _embedded(descriptor, "FontDescriptor")
