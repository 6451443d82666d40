"""A text state set outside any text object, inherited by a form: given to a copy of the form, where MuPDF keeps it.

A form inherits the text state of the content that paints it: ``/F1 14 Tf 3 Tc /Fm0 Do`` draws the
form's ``BT (Kvittens) Tj ET`` in F1 at 14 points. MuPDF's redaction rewrite writes a text-state
operator only inside a text object, where a glyph is shown after it; one outside every text object
is dropped, and the form's rewritten copy starts from the defaults: its text was drawn in no font
at all (nothing shown), the ink check found it gone and refused the file.

The form painted with such a state is copied, the state written at the start of the copy's own
content (where MuPDF writes it before the copy's first glyph), and the page paints the copy by a
new name in resources of its own. The drawing is the same: the form set explicitly what it inherited.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pymupdf
from pymupdf import mupdf

from redact.render.content import ContentError, Name, Parsed, cut, parse

log = logging.getLogger(__name__)

#: The text-state operators and how many operands each takes.
TEXT_STATE = {b"Tc": 1, b"Tw": 1, b"Tz": 1, b"TL": 1, b"Tf": 2, b"Tr": 1, b"Ts": 1}


def inherited_states(data: bytes, parse_: Callable[[bytes], Parsed] = parse) -> dict[int, tuple[bytes, Name, bytes]] | None:
    """Per ``Do`` that paints a name with text state set outside a text object in force: (its span's end
    offset -> (the operator's bytes, the name, the state as operators)); None when there is none."""
    if not any(op in data for op in TEXT_STATE) or b"Do" not in data:
        return None
    try:
        ops = parse_(data).ops
    except ContentError:
        return None
    state: dict[bytes, bytes] = {}  # set outside a text object and in force, by operator
    saved: list[dict[bytes, bytes]] = []
    in_text = False
    found: dict[int, tuple[bytes, Name, bytes]] = {}
    for op in ops:
        o, args = op.op, op.operands
        if o == b"BT":
            in_text = True
        elif o == b"ET":
            in_text = False
        elif o == b"q":
            saved.append(dict(state))
        elif o == b"Q":
            state = saved.pop() if saved else {}
        elif o in TEXT_STATE:
            if in_text:
                state.pop(o, None)  # written by MuPDF where the text object shows a glyph after it
            elif len(args) == TEXT_STATE[o] and all(isinstance(a, (float, Name)) for a in args):
                state[o] = data[op.start:op.end]
        elif o == b"Do" and state and not in_text and len(args) == 1 and isinstance(args[0], Name):
            found[op.start] = (data[op.start:op.end], args[0], b" ".join(state[k] for k in TEXT_STATE if k in state))
    return found or None


def give_forms_their_state(doc: pymupdf.Document, page: pymupdf.Page, data: bytes,
                           parse_: Callable[[bytes], Parsed] = parse) -> bytes | None:
    """``data`` (the page's content) painting a copy of each form that inherits a text state MuPDF would drop;
    None when none does. The page gets resources of its own holding the copies."""
    found = inherited_states(data, parse_)
    if not found:
        return None
    pdf = pymupdf._as_pdf_document(doc)
    page_obj = mupdf.pdf_load_object(pdf, page.xref)
    resources = mupdf.pdf_dict_get_inheritable(page_obj, mupdf.pdf_new_name("Resources"))
    xobjects = mupdf.pdf_dict_gets(resources, "XObject") if mupdf.pdf_is_dict(resources) else None
    if xobjects is None or not mupdf.pdf_is_dict(xobjects):
        return None
    own = mupdf.pdf_copy_dict(mupdf.pdf_resolve_indirect(resources))  # the page's own: another page may share them
    own_xobjects = mupdf.pdf_copy_dict(mupdf.pdf_resolve_indirect(xobjects))
    spans: list[tuple[int, int]] = []
    replacements: dict[int, bytes] = {}
    copies: dict[tuple[str, bytes], str] = {}
    for start, (raw, name, prefix) in sorted(found.items()):
        ref = mupdf.pdf_dict_gets(xobjects, name)
        if not mupdf.pdf_is_indirect(ref) or not mupdf.pdf_is_stream(ref):
            continue
        form = mupdf.pdf_resolve_indirect(ref)
        if mupdf.pdf_to_name(mupdf.pdf_dict_gets(form, "Subtype")) != "Form":
            continue
        key = (str(name), prefix)
        if key not in copies:
            source = mupdf.pdf_to_num(ref)
            target = doc.get_new_xref()
            doc.update_object(target, "<<>>")
            doc.xref_copy(source, target)
            doc.update_stream(target, prefix + b"\n" + (doc.xref_stream(source) or b""), compress=True)
            new_name = _free_name(own_xobjects, "".join(c for c in name if c.isascii() and c.isalnum()) + "T")
            mupdf.pdf_dict_puts(own_xobjects, new_name, mupdf.pdf_new_indirect(pdf, target, 0))
            copies[key] = new_name
        spans.append((start, start + len(raw)))
        replacements[start] = b" /%s Do " % copies[key].encode("latin-1")
    if not spans:
        return None
    mupdf.pdf_dict_puts(own, "XObject", own_xobjects)
    mupdf.pdf_dict_puts(page_obj, "Resources", own)
    log.debug("sida %d: %d formulär får textläget de ärver", page.number + 1, len(copies))
    return cut(data, spans, replacements)


def _free_name(xobjects: object, base: str) -> str:
    """A name not yet in the dictionary ``xobjects``."""
    n = 1
    while mupdf.pdf_dict_gets(xobjects, f"{base}{n}").m_internal:
        n += 1
    return f"{base}{n}"
