"""What a reader cannot see, taken off a page before the masks: hidden and invisible text, images and vector art
under an opaque box or picture drawn later.

Hidden text goes as text only (an invisible OCR layer lies over the very pixels a reader sees), with the images an
opaque box drawn over them hides (``render.covered``: an annotation baked into the page as an amateur redaction;
``render.under_images``: a picture pasted over a name).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import pymupdf

from redact.render.art_under_covers import remove_art_under_covers
from redact.render.content import PageParses
from redact.render.covered import covered_images, covered_paths
from redact.render.glyph_filter import remove_glyphs_at
from redact.render.glyphs import inside_center as _inside_center
from redact.render.hidden import Glyph, Run, hidden_rects_of, invisible_rects_of
from redact.render.rect_fit import fit_hidden, glyphs_near, takes_visible, visible_glyphs
from redact.render.removal import redact_rects
from redact.render.stencils import repack_stencils
from redact.render.under_images import PagePictures, art_under_images, blank_images_under_images
from redact.types import Rect

log = logging.getLogger(__name__)


@dataclass
class Unseen:
    """What a page holds that no reader sees, found before anything on it is removed."""

    hidden: list[Rect]  # text hidden other than by render mode 3 (clipped, on the background, ...)
    invisible: list[Rect]  # text in render mode 3
    under_boxes: tuple[list[Rect], list[Rect]]  # images an opaque box hides whole, and in part
    art_under: list[Rect]  # vector art an opaque box or image hides whole

    def __bool__(self) -> bool:
        return bool(self.hidden or self.invisible or self.under_boxes[0] or self.under_boxes[1] or self.art_under)


def find_unseen(page: pymupdf.Page, runs: Sequence[Run], bboxlog: Sequence, pictures: PagePictures | None = None) -> Unseen:
    """What of ``page`` a reader cannot see, from its traced ``runs``, its device log ``bboxlog`` and that log's
    opaque images ``pictures`` (when the caller kept them from the trace's look)."""
    return Unseen(
        hidden_rects_of(runs),
        invisible_rects_of(runs),
        covered_images(page, bboxlog),
        covered_paths(page, bboxlog) + art_under_images(page, bboxlog, pictures),
    )


def remove_unseen(page: pymupdf.Page, unseen: Unseen, runs: Sequence[Run], bboxlog: Sequence, parses: PageParses) -> str:
    """Take ``unseen`` off ``page``; returns why visible glyphs went with hidden ones (see ``RenderReport``), else ''."""
    on_visible = ""
    if unseen.invisible:
        # Text in render mode 3 goes by its own test: the visible text it often lies under (a form
        # value under the printed one, an OCR layer under a scan) stays whatever the box touches.
        log.info("sida %d: %d osynliga textavsnitt tas bort", page.number + 1, len(unseen.invisible))
        remove_text_only(page, unseen.invisible, pymupdf.PDF_REDACT_TEXT_REMOVE_INVISIBLE, parses)
    if unseen.hidden:
        on_visible = _remove_hidden(page, unseen.hidden, runs, parses)
    blank_images_under_images(page, bboxlog)  # a scan under a picture pasted over it loses its pixels there
    if unseen.under_boxes[0] or unseen.under_boxes[1]:
        # Images under an opaque box drawn over them (an amateur redaction) are not seen: an image the
        # box hides whole goes, one it hides in part is blanked only under the box; a reader sees no change.
        wholes, parts = unseen.under_boxes
        log.info("sida %d: %d bilder och %d bilddelar under fyllda rutor tas bort", page.number + 1, len(wholes), len(parts))
        for mode, rects in ((pymupdf.PDF_REDACT_IMAGE_REMOVE, wholes), (pymupdf.PDF_REDACT_IMAGE_PIXELS, parts)):
            if not rects:
                continue
            for rect in rects:
                page.add_redact_annot(pymupdf.Rect(rect), fill=False, cross_out=False)
            page.apply_redactions(images=mode, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE, text=pymupdf.PDF_REDACT_TEXT_NONE)
        if parts:
            repack_stencils(page)
    if unseen.art_under:
        # Vector art an opaque box or image hides (a drawn barcode, a signature's strokes) goes where it is hidden whole.
        log.info("sida %d: vektorgrafik under %d fyllda rutor tas bort", page.number + 1, len(unseen.art_under))
        for rect in unseen.art_under:
            page.add_redact_annot(pymupdf.Rect(rect), fill=False, cross_out=False)
        page.apply_redactions(
            images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED, text=pymupdf.PDF_REDACT_TEXT_NONE
        )
    remove_art_under_covers(page, bboxlog)  # art that covers hide together, or that MuPDF's first rectangle left
    return on_visible


def _remove_hidden(page: pymupdf.Page, hidden: Sequence[Rect], runs: Sequence[Run], parses: PageParses) -> str:
    """Take the hidden text ``hidden`` covers; returns why visible glyphs went with it, else ''."""
    # Hidden text goes as text only: the image under a scanner's invisible OCR layer, or the
    # drawing under white text, is what the reader sees and must stay whole.
    on_visible = ""
    gone: list[Rect] = []
    lying_on: list[tuple[list[Rect], list[Glyph]]] = []  # hidden glyphs no rectangle takes alone
    for rect in hidden:
        near = glyphs_near(runs, rect)
        targets = [g for g in near if g.hidden and _inside_center(g.box, rect)]
        fitted = fit_hidden(rect, near, targets, runs)
        # Nothing is drawn over hidden text: a visible glyph the rectangle takes would be lost.
        if targets and any(takes_visible(f, near) for f in fitted):
            lying_on.append((fitted, targets))
        else:
            gone.extend(fitted)
    if lying_on and not remove_glyphs_at(
        page, [g.origin for _, ts in lying_on for g in ts], [g.origin for g in visible_glyphs(runs)]
    ):
        for fitted, targets in lying_on:  # the rectangles after all; the ink check refuses the page
            on_visible = on_visible or next((g.reason for g in targets if g.reason), "hidden")
            gone.extend(fitted)
    log.info("sida %d: %d dolda textavsnitt tas bort", page.number + 1, len(hidden))
    remove_text_only(page, gone, pymupdf.PDF_REDACT_TEXT_REMOVE, parses)
    return on_visible


def remove_text_only(page: pymupdf.Page, rects: Sequence[Rect], text: int, parses: PageParses) -> None:
    """Take the text ``rects`` touch, as ``text`` says; images and drawings stay whole (one MuPDF pass:
    an OCR layer has hundreds of runs a page, and PyMuPDF's bookkeeping per annotation grows with their square)."""
    redact_rects(page, rects, images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE, text=text, parse_=parses)
