"""Rewrite constructs that MuPDF's redaction mishandles into equivalent ones it reads right.

``apply_redactions`` rewrites a page's content and every form it paints. These
constructs come out of that rewrite wrong, and content vanishes outside any box:

- The text operators ``'`` and ``"`` (next line, then show). MuPDF writes the
  preceding ``Td`` as ``TD``, which also sets the leading, and ``'`` as a bare
  ``T*``; every later line then moves by the wrong leading, often off the page.
  They are rewritten as ``T* (..) Tj`` and ``aw Tw ac Tc T* (..) Tj``, which
  is what the specification defines them as and what MuPDF rewrites correctly.
- A form XObject without /Resources of its own, or without some name it uses:
  readers look the name up in the resources of whatever paints the form, but
  MuPDF's new form gets only the names the page itself used, so its fonts and
  images go missing. Such a form gets the names it lacks copied in from the
  resources of the page or form that paints it (the first one, when several do).

- A form that sets a text-state value back to its default (``0 Tw``): MuPDF assumes the
  default inside the form and drops the setting, so the form inherits the caller's value.
  The setting is nudged a hair off the default so that MuPDF writes it.
- A ``TJ`` of numbers only (a move along the line) followed, before the next glyph, by a
  new font size or horizontal scale: MuPDF holds the move back until that glyph and writes it
  after the new size, so the rest of the line moves by the wrong amount. The move is written
  where MuPDF will put it, in the units of the size then in force.
- A text state set outside every text object and inherited by a form (``/F1 14 Tf /Fm0 Do``): MuPDF
  drops it; the form is painted from a copy that sets it itself (``render.form_text_state``).
- Glyphs MuPDF removes before such a change: held back the same way, as a move in ems. The line
  is started anew at the change (``render.size_changes``), so MuPDF writes the place it tracks.

The rewrites keep what the page shows; they run only on pages that get a
redaction, and a stream is parsed only when a byte search finds an operator they concern.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import pymupdf
from pymupdf import mupdf

from redact.render.form_text_state import give_forms_their_state
from redact.render.content import ContentError, Op, Parsed, cut, parse
from redact.render.resources import MAX_DEPTH
from redact.render.size_changes import FontWidths, anchored_size_changes

#: Resource categories a form can take from its caller (/Properties too: marked content names it).
CATEGORIES = ("ExtGState", "ColorSpace", "Pattern", "Shading", "XObject", "Font", "Properties")

log = logging.getLogger(__name__)


def prepare_page(page: pymupdf.Page, done: set[int] | None = None, parse_: Callable[[bytes], Parsed] = parse) -> None:
    """Make ``page`` and the forms it paints safe for MuPDF's redaction rewrite.

    ``done`` holds the forms already prepared (pass one set for a whole
    document, so forms shared by many pages are read once). ``parse_``: how the
    page's stream is parsed (the page's :class:`PageParses`, which the removal reads again).
    """
    doc = page.parent
    _rewrite_page_contents(doc, page, parse_)
    page_obj = mupdf.pdf_load_object(pymupdf._as_pdf_document(doc), page.xref)
    resources = mupdf.pdf_dict_get_inheritable(page_obj, mupdf.pdf_new_name("Resources"))
    _prepare_forms(doc, resources, set() if done is None else done, 0)


def next_line_shows(data: bytes, parse_: Callable[[bytes], Parsed] = parse) -> bytes | None:
    """``data`` with every ``'`` and ``"`` written as ``T*`` and ``Tj``; None when there is none."""
    if b"'" not in data and b'"' not in data:
        return None  # the cheap test: most streams never reach the parser
    try:
        ops = parse_(data).ops
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


#: Text-state operators whose default a form may set, and the value MuPDF takes for granted inside a form.
TEXT_STATE_DEFAULTS = {b"Tc": 0.0, b"Tw": 0.0, b"Ts": 0.0, b"Tz": 100.0}
#: Added to a default a form sets, so MuPDF writes it (it does not change a glyph's place by a visible amount).
NUDGE = 1e-5


def explicit_text_state(data: bytes) -> bytes | None:
    """A form's ``0 Tw`` (and ``0 Tc``, ``0 Ts``, ``100 Tz``) nudged off the default; None when it sets none.

    A form inherits the text state of whatever paints it. MuPDF's rewrite of a
    form assumes the defaults instead and drops a setting it thinks changes
    nothing, so a form that resets word spacing inherits the caller's (its
    spaces shrink or grow). A value a hair off the default is always written.
    """
    if not any(k in data for k in TEXT_STATE_DEFAULTS):
        return None
    try:
        ops = parse(data).ops
    except ContentError:
        return None
    spans: list[tuple[int, int]] = []
    replacements: dict[int, bytes] = {}
    for op in ops:
        default = TEXT_STATE_DEFAULTS.get(op.op)
        if default is None or len(op.operands) != 1 or not isinstance(op.operands[0], float):
            continue
        if op.operands[0] == default:
            spans.append((op.start, op.end))
            replacements[op.start] = b" %s %s " % (_number(default + NUDGE), op.op)
    if not spans:
        return None
    return cut(data, spans, replacements)


#: Operators after which a pending move along the line no longer matters (the line is set anew) or
#: after which the font size is not known (a form or a restored graphics state may set another).
_LINE_SET = frozenset((b"BT", b"ET", b"Td", b"TD", b"Tm", b"T*", b"'", b'"', b"q", b"Q", b"Do"))


#: The end of an array before the operator TJ.
_ARRAY_END_TJ = re.compile(rb"\][\s\x00]*TJ")


def _number_before_tj(data: bytes) -> bool:
    """True when an array that ends in a number (a digit or a point before "]") stands before a TJ:
    where a move-only ``TJ`` can be. Text arrays end in a string ("...)]TJ", "...>]TJ")."""
    for m in _ARRAY_END_TJ.finditer(data):
        i = m.start() - 1
        while i >= 0 and data[i] in b" \t\n\r\x0b\x0c\x00":
            i -= 1
        if i >= 0 and data[i] in b"0123456789.":
            return True
    return False


def moves_before_size_change(data: bytes, parse_: Callable[[bytes], Parsed] = parse) -> bytes | None:
    """``data`` with every move-only ``TJ`` that precedes a new font size carried to the next glyph; None if none.

    ``/F 5 Tf [-4000] TJ /F 10 Tf (x) Tj`` becomes ``/F 5 Tf /F 10 Tf [-2000] TJ (x) Tj``: the same
    move (a thousandth of the size times the horizontal scale per unit), written where MuPDF's
    rewrite puts it anyway. A move whose size is not known in this stream is left as it is.
    """
    if b"TJ" not in data or (b"Tf" not in data and b"Tz" not in data):
        return None
    if b"%" not in data and not _number_before_tj(data):
        return None  # no array that ends in a number before TJ (and no comment to hide one): no move-only TJ
    try:
        ops = parse_(data).ops
    except ContentError:
        return None
    size: float | None = None
    scale = 1.0
    pending: list[tuple[Op, float]] = []  # move-only TJ and its move (thousandths of a text-space unit)
    spans: list[tuple[int, int]] = []
    replacements: dict[int, bytes] = {}
    for op in ops:
        o, args = op.op, op.operands
        if o == b"Tf":
            size = args[1] if len(args) == 2 and isinstance(args[1], float) else None
        elif o == b"Tz":
            scale = args[0] / 100 if len(args) == 1 and isinstance(args[0], float) else 0.0
        elif o in _LINE_SET:
            pending.clear()
            if o in (b"q", b"Q", b"Do"):
                size = None  # a restored state or a form: the size in force is not known here
        elif o in (b"Tj", b"TJ"):
            numbers = args[0] if len(args) == 1 and isinstance(args[0], list) else None
            if o == b"TJ" and numbers and all(isinstance(v, float) for v in numbers):
                if size is None or not scale:
                    pending.clear()
                else:
                    pending.append((op, sum(numbers) * size * scale))
                continue
            unit = size * scale if size is not None else 0.0
            if pending and unit and any(abs(move - sum(o2.operands[0]) * unit) > 1e-6 for o2, move in pending):
                for moved, _ in pending:
                    spans.append((moved.start, moved.end))
                    replacements[moved.start] = b" "
                total = sum(move for _, move in pending) / unit
                spans.append((op.start, op.end))
                replacements[op.start] = b" [%s] TJ " % _number(total) + data[op.start:op.end]
            pending.clear()
    if not spans:
        return None
    return cut(data, spans, replacements)


def _number(value: float) -> bytes:
    """A PDF number (never in exponent notation)."""
    if value == int(value):
        return b"%d" % int(value)
    return (b"%.6f" % value).rstrip(b"0").rstrip(b".")


def _rewrite_page_contents(doc: pymupdf.Document, page: pymupdf.Page, parse_: Callable[[bytes], Parsed] = parse) -> None:
    xrefs = page.get_contents()
    if not xrefs:
        return
    # The parts of an array are joined: an operand may sit in one part and its operator in the next.
    data = b"\n".join(doc.xref_stream(x) or b"" for x in xrefs)
    page_obj = mupdf.pdf_load_object(pymupdf._as_pdf_document(doc), page.xref)
    new = _text_rewrites(doc, data, mupdf.pdf_dict_get_inheritable(page_obj, mupdf.pdf_new_name("Resources")), parse_)
    given = give_forms_their_state(doc, page, data if new is None else new, parse_)
    new = given if given is not None else new
    if new is None:
        return
    # A new stream: the old one may be shared with pages that get no redaction.
    target = doc.get_new_xref()
    doc.update_object(target, "<<>>")
    doc.update_stream(target, new, compress=True)
    doc.xref_set_key(page.xref, "Contents", f"{target} 0 R")
    log.debug("sida %d: textoperatorer skrivs om så att MuPDF läser dem rätt", page.number + 1)


def _text_rewrites(doc: pymupdf.Document, data: bytes, resources: object,
                   parse_: Callable[[bytes], Parsed] = parse) -> bytes | None:
    """``data`` with the text rewrites MuPDF needs (size changes mid-line, ``'`` and ``"``, held-back moves); None if none."""
    widths = FontWidths(doc, resources)
    try:
        anchored = anchored_size_changes(data, widths, parse_)
    finally:
        widths.close()
    data = anchored if anchored is not None else data
    shows = next_line_shows(data, parse_)
    new = shows if shows is not None else anchored
    moved = moves_before_size_change(data if shows is None else shows, parse_)
    return moved if moved is not None else new


def _prepare_forms(doc: pymupdf.Document, res: object, seen: set[int], depth: int) -> None:
    """Every form listed in the resource dictionary ``res`` (a MuPDF object): resources of its own, no ``'`` or ``"``."""
    if depth > MAX_DEPTH or not mupdf.pdf_is_dict(res):
        return
    xobjects = mupdf.pdf_dict_gets(res, "XObject")
    if not mupdf.pdf_is_dict(xobjects):
        return
    for i in range(mupdf.pdf_dict_len(xobjects)):
        ref = mupdf.pdf_dict_get_val(xobjects, i)
        if not mupdf.pdf_is_indirect(ref):
            continue
        xref = mupdf.pdf_to_num(ref)
        form = mupdf.pdf_resolve_indirect(ref)
        if xref in seen or not mupdf.pdf_is_stream(ref) or mupdf.pdf_to_name(mupdf.pdf_dict_gets(form, "Subtype")) != "Form":
            continue
        seen.add(xref)
        own = _with_callers_names(mupdf.pdf_dict_gets(form, "Resources"), res)
        if own is not None:
            mupdf.pdf_dict_puts(form, "Resources", own)
            log.debug("formulär %d får de resurser det läser från den som ritar det", xref)
        data = doc.xref_stream(xref) or b""
        new = _text_rewrites(doc, data, mupdf.pdf_dict_gets(form, "Resources"))
        data = new if new is not None else data
        kept = explicit_text_state(data)
        if kept is not None or new is not None:
            doc.update_stream(xref, kept if kept is not None else data, compress=True)
        _prepare_forms(doc, mupdf.pdf_dict_gets(form, "Resources"), seen, depth + 1)


def _with_callers_names(own: object, caller: object) -> object | None:
    """A form's resources with every name it can only find in its caller's added; None when nothing is missing.

    MuPDF and poppler look a name up in the caller's resources when the form
    lacks it; MuPDF's rewritten form keeps only its own, so the name is copied in.
    """
    if not mupdf.pdf_is_dict(caller):
        return None
    if not mupdf.pdf_is_dict(own):
        return _shareable(caller)  # no resources at all: everything comes from the caller
    merged = None
    for category in CATEGORIES:
        theirs = mupdf.pdf_resolve_indirect(mupdf.pdf_dict_gets(caller, category))
        if not mupdf.pdf_is_dict(theirs) or mupdf.pdf_dict_len(theirs) == 0:
            continue
        mine = mupdf.pdf_resolve_indirect(mupdf.pdf_dict_gets(own, category))
        if not mupdf.pdf_is_dict(mine):
            added = _shareable(mupdf.pdf_dict_gets(caller, category))  # the whole category is the caller's
        else:
            missing = [
                i for i in range(mupdf.pdf_dict_len(theirs))
                if not mupdf.pdf_dict_get(mine, mupdf.pdf_dict_get_key(theirs, i)).m_internal
            ]
            if not missing:
                continue
            added = mupdf.pdf_deep_copy_obj(mine)
            for i in missing:
                mupdf.pdf_dict_put(added, mupdf.pdf_dict_get_key(theirs, i), _shareable(mupdf.pdf_dict_get_val(theirs, i)))
        if merged is None:
            merged = mupdf.pdf_deep_copy_obj(mupdf.pdf_resolve_indirect(own))  # a copy: the dictionary may be shared with other forms
        mupdf.pdf_dict_puts(merged, category, added)
    return merged


def _shareable(obj: object) -> object:
    """``obj`` as it can be put into a second dictionary: a reference as it is, a direct object copied."""
    return obj if mupdf.pdf_is_indirect(obj) else mupdf.pdf_deep_copy_obj(obj)


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
