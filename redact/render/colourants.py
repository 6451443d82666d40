"""Spot colour names: a Separation or DeviceN colour space names its inks, and a name can be anyone's.

A colourant name is a PDF name (``/Separation /Vera#20Holmqvist ...``): no reader shows it on
the page, but a parser, a print preview's list of plates and any preflight tool list it. The
page is drawn through the colour space's alternate space and tint transform, which stay, so
every colourant but the process inks (and /All, /None) is renamed ``/Dekor1``, ``/Dekor2``...,
the same name for the same ink throughout the file, so inks that separate together still do.
"""

from __future__ import annotations

import logging
import re

import pymupdf

log = logging.getLogger(__name__)

#: Names with a meaning of their own to a printer or a reader: kept.
KEPT = frozenset({"All", "None", "Cyan", "Magenta", "Yellow", "Black"})
_NAME = rb"/([^\s/\[\]<>(){}%]*)"
_SEPARATION = re.compile(rb"(/Separation\s*)" + _NAME)
_DEVICEN = re.compile(rb"(/DeviceN\s*\[)([^\]]*)\]")
_COLORANTS = re.compile(rb"/Colorants\s*<<")
_ONE_NAME = re.compile(_NAME)


def rename_colourants(doc: pymupdf.Document, sources: dict[int, str | None] | None = None) -> int:
    """Rename every spot colourant of ``doc`` (in every object, streams' dictionaries too); how many objects changed.

    With ``sources`` (xref -> compact source text, e.g. the objects the save keeps) only those
    objects are looked at, and only those whose text names a colourant space are read again.
    """
    names: dict[bytes, bytes] = {}

    def new(name: bytes) -> bytes:
        if name.decode("latin-1") in KEPT or name.startswith(b"Dekor"):
            return name
        if name not in names:
            names[name] = b"Dekor%d" % (len(names) + 1)
        return names[name]

    changed = 0
    for xref in range(1, doc.xref_length()) if sources is None else sources:
        text = None if sources is None else sources[xref]
        if text is not None and "/Separation" not in text and "/DeviceN" not in text:
            continue
        try:
            source = doc.xref_object(xref, compressed=False).encode("latin-1")
        except Exception:  # a free or damaged entry: nothing to rename
            continue
        if b"/Separation" not in source and b"/DeviceN" not in source:
            continue
        text = _SEPARATION.sub(lambda m: m.group(1) + b"/" + new(m.group(2)), source)
        text = _DEVICEN.sub(lambda m: m.group(1) + _ONE_NAME.sub(lambda n: b"/" + new(n.group(1)), m.group(2)) + b"]", text)
        text = _colorants_keys(text, new)
        if text != source:
            doc.update_object(xref, text.decode("latin-1"))
            changed += 1
    if changed:
        log.debug("%d färgnamn (dekorfärger) döps om i %d objekt", len(names), changed)
    return changed


def _colorants_keys(text: bytes, new) -> bytes:
    """The keys of every DeviceN /Colorants dictionary renamed (its values, colour spaces, are left alone)."""
    out = bytearray()
    pos = 0
    for m in _COLORANTS.finditer(text):
        if m.start() < pos:
            continue
        out += text[pos : m.end()]
        i, dicts, arrays, expect_key = m.end(), 1, 0, True
        while i < len(text) and dicts:
            if text.startswith(b"<<", i) or text.startswith(b">>", i):
                dicts += 1 if text[i] == 0x3C else -1
                out += text[i : i + 2]
                i += 2
                if dicts == 1 and arrays == 0 and text[i - 1] == 0x3E:
                    expect_key = True  # a dictionary value ended
                continue
            c = text[i : i + 1]
            top = dicts == 1 and arrays == 0
            if c == b"/" and top:
                n = _ONE_NAME.match(text, i)
                out += b"/" + (new(n.group(1)) if expect_key else n.group(1))
                expect_key = not expect_key  # a name value ends where it stands
                i = n.end()
                continue
            if dicts == 1:
                arrays += (c == b"[") - (c == b"]")
                if (c == b"]" and arrays == 0) or (c == b"R" and top):
                    expect_key = True
            out += c
            i += 1
        pos = i
    out += text[pos:]
    return bytes(out)
