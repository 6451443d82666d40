"""Optional-content membership dictionaries (/OCMD) judged as the default view shows them, then made plain groups.

A membership dictionary shows its content by a policy over groups (``/P /AllOff``
over ``/OCGs``) or by a visibility expression (``/VE [/And … [/Not …]]``). The
layer handling after it (``render.off_layers``) knows groups only: it switches
every group on, and the output keeps no layer configuration at all. Content that
the default view hides through such a dictionary (a photo shown only when every
layer is off) would then appear in the disclosed page. So each dictionary is
judged once against the groups' states in the default configuration, as the PDF
specification defines it, and rewritten in place into a group of its own that is
on or off accordingly: every reference to it (marked content, an XObject's or an
annotation's /OC) then means what the original showed, and the group pass takes
out what is off, text included.
"""

from __future__ import annotations

import re

import pymupdf

from redact.render.resources import MAX_DEPTH

_REF = re.compile(r"(\d+)\s+\d+\s+R")
_TOKEN = re.compile(r"\[|\]|/[^\s/\[\]<>()]+|\d+\s+\d+\s+R")


class Visibility:
    """Whether a group or membership dictionary is shown, given the groups' states (group xref -> on)."""

    def __init__(self, doc: pymupdf.Document, on: dict[int, bool]):
        self.doc = doc
        self.on = on
        self._known: dict[int, bool] = {}

    def shown(self, xref: int, depth: int = 0) -> bool:
        """Whether the group or membership dictionary ``xref`` is shown in the default configuration."""
        if xref in self.on:
            return self.on[xref]
        known = self._known.get(xref)
        if known is not None:
            return known
        if depth > MAX_DEPTH:
            return True
        self._known[xref] = True  # a dictionary that reaches itself: shown, as while unresolved
        value = self._membership(xref, depth)
        self._known[xref] = value
        return value

    def _membership(self, xref: int, depth: int) -> bool:
        doc = self.doc
        if doc.xref_get_key(xref, "Type")[1] != "/OCMD":
            return True  # not a group the configuration lists, nor a membership: readers draw it
        kind, ve = doc.xref_get_key(xref, "VE")
        if kind == "xref":  # an expression held in an object of its own
            ve = doc.xref_object(int(ve.split()[0]), compressed=True)
            kind = "array" if ve.lstrip().startswith("[") else kind
        if kind == "array":  # the expression wins over /OCGs and /P
            return self.expression(ve, depth)
        kind, value = doc.xref_get_key(xref, "OCGs")
        groups = [int(r) for r in _REF.findall(value)] if kind in ("xref", "array") else []
        if kind == "xref" and doc.xref_get_key(groups[0], "Type")[1] != "/OCG":  # an indirect array
            groups = [int(r) for r in _REF.findall(doc.xref_object(groups[0], compressed=True))]
        # Groups the configuration does not list are ignored; with none left the dictionary has no effect.
        states = [self.on[g] for g in groups if g in self.on]
        if not states:
            return True
        policy = doc.xref_get_key(xref, "P")[1]
        if policy == "/AllOn":
            return all(states)
        if policy == "/AnyOff":
            return not all(states)
        if policy == "/AllOff":
            return not any(states)
        return any(states)  # /AnyOn, the default

    def expression(self, text: str, depth: int) -> bool:
        """A visibility expression (``[/And 5 0 R [/Not 6 0 R]]``) evaluated against the groups' states."""
        tokens = _TOKEN.findall(text)
        pos = 0

        def term(level: int) -> bool:
            nonlocal pos
            if level > MAX_DEPTH:
                raise ValueError("expression too deep")
            token = tokens[pos]
            pos += 1
            if token != "[":
                return self.shown(int(token.split()[0]), depth + 1)
            operator = tokens[pos]
            pos += 1
            values = []
            while pos < len(tokens) and tokens[pos] != "]":
                values.append(term(level + 1))
            pos += 1
            if operator == "/Not":
                return not values[0] if values else True
            if operator == "/Or":
                return any(values)
            if operator == "/And":
                return all(values)
            raise ValueError("unknown operator")

        try:
            return term(0)
        except (IndexError, ValueError):
            return True  # a damaged expression: readers show the content


def default_states(doc: pymupdf.Document) -> dict[int, bool]:
    """Each group the configuration lists (xref -> on) in the default configuration (/D: /BaseState, /ON, /OFF)."""
    catalog = doc.pdf_catalog()
    groups = _refs(doc, *doc.xref_get_key(catalog, "OCProperties/OCGs"))
    base = doc.xref_get_key(catalog, "OCProperties/D/BaseState")[1]
    states = {g: base != "/OFF" for g in groups}
    # /ON is ignored when the base state is ON, /OFF when it is OFF; with /Unchanged both apply.
    if base != "/ON" and base != "null":
        for g in _refs(doc, *doc.xref_get_key(catalog, "OCProperties/D/ON")):
            if g in states:
                states[g] = True
    if base != "/OFF":
        for g in _refs(doc, *doc.xref_get_key(catalog, "OCProperties/D/OFF")):
            if g in states:
                states[g] = False
    return states


def has_memberships(doc: pymupdf.Document) -> bool:
    """Whether the document has a layer configuration and any membership dictionary (a look at every object)."""
    if doc.xref_get_key(doc.pdf_catalog(), "OCProperties")[0] == "null":
        return False
    return any(_is_membership(doc, x) or _has_direct_membership(doc, x) for x in range(1, doc.xref_length()))


def judge_memberships(doc: pymupdf.Document) -> int:
    """Make every membership dictionary a group on or off as the default view shows it; how many there were.

    Done on the copy every stage reads, so that detection, rendering and the ink check
    (all MuPDF, which evaluates /AllOn, /AnyOff and /VE otherwise than the specification)
    see what a viewer that follows the specification shows.
    """
    return len(memberships_as_groups(doc, default_states(doc)))


def memberships_as_groups(doc: pymupdf.Document, on: dict[int, bool]) -> dict[int, bool]:
    """Rewrite every membership dictionary into a group shown as the default view shows it; their states by xref.

    Dictionaries written directly into an /OC entry or a /Properties resource are
    first given objects of their own, so that they too become groups.
    """
    _direct_memberships_to_objects(doc)
    visibility = Visibility(doc, on)
    found = [x for x in range(1, doc.xref_length()) if _is_membership(doc, x)]
    states = {x: visibility.shown(x) for x in found}  # all judged before any is rewritten
    for xref in found:
        doc.update_object(xref, f"<</Type/OCG/Name(ocg{xref})>>")
    if states:
        catalog = doc.pdf_catalog()
        every = [*on, *states]
        doc.xref_set_key(catalog, "OCProperties/OCGs", "[" + " ".join(f"{x} 0 R" for x in every) + "]")
        off = [x for x, v in {**on, **states}.items() if not v]
        doc.xref_set_key(catalog, "OCProperties/D/BaseState", "/ON")
        doc.xref_set_key(catalog, "OCProperties/D/OFF", "[" + " ".join(f"{x} 0 R" for x in off) + "]")
        doc.xref_set_key(catalog, "OCProperties/D/ON", "[" + " ".join(f"{x} 0 R" for x in every if x not in off) + "]")
    return states


def _is_membership(doc: pymupdf.Document, xref: int) -> bool:
    try:
        return not doc.xref_is_stream(xref) and doc.xref_get_key(xref, "Type")[1] == "/OCMD"
    except Exception:  # pragma: no cover - a free or damaged object
        return False


def _refs(doc: pymupdf.Document, kind: str, value: str) -> list[int]:
    """The references of an array written in place or held in an object of its own."""
    if kind == "xref":
        value = doc.xref_object(int(value.split()[0]), compressed=True)
        kind = "array" if value.lstrip().startswith("[") else kind
    return [int(r) for r in _REF.findall(value)] if kind == "array" else []


def _has_direct_membership(doc: pymupdf.Document, xref: int) -> bool:
    try:
        return any(
            doc.xref_get_key(xref, key)[0] == "dict" and "/OCMD" in doc.xref_get_key(xref, key)[1]
            for key in ("OC", "Properties", "Resources/Properties")
        )
    except Exception:  # pragma: no cover - a free or damaged object
        return False


def _direct_memberships_to_objects(doc: pymupdf.Document) -> None:
    for xref in range(1, doc.xref_length()):
        try:
            kind, value = doc.xref_get_key(xref, "OC")
        except Exception:  # pragma: no cover - a free or damaged object
            continue
        if kind == "dict" and "/OCMD" in value:
            doc.xref_set_key(xref, "OC", f"{_new_object(doc, value)} 0 R")
        for path in ("Properties", "Resources/Properties"):
            kind, value = doc.xref_get_key(xref, path)
            if kind != "dict" or "/OCMD" not in value:
                continue
            for name in _direct_entries(value):
                key = f"{path}/{name}"
                sub_kind, sub = doc.xref_get_key(xref, key)
                if sub_kind == "dict" and "/OCMD" in sub:
                    doc.xref_set_key(xref, key, f"{_new_object(doc, sub)} 0 R")


def _new_object(doc: pymupdf.Document, text: str) -> int:
    xref = doc.get_new_xref()
    doc.update_object(xref, text)
    return xref


def _direct_entries(text: str) -> list[str]:
    """The keys of the dictionary ``text`` whose values are dictionaries written in place."""
    names, depth, i = [], 0, 0
    last_key: str | None = None
    while i < len(text):
        if text.startswith("<<", i):
            if depth == 1 and last_key is not None:
                names.append(last_key)
            depth += 1
            i += 2
            last_key = None
            continue
        if text.startswith(">>", i):
            depth -= 1
            i += 2
            continue
        if depth == 1 and text[i] == "/":
            m = re.match(r"/([^\s/\[\]<>()]+)", text[i:])
            if m:
                last_key = m.group(1) if last_key is None else None  # a key, or a name value after a key
                i += m.end()
                continue
        if depth == 1 and not text[i].isspace():
            last_key = None
        i += 1
    return names


def hidden_by_layer(doc: pymupdf.Document, xref: int, states: dict[int, bool]) -> bool:
    """Whether the object ``xref`` (an annotation, an XObject) has an /OC the default view hides.

    MuPDF hides such an annotation on screen but draws it when baking it into the page.
    """
    kind, value = doc.xref_get_key(xref, "OC")
    if kind != "xref" or not states:
        return False
    return not Visibility(doc, states).shown(int(value.split()[0]))
