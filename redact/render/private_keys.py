"""Entries of their own in the dictionaries a page draws with: fonts, graphics states, shadings, patterns, groups.

A producer can write any key into any dictionary (``/Note (..)`` in a graphics state,
``/Designer (..)`` in a font descriptor); no reader draws it, a parser reads it. Pages,
forms and images keep only the entries the specification gives them (``scrub.KEEP``); here
the same is done for every other dictionary the page content reaches, found by what it is
(its /Type, /ShadingType, /PatternType, /FunctionType) or by where it is used (an entry of
an /ExtGState resource, a /Group, a graphics state's /SMask).
"""

from __future__ import annotations

import logging
import re

import pymupdf
from pymupdf import mupdf

from redact.render.reachable import reachable_sources

log = logging.getLogger(__name__)

_STREAM = ("Length", "Filter", "DecodeParms", "DL")
KEYS: dict[str, frozenset[str]] = {
    "font": frozenset(("Type", "Subtype", "Name", "BaseFont", "FirstChar", "LastChar", "Widths", "FontDescriptor",
                       "Encoding", "ToUnicode", "FontBBox", "FontMatrix", "CharProcs", "Resources", "DescendantFonts",
                       "CIDSystemInfo", "DW", "W", "DW2", "W2", "CIDToGIDMap")),
    "descriptor": frozenset(("Type", "FontName", "FontStretch", "FontWeight", "Flags", "FontBBox", "ItalicAngle",
                             "Ascent", "Descent", "Leading", "CapHeight", "XHeight", "StemV", "StemH", "AvgWidth",
                             "MaxWidth", "MissingWidth", "FontFile", "FontFile2", "FontFile3", "CharSet", "Style",
                             "Lang", "FD", "CIDSet")),
    "gs": frozenset(("Type", "LW", "LC", "LJ", "ML", "D", "RI", "OP", "op", "OPM", "Font", "BG", "BG2", "UCR",
                     "UCR2", "TR", "TR2", "HT", "FL", "SM", "SA", "BM", "SMask", "CA", "ca", "AIS", "TK",
                     "UseBlackPtComp", "HTO")),
    "shading": frozenset(("ShadingType", "ColorSpace", "Background", "BBox", "AntiAlias", "Coords", "Domain",
                          "Function", "Extend", "Matrix", "BitsPerCoordinate", "BitsPerComponent", "BitsPerFlag",
                          "Decode", "VerticesPerRow", *_STREAM)),
    "pattern": frozenset(("Type", "PatternType", "PaintType", "TilingType", "BBox", "XStep", "YStep", "Resources",
                          "Matrix", "Shading", "ExtGState", *_STREAM)),
    "function": frozenset(("FunctionType", "Domain", "Range", "Size", "BitsPerSample", "Order", "Encode", "Decode",
                           "C0", "C1", "N", "Functions", "Bounds", *_STREAM)),
    "group": frozenset(("Type", "S", "CS", "I", "K")),
    "softmask": frozenset(("Type", "S", "G", "BC", "TR")),
}
_FONT_SUBTYPES = frozenset(("Type0", "Type1", "MMType1", "Type3", "TrueType", "CIDFontType0", "CIDFontType2"))
#: Resource categories: dictionaries whose entries are named freely.
_CATEGORIES = frozenset(("ExtGState", "ColorSpace", "Pattern", "Shading", "Font"))
#: The entries through which such a dictionary can be reached directly (not by reference).
_DESCEND = _CATEGORIES | frozenset(("Resources", "Group", "SMask", "Function", "Functions", "FontDescriptor",
                                    "DescendantFonts", "TR", "TR2", "BG", "BG2", "UCR", "UCR2", "Colorants",
                                    "Attributes", "Process", "Shading", "Background"))
#: Where a dictionary's place says what it is: the key it stands under in its parent.
_BY_PLACE = {"Group": "group", "SMask": "softmask"}
#: What the source of a dictionary of one of the kinds (or of its parent) must hold: its /Type
#: value (/Font, /FontDescriptor, /ExtGState, /Pattern), a key that gives the kind (/PatternType,
#: /ShadingType, /FunctionType) or a key that gives it by place (/ExtGState, /Group, /SMask).
_TOKENS = ("/Font", "/ExtGState", "/Pattern", "/ShadingType", "/FunctionType", "/Group", "/SMask")
#: A /Type given by reference (read through it, it can be any of the names above).
_INDIRECT_TYPE = re.compile(r"/Type ?\d+ \d+ R")


def strip_private_keys(doc: pymupdf.Document, sources: dict[int, str | None] | None = None) -> int:
    """Drop every entry the specification does not give such a dictionary; how many entries went.

    ``sources`` are the objects to look at with their compact source text (``reachable_sources``,
    the objects the save keeps; None for a source MuPDF cannot print); by default they are found here.
    """
    pdf = pymupdf._as_pdf_document(doc)
    if sources is None:
        sources = reachable_sources(doc)
    size = doc.xref_length()
    # Only an object whose text names one of the kinds (or the places that give one) can have
    # something to strip or give a role; a content stream or an image is passed over unparsed.
    marked = [xref for xref, text in sources.items() if _may_hold_kind(text)]
    roles: dict[int, str] = {}
    # first the roles given by place to objects of their own (a graphics state has no /Type of its own)
    objects = {}
    for xref in marked:
        try:
            obj = mupdf.pdf_load_object(pdf, xref)
        except Exception:  # a free or damaged entry: nothing to strip
            continue
        objects[xref] = obj
        _walk(obj, None, roles, None, 0)
    for xref in roles:
        if xref not in objects and 0 < xref < size:
            try:
                objects[xref] = mupdf.pdf_load_object(pdf, xref)
            except Exception:  # a free or damaged entry: nothing to strip
                continue
    dropped = 0
    for xref in sorted(objects):
        dropped += _walk(objects[xref], roles.get(xref), roles, xref, 0)
    if dropped:
        log.debug("%d egna nycklar tas bort ur typsnitt, grafiktillstånd, toningar och grupper", dropped)
    return dropped


def _may_hold_kind(text: str | None) -> bool:
    """Whether an object's source names a kind of ``KEYS`` or a place that gives one (else nothing in it is stripped)."""
    if text is None:  # unprintable: look at it
        return True
    return any(token in text for token in _TOKENS) or ("/Type" in text and _INDIRECT_TYPE.search(text) is not None)


def _kind(obj: object, place: str | None) -> str | None:
    t = mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Type"))
    if t == "Font" and mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Subtype")) in _FONT_SUBTYPES:
        return "font"
    if t == "FontDescriptor":
        return "descriptor"
    if t == "ExtGState":
        return "gs"
    if t == "Pattern" or mupdf.pdf_is_int(mupdf.pdf_dict_gets(obj, "PatternType")):
        return "pattern"
    if mupdf.pdf_is_int(mupdf.pdf_dict_gets(obj, "ShadingType")):
        return "shading"
    if mupdf.pdf_is_int(mupdf.pdf_dict_gets(obj, "FunctionType")):
        return "function"
    return place


def _walk(obj: object, place: str | None, roles: dict[int, str], own: int | None, depth: int) -> int:
    """Strip ``obj`` (and the direct objects in it) by kind; with ``own`` None, only note roles of referenced objects."""
    if depth > 32:
        return 0
    if mupdf.pdf_is_indirect(obj):
        if own is None and place is not None:
            roles.setdefault(mupdf.pdf_to_num(obj), place)
        return 0
    dropped = 0
    if mupdf.pdf_is_dict(obj):
        kind = _kind(obj, place)
        if own is not None and kind is not None:
            keep = KEYS[kind]
            for i in reversed(range(mupdf.pdf_dict_len(obj))):
                name = mupdf.pdf_dict_get_key(obj, i)
                if mupdf.pdf_to_name(name) not in keep:
                    mupdf.pdf_dict_del(obj, name)  # by the name object: a key whose bytes are no UTF-8 goes too
                    dropped += 1
        for i in range(mupdf.pdf_dict_len(obj)):
            key = mupdf.pdf_to_name(mupdf.pdf_dict_get_key(obj, i))
            if key not in _DESCEND:
                continue  # widths, boxes, matrices, strings: nothing of the kinds above is reached through them
            value = mupdf.pdf_dict_get_val(obj, i)
            if (key in _CATEGORIES and mupdf.pdf_is_dict(value) and not mupdf.pdf_is_indirect(value)
                    and _kind(value, None) is None):  # a pattern's /Shading is a shading itself
                # a resource dictionary: its entries have names of anyone's choosing
                for j in range(mupdf.pdf_dict_len(value)):
                    entry = "gs" if key == "ExtGState" else None
                    dropped += _walk(mupdf.pdf_dict_get_val(value, j), entry, roles, own, depth + 2)
                continue
            child = _BY_PLACE.get(key) if kind in (None, "gs") else None
            if key == "SMask" and kind != "gs":
                child = None  # an image's /SMask is an image, not a soft mask dictionary
            dropped += _walk(value, child, roles, own, depth + 1)
    elif mupdf.pdf_is_array(obj):
        for i in range(mupdf.pdf_array_len(obj)):
            dropped += _walk(mupdf.pdf_array_get(obj, i), None, roles, own, depth + 1)
    return dropped
