"""Strip a PDF of everything that can carry personal data besides the page content.

``Document.scrub()`` in PyMuPDF leaves bookmarks and text annotations in
place and redacts hidden text with rectangles that also take visible text, so
this module removes things itself, by deleting dictionary entries: whatever
they pointed to becomes unreferenced and is dropped by the garbage-collecting
save in ``render.pdf``. Only page content and what it needs to draw survive.

Then the page content itself is rebuilt (``render.resources``): each page,
form, pattern and glyph gets a resource dictionary with only the names its
content uses, marked content (layer names, /ActualText, /Alt, /E) and comments
leave the content streams, images lose the pixels nobody can see and their
JPEG metadata (``render.images``), and pages, page-tree nodes and XObjects keep
only the entries a reader needs to draw them (no /PieceInfo, /PTEX.*,
/LastModified, /OC, /Metadata or private keys). The trailer gets a new /ID, spot
colours neutral names (``render.colourants``) and colour profiles blank text tags
(``render.icc_text``).
"""

from __future__ import annotations

import logging
import os

import pymupdf

from redact.errors import UnsupportedError
from redact.render.colourants import rename_colourants
from redact.render.content import ContentError
from redact.render.icc_text import blank_profiles
from redact.render.private_keys import strip_private_keys
from redact.render.reachable import reachable_sources
from redact.render.images import ImageError, clean_images
from redact.render.resources import ContentWalker, ResourceError, Usage, page_tree_nodes

log = logging.getLogger(__name__)

#: Catalog entries that hold or reach metadata, navigation, scripts, forms,
#: attachments, layers, tagging text (/Alt, /ActualText) or private app data.
CATALOG_KEYS: tuple[str, ...] = (
    "AA",  # document-level actions (JavaScript on open, close, print...)
    "AcroForm",  # form fields and XFA
    "AF",  # associated files (PDF/A-3 attachments)
    "Collection",  # portfolio
    "Dests",  # named destinations (names can be text from the document)
    "Info",  # some producers put an info dictionary here too
    "Legal",
    "MarkInfo",
    "Metadata",  # XMP
    "Names",  # JavaScript, EmbeddedFiles, Dests, AP, Templates...
    "OCProperties",  # optional content (layers)
    "OpenAction",
    "Outlines",  # bookmarks
    "PageLabels",
    "PageMode",  # may ask a viewer to open the removed outline or attachments
    "Perms",
    "PieceInfo",  # application private data (can hold a whole original)
    "SpiderInfo",
    "StructTreeRoot",  # tagged structure: /Alt, /ActualText, /T hold text
    "Threads",  # article threads carry an info dictionary
    "URI",
)

#: Page entries that hold or reach the same kinds of things.
PAGE_KEYS: tuple[str, ...] = (
    "AA",  # page open/close actions
    "AF",
    "Annots",  # comments, notes, free text, stamps, pop-ups, attachments, widgets, links
    "B",  # article beads
    "Metadata",
    "PieceInfo",
    "Thumb",  # thumbnail image of the unredacted page
)

#: Entries removed from every object still in the file (fonts, graphics states, patterns...).
#: A font descriptor's /FontFamily is a text string no reader needs (fonts are found by
#: /FontName and drawn from their program), and a family can read as a masked name.
OBJECT_KEYS: tuple[str, ...] = ("Metadata", "PieceInfo", "LastModified", "FontFamily")
#: Prefixes of private entries removed from every object (pdfTeX's /PTEX.FileName, /PTEX.InfoDict...).
PRIVATE_PREFIXES: tuple[str, ...] = ("PTEX.",)
#: What an object's source holds if it has one of those entries (a superset: a value may match too).
_OBJECT_TOKENS: tuple[str, ...] = tuple(f"/{key}" for key in (*OBJECT_KEYS, *PRIVATE_PREFIXES))

#: What pages, page-tree nodes and XObjects keep: everything else goes (private
#: application data, /StructParents, /OC, /Name, /OPI, /Ref, /ID, /Alternates...).
KEEP: dict[str, frozenset[str]] = {
    # The catalog keeps how to find the pages and how to show them; CATALOG_KEYS says why the rest goes.
    "catalog": frozenset({"Type", "Pages", "Version", "Lang", "Extensions", "PageLayout", "OutputIntents"}),
    "page": frozenset({"Type", "Parent", "MediaBox", "CropBox", "BleedBox", "TrimBox", "ArtBox", "Rotate",
                       "Resources", "Contents", "Group", "UserUnit"}),
    "pages": frozenset({"Type", "Kids", "Count", "Parent", "MediaBox", "CropBox", "Rotate"}),
    "form": frozenset({"Type", "Subtype", "FormType", "BBox", "Matrix", "Resources", "Group",
                       "Length", "Filter", "DecodeParms"}),
    "image": frozenset({"Type", "Subtype", "Width", "Height", "ColorSpace", "BitsPerComponent", "ImageMask",
                        "Mask", "Decode", "Interpolate", "SMask", "SMaskInData", "Intent", "Matte",
                        "Length", "Filter", "DecodeParms"}),
}


def scrub(doc: pymupdf.Document) -> None:
    """Remove metadata, XMP, annotations, links, attachments, scripts, forms, outline, labels and layers."""
    if not doc.is_pdf:
        raise ValueError("scrub works on PDF documents only")
    catalog = doc.pdf_catalog()
    for key in CATALOG_KEYS:
        _drop(doc, catalog, key)
    _drop(doc, -1, "Info")  # trailer: document information dictionary
    _fresh_trailer(doc)
    for number in range(doc.page_count):
        xref = doc.page_xref(number)
        for key in PAGE_KEYS:
            _drop(doc, xref, key)
    usage = _rebuild_content(doc)
    roles = {doc.page_xref(n): "page" for n in range(doc.page_count)}
    roles[catalog] = "catalog"
    roles.update((x, "pages") for x in page_tree_nodes(doc))
    roles.update((x, "form") for x in usage.forms)
    for x in usage.images:
        roles[x] = "image"
        for key in ("SMask", "Mask"):
            kind, value = doc.xref_get_key(x, key)
            if kind == "xref":
                roles[int(value.split()[0])] = "image"
    # only what the garbage-collecting save keeps: redacting leaves many objects nothing reaches
    sources = reachable_sources(doc)
    for xref, text in sources.items():
        keep = KEEP.get(roles.get(xref, ""))
        if keep is not None or text is None or any(token in text for token in _OBJECT_TOKENS):
            _strip_keys(doc, xref, keep)
    strip_private_keys(doc, sources)
    _plain_output_intents(doc, catalog)
    rename_colourants(doc, sources)
    blank_profiles(doc, sources)


def _plain_output_intents(doc: pymupdf.Document, catalog: int) -> None:
    """Output intents keep the profile and its registered identifier; their free-text /Info and /OutputCondition go."""
    from pymupdf import mupdf

    intents = mupdf.pdf_dict_gets(mupdf.pdf_load_object(pymupdf._as_pdf_document(doc), catalog), "OutputIntents")
    if not mupdf.pdf_is_array(intents):
        return
    for i in range(mupdf.pdf_array_len(intents)):
        intent = mupdf.pdf_array_get(intents, i)
        if mupdf.pdf_is_dict(intent):
            for key in ("Info", "OutputCondition"):
                mupdf.pdf_dict_dels(intent, key)


#: What the trailer keeps (MuPDF writes /Size and the cross-reference entries anew).
TRAILER_KEYS = frozenset({"Size", "Root", "Prev", "XRefStm", "Encrypt"})


def _fresh_trailer(doc: pymupdf.Document) -> None:
    """The trailer without entries of its own and with a new file identifier.

    MuPDF keeps the first string of the input's /ID when it saves, and a producer can write
    any text there; no reader needs the old one (the disclosed file is a new file).
    """
    for key in doc.xref_get_keys(-1):
        if key not in TRAILER_KEYS and key not in ("ID", "Info"):
            doc.xref_set_key(-1, key, "null")
    fresh = os.urandom(16).hex()
    doc.xref_set_key(-1, "ID", f"[<{fresh}><{fresh}>]")


def _rebuild_content(doc: pymupdf.Document) -> Usage:
    """Clean every content stream, rebuild resources from what is used, blank hidden image pixels."""
    walker = ContentWalker(doc)
    number = 0
    try:
        for number in range(doc.page_count):
            walker.walk_page(number)
        walker.rebuild()
        for node in page_tree_nodes(doc):  # every page now holds its own resources
            _drop(doc, node, "Resources")
    except (ContentError, ResourceError) as exc:
        log.info("innehållet kan inte byggas om: %s", exc)
        raise UnsupportedError(
            "sidinnehållet på sida {value} kan inte läsas helt, så det går inte att visa att inget dolt finns kvar; skriv ut filen till en ny PDF och försök igen", value=number + 1
        ) from None
    try:
        clean_images(doc, walker.usage)
    except ImageError as exc:
        log.info("en bild kan inte beskäras: %s", exc)
        raise UnsupportedError(
            "en bild har delar som inte syns men inte kan tas bort säkert; "
            "skriv ut filen till en ny PDF och försök igen"
        ) from None
    return walker.usage


def _strip_keys(doc: pymupdf.Document, xref: int, keep: frozenset[str] | None) -> None:
    """Remove private entries of object ``xref``; with ``keep``, every entry not in it."""
    try:
        keys = doc.xref_get_keys(xref)
    except Exception:  # a free or broken object: nothing to remove from it
        return
    for key in keys:
        if keep is not None:
            drop = key not in keep
        else:
            drop = key in OBJECT_KEYS or key.startswith(PRIVATE_PREFIXES)
        if drop:
            _delete(doc, xref, key)


def _drop(doc: pymupdf.Document, xref: int, key: str) -> None:
    try:
        kind, _ = doc.xref_get_key(xref, key)
    except Exception:  # a free or broken object: nothing to remove from it
        return
    if kind != "null":
        _delete(doc, xref, key)


def _delete(doc: pymupdf.Document, xref: int, key: str) -> None:
    """Delete the entry itself: set to null, its key (which can be any text) would stay in the file."""
    if xref > 0:
        try:
            from pymupdf import mupdf

            obj = mupdf.pdf_load_object(pymupdf._as_pdf_document(doc), xref)
            try:
                mupdf.pdf_dict_dels(obj, key)
            except TypeError:  # a key whose bytes are no UTF-8 cannot be passed back as text: found by its place
                for i in range(mupdf.pdf_dict_len(obj)):
                    if mupdf.pdf_to_name(mupdf.pdf_dict_get_key(obj, i)) == key:
                        mupdf.pdf_dict_del(obj, mupdf.pdf_dict_get_key(obj, i))
                        break
            return
        except (ImportError, AttributeError):  # pragma: no cover - another PyMuPDF layout
            pass
    doc.xref_set_key(xref, key, "null")
