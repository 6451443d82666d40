"""Take out what a layer that is off would paint: paths, shadings, images and forms.

Scrubbing drops the layer configuration, after which every layer shows. Text of
a layer that was off is removed as hidden text (``render.hidden``); anything else
it paints would appear in the disclosed page although nobody saw it in the
original: a drawing, a photo, a grey figure over the visible one. So before the
layers are switched on, every painting operator inside marked content of an
optional-content group (or membership dictionary) that is off, and every image or
form whose own /OC is off, is taken out. State operators (q, Q, cm, gs, clips)
stay, so what follows draws as before; a path is ended with ``n`` instead of
being filled or stroked. Text-showing operators stay for the hidden-text pass,
which removes glyphs without moving the visible text that follows them.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pymupdf

from redact.errors import UnsupportedError

from redact.render.content import Name, Parsed, parse
from redact.render.content import cut as _cut
from redact.render.oc_membership import Visibility, default_states, memberships_as_groups
from redact.render.resources import MAX_DEPTH, Chain, Res, inherited_resources

log = logging.getLogger(__name__)

#: Path-painting operators: replaced by ``n``, which ends the path (and applies a pending clip).
_PATH_PAINT = frozenset({b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s"})
_REF = re.compile(r"(\d+)\s+\d+\s+R")


def remove_off_content(doc: pymupdf.Document, on: dict[int, bool]) -> int:
    """Take out what groups that are off paint on every page; ``on`` maps group xref to state. The count of cuts."""
    if all(on.values()):
        return 0
    remover = _Remover(doc, on)
    for number in range(doc.page_count):
        remover.page(number)
    if remover.cuts:
        log.info("%d ritoperationer i avstängda lager togs bort", remover.cuts)
    return remover.cuts



def show_hidden_layers(doc: pymupdf.Document, src: Path) -> frozenset[str]:
    """Switch optional content that is off on, so its text can be found, and name it.

    What such layers paint besides text is taken out first (``remove_off_content``). Membership
    dictionaries are judged as the default view shows them and become groups first
    (``oc_membership``), so content they hide is taken out the same way.

    Scrubbing drops the layer configuration, after which every layer shows;
    content of a layer that was off must therefore be treated as hidden now.
    A layer that cannot be switched on is refused: its text would be disclosed unseen.
    """
    try:
        with pymupdf.open(src) as probe:  # MuPDF reads a document's layer state once: look in a copy
            ocgs = probe.get_ocgs()
    except Exception:  # pragma: no cover - damaged OCProperties
        return frozenset()
    if not ocgs:
        return frozenset()
    # MuPDF reports some groups that its configuration switches off as on (those without /Usage),
    # and draws them hidden: a group is off when either reading says so.
    spec = default_states(doc)
    on = {xref: bool(v.get("on", True)) and spec.get(xref, True) for xref, v in ocgs.items()}
    # Content a membership dictionary hides in the default view (shown only when every layer is
    # off, say) would show once the configuration is gone: each becomes a group, on or off as judged.
    for xref, shown in memberships_as_groups(doc, on).items():
        on[xref] = shown
        ocgs[xref] = {"on": shown}
    # Names can repeat (two groups called "One", one on and one off): the text pass tells
    # layers apart by name, so every group gets one of its own.
    for xref in ocgs:
        doc.xref_set_key(xref, "Name", f"(ocg{xref})")
    off = frozenset(f"ocg{xref}" for xref, shown in on.items() if not shown)
    if not off:
        return off
    remove_off_content(doc, on)
    # Every layer on in the default configuration, before MuPDF reads it for this document.
    # The user-interface switches need an /Order, which is optional; this does not.
    catalog = doc.pdf_catalog()
    every = "[" + " ".join(f"{x} 0 R" for x in ocgs) + "]"
    for key, value in (("OFF", "[]"), ("ON", every), ("BaseState", "/ON"), ("AS", "[]"), ("Locked", "[]")):
        try:
            doc.xref_set_key(catalog, f"OCProperties/D/{key}", value)
        except Exception:  # pragma: no cover - damaged configuration: checked below
            pass
    for ui in doc.layer_ui_configs():
        if not ui.get("on"):
            doc.set_layer_ui_config(ui["number"], action=0)
    still_off = [v["name"] for v in doc.get_ocgs().values() if not v.get("on", True)]
    if still_off:
        raise UnsupportedError(
            "{name}: {n} dolda lager går inte att visa, så deras text kan inte kontrolleras; skriv ut filen till en ny PDF och försök igen", name=src.name, n=len(still_off)
        )
    log.info("%d avstängda lager behandlas som dold text", len(off))
    return off


class _Remover:
    def __init__(self, doc: pymupdf.Document, on: dict[int, bool]):
        self.doc = doc
        self.on = on
        self.cuts = 0
        self._forms: set[int] = set()
        self._visibility = Visibility(doc, on)

    def page(self, number: int) -> None:
        doc = self.doc
        xref = doc.page_xref(number)
        refs = _content_xrefs(doc, xref)
        data = b"\n".join(doc.xref_stream(r) or b"" for r in refs)
        clean = self._run(data, (inherited_resources(doc, xref),), 0)
        if clean is not None:
            # A new stream: the old ones may be shared with pages that paint them differently.
            target = doc.get_new_xref()
            doc.update_object(target, "<<>>")
            doc.update_stream(target, clean, compress=True)
            doc.xref_set_key(xref, "Contents", f"{target} 0 R")

    def _form(self, xref: int, chain: Chain, depth: int) -> None:
        if xref in self._forms or depth > MAX_DEPTH:
            return
        self._forms.add(xref)
        if self.doc.xref_get_key(xref, "Resources")[0] != "null":
            chain = (Res(xref), *chain)
        clean = self._run(self.doc.xref_stream(xref) or b"", chain, depth)
        if clean is not None:
            self.doc.update_stream(xref, clean, compress=True)

    def _run(self, data: bytes, chain: Chain, depth: int) -> bytes | None:
        """``data`` with what off groups paint taken out; None when nothing is."""
        parsed: Parsed = parse(data)
        marks: list[bool] = []  # one entry per open marked-content section: True when it is off
        off = 0
        spans: list[tuple[int, int]] = []
        replace: dict[int, bytes] = {}
        for op in parsed.ops:
            o = op.op
            if o == b"BMC":
                marks.append(False)
            elif o == b"BDC":
                hidden = len(op.operands) >= 2 and op.operands[0] == "OC" and not self._shown(chain, op.operands[1])
                marks.append(hidden)
                off += hidden
            elif o == b"EMC":
                if marks:
                    off -= marks.pop()
            elif o == b"Do":
                xobject = self._xobject(chain, op.operands[-1]) if op.operands else None
                if off or (xobject is not None and not self._visible_xobject(xobject)):
                    spans.append((op.start, op.end))
                elif xobject is not None and self.doc.xref_get_key(xobject, "Subtype")[1] == "/Form":
                    self._form(xobject, chain, depth + 1)
            elif off and o in _PATH_PAINT:
                spans.append((op.start, op.end))
                replace[op.start] = b" n "
            elif off and o in (b"sh", b"BI"):
                spans.append((op.start, op.end))
        if not spans:
            return None
        self.cuts += len(spans)
        return _cut(data, spans, replace)

    def _xobject(self, chain: Chain, name: object) -> int | None:
        if not isinstance(name, Name) or "/" in name:
            return None
        for res in chain:
            kind, value = self.doc.xref_get_key(res.holder, res.key("XObject", name))
            if kind == "xref":
                return int(value.split()[0])
            if kind != "null":
                return None
        return None

    def _visible_xobject(self, xref: int) -> bool:
        kind, value = self.doc.xref_get_key(xref, "OC")
        return kind != "xref" or self._visible_ref(int(value.split()[0]))

    def _shown(self, chain: Chain, name: object) -> bool:
        """Whether the /OC property ``name`` of a BDC is shown; unknown properties show, as readers draw them."""
        if not isinstance(name, Name) or "/" in name:
            return True
        for res in chain:
            kind, value = self.doc.xref_get_key(res.holder, res.key("Properties", name))
            if kind == "xref":
                return self._visible_ref(int(value.split()[0]))
            if kind != "null":
                return True
        return True

    def _visible_ref(self, xref: int) -> bool:
        """Whether the group or membership dictionary ``xref`` is shown in the default configuration."""
        return self._visibility.shown(xref)


def _content_xrefs(doc: pymupdf.Document, xref: int) -> list[int]:
    kind, value = doc.xref_get_key(xref, "Contents")
    if kind == "xref":
        target = int(value.split()[0])
        if doc.xref_is_stream(target):
            return [target]
        value = doc.xref_object(target, compressed=True)
        kind = "array"
    if kind == "array":
        return [int(r) for r in _REF.findall(value)]
    return []
