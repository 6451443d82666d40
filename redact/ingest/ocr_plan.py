"""Which pages need OCR, and of what: the whole page, or regions of a text page (images, outlines, unreadable fonts).

Planning runs on every page of every request, so the common case, a text page
without images, fonts without a Unicode mapping or filled paths, must stay a
matter of a text extraction and a few cheap looks at the resources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pymupdf

from redact.ingest.ocr_outlines import merge_boxes, outline_regions
from redact.ingest.ocr_trust import (  # noqa: F401 - text_is_garbage is re-exported
    _CONTROL,
    _ODD,
    MIN_TEXT_CHARS,
    font_regions,
    page_text,
    text_is_garbage,
    untrusted_fonts,
    untrusted_spans,
)
# The renderer removes text an opaque image hides; a scan page whose only text lies under its image
# has no text layer left and must be given one, so the plan judges with the renderer's own test.
from redact.render.glyphs import origin_key
from redact.render.under_images import glyphs_under_images
from redact.types import Rect

#: An image covering at least this share of the page makes it a scanned page.
PAGE_IMAGE_SHARE = 0.5
#: An image on a text page is OCR'd when its longer side, its shorter side and its area (points)
#: reach these: a one-line image of a name in 8 pt (about 60 x 8) or a stamp turned sideways in the
#: margin is text; an icon, a bullet or a rule is not.
MIN_REGION_LENGTH = 36.0
MIN_REGION_SIDE = 6.0
MIN_REGION_AREA = 250.0
#: Most pixels of the coarse rendering that tells a blank page from one with ink.
INK_CHECK_PIXELS = 2_000_000
#: Points between images that are read as one region (a scan cut into strips, a mosaic of tiles).
IMAGE_JOIN = 1.0
@dataclass(frozen=True)
class OcrPlan:
    """What to OCR on a page: nothing, the whole page, or some image regions of a text page."""

    mode: Literal["none", "page", "regions"]
    regions: tuple[Rect, ...] = ()  # unrotated page coordinates, for mode "regions"
    reason: str = ""
    text_layer: bool = True  # False when the page has no usable text layer (the output then gets an OCR layer)
    vector_regions: tuple[Rect, ...] = ()  # those of ``regions`` that hold text drawn as vector outlines
    image_regions: tuple[Rect, ...] = ()  # those of ``regions`` that are images: read in all four orientations
    font_regions: tuple[Rect, ...] = ()  # those of ``regions`` around lines in fonts whose text cannot be trusted
    untrusted: tuple[Rect, ...] = ()  # the spans in those fonts: their text-layer words do not stand for the ink



# ---------------------------------------------------------------- which pages


def _visible_text(page: pymupdf.Page) -> str:
    """Text drawn in a visible render mode (an invisible layer over a scan is not a text layer we trust)."""
    parts: list[str] = []
    try:
        traces = page.get_texttrace()
    except Exception:  # pragma: no cover - damaged content stream
        return page.get_text("text")
    for span in traces:
        if span.get("type") == 3 or span.get("opacity", 1) == 0:
            continue
        parts.append("".join(chr(c[0]) for c in span.get("chars", ())))
    return "".join(parts)


def _unhidden_text(page: pymupdf.Page) -> str:
    """Visible-mode text that no opaque image drawn later hides (the renderer removes what one hides)."""
    try:
        trace = page.get_texttrace()
        hidden = glyphs_under_images(page, trace, page.get_bboxlog())
    except Exception:  # pragma: no cover - damaged content stream
        return _visible_text(page)
    keys = {origin_key(o) for o in hidden}
    return "".join(
        chr(c[0]) for span in trace if span.get("type") != 3 and span.get("opacity", 1) != 0
        for c in span.get("chars", ()) if origin_key(c[2]) not in keys
    )



def _has_ink(page: pymupdf.Page) -> bool:
    """True when a low-resolution rendering of the page is not blank."""
    area = page.rect.width * page.rect.height
    dpi = min(36.0, (INK_CHECK_PIXELS / area) ** 0.5 * 72.0) if area > 0 else 36.0  # a poster page too
    pix = page.get_pixmap(matrix=pymupdf.Matrix(dpi / 72.0, dpi / 72.0), colorspace=pymupdf.csGRAY, alpha=False)
    a = np.frombuffer(pix.samples, dtype=np.uint8)
    return bool(a.size) and int((a < 200).sum()) > 4


#: Pixels (at the ink check's resolution) a span's box is widened by: anti-aliasing and glyphs drawn past their advance.
TEXT_INK_MARGIN = 2


def _ink_is_explained(page: pymupdf.Page, tiny: list[Rect] = ()) -> bool:
    """True when every inked pixel of a coarse rendering lies on a visible span of the text layer or a ``tiny`` image.

    Only for pages with a few characters and no image that can hold text: a page-number-only page or a
    one-word title page is then a text page, not a scan without a text layer. Hidden spans (invisible,
    transparent) explain no ink; the caller asks only for pages whose fonts are all trusted.
    """
    area = page.rect.width * page.rect.height
    dpi = min(36.0, (INK_CHECK_PIXELS / area) ** 0.5 * 72.0) if area > 0 else 36.0
    zoom = dpi / 72.0
    try:
        traces = page.get_texttrace()
    except Exception:  # pragma: no cover - damaged content stream
        return False
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False)
    ink = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width] < 200
    if not ink.any():
        return True
    explained = np.zeros_like(ink)
    to_pixels = page.rotation_matrix * pymupdf.Matrix(zoom, zoom)
    if tiny and _drawn_over(page, tiny):
        return False  # paths over a small image (lettering on a textured background) are not the image's ink
    shown = [span["bbox"] for span in traces if span.get("type") != 3 and span.get("opacity", 1) != 0]
    for bbox in [*shown, *tiny]:
        r = pymupdf.Rect(bbox) * to_pixels
        r.normalize()
        x0, y0 = max(0, int(r.x0) - TEXT_INK_MARGIN - pix.x), max(0, int(r.y0) - TEXT_INK_MARGIN - pix.y)
        x1, y1 = int(np.ceil(r.x1)) + TEXT_INK_MARGIN - pix.x, int(np.ceil(r.y1)) + TEXT_INK_MARGIN - pix.y
        explained[y0:y1, x0:x1] = True
    return int((ink & ~explained).sum()) <= 4


def _drawn_over(page: pymupdf.Page, boxes: list[Rect]) -> bool:
    """True when a filled or stroked path, or an image mask, touches one of ``boxes``."""
    rects = [pymupdf.Rect(b) for b in boxes]
    for kind, bbox in page.get_bboxlog():
        if kind in ("fill-path", "stroke-path", "fill-imgmask") and any(r.intersects(bbox) for r in rects):
            return True
    return False


# The inline image operator "BI" as a token of a content stream.
_INLINE_IMAGE = re.compile(rb"(?:^|[\s\]>)}])BI[\s/]")


def _may_have_images(page: pymupdf.Page) -> bool:
    """Cheap pre-check: an image or form XObject in the resources, or an inline image in the content.

    Finding the images' boxes means interpreting the whole page; most text pages have none.
    """
    try:
        if page.get_images() or page.get_xobjects():
            return True
        data = page.read_contents()
        # (every match holds "BI": a substring test spares the pattern's search of the whole stream on most pages)
        return b"BI" in data and _INLINE_IMAGE.search(data) is not None
    except Exception:  # pragma: no cover - damaged resources: look properly
        return True


#: An image with fewer pixels than this on its shorter side cannot hold a line of readable text, in
#: any orientation (a 4 x 9 pixel gradient stretched over a page).
MIN_TEXT_IMAGE_SIDE = 8
#: Nor can one with fewer pixels than this in all (an icon, a 56 x 56 texture stretched over half a page).
MIN_TEXT_IMAGE_PIXELS = 4096
# The kinds of MuPDF's bounding-box log that its image list also reports (a shading comes as an image).
_IMAGE_KINDS = ("fill-image", "fill-imgmask", "fill-shade")


def _image_boxes(page: pymupdf.Page) -> list[Rect]:
    """Boxes of the images on the page that have pixels enough to carry text."""
    return _images(page)[0]


def _images(page: pymupdf.Page) -> tuple[list[Rect], list[Rect]]:
    """Boxes of the page's images that may carry text, and of those too small to (shadings are no images).

    An image's pixels, not the area it is stretched over, say whether it can hold a line of text.
    """
    if not _may_have_images(page):
        return [], []
    clip = pymupdf.Rect(0, 0, page.mediabox.width, page.mediabox.height)
    infos = page.get_image_info(xrefs=True)
    kinds: list[str] | None = None
    if any(info.get("xref") == 0 for info in infos):  # an inline image or a shading: the log tells them apart
        log = [kind for kind, _ in page.get_bboxlog() if kind in _IMAGE_KINDS]
        if len(log) == len(infos):  # the same device pass in the same order; otherwise keep them all
            kinds = log
    boxes: list[Rect] = []
    tiny: list[Rect] = []
    for i, info in enumerate(sorted(infos, key=lambda d: d.get("number", 0)) if kinds else infos):
        if kinds is not None and kinds[i] == "fill-shade":
            continue  # a colour gradient: drawn by formula, it carries no text
        r = pymupdf.Rect(info["bbox"]) & clip
        if r.is_empty:
            continue
        w, h = info.get("width", 0), info.get("height", 0)
        small = min(w, h) < MIN_TEXT_IMAGE_SIDE or w * h < MIN_TEXT_IMAGE_PIXELS
        (tiny if small else boxes).append((r.x0, r.y0, r.x1, r.y1))
    return boxes, tiny


def _covered_share(boxes: list[Rect], width: float, height: float) -> float:
    """Share of the page covered by the union of boxes (on a coarse grid)."""
    if not boxes or width <= 0 or height <= 0:
        return 0.0
    grid = np.zeros((50, 50), dtype=bool)
    for x0, y0, x1, y1 in boxes:
        c0, c1 = int(max(0, x0) / width * 50), int(np.ceil(min(width, x1) / width * 50))
        r0, r1 = int(max(0, y0) / height * 50), int(np.ceil(min(height, y1) / height * 50))
        grid[r0:r1, c0:c1] = True
    return float(grid.mean())


def ocr_plan(page: pymupdf.Page) -> OcrPlan:
    """Decide whether a page needs OCR, and of what."""
    fonts = untrusted_fonts(page)
    text, blocks = page_text(page, fonts)
    boxes, tiny = _images(page)
    # Invisible text only matters as "a hidden layer over a scan"; without images the
    # cheap extraction is the visible text (hidden text is removed at render anyway).
    visible = (_visible_text(page) if boxes or tiny else text) if text.strip() else ""
    n_visible = len("".join(visible.split()))
    mb = page.mediabox
    share = _covered_share(boxes, mb.width, mb.height)
    if share >= PAGE_IMAGE_SHARE:  # only images that can hold text make a scanned page
        if n_visible >= MIN_TEXT_CHARS:  # words drawn under the scan are removed at render as hidden
            visible = _unhidden_text(page)
            n_visible = len("".join(visible.split()))
        usable = n_visible >= MIN_TEXT_CHARS and not text_is_garbage(visible)
        return OcrPlan("page", reason=f"en bild täcker {share:.0%} av sidan", text_layer=usable)
    if n_visible < MIN_TEXT_CHARS and not ((n_visible or tiny) and not boxes and not fonts[0] and not _ODD.search(text)
                                          and _ink_is_explained(page, tiny)):
        # A few characters (a title, a page number) with ink they do not explain: a scan's leftovers,
        # lettering drawn as paths. When the page's only ink is those characters and images too small
        # to hold text, the text layer says all there is and the page goes through the text page's
        # checks (fonts, outlines drawn over anything) below.
        if boxes or _has_ink(page):
            return OcrPlan("page", reason="sidan saknar textlager", text_layer=False)
        return OcrPlan("none", reason="tom sida")
    if text_is_garbage(visible) or _control_share(visible) > 0.02:  # see _control_share
        return OcrPlan("page", reason="textlagret går inte att läsa (typsnitt utan teckenkodning)", text_layer=False)
    regions = image_regions(boxes)
    outlines = outline_regions(page)
    spans = untrusted_spans(page, text, fonts, blocks)
    unreadable = font_regions(spans) if spans else ()
    if regions or outlines or unreadable:
        why = [f"{len(regions)} bilder"] if regions else []
        why += [f"{len(outlines)} textrader ritade som vektorkurvor"] if outlines else []
        why += [f"{len(unreadable)} textrader i typsnitt som inte går att läsa ut"] if unreadable else []
        return OcrPlan("regions", regions=regions + outlines + unreadable, reason=" och ".join(why) + " på en textsida",
                       vector_regions=outlines, image_regions=regions, font_regions=unreadable,
                       untrusted=tuple(spans) if unreadable else ())
    return OcrPlan("none", reason="textlager")


def image_regions(boxes: list[Rect]) -> tuple[Rect, ...]:
    """The image boxes of a text page that may carry text: touching images joined, too small ones left out."""
    joined = merge_boxes([[b[0] - IMAGE_JOIN, b[1] - IMAGE_JOIN, b[2] + IMAGE_JOIN, b[3] + IMAGE_JOIN] for b in boxes])
    out = []
    for x0, y0, x1, y1 in joined:
        x0, y0, x1, y1 = x0 + IMAGE_JOIN, y0 + IMAGE_JOIN, x1 - IMAGE_JOIN, y1 - IMAGE_JOIN
        w, h = x1 - x0, y1 - y0
        if max(w, h) >= MIN_REGION_LENGTH and min(w, h) >= MIN_REGION_SIDE and w * h >= MIN_REGION_AREA:
            out.append((x0, y0, x1, y1))
    return tuple(out)


# Hostile PDFs: a font without a Unicode mapping extracts as shifted letters and
# control codes ("9HUD\x03+ROPTYLVW"); letters alone look plausible, control codes never occur in real text.
def _control_share(text: str) -> float:
    chars = "".join(text.split())
    return len(_CONTROL.findall(chars)) / len(chars) if chars else 0.0


def needs_ocr(page: pymupdf.Page) -> bool:
    """True when the page, or an image on it, carries text the text layer does not."""
    return ocr_plan(page).mode != "none"
