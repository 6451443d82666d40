"""Bake filled form fields and visible annotations into the page content before any stage reads a page.

A filled application keeps its values in form fields and a received-stamp is an
annotation; neither is page content, and the renderer keeps only page content.
So before detection the PDF is copied with every field and every annotation that
shows drawn into its page, exactly as a viewer draws it (MuPDF's ``bake``): then
detection, rendering, verification and the ink check see the values and stamps
like any other text, masking what is personal and keeping the rest.

What never shows on a page (comment texts, attached files, hidden fields) is
listed as notes (``ingest.notes``); on request it is written as appendix pages.
The original file is never changed; the flattened copy is a temporary file that
is deleted when the run ends. A worker process that is killed (time or memory
bound) runs no cleanup of its own, so a caller that runs the stages in such a
worker opens ``flat_scratch`` first: copies are then made in a private folder
the caller owns and removes, whatever happens to the worker. A PDF without
annotations or form fields is used as it is, at the cost of one look at its
catalog and page dictionaries.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pymupdf

from redact.errors import InputError, UnsupportedError
from redact.ingest.bake_check import annotation_entries, check_nothing_lost, drawn_before_baking
from redact.ingest.guard import DEFAULT_LIMITS, Limits, check_document, quiet_mupdf
from redact.ingest.notes import add_appendix, never_shown, page_notes, warning_for
from redact.messages import Message
from redact.ingest.pdf import open_pdf, sha256_file
from redact.ingest.structure_tree import structure_tree_is_broken
from redact.render.oc_membership import default_states, has_memberships, hidden_by_layer, judge_memberships
from redact.scratch import private_folder, sweep_dead
from redact.types import Document, Note

log = logging.getLogger(__name__)

#: Widget values that mean "nothing filled in".
_EMPTY_VALUES = (None, "", False, "Off")


@dataclass(frozen=True)
class Flattened:
    """The file every stage reads, and what the original carried beside its pages."""

    path: Path  # the flattened copy, or the original when there was nothing to bake
    original: Path
    notes: tuple[Note, ...] = ()
    pages: int = 0  # pages of ``path`` (the original's pages plus any appendix)

    @property
    def flattened(self) -> bool:
        """True when ``path`` is a temporary copy rather than the original."""
        return self.path != self.original

    def warnings(self) -> tuple[str, ...]:
        """The summary line about the notes (none when there are none); never their text."""
        return (warning_for(self.notes),) if self.notes else ()

    def document(self, document: Document) -> Document:
        """``document`` (described from ``path``) as the original: its name, hash and path, the copy's page count."""
        if not self.flattened:
            return document
        return replace(document, name=self.original.name, sha256=sha256_file(self.original), path=self.original)


#: Name of a run's private folder for flattened copies: redact-flat-PID-random in the temp folder.
SCRATCH = "redact-flat-"
#: Where flattened copies are made while a ``flat_scratch`` is open in this thread (a forked worker inherits it).
_local = threading.local()


def current_scratch() -> Path | None:
    """The folder of the ``flat_scratch`` open in this thread, if any (handed to a worker started afresh)."""
    return getattr(_local, "scratch", None)


def adopt_scratch(folder: Path | None) -> None:
    """Make this worker's copies in ``folder``, the scratch folder of the process that started it."""
    _local.scratch = folder


@contextmanager
def flat_scratch() -> Iterator[Path]:
    """A private folder for the flattened copies of everything run inside it, removed on the way out.

    Open it in the process that starts a bounded worker: the worker inherits the folder, and when it is
    killed before its own cleanup runs, this process still removes the copy with the folder.
    """
    outer = getattr(_local, "scratch", None)
    if outer is not None and outer.is_dir():  # nested: the outer one owns and removes it
        yield outer
        return
    sweep_dead(SCRATCH)  # the folders of runs killed outright hold copies of their inputs
    folder = private_folder(SCRATCH)
    _local.scratch = folder
    try:
        yield folder
    finally:
        _local.scratch = outer
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def flat_input(path: Path, include_notes: bool = False, limits: Limits = DEFAULT_LIMITS) -> Iterator[Flattened]:
    """Yield the input as every stage should read it; a flattened copy is deleted afterwards."""
    path = Path(path)
    if path.suffix.lower() == ".txt":
        yield Flattened(path, path)
        return
    with open_pdf(path, limits) as doc:
        try:
            needed = _has_forms_or_annotations(doc)
        except Exception:  # a damaged or hostile page tree: the guard says what is wrong with it
            with quiet_mupdf():
                check_document(doc, path.name, limits)
            raise UnsupportedError(
                "{name}: sidornas anteckningar kan inte läsas; skriv ut filen till en ny PDF och försök igen", name=path.name
            ) from None
        broken_tree = structure_tree_is_broken(doc)
        memberships = has_memberships(doc)  # judged as the default view shows them, for every stage
        if not needed and not broken_tree and not memberships:
            yield_plain = True
        else:
            yield_plain = False
            notes = []
            if broken_tree:
                log.info("%s: den taggade strukturen är trasig (en cirkel) och tas bort ur arbetskopian", path.name)
                doc.xref_set_key(doc.pdf_catalog(), "StructTreeRoot", "null")
            if memberships:
                log.info("%s: %d lagervillkor bedömda som standardvyn visar dem", path.name, judge_memberships(doc))
            if needed:
                with quiet_mupdf():
                    check_document(doc, path.name, limits)  # bound the original before MuPDF draws anything of it
                _refuse_xfa_only(doc, path.name)
                notes = _flatten(doc, path.name, include_notes)
            fd, name = tempfile.mkstemp(prefix=".redact-flat-", suffix=".pdf", dir=getattr(_local, "scratch", None))
            os.close(fd)
            tmp = Path(name)
            try:
                # garbage=2, not 3: merging equal objects costs MuPDF time in the square of their number (a page
                # of 32,000 links took a minute), and a working copy gains nothing from being smaller
                doc.save(tmp, garbage=2, deflate=True, encryption=pymupdf.PDF_ENCRYPT_NONE)
                pages = doc.page_count
            except Exception as exc:
                tmp.unlink(missing_ok=True)
                raise UnsupportedError(
                    "{name}: formulärfält och anteckningar kan inte ritas in i sidorna ({kind}); skriv ut filen till en ny PDF och försök igen", name=path.name, kind=type(exc).__name__
                ) from None
    if yield_plain:
        yield Flattened(path, path)
        return
    try:
        if notes or needed:
            log.info("%s: formulärfält och anteckningar inritade i sidorna", path.name)
        yield Flattened(tmp, path, tuple(notes), pages)
    finally:
        tmp.unlink(missing_ok=True)


def _has_forms_or_annotations(doc: pymupdf.Document) -> bool:
    """True when the catalog has a form or any page has an annotation list (links included)."""
    if doc.xref_get_key(doc.pdf_catalog(), "AcroForm")[0] != "null":
        return True
    for number in range(doc.page_count):
        kind, value = doc.xref_get_key(doc.page_xref(number), "Annots")
        if kind == "array" and value.strip("[] \n") or kind == "xref":
            return True
    return False


def _refuse_xfa_only(doc: pymupdf.Document, name: str) -> None:
    """An XFA form without ordinary PDF fields is drawn by Adobe's software only: refuse it."""
    catalog = doc.pdf_catalog()
    if doc.xref_get_key(catalog, "AcroForm/XFA")[0] == "null":
        return
    kind, fields = doc.xref_get_key(catalog, "AcroForm/Fields")
    has_fields = kind == "array" and fields.strip("[] \n") or kind == "xref"
    if not has_fields and not any(True for page in doc for _ in page.widgets() or ()):
        raise UnsupportedError(
            "{name}: är ett XFA-formulär utan vanliga PDF-fält och kan inte läsas säkert; öppna det i Adobe Acrobat Reader, välj Skriv ut och skriv ut till PDF, och försök igen med den nya filen", name=name
        )


def _flatten(doc: pymupdf.Document, name: str, include_notes: bool) -> list[Note]:
    """Give every widget an appearance, drop what never shows, bake the rest; return the notes."""
    need_appearances = doc.xref_get_key(doc.pdf_catalog(), "AcroForm/NeedAppearances") == ("bool", "true")
    _unshare_annotations(doc)
    notes: list[Note] = []
    values: list[_Value] = []
    layers = default_states(doc)  # an annotation in a layer the default view hides is not drawn
    for page in doc:
        notes.extend(page_notes(page))
        values.extend(_draw_widgets(doc, page, name, need_appearances))
        # Annotations no viewer shows are not baked: MuPDF would draw a no-view one, and one in a layer that is off.
        for annot in list(page.annots() or ()):
            if never_shown(annot.flags) or hidden_by_layer(doc, annot.xref, layers):
                page.delete_annot(annot)
        for widget in list(page.widgets() or ()):
            if never_shown(_flags(doc, widget.xref)) or hidden_by_layer(doc, widget.xref, layers):
                page.delete_widget(widget)
    before = drawn_before_baking(doc)
    try:
        with quiet_mupdf():
            doc.bake(annots=True, widgets=True)
    except Exception as exc:
        raise UnsupportedError(
            "{name}: formulärfält och anteckningar kan inte ritas in i sidorna ({kind}); skriv ut filen till en ny PDF och försök igen", name=name, kind=type(exc).__name__
        ) from None
    check_nothing_lost(doc, before, name)
    notes.extend(_check_values_shown(doc, values, name))
    if include_notes and notes:
        notes = [replace(n, included=True) for n in notes]
        try:
            add_appendix(doc, notes)
        except ValueError:
            raise InputError("{name}: en dold anteckning är för lång för en bilagesida; ta med den för hand", name=name) from None
    for n in notes:
        log.info("sida %d: %s%s", n.page, n.kind, " med författare" if n.has_author else "")
    return notes


def _unshare_annotations(doc: pymupdf.Document) -> None:
    """Give every page its own annotation list and its own copy of each annotation an earlier page lists.

    Baking a page takes its annotations out of its list. Where pages share one list object, or
    one annotation object, the pages after the first would lose them unseen: the form values and
    stamps would vanish from every later page without a box over them.
    """
    seen: set[int] = set()
    for number in range(doc.page_count):
        page_xref = doc.page_xref(number)
        kind, value = doc.xref_get_key(page_xref, "Annots")
        if kind == "xref":  # a list object, perhaps shared with other pages
            value = doc.xref_object(int(value.split()[0]), compressed=True)
        elif kind != "array":
            continue
        entries = annotation_entries(value)  # references, and dictionaries written in place
        refs = [int(e.split()[0]) for e in entries if not e.startswith("<<")]
        copies: dict[int, int] = {}
        for xref in refs:
            if xref in seen and xref not in copies:
                copies[xref] = doc.get_new_xref()
                doc.update_object(copies[xref], doc.xref_object(xref, compressed=True))
            seen.add(xref)
        for copy in copies.values():
            if doc.xref_get_key(copy, "P")[0] != "null":
                doc.xref_set_key(copy, "P", f"{page_xref} 0 R")
            # a note and its pop-up (or a reply and its note) on this page point at each other's copies
            for key in ("Popup", "Parent", "IRT"):
                ref_kind, ref = doc.xref_get_key(copy, key)
                if ref_kind == "xref" and int(ref.split()[0]) in copies:
                    doc.xref_set_key(copy, key, f"{copies[int(ref.split()[0])]} 0 R")
        own = [e if e.startswith("<<") else f"{copies.get(int(e.split()[0]), int(e.split()[0]))} 0 R" for e in entries]
        if kind == "xref" or copies:
            doc.xref_set_key(page_xref, "Annots", "[" + " ".join(own) + "]")


def _flags(doc: pymupdf.Document, xref: int) -> int:
    kind, value = doc.xref_get_key(xref, "F")
    return int(value) if kind == "int" else 0


@dataclass(frozen=True)
class _Value:
    """A text or choice field's value and where it must show once baked."""

    page: int  # 0-based
    rect: pymupdf.Rect
    value: str
    drawn_here: bool  # the appearance was made from the value here (not the file's own)
    field_type: str


#: Field types whose value is drawn as text in their appearance.
_TEXT_FIELDS = (pymupdf.PDF_WIDGET_TYPE_TEXT, pymupdf.PDF_WIDGET_TYPE_COMBOBOX, pymupdf.PDF_WIDGET_TYPE_LISTBOX)


def _draw_widgets(doc: pymupdf.Document, page: pymupdf.Page, name: str, regenerate: bool) -> list[_Value]:
    """Give each shown widget an appearance from its value (all of them when the form asks viewers to).

    A filled field that still has no appearance afterwards is refused: baking would drop its value unseen.
    Returns the text values that must be readable on the page once baked.
    """
    values: list[_Value] = []
    for widget in list(page.widgets() or ()):
        if never_shown(_flags(doc, widget.xref)):
            continue
        has_ap = doc.xref_get_key(widget.xref, "AP/N")[0] != "null"
        value = widget.field_value
        filled = value not in _EMPTY_VALUES
        is_text = widget.field_type in _TEXT_FIELDS and isinstance(value, str) and value.strip()
        password = widget.field_type == pymupdf.PDF_WIDGET_TYPE_TEXT and widget.field_flags & (1 << 13)
        if is_text and not password:
            values.append(_Value(page.number, pymupdf.Rect(widget.rect), value, not has_ap or regenerate,
                                 widget.field_type_string))
        if has_ap and not regenerate:
            continue
        try:
            with quiet_mupdf():
                widget.update()
        except Exception:
            if filled:
                raise UnsupportedError(_undrawable(name, page.number + 1, widget)) from None
            continue  # an empty field: nothing is lost when it is not drawn
        if filled and doc.xref_get_key(widget.xref, "AP/N")[0] == "null":
            raise UnsupportedError(_undrawable(name, page.number + 1, widget))
    return values


def _compact(text: str) -> str:
    return "".join(text.split()).casefold()


def _check_values_shown(doc: pymupdf.Document, values: list[_Value], name: str) -> list[Note]:
    """Every text value must be readable where its field was, once baked.

    A value the file's own appearance does not show (a stale appearance) never showed
    in a viewer either: it becomes a note. One missing from an appearance drawn here
    is refused, since it would vanish unseen.
    """
    notes: list[Note] = []
    for v in values:
        shown = _compact(doc[v.page].get_text(clip=v.rect + (-2, -2, 2, 2)))
        want = _compact(v.value)
        if want[:6] in shown or want[-6:] in shown:
            continue
        if not v.drawn_here:
            notes.append(Note("hidden-field", v.page + 1, False, v.value))
            continue
        raise UnsupportedError(
            "{name}: sida {page}: värdet i ett formulärfält av typen {kind} kan inte ritas upp och skulle annars försvinna; skriv ut filen till en ny PDF och försök igen", name=name, page=v.page + 1, kind=v.field_type or "?"
        )
    return notes


def _undrawable(name: str, page: int, widget: pymupdf.Widget) -> Message:
    return Message("{name}: sida {page}: formulärfältet av typen {kind} kan inte ritas upp "
                   "och dess värde skulle annars försvinna; skriv ut filen till en ny PDF och försök igen",
                   name=name, page=page, kind=widget.field_type_string or "?")
