"""The masks taken off a page: one MuPDF redaction of every fitted rectangle, then the boxes drawn over what went.

Every page gets one rectangle per mask rectangle and one redaction that also blanks image pixels and drops covered
line art. Paths that lie under a box but that MuPDF's rectangle test leaves are taken afterwards
(``render.art_under_masks``), and an inline stencil MuPDF blanked is written back so every reader draws it
(``render.stencils``). The box drawn over a mask covers every glyph the removal takes.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from redact.render.art_under_masks import apply_line_art, art_may_be_left, remove_art_left
from redact.render.content import PageParses
from redact.render.hidden import Run
from redact.render.image_grid import image_grids, image_pixels_taken, union as _union
from redact.render.image_pixels import blank_tilted, capture_tilted
from redact.render.labels import label_for
from redact.render.mask_boxes import draw_boxes
from redact.render.outlines import outline_glyphs, over_outlines, shadowed, taken_outlines
from redact.render.rect_fit import cover_removed, fit, glyphs_near, inside, mostly_inside, norm, tested
from redact.render.redacted_images import restore_stencil_masks, stenciled_images
from redact.render.removal import redact_rects
from redact.render.stencils import repack_stencils
from redact.types import Mask, Rect, RenderOptions


def remove_masked(
    page: pymupdf.Page, masks: Sequence[Mask], options: RenderOptions, runs: Sequence[Run], bboxlog: Sequence | None,
    parses: PageParses,
) -> list[Rect]:
    """Remove what ``masks`` cover from ``page`` and draw their boxes; returns the boxes drawn."""
    boxes: list[tuple[Rect, str]] = []  # what to draw after removal
    taken: list[Rect] = []  # the rectangles applied
    owned: list[tuple[int, Rect]] = []  # glyph paths each rectangle takes (its index in ``taken``)
    # Image pixels are blanked in whole pixels, beyond a narrowed rectangle: on a page
    # with images the box drawn covers the whole mask, so no blank strip shows.
    images = page.get_images(full=True)  # (also the images noted before the redaction, below: the page is unchanged till then)
    has_images = bool(images)
    grids = image_grids(page) if has_images else []
    outlines = outline_glyphs(page)
    for m in masks:
        label = label_for(m, options)
        for rect in m.rects:
            r = norm(rect)
            near = glyphs_near(runs, r)
            if m.decision == "manual":
                # A hand-drawn box takes the glyphs that lie mostly inside it, as the person drew it.
                fitted = fit(r, near, [g for g in near if not g.hidden and mostly_inside(tested(g), r)])
            else:
                fitted = fit(r, near)
            # The box goes where the mask is, also when the rectangle had to reach a glyph MuPDF measures elsewhere.
            drawn = r if has_images or not inside(fitted, r) else fitted
            if has_images:  # MuPDF blanks every image pixel the rectangle touches: the box covers them whole
                drawn = _union(drawn, image_pixels_taken(fitted, grids))
            whole = over_outlines(r, fitted, outlines)
            owned.extend((len(taken), g) for g in taken_outlines(r, outlines))
            if whole != fitted:
                # The box grows with the removal: a glyph path is taken only whole, and what goes is covered.
                fitted, drawn = whole, _union(drawn, whole)
                near = glyphs_near(runs, fitted)
            taken.append(fitted)
            boxes.append((cover_removed(drawn, fitted, near), label))
    # Paths under a box that the rectangles leave (a mitred bound reaching past them; a nearer mask met first).
    art_left = art_may_be_left(page.get_bboxlog() if bboxlog is None else bboxlog, taken, [b for b, _ in boxes])
    tilted = capture_tilted(page, taken) if has_images else []  # MuPDF blanks a tilted image past the box
    stenciled = stenciled_images(page, images)
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
    draw_boxes(page, boxes, options.fill)
    return [b for b, _ in boxes]
