"""Proof that a page of the output draws exactly what the same page of the input drew.

Drawing a page can cost half a minute (a Type 3 glyph whose box is thousands of
units wide is rasterised whole at every size MuPDF can allocate). A page the
renderer left alone need not be drawn twice to learn that it lost nothing; but
"left alone" must be proved, never assumed. The proof is a fingerprint of all
that MuPDF reads to draw the page without its annotations: the page's boxes and
turn, its content streams, its resources (inherited ones too) and transparency
group, every object they lead to (fonts, glyph procedures, images, forms,
patterns, colour spaces) and the catalogue's optional-content settings and output intent.

Objects are compared by value, not by number: the output is saved afresh and
its objects are renumbered. Only differences that cannot change a drawing are
ignored: the order of dictionary keys, ``/Length``, ``/ProcSet`` (which no
viewer reads), an empty resource subdictionary (a name it could hold is not
used), how a stream is Flate-compressed (its decoded bytes are compared) and
the text tags of a colour profile (the renderer blanks them; colours do not change).
Anything else, and anything unusual (a reference cycle, an object that cannot
be read, a page that leads to too many objects), leaves the page unproven,
and an unproven page is drawn.
"""

from __future__ import annotations

import hashlib
import re

import pymupdf

from redact.render.icc_text import blank_icc_texts

#: Keys dropped everywhere: they never change what is drawn.
_IGNORED = frozenset({b"/Length", b"/ProcSet"})
#: Resource subdictionaries: one that is empty is the same as one that is absent.
_RESOURCE_KINDS = frozenset({b"/ColorSpace", b"/ExtGState", b"/Font", b"/XObject", b"/Pattern", b"/Shading",
                             b"/Properties"})
#: Most objects one page may lead to before it is left unproven (a fingerprint should cost far less than a drawing).
MAX_OBJECTS = 50_000

_TOKEN = re.compile(
    rb"\s*(?:(<<|>>|\[|\]|\{|\})|(/[^\s/\[\]()<>{}%]*)|(\((?:\\.|[^\\()])*\))|(<[0-9A-Fa-f\s]*>)"
    rb"|(\d+\s+\d+\s+R)\b|([^\s/\[\]()<>{}%]+))",
    re.S,
)


class Unproven(Exception):
    """The page's drawing could not be fingerprinted (it is then drawn)."""


class _Ref:
    __slots__ = ("xref",)

    def __init__(self, xref: int):
        self.xref = xref


def _parse(text: bytes) -> object:
    """One PDF object as MuPDF prints it: dicts, lists, ``_Ref`` and atoms (bytes)."""
    pos = 0
    stack: list[list] = [[]]
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            if text[pos:].strip():
                raise Unproven(f"unreadable object text at {pos}")
            break
        pos = m.end()
        op, name, string, hexstr, ref, atom = m.groups()
        if op in (b"<<", b"["):
            stack.append([op])
        elif op in (b">>", b"]"):
            items = stack.pop()
            if not items or items[0] != (b"<<" if op == b">>" else b"["):
                raise Unproven("unbalanced object")
            if op == b">>":
                body = items[1:]
                if len(body) % 2:
                    raise Unproven("dictionary without a value")
                value: object = dict(zip(body[0::2], body[1::2]))
            else:
                value = items[1:]
            stack[-1].append(value)
        elif op is not None:  # a PostScript function's braces
            stack[-1].append(op)
        elif ref is not None:
            stack[-1].append(_Ref(int(ref.split()[0])))
        else:
            stack[-1].append(name or string or (b"<" + re.sub(rb"\s", b"", hexstr[1:-1]).lower() + b">" if hexstr else atom))
    if len(stack) != 1 or len(stack[0]) != 1:
        raise Unproven("not one object")
    return stack[0][0]


class PageFingerprints:
    """Fingerprints of the pages of one open document (objects are hashed once per document)."""

    def __init__(self, doc: pymupdf.Document):
        self.doc = doc
        self._done: dict[tuple[int, bytes], bytes] = {}  # (object, key it stands under)
        self._busy: set[int] = set()
        self._count = 0
        self._oc: bytes | None = None

    def page(self, number: int) -> bytes | None:
        """The fingerprint of page ``number`` (0-based), or None when it cannot be proved."""
        try:
            return self._page(number)
        except (Unproven, RuntimeError, ValueError, RecursionError):
            return None

    def _page(self, number: int) -> bytes:
        doc = self.doc
        if not doc.is_pdf:
            raise Unproven("not a PDF")
        page = doc[number]
        self._count = 0
        h = hashlib.blake2b(digest_size=20)
        h.update(repr((tuple(page.mediabox), tuple(page.cropbox), page.rotation)).encode())
        own = _parse(doc.xref_object(page.xref, compressed=True).encode("latin-1"))
        if not isinstance(own, dict):
            raise Unproven("page is not a dictionary")
        resources = own.get(b"/Resources")
        parent = own.get(b"/Parent")
        seen: set[int] = set()
        while resources is None and isinstance(parent, _Ref) and parent.xref not in seen:
            seen.add(parent.xref)  # inherited from the page tree
            node = _parse(doc.xref_object(parent.xref, compressed=True).encode("latin-1"))
            if not isinstance(node, dict):
                break
            resources, parent = node.get(b"/Resources"), node.get(b"/Parent")
        for key, value in ((b"/Contents", own.get(b"/Contents")), (b"/Resources", resources),
                           (b"/Group", own.get(b"/Group")), (b"/UserUnit", own.get(b"/UserUnit"))):
            h.update(key)
            h.update(self._value(value, key))
        h.update(self._optional_content())
        return h.digest()

    def _optional_content(self) -> bytes:
        """What the catalogue says about drawing: which marked content shows (optional content) and
        the output intent (a colour profile MuPDF may draw device colours with)."""
        if self._oc is None:
            cat = _parse(self.doc.xref_object(self.doc.pdf_catalog(), compressed=True).encode("latin-1"))
            if not isinstance(cat, dict):
                raise Unproven("catalogue is not a dictionary")
            self._oc = self._value(cat.get(b"/OCProperties"), b"") + self._value(cat.get(b"/OutputIntents"), b"")
        return self._oc

    def _value(self, value: object, key: bytes) -> bytes:
        """A canonical byte form of a parsed value, references replaced by what they refer to.

        A dictionary or array is the same whether it stands in place or is referred to (the
        renderer writes a page's shared resources into each page): both give its hash.
        """
        if value is None:
            return b"-"
        if isinstance(value, _Ref):
            return self._object(value.xref, key)
        if isinstance(value, dict):
            items = []
            for k in sorted(value):
                v = value[k]
                if k in _IGNORED:
                    continue
                if k in _RESOURCE_KINDS and key == b"/Resources" and isinstance(v, dict) and not v:
                    continue
                items.append(k + b" " + self._value(v, k))
            return b"D" + hashlib.blake2b(b"<<" + b" ".join(items) + b">>", digest_size=20).digest()
        if isinstance(value, list):
            return b"A" + hashlib.blake2b(b"[" + b" ".join(self._value(v, b"") for v in value) + b"]",
                                          digest_size=20).digest()
        return value  # an atom: name, number, string

    def _object(self, xref: int, key: bytes) -> bytes:
        done = self._done.get((xref, key))
        if done is not None:
            return done
        if xref in self._busy:
            raise Unproven("reference cycle")  # where it points back to cannot be told apart by value
        self._count += 1
        if self._count > MAX_OBJECTS:
            raise Unproven("too many objects")
        doc = self.doc
        self._busy.add(xref)
        try:
            parsed = _parse(doc.xref_object(xref, compressed=True).encode("latin-1"))
            if not doc.xref_is_stream(xref):
                digest = self._value(parsed, key)  # the same as the value written in place
                self._done[(xref, key)] = digest
                return digest
            h = hashlib.blake2b(digest_size=20)
            filters = parsed.get(b"/Filter") if isinstance(parsed, dict) else None
            flate = filters in (None, b"/FlateDecode", [b"/FlateDecode"], [])
            if flate and isinstance(parsed, dict):
                # how the bytes are compressed does not matter, the bytes do
                parsed = {k: v for k, v in parsed.items() if k not in (b"/Filter", b"/DecodeParms")}
                data = doc.xref_stream(xref)
            else:
                data = doc.xref_stream_raw(xref)
            if data is None:
                raise Unproven("unreadable stream")
            if flate and isinstance(parsed, dict) and b"/N" in parsed and b"/Subtype" not in parsed:
                data = blank_icc_texts(data) or data  # a colour profile's text tags (blanked by the renderer) draw nothing
            h.update(b"stream")
            h.update(hashlib.blake2b(data, digest_size=20).digest())
            h.update(self._value(parsed, b""))
            digest = b"S" + h.digest()
        finally:
            self._busy.discard(xref)
        self._done[(xref, key)] = digest
        return digest


def same_drawing(a: PageFingerprints, b: PageFingerprints, number: int) -> bool:
    """True when page ``number`` (0-based) of both documents is proved to draw the same (annotations aside)."""
    fa = a.page(number)
    return fa is not None and fa == b.page(number)
