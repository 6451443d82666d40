"""One page redacted: its glyphs traced, what no reader sees taken off, then the masks, then what went unboxed named.

Before a page is redacted, what MuPDF's content rewrite gets wrong is rewritten into equivalent content it gets right
(``render.normalise``: the ``'`` and ``"`` text operators, forms that read names from their caller's resources).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pymupdf

from redact.render.content import PageParses
from redact.render.glyphs import inside_center as _inside_center
from redact.render.hidden import Run, page_runs
from redact.render.mask_removal import remove_masked
from redact.render.normalise import prepare_page
from redact.render.type3 import _is_type3, _type3_names
from redact.render.under_images import PagePictures
from redact.render.unseen_removal import Unseen, find_unseen, remove_unseen
from redact.types import Mask, Rect, RenderOptions

log = logging.getLogger(__name__)


def redact_page(
    page: pymupdf.Page, masks: Sequence[Mask], options: RenderOptions, hidden_layers: frozenset[str],
    prepared: set[int] | None = None, explain: bool = True,
) -> str:
    """Redact one page; returns why visible glyphs that no box covers were taken (see RenderReport), else ''."""
    # One run of the page's device log serves both looks for content under an opaque box, and one read of its
    # opaque images (which decodes every image) both looks under a picture: the page is unchanged till both are done.
    bboxlog = page.get_bboxlog() if options.remove_hidden_text else None
    pictures = PagePictures(page, bboxlog) if bboxlog is not None else None
    runs = page_runs(page, hidden_layers, bboxlog, pictures)
    unseen = find_unseen(page, runs, bboxlog, pictures) if bboxlog is not None else Unseen([], [], ([], []), [])
    parses = PageParses()  # the page's stream is read to prepare it and again by each removal
    if unseen or masks:
        try:  # after reading the glyphs: the rewrite keeps every one where it was
            prepare_page(page, prepared, parses)
        except Exception as exc:  # what could not be rewritten is left to MuPDF, and the ink check
            log.info("sida %d: innehållet kunde inte förberedas för maskering (%s)", page.number + 1, exc)
    on_visible = remove_unseen(page, unseen, runs, bboxlog, parses) if bboxlog is not None else ""
    if not masks:
        return on_visible
    boxes = remove_masked(page, masks, options, runs, bboxlog, parses)
    if on_visible or not explain:
        return on_visible
    return taken_unboxed(page, runs, boxes)


def taken_unboxed(page: pymupdf.Page, runs: Sequence[Run], boxes: Sequence[Rect]) -> str:
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

