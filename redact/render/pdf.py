"""Render a redacted PDF: true removal of masked text, image pixels and covered vector art.

Every inline image first becomes an image object that draws the same pixels
(``render.inline_images``), so every image path below reaches it. Before a page
is redacted, what MuPDF's content rewrite gets wrong is rewritten into equivalent content it gets right (``render.normalise``: the
``'`` and ``"`` text operators, forms that read names from their caller's
resources). Hidden text is removed first, as text only (an invisible OCR layer lies over
the very pixels a reader sees), with the images an opaque box drawn over them hides
(``render.covered``: an annotation baked into the page as an amateur redaction; ``render.under_images``:
a picture pasted over a name); then every page gets one redaction annotation
per mask rectangle and one ``apply_redactions`` call that also blanks image
pixels and drops covered line art. Paths that lie under a box but that MuPDF's
rectangle test leaves are taken afterwards (``render.art_under_masks``), and an
inline stencil MuPDF blanked is written back so every reader draws it
(``render.stencils``). The box drawn over a mask covers every glyph the removal takes. Then the document is sanitised
(``render.scrub``) and saved in full with garbage collection, so no old
content stream, image or revision stays in the file.

MuPDF's rule, which decides what a rectangle takes with it (pdf-clean.c,
``pdf_redact_text_filter``): a character is removed when its box, shrunk by a
tenth of its width and height on every side, touches the rectangle at all
(an intersection of zero width counts). The box is the glyph's advance by the
font's descender..ascender, which reaches well into the lines above and below
when lines are set close. A rectangle built from one line's character boxes
therefore removes characters of the next line. ``_fit`` narrows each
rectangle, using that same rule, until no protected glyph touches it, and
never so far that a glyph it is meant to remove would stop touching it.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from redact.errors import EncryptedError, FindingsError, InputError, RedactError, UnsupportedError
from redact.messages import Message
from redact.render.art_under_covers import remove_art_under_covers
from redact.render.art_under_masks import apply_line_art, art_may_be_left, remove_art_left
from redact.render.box_paths import rect_paths
from redact.render.content import PageParses
from redact.render.covered import covered_images, covered_paths
from redact.render.font_names import rename_fonts
from redact.render.font_programs import clean_font_programs, masked_texts
from redact.render.glyph_filter import remove_glyphs_at
from redact.render.glyphs import aimed_at as _aimed_at, displaced as _displaced, inside_center as _inside_center
from redact.render.hidden import Glyph, Run, hidden_rects_of, invisible_rects_of, page_runs
from redact.render.image_grid import image_grids, image_pixels_taken, union as _union
from redact.render.image_pixels import blank_tilted, capture_tilted
from redact.render.inline_images import Converted, inline_images_to_objects
from redact.render.type3 import _is_type3, _type3_names
from redact.render.normalise import match_decode_parms, prepare_page
from redact.render.off_layers import show_hidden_layers
from redact.render.outlines import outline_glyphs, over_outlines, shadowed, taken_outlines
from redact.render.redacted_images import restore_stencil_masks, stenciled_images
from redact.render.removal import redact_rects
from redact.render.scrub import scrub
from redact.render.stencils import repack_stencils
from redact.render.under_images import art_under_images, blank_images_under_images
from redact.types import Mask, Rect, RenderOptions

log = logging.getLogger(__name__)

#: Short Swedish labels printed in the box when ``RenderOptions.label == "category"``.
CATEGORY_LABELS: dict[str, str] = {
    "PERSON": "Namn",
    "PERSONNUMMER": "Personnr",
    "PHONE": "Telefon",
    "EMAIL": "E-post",
    "ADDRESS": "Adress",
    "POSTAL_CODE": "Postort",
    "PROPERTY": "Fastighet",
    "ORG_NUMBER": "Org.nr",
    "BANK_ACCOUNT": "Konto",
    "IBAN": "IBAN",
    "LICENSE_PLATE": "Reg.nr",
    "IP_ADDRESS": "IP-adress",
    "DATE_OF_BIRTH": "Födelsedag",
    "ID_NUMBER": "Id-nr",
    "MANUAL": "Maskerat",
}

#: How far (points) a protected glyph must stay from a fitted rectangle, and
#: how deep a glyph to remove must stay inside it: margin for font metrics that
#: MuPDF computes slightly differently from the trace.
_MARGIN = 0.25
_LABEL_FONT = "helv"
_MAX_LABEL_SIZE = 9.0
_MIN_LABEL_SIZE = 4.0


@dataclass
class RenderReport:
    """What the renderer knows of content it had to take beyond the masks."""

    #: Pages where removal takes visible glyphs that no box covers, each with the cause: why the hidden
    #: text that lies on them is hidden ("outside", "clipped", "background", ...; see ``render.hidden``),
    #: or "type3"/"font" when MuPDF measures a font's glyphs larger than its trace says.
    causes: dict[int, str] = field(default_factory=dict)


def render_pdf(
    src: Path,
    masks: Sequence[Mask],
    dst: Path,
    options: RenderOptions = RenderOptions(),
    progress: Callable[[str, int, int], None] | None = None,
    explain: bool = True,
) -> RenderReport:
    """Write ``src`` with every mask truly removed and the document sanitised to ``dst``.

    ``progress("render", page, pages)`` is called after every page (a sign of
    life for the time bound in ``ingest.guard``). The report names the pages where
    removing hidden text takes visible text along (the ink check then refuses them). With
    ``explain`` it also compares each page's glyphs after removal with the boxes drawn, to name a
    font MuPDF measures otherwise than it draws (a pass the size of reading the page again).
    """
    report = RenderReport()
    src, dst = Path(src), Path(dst)
    if src.resolve() == dst.resolve():
        raise InputError("{name}: utdatafilen får inte vara samma fil som indatafilen", name=src.name)
    try:
        doc = pymupdf.open(src)
    except Exception as err:  # MuPDF raises several types for unreadable files
        raise InputError("{name} kan inte öppnas som PDF ({err})", name=src.name, err=err) from err
    try:
        if not doc.is_pdf:
            raise InputError("{name} är ingen PDF-fil", name=src.name)
        if doc.needs_pass:
            raise EncryptedError("{name} är lösenordsskyddad; spara en olåst kopia och försök igen", name=src.name)
        by_page: dict[int, list[Mask]] = defaultdict(list)
        for m in masks:
            if not 1 <= m.page <= doc.page_count:
                raise FindingsError(
                    "maskering {id} gäller sida {page}, men {name} har {page_count} sidor", id=m.id, page=m.page, name=src.name, page_count=doc.page_count
                )
            by_page[m.page].append(m)
        number = 0
        try:
            match_decode_parms(doc)
            hidden_layers = show_hidden_layers(doc, src) if options.remove_hidden_text else frozenset()
            prepared: set[int] = set()  # forms made safe for the redaction rewrite
            inline = Converted()  # forms whose inline images were looked at
            for number in range(1, doc.page_count + 1):
                page_masks = by_page.get(number, ())
                # Every image path below (and the scrub's cropping) works on image objects.
                inline_images_to_objects(doc[number - 1], inline)
                if page_masks or options.remove_hidden_text:
                    why = _redact_page(doc[number - 1], page_masks, options, hidden_layers, prepared, explain)
                    if why:
                        report.causes[number] = why
                if progress is not None:
                    progress("render", number, doc.page_count)
            number = 0
            scrub(doc)
            texts = masked_texts(masks)
            clean_font_programs(doc, texts)  # a font named after the person keeps no such name
            rename_fonts(doc, texts)  # ... in its program, nor in its dictionaries
            # garbage=3 drops every unreferenced object; 4 also merges streams with equal
            # bytes, and MuPDF's merge loses content on some files (seen: a quarter of a page).
            doc.save(dst, garbage=3, deflate=True, incremental=False, encryption=pymupdf.PDF_ENCRYPT_NONE)
        except RedactError:
            raise
        except Exception as exc:  # MuPDF gives up on a damaged page tree or content stream
            where = Message("sida {number}", number=number) if number else Message("filen")
            raise UnsupportedError(
                "{name}: {where} kan inte skrivas om säkert ({kind}); skriv ut filen till en ny PDF och försök igen", name=src.name, where=where, kind=type(exc).__name__
            ) from None
    finally:
        doc.close()
    return report


def short_ground(ground: str) -> str:
    """'26 kap. 1 § OSL' -> '26:1 OSL'; anything else is returned trimmed."""
    m = re.search(r"(\d+)\s*kap\.?\s*(\d+)\s*§\s*(?:(\d+)\s*p\.?\s*)?([A-ZÅÄÖa-zåäö]+)?", ground)
    if not m:
        return ground.strip()
    chapter, section, point, law = m.groups()
    core = f"{chapter}:{section}" + (f" p{point}" if point else "")
    return f"{core} {law.upper() if law and len(law) <= 5 else 'OSL'}"


def label_for(mask: Mask, options: RenderOptions) -> str:
    """The text printed in a mask's box under ``options`` ('' for a plain box)."""
    if options.label == "none":
        return ""
    if options.label == "ground" and mask.legal_ground:
        return short_ground(mask.legal_ground)
    return CATEGORY_LABELS.get(mask.category, mask.category)


def _redact_page(
    page: pymupdf.Page, masks: Sequence[Mask], options: RenderOptions, hidden_layers: frozenset[str],
    prepared: set[int] | None = None, explain: bool = True,
) -> str:
    """Redact one page; returns why visible glyphs that no box covers were taken (see RenderReport), else ''."""
    # One run of the page's device log serves both looks for content under an opaque box.
    bboxlog = page.get_bboxlog() if options.remove_hidden_text else None
    runs = page_runs(page, hidden_layers, bboxlog)
    hidden = hidden_rects_of(runs) if options.remove_hidden_text else []
    invisible = invisible_rects_of(runs) if options.remove_hidden_text else []
    under_boxes = covered_images(page, bboxlog) if options.remove_hidden_text else ([], [])
    art_under = covered_paths(page, bboxlog) + art_under_images(page, bboxlog) if options.remove_hidden_text else []
    on_visible = ""
    parses = PageParses()  # the page's stream is read to prepare it and again by each removal
    if hidden or invisible or masks or under_boxes[0] or under_boxes[1] or art_under:
        try:  # after reading the glyphs: the rewrite keeps every one where it was
            prepare_page(page, prepared, parses)
        except Exception as exc:  # what could not be rewritten is left to MuPDF, and the ink check
            log.info("sida %d: innehållet kunde inte förberedas för maskering (%s)", page.number + 1, exc)
    if invisible:
        # Text in render mode 3 goes by its own test: the visible text it often lies under (a form
        # value under the printed one, an OCR layer under a scan) stays whatever the box touches.
        log.info("sida %d: %d osynliga textavsnitt tas bort", page.number + 1, len(invisible))
        _remove_text_only(page, invisible, pymupdf.PDF_REDACT_TEXT_REMOVE_INVISIBLE, parses)
    if hidden:
        # Hidden text goes as text only: the image under a scanner's invisible OCR layer, or the
        # drawing under white text, is what the reader sees and must stay whole.
        gone: list[Rect] = []
        lying_on: list[tuple[list[Rect], list[Glyph]]] = []  # hidden glyphs no rectangle takes alone
        for rect in hidden:
            near = _glyphs_near(runs, rect)
            targets = [g for g in near if g.hidden and _inside_center(g.box, rect)]
            fitted = _fit_hidden(rect, near, targets, runs)
            # Nothing is drawn over hidden text: a visible glyph the rectangle takes would be lost.
            if targets and any(_takes_visible(f, near) for f in fitted):
                lying_on.append((fitted, targets))
            else:
                gone.extend(fitted)
        if lying_on and not remove_glyphs_at(
            page, [g.origin for _, ts in lying_on for g in ts], [g.origin for g in _visible_glyphs(runs)]
        ):
            for fitted, targets in lying_on:  # the rectangles after all; the ink check refuses the page
                on_visible = on_visible or next((g.reason for g in targets if g.reason), "hidden")
                gone.extend(fitted)
        log.info("sida %d: %d dolda textavsnitt tas bort", page.number + 1, len(hidden))
        _remove_text_only(page, gone, pymupdf.PDF_REDACT_TEXT_REMOVE, parses)
    if bboxlog is not None:
        blank_images_under_images(page, bboxlog)  # a scan under a picture pasted over it loses its pixels there
    if under_boxes[0] or under_boxes[1]:
        # Images under an opaque box drawn over them (an amateur redaction) are not seen: an image the
        # box hides whole goes, one it hides in part is blanked only under the box; a reader sees no change.
        wholes, parts = under_boxes
        log.info("sida %d: %d bilder och %d bilddelar under fyllda rutor tas bort", page.number + 1, len(wholes), len(parts))
        for mode, rects in ((pymupdf.PDF_REDACT_IMAGE_REMOVE, wholes), (pymupdf.PDF_REDACT_IMAGE_PIXELS, parts)):
            if not rects:
                continue
            for rect in rects:
                page.add_redact_annot(pymupdf.Rect(rect), fill=False, cross_out=False)
            page.apply_redactions(images=mode, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE, text=pymupdf.PDF_REDACT_TEXT_NONE)
        if parts:
            repack_stencils(page)
    if art_under:
        # Vector art an opaque box or image hides (a drawn barcode, a signature's strokes) goes where it is hidden whole.
        log.info("sida %d: vektorgrafik under %d fyllda rutor tas bort", page.number + 1, len(art_under))
        for rect in art_under:
            page.add_redact_annot(pymupdf.Rect(rect), fill=False, cross_out=False)
        page.apply_redactions(
            images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED, text=pymupdf.PDF_REDACT_TEXT_NONE
        )
    if bboxlog is not None:
        remove_art_under_covers(page, bboxlog)  # art that covers hide together, or that MuPDF's first rectangle left
    if not masks:
        return on_visible
    boxes: list[tuple[Rect, str]] = []  # what to draw after removal
    taken: list[Rect] = []  # the rectangles applied
    owned: list[tuple[int, Rect]] = []  # glyph paths each rectangle takes (its index in ``taken``)
    # Image pixels are blanked in whole pixels, beyond a narrowed rectangle: on a page
    # with images the box drawn covers the whole mask, so no blank strip shows.
    has_images = bool(page.get_images())
    grids = image_grids(page) if has_images else []
    outlines = outline_glyphs(page)
    for m in masks:
        label = label_for(m, options)
        for rect in m.rects:
            r = _norm(rect)
            near = _glyphs_near(runs, r)
            if m.decision == "manual":
                # A hand-drawn box takes the glyphs that lie mostly inside it, as the person drew it.
                fitted = _fit(r, near, [g for g in near if not g.hidden and _mostly_inside(_tested(g), r)])
            else:
                fitted = _fit(r, near)
            # The box goes where the mask is, also when the rectangle had to reach a glyph MuPDF measures elsewhere.
            drawn = r if has_images or not _inside(fitted, r) else fitted
            if has_images:  # MuPDF blanks every image pixel the rectangle touches: the box covers them whole
                drawn = _union(drawn, image_pixels_taken(fitted, grids))
            whole = over_outlines(r, fitted, outlines)
            owned.extend((len(taken), g) for g in taken_outlines(r, outlines))
            if whole != fitted:
                # The box grows with the removal: a glyph path is taken only whole, and what goes is covered.
                fitted, drawn = whole, _union(drawn, whole)
                near = _glyphs_near(runs, fitted)
            taken.append(fitted)
            boxes.append((_cover_removed(drawn, fitted, near), label))
    # Paths under a box that the rectangles leave (a mitred bound reaching past them; a nearer mask met first).
    art_left = art_may_be_left(page.get_bboxlog() if bboxlog is None else bboxlog, taken, [b for b, _ in boxes])
    tilted = capture_tilted(page, taken) if has_images else []  # MuPDF blanks a tilted image past the box
    stenciled = stenciled_images(page)
    redact_rects(
        page, taken,
        images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
        graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
        text=pymupdf.PDF_REDACT_TEXT_REMOVE, parse_=parses,
    )
    restore_stencil_masks(page, stenciled)  # a scan's letters masked as before: the page draws as the input did
    repack_stencils(page)  # an inline stencil blanked in part is written so that every reader can draw it
    left = shadowed(owned, taken)
    if left:  # MuPDF judged these glyph paths by an earlier rectangle that meets them: each goes by its own box
        apply_line_art(page, left)
    if tilted:
        blank_tilted(page, tilted, [b for b, _ in boxes])
    if art_left:
        remove_art_left(page, [b for b, _ in boxes])
    _draw_boxes(page, boxes, options.fill)
    if on_visible or not explain:
        return on_visible
    return _taken_unboxed(page, runs, [b for b, _ in boxes])


def _fit_hidden(rect: Rect, near: Sequence[Glyph], targets: Sequence[Glyph], runs: Sequence[Run]) -> list[Rect]:
    """The rectangles that take the hidden glyphs ``targets`` around ``rect`` and as few visible ones as can be.

    One rectangle when it spares every visible glyph; else, when each target can be taken by a
    rectangle of its own that spares them (the wide, overlapping boxes of tilted text leave no
    single cut for all), one per target.
    """
    fitted = _fit(rect, near, targets)
    if len(targets) < 2 or not _takes_visible(fitted, near):
        return [fitted]
    alone = []
    for t in targets:
        around = _glyphs_near(runs, t.box)
        one = _fit(t.box, around, [t])
        if _takes_visible(one, around):
            return [fitted]
        alone.append(one)
    return alone


def _visible_glyphs(runs: Sequence[Run]) -> list[Glyph]:
    """Every visible glyph of the page (the places the content filter must leave)."""
    return [g for run in runs if not run.hidden for g in run.glyphs() if not g.hidden]


def _takes_visible(rect: Rect, near: Sequence[Glyph]) -> bool:
    """MuPDF's rule takes a visible glyph of ``near`` with ``rect``."""
    return any(not g.hidden and _touches(rect, g.core, 0.0) for g in near)


def _taken_unboxed(page: pymupdf.Page, runs: Sequence[Run], boxes: Sequence[Rect]) -> str:
    """'type3' or 'font' when a visible glyph is gone from the page though no box lies over its centre.

    The boxes are fitted by MuPDF's rule with the glyph heights the trace gives; a font MuPDF
    measures otherwise (a Type 3 font with a degenerate FontBBox) loses glyphs beside a mask.
    Only names the cause: the ink check is what refuses the page.
    """
    try:
        after = {(c[0], round(c[2][0], 1), round(c[2][1], 1)) for s in page.get_texttrace() for c in s["chars"]}
        type3 = _type3_names(page)
    except Exception:  # pragma: no cover - the ink check still judges the page
        return ""
    for run in runs:
        if run.hidden:
            continue
        span = run._span
        for c in span["chars"]:
            if (c[0], round(c[2][0], 1), round(c[2][1], 1)) in after or c[0] == 32:
                continue
            if not any(_inside_center(c[3], r) for r in boxes):
                return "type3" if _is_type3(span, type3) else "font"
    return ""


def _remove_text_only(page: pymupdf.Page, rects: Sequence[Rect], text: int, parses: PageParses) -> None:
    """Take the text ``rects`` touch, as ``text`` says; images and drawings stay whole (one MuPDF pass:
    an OCR layer has hundreds of runs a page, and PyMuPDF's bookkeeping per annotation grows with their square)."""
    redact_rects(page, rects, images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE, text=text, parse_=parses)


def _tested(g: Glyph) -> Rect:
    """The box a hand-drawn mask is judged against: MuPDF's, unless MuPDF measures the glyph away from where it is drawn
    (or across a vertical column's whole font: the person drew over the glyph's square)."""
    return g.box if g.vertical or _displaced(g) else g.core


def _mostly_inside(core: Rect, r: Rect) -> bool:
    """More than half of the glyph's tested box lies inside ``r``."""
    w, h = max(core[2] - core[0], 1e-6), max(core[3] - core[1], 1e-6)
    ix = min(core[2], r[2]) - max(core[0], r[0])
    iy = min(core[3], r[3]) - max(core[1], r[1])
    return ix > 0 and iy > 0 and ix * iy > 0.5 * w * h


def _cover_removed(drawn: Rect, fitted: Rect, near: Sequence[Glyph]) -> Rect:
    """``drawn`` grown over every visible glyph MuPDF will take with ``fitted``: nothing vanishes unmarked.

    Over the whole of each glyph, not only to its centre: a large glyph (a stamp's letter) that
    reaches past the box would lose the part outside it. A mask built from the glyphs' own boxes
    does not grow.
    """
    x0, y0, x1, y1 = drawn
    for g in near:
        if not g.hidden and _touches(fitted, g.core, 0.0) and not _inside(g.box, drawn):
            b = g.box
            x0, y0, x1, y1 = min(x0, b[0]), min(y0, b[1]), max(x1, b[2]), max(y1, b[3])
    return (x0, y0, x1, y1)


def _inside(box: Rect, r: Rect, tolerance: float = 0.05) -> bool:
    """``box`` lies within ``r`` (to ``tolerance`` points)."""
    return box[0] >= r[0] - tolerance and box[1] >= r[1] - tolerance and box[2] <= r[2] + tolerance and box[3] <= r[3] + tolerance


def _glyphs_near(runs: Sequence[Run], r: Rect) -> list[Glyph]:
    """Glyphs of the spans whose box comes within reach of ``r``."""
    x0, y0, x1, y1 = r[0] - 0.5, r[1] - 0.5, r[2] + 0.5, r[3] + 0.5
    near: list[Glyph] = []
    for run in runs:
        near.extend(run.glyphs_in(x0, y0, x1, y1))
    return near


def _user_unit(page: pymupdf.Page) -> float:
    """The page's /UserUnit (1 when absent or unreadable)."""
    try:
        kind, value = page.parent.xref_get_key(page.xref, "UserUnit")
        unit = float(value) if kind in ("int", "float", "real") else 1.0
    except Exception:  # pragma: no cover - damaged page dictionary
        return 1.0
    return unit if unit > 0 else 1.0


def _as_drawn(rect: Rect, unit: float, rotation: int) -> Rect:
    """The rectangle to hand PyMuPDF's Shape so the box lands on ``rect``.

    On a page with /UserUnit, Shape places an upright page's rectangle's lower-left
    corner right but scales its width and height by the unit once more; the size is
    divided back. On a turned page Shape's matrix is built from the unscaled box, so
    every coordinate lands scaled by the unit once more: all are divided back.
    """
    if unit == 1.0:
        return rect
    x0, y0, x1, y1 = rect
    if rotation % 360:
        return (x0 / unit, y0 / unit, x1 / unit, y1 / unit)
    return (x0, y1 - (y1 - y0) / unit, x0 + (x1 - x0) / unit, y1)


def _draw_boxes(page: pymupdf.Page, boxes: Sequence[tuple[Rect, str]], fill: tuple[float, float, float]) -> None:
    shape = page.new_shape()
    unit, rotation = _user_unit(page), page.rotation  # (MuPDF is asked once, not once per box)
    shape.draw_cont += rect_paths([_as_drawn(rect, unit, rotation) for rect, _ in boxes], shape.ipctm)
    shape.finish(fill=fill, color=None, width=0)
    light = 0.299 * fill[0] + 0.587 * fill[1] + 0.114 * fill[2] > 0.5
    ink = (0.0, 0.0, 0.0) if light else (1.0, 1.0, 1.0)
    for rect, label in boxes:
        placed = _fit_label(rect, label)
        if placed:
            point, size = placed
            shape.insert_text(point, label, fontname=_LABEL_FONT, fontsize=size, color=ink)
    shape.commit()


def _fit_label(rect: Rect, label: str) -> tuple[pymupdf.Point, float] | None:
    """Baseline point and size that fit ``label`` in ``rect``, or None when it cannot be read."""
    if not label:
        return None
    x0, y0, x1, y1 = rect
    width, height = x1 - x0, y1 - y0
    size = min(_MAX_LABEL_SIZE, height * 0.8)
    text_width = pymupdf.get_text_length(label, fontname=_LABEL_FONT, fontsize=size)
    room = width - 2.0
    if text_width > room:
        size = size * room / text_width if text_width else size
        text_width = pymupdf.get_text_length(label, fontname=_LABEL_FONT, fontsize=size)
    if size < _MIN_LABEL_SIZE:
        return None
    baseline = (y0 + y1) / 2 + size * 0.35  # Helvetica cap height is about 0.7 em
    return pymupdf.Point(x0 + (width - text_width) / 2, baseline), size


def _norm(rect: Rect) -> Rect:
    x0, y0, x1, y1 = rect
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _touches(r: Rect, b: Rect, slack: float) -> bool:
    """MuPDF's test (a valid intersection), with ``slack`` points of tolerance."""
    return max(r[0], b[0]) <= min(r[2], b[2]) + slack and max(r[1], b[1]) <= min(r[3], b[3]) + slack


def _fit(r: Rect, near: Sequence[Glyph], targets: Sequence[Glyph] | None = None) -> Rect:
    """Narrow ``r`` so visible glyphs outside it survive MuPDF's rule; targets stay taken.

    ``near`` are the glyphs around ``r``. Targets default to those whose centre
    lies in ``r``. When a visible glyph cannot be spared without sparing a
    target, it is left to be removed: a missing word is better than a leak.
    """
    if targets is None:
        targets = [g for g in near if _aimed_at(g, r)]
    # A target MuPDF measures away from where it is drawn (a Type 3 font's own metrics): reach its box.
    for t in targets:
        if not _touches(r, t.core, 0.0):
            r = _union(r, t.core)
        r = _reach(r, t.core)
    chosen = {id(g) for g in targets}
    bystanders = [
        g for g in near
        if id(g) not in chosen and not g.hidden and _touches(r, g.core, _MARGIN)
    ]
    if not bystanders:
        return r
    if any(not g.exact for g in near):
        return r  # turned text near the box whose MuPDF box is unknown: do not narrow
    # A target barely inside the box (less than the margin) only has to keep touching it.
    held = [(g.core, _holds(r, g.core)) for g in targets]
    x0, y0, x1, y1 = r
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    spared = 0
    for g in bystanders:
        b = g.core
        if not _touches((x0, y0, x1, y1), b, _MARGIN):
            spared += 1
            continue
        options: list[Rect] = []
        if b[1] > cy:
            options.append((x0, y0, x1, b[1] - _MARGIN))
        if b[3] < cy:
            options.append((x0, b[3] + _MARGIN, x1, y1))
        if b[0] > cx:
            options.append((x0, y0, b[0] - _MARGIN, y1))
        if b[2] < cx:
            options.append((b[2] + _MARGIN, y0, x1, y1))
        best = _largest_holding(options, held)
        if best is None:
            # A bystander across the centre (the tilted boxes of turned text overlap widely):
            # cut at whichever of its edges lies inside the rectangle, if the targets still hold.
            best = _largest_holding(_edge_cuts((x0, y0, x1, y1), b), held)
        if best is not None:
            x0, y0, x1, y1 = best
            spared += 1
    if spared < len(bystanders):
        log.debug("%d tecken intill en maskering tas också bort", len(bystanders) - spared)
    return (x0, y0, x1, y1)


def _edge_cuts(r: Rect, b: Rect) -> list[Rect]:
    """``r`` cut just past each edge of ``b`` that lies inside it, keeping the side away from ``b``."""
    x0, y0, x1, y1 = r
    cuts: list[Rect] = []
    if y0 < b[1] - _MARGIN:
        cuts.append((x0, y0, x1, b[1] - _MARGIN))
    if b[3] + _MARGIN < y1:
        cuts.append((x0, b[3] + _MARGIN, x1, y1))
    if x0 < b[0] - _MARGIN:
        cuts.append((x0, y0, b[0] - _MARGIN, y1))
    if b[2] + _MARGIN < x1:
        cuts.append((b[2] + _MARGIN, y0, x1, y1))
    return cuts


def _largest_holding(options: Sequence[Rect], held: Sequence[tuple[Rect, bool]]) -> Rect | None:
    """The largest of ``options`` that still takes every target (with margin where it had it)."""
    best: tuple[float, Rect] | None = None
    for o in options:
        if o[2] <= o[0] or o[3] <= o[1]:
            continue
        if all(_holds(o, t) if ok else _touches(o, t, 0.0) for t, ok in held):
            area = (o[2] - o[0]) * (o[3] - o[1])
            if best is None or area > best[0]:
                best = (area, o)
    return best[1] if best else None


def _holds(r: Rect, t: Rect) -> bool:
    """True when ``r`` still takes the (shrunk) glyph box ``t``, with margin to spare: by that much of its
    width and height, or, along a side shorter than the margin, with the whole side that far inside."""
    return all(
        (r[lo] + _MARGIN <= t[lo] and t[hi] + _MARGIN <= r[hi]) if t[hi] - t[lo] < _MARGIN
        else max(r[lo], t[lo]) + _MARGIN <= min(r[hi], t[hi])
        for lo, hi in ((0, 2), (1, 3))
    )


def _reach(r: Rect, t: Rect) -> Rect:
    """``r`` grown a margin past a target's tested box along each side of it shorter than the margin.

    A glyph of vertical writing in a font without vertical metrics is tested at a line across its
    origin, the very edge of the square a mask is built from: how MuPDF rounds the rectangle would
    decide whether it goes."""
    out = list(r)
    for lo, hi in ((0, 2), (1, 3)):
        if t[hi] - t[lo] < _MARGIN:
            out[lo], out[hi] = min(out[lo], t[lo] - _MARGIN), max(out[hi], t[hi] + _MARGIN)
    return (out[0], out[1], out[2], out[3])
