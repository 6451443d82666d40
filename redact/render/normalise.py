"""Rewrite constructs that MuPDF's redaction mishandles into equivalent ones it reads right.

``apply_redactions`` rewrites a page's content and every form it paints. Two
constructs come out of that rewrite wrong, and content vanishes outside any box:

- The text operators ``'`` and ``"`` (next line, then show). MuPDF writes the
  preceding ``Td`` as ``TD``, which also sets the leading, and ``'`` as a bare
  ``T*``; every later line then moves by the wrong leading, often off the page.
  They are rewritten as ``T* (..) Tj`` and ``aw Tw ac Tc T* (..) Tj``, which
  is what the specification defines them as and what MuPDF rewrites correctly.
- A form XObject without /Resources of its own (it uses those of whatever
  paints it). MuPDF's new form gets only the names the page itself used, so
  its fonts and images go missing. Such a form gets a copy of the resources
  of the page or form that paints it.

Both rewrites keep what the page shows; they run only on pages that get a
redaction, and the content is parsed only when a byte search finds ``'`` or ``"``.
"""

from __future__ import annotations

import logging
import re

import pymupdf

from redact.render.content import ContentError, cut, parse
from redact.render.resources import MAX_DEPTH, Res, _inherited_resources

log = logging.getLogger(__name__)

_REF = re.compile(r"/([^\s/<>\[\]()]+)\s*(\d+)\s+\d+\s+R")


def prepare_page(page: pymupdf.Page, done: set[int] | None = None) -> None:
    """Make ``page`` and the forms it paints safe for MuPDF's redaction rewrite.

    ``done`` holds the forms already prepared (pass one set for a whole
    document, so forms shared by many pages are read once).
    """
    doc = page.parent
    _rewrite_page_contents(doc, page)
    _prepare_forms(doc, _inherited_resources(doc, page.xref), set() if done is None else done, 0)


def next_line_shows(data: bytes) -> bytes | None:
    """``data`` with every ``'`` and ``"`` written as ``T*`` and ``Tj``; None when there is none."""
    if b"'" not in data and b'"' not in data:
        return None  # the cheap test: most streams never reach the parser
    try:
        ops = parse(data).ops
    except ContentError:
        return None  # an unreadable stream is left to MuPDF, as before
    spans: list[tuple[int, int]] = []
    replacements: dict[int, bytes] = {}
    for op in ops:
        if op.op == b"'" and len(op.operands) == 1 and isinstance(op.operands[0], bytes):
            new = b" T* " + op.operands[0] + b" Tj "
        elif (
            op.op == b'"' and len(op.operands) == 3 and isinstance(op.operands[2], bytes)
            and all(isinstance(v, float) for v in op.operands[:2])
        ):
            aw, ac, text = op.operands
            new = b" %s Tw %s Tc T* %s Tj " % (_number(aw), _number(ac), text)
        else:
            continue
        spans.append((op.start, op.end))
        replacements[op.start] = new
    if not spans:
        return None
    return cut(data, spans, replacements)


def _number(value: float) -> bytes:
    """A PDF number (never in exponent notation)."""
    if value == int(value):
        return b"%d" % int(value)
    return (b"%.6f" % value).rstrip(b"0").rstrip(b".")


def _rewrite_page_contents(doc: pymupdf.Document, page: pymupdf.Page) -> None:
    xrefs = page.get_contents()
    if not xrefs:
        return
    # The parts of an array are joined: an operand may sit in one part and its operator in the next.
    data = b"\n".join(doc.xref_stream(x) or b"" for x in xrefs)
    new = next_line_shows(data)
    if new is None:
        return
    # A new stream: the old one may be shared with pages that get no redaction.
    target = doc.get_new_xref()
    doc.update_object(target, "<<>>")
    doc.update_stream(target, new, compress=True)
    doc.xref_set_key(page.xref, "Contents", f"{target} 0 R")
    log.debug("sida %d: textoperatorerna ' och \" skrivs om", page.number + 1)


def _prepare_forms(doc: pymupdf.Document, res: Res, seen: set[int], depth: int) -> None:
    """Every form listed in ``res``: resources of its own, and no ``'`` or ``"`` in its content."""
    if depth > MAX_DEPTH:
        return
    for form in _forms_in(doc, res):
        if form in seen:
            continue
        seen.add(form)
        if doc.xref_get_key(form, "Resources")[0] == "null":
            kind, value = doc.xref_get_key(res.holder, res.path)
            if kind in ("xref", "dict"):
                doc.xref_set_key(form, "Resources", value)
                log.debug("formulär %d får resurserna det ritas med", form)
        data = doc.xref_stream(form) or b""
        new = next_line_shows(data)
        if new is not None:
            doc.update_stream(form, new, compress=True)
        _prepare_forms(doc, Res(form), seen, depth + 1)


def _forms_in(doc: pymupdf.Document, res: Res) -> list[int]:
    """The form XObjects named in the /XObject dictionary of ``res``."""
    kind, value = doc.xref_get_key(res.holder, res.key("XObject"))
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
    elif kind != "dict":
        return []
    forms = []
    for _, ref in _REF.findall(value):
        xref = int(ref)
        if 0 < xref < doc.xref_length() and doc.xref_is_stream(xref) and doc.xref_get_key(xref, "Subtype")[1] == "/Form":
            forms.append(xref)
    return forms


def match_decode_parms(doc: pymupdf.Document) -> int:
    """Give every stream one /DecodeParms entry per filter; the number of streams changed.

    MuPDF reads /DecodeParms by the filter's index and gives up on the whole save
    ("index out of bounds") when the array is shorter than /Filter, as in
    ``/Filter [/ASCIIHexDecode /DCTDecode] /DecodeParms []``. A missing entry
    means "no parameters", which is what null says.
    """
    changed = 0
    for xref in range(1, doc.xref_length()):
        try:
            kind, parms = doc.xref_get_key(xref, "DecodeParms")
            if kind != "array" or not doc.xref_is_stream(xref):
                continue
            fkind, filters = doc.xref_get_key(xref, "Filter")
        except Exception:  # a free or broken object: MuPDF reports it where it matters
            continue
        wanted = len(_items(filters)) if fkind == "array" else 1 if fkind == "name" else 0
        have = _items(parms)
        if len(have) == wanted:
            continue
        if wanted == 0 or not have:
            value = "null"  # no parameters for any filter
        else:
            value = "[" + " ".join((have + ["null"] * wanted)[:wanted]) + "]"
        doc.xref_set_key(xref, "DecodeParms", value)
        changed += 1
    if changed:
        log.info("%d strömmar får /DecodeParms som passar deras filter", changed)
    return changed


_ITEM = re.compile(r"<<(?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>|<[^<>]*>)*>>|\d+\s+\d+\s+R|/[^\s/<>\[\]()]*|[^\s/<>\[\]()]+")


def _items(array: str) -> list[str]:
    """The elements of a PDF array given as text (dictionaries, references, names, numbers, null)."""
    return _ITEM.findall(array.strip()[1:-1])
