"""Scanned pages: render what the plan says to OCR (the whole page, or its regions) and build a Page from the words read.

What to OCR is planned in ``ocr_plan`` (with ``ocr_trust`` for fonts that
cannot be read out and ``ocr_outlines`` for text drawn as paths). An image is
read in ``ocr_image`` (resolution, re-reading, replays), turned upright in
``ocr_turns`` (turn search) by Tesseract (``ocr_tesseract``); the output of a page read before
is read again only where its pixels changed (``ocr_reuse``), against the input or the output checked last. Word boxes come back
in pixels of the rendered image and are mapped here to PDF points in the same
(unrotated) space as ``ingest.pdf.extract_page``, so masks, rendering and
verification treat OCR pages exactly like text pages. A page is rendered with at
most ``MAX_OCR_PIXELS``.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field

import numpy as np
import pymupdf

from redact.ingest.ocr_image import (  # noqa: F401 - re-exported: callers read images through this module
    MAX_OCR_PIXELS,
    REREAD_QUALITY,
    ROUTE_SLACK,
    SMALL_PRINT_IN,
    TURNED_WORD_CONF,
    TURNS,
    downscale,
    ocr_gray,
    ocr_turns,
    read_image,
    replay,
)
from redact.ingest.ocr_outlines import (  # noqa: F401 - re-exported: the outline API is part of OCR's
    GlyphPath,
    glyph_boxes,
    glyph_char_rects,
    glyph_paths,
    may_have_outlines,
    outline_regions,
    snap_to_glyphs,
)
from redact.ingest.ocr_plan import (  # noqa: F401 - re-exported: callers plan and OCR through this module
    OcrPlan,
    needs_ocr,
    ocr_plan,
    text_is_garbage,
)
from redact.ingest.ocr_reuse import closest, read_changed, source_of
from redact.ingest.ocr_rules import remove_rules  # noqa: F401 - re-exported
from redact.ingest.ocr_tesseract import (  # noqa: F401 - re-exported
    OcrSettings,
    TsvWord,
    detect_orientation,
    parse_tsv,
    run_tesseract,
    tesseract_available,
)
from redact.ingest.ocr_turns import OcrResult, overlap_share, unrotate_box  # noqa: F401 - OcrResult re-exported
from redact.ingest.pdf import extract_page
from redact.types import Page, Rect, Word

log = logging.getLogger(__name__)


def capped_dpi(dpi: float, area: float, max_pixels: int = MAX_OCR_PIXELS) -> float:
    """``dpi``, lowered so that ``area`` square points rendered at it stay within ``max_pixels``."""
    if area <= 0:
        return dpi
    # a pixmap rounds its edges outwards: a little room for that
    most = math.sqrt(max_pixels * 0.98 / area) * 72.0
    return min(float(dpi), most)


def _render_gray(
    page: pymupdf.Page, dpi: float, clip: pymupdf.Rect | None = None, max_pixels: int = MAX_OCR_PIXELS,
    drawn: pymupdf.DisplayList | None = None,
) -> tuple[np.ndarray, pymupdf.Matrix]:
    """The page (or a clip of it, in rotated page coordinates) as grayscale, and the pixel -> unrotated-points matrix.

    Never more than ``max_pixels``: a bigger page is rendered at a lower resolution (the matrix stays exact).
    ``drawn``: the page's display list, when several clips of one page are rendered (it is built once).
    """
    area = clip if clip is not None else page.rect
    zoom = capped_dpi(dpi, area.width * area.height, max_pixels) / 72.0
    source = drawn if drawn is not None else page
    pix = source.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False, clip=clip)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    # pixels -> rotated page points -> unrotated page points (the space of get_text and redactions);
    # a clipped pixmap starts at whole pixels (pix.x, pix.y)
    m = pymupdf.Matrix(1, 0, 0, 1, pix.x, pix.y) * pymupdf.Matrix(1 / zoom, 1 / zoom) * page.derotation_matrix
    return gray, m


#: White pixels put round a region of a page before it is read: Tesseract finds no line that touches the edge.
REGION_BORDER = 16


def _pad(gray: np.ndarray, m: pymupdf.Matrix, border: int = REGION_BORDER) -> tuple[np.ndarray, pymupdf.Matrix]:
    """``gray`` with a white border, and the pixel -> point matrix that still maps its pixels exactly."""
    return np.pad(gray, border, constant_values=255), pymupdf.Matrix(1, 0, 0, 1, -border, -border) * m


def _to_points(box: tuple[float, float, float, float], m: pymupdf.Matrix, margin: float) -> Rect:
    # the box round the four corners mapped by ``m`` (what ``Rect * Matrix`` gives), in plain arithmetic:
    # a page has thousands of words and PyMuPDF's objects cost more than the sums
    x0, y0, x1, y1 = box
    a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f
    xs = (a * x0 + c * y0 + e, a * x1 + c * y0 + e, a * x0 + c * y1 + e, a * x1 + c * y1 + e)
    ys = (b * x0 + d * y0 + f, b * x1 + d * y0 + f, b * x0 + d * y1 + f, b * x1 + d * y1 + f)
    return (min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin)


@dataclass
class _Builder:
    """Accumulates text, words and per-character boxes in reading order."""

    text: list[str] = field(default_factory=list)
    rects: list[Rect | None] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    pos: int = 0
    line_no: int = 0

    def add_line(self, items: list[tuple[str, Rect, float, list[Rect] | None]], vertical: bool) -> None:
        if not items:
            return
        for i, (text, rect, conf, chars) in enumerate(items):
            if i:
                self.text.append(" ")
                self.rects.append(None)
                self.pos += 1
            start = self.pos
            n = len(text)
            x0, y0, x1, y1 = rect
            # A reading of the page turned sideways can still read a line that runs across the page; a
            # word box twice as wide as tall is such a line, and splitting it top to bottom gave each
            # letter a sliver across the whole word (a mask over three letters then took none of them).
            down = vertical and not (n > 1 and x1 - x0 > 2 * (y1 - y0))
            for k, c in enumerate(text):
                if chars is not None:  # the boxes of the vector glyphs the word was read from
                    self.rects.append(chars[k])
                # Even split of the word box: Tesseract gives no character boxes in TSV.
                elif down:
                    step = (y1 - y0) / n
                    self.rects.append((x0, y0 + k * step, x1, y0 + (k + 1) * step))
                else:
                    step = (x1 - x0) / n
                    self.rects.append((x0 + k * step, y0, x0 + (k + 1) * step, y1))
                self.text.append(c)
            self.pos += n
            self.words.append(Word(text, start, self.pos, rect, self.line_no, conf))
        self.text.append("\n")
        self.rects.append(None)
        self.pos += 1
        self.line_no += 1


# Tesseract often reads "@" as "Q", "©" or "&", and a domain's "." as ":" in small print; an address is then missed.
_EMAIL_AT = re.compile(r"^([\w.+-]{2,})([Q©®&@])((?:[\w-]+[.:])+[A-Za-z]{2,})([.,;:)]?)$")


def repair_word(text: str) -> str:
    """Undo OCR misreads that hide personal data; one character for one, so offsets stay aligned."""
    m = _EMAIL_AT.match(text)
    if not m or ("@" in text and m.group(2) != "@") or "." not in m.group(3) + m.group(1):
        return text
    i = len(m.group(1))
    domain = m.group(3)
    if ":" in domain and "." not in domain.rsplit(":", 1)[-1]:
        domain = domain.replace(":", ".")
    return text[:i] + "@" + domain + m.group(4)


def _add_result(
    b: _Builder, res: OcrResult, m: pymupdf.Matrix, margin: float, skip: list[Rect] | None = None,
    glyphs: list[Rect] | None = None,
) -> int:
    """Append the lines of one OCR result to the builder; returns the number of words added.

    ``glyphs`` are vector glyph paths under the image: each word's box grows to cover the
    paths it reads whole, because the renderer removes only line art a mask covers entirely.
    """
    lines: dict[tuple[int, ...], list[tuple[str, Rect, float, list[Rect] | None]]] = {}
    order: list[tuple[tuple[int, ...], bool]] = []
    # derotation of the page itself may also turn the text sideways in point space
    m_vertical = abs(m.b) > abs(m.a)
    if skip and res.width and res.height:
        # Only the text layer's words on this image can lie under its words (a page has thousands of words,
        # an image region a few): a word's box is the image's pixels and the margin round them.
        area = pymupdf.Rect(0, 0, res.width * res.scale[0], res.height * res.scale[1]) * m
        area.normalize()
        x0, y0, x1, y1 = area.x0 - margin - 1, area.y0 - margin - 1, area.x1 + margin + 1, area.y1 + margin + 1
        skip = [s for s in skip if s[0] < x1 and s[2] > x0 and s[1] < y1 and s[3] > y0]
    n = 0
    for part in (res, *res.extra):  # the best reading, then words other orientations read well
        vertical = (part.rotation in (90, 270)) != m_vertical
        for w in part.words:
            rect = _to_points(unrotate_box(w, part), m, margin)
            if skip and any(overlap_share(rect, s) > 0.3 for s in skip):
                continue
            text = repair_word(w.text)
            chars = None
            if glyphs:
                rect = snap_to_glyphs(rect, glyphs)
                chars = glyph_char_rects(text, rect, glyphs, vertical)
            key = (part.rotation, *w.line)
            if key not in lines:
                lines[key] = []
                order.append((key, vertical))
            lines[key].append((text, rect, w.conf, chars))
            n += 1
    for key, vertical in order:
        b.add_line(lines[key], vertical)
    return n


@dataclass
class OcrJob:
    """The images of one page to OCR, rendered in the thread that owns the PDF.

    ``run`` needs no PyMuPDF document (only Tesseract and numpy), so jobs of
    several pages can run in parallel threads, each in its own Tesseract process.
    """

    number: int  # 1-based
    width: float
    height: float
    rotation: int
    images: list[tuple[np.ndarray, pymupdf.Matrix, bool]]  # (gray, pixel -> point matrix, read in all four orientations)
    dpi: int  # of every image (lower than asked for on a page too big to render at it)
    base: Page | None = None  # the text layer, for mode "regions"
    glyphs: list[Rect] = field(default_factory=list)  # vector glyph paths in the images, for mode "regions"
    untrusted: list[Rect] = field(default_factory=list)  # spans whose text-layer words do not stand for their ink

    def run(self, settings: OcrSettings) -> list[OcrResult]:
        """OCR every image of the job."""
        label = f"sida {self.number}: "
        out = []
        memo = settings.memo
        for i, (gray, _, turns) in enumerate(self.images):
            if memo is None:
                out.append(read_image(gray, settings, self.dpi, turns, label))
                continue
            # the same place of the same page read before (the source, when the output is checked)
            place = (self.number, i, gray.shape, self.dpi, turns)

            def fresh(g: np.ndarray = gray, t: bool = turns, p: tuple = place) -> OcrResult:
                sources = [] if t else memo.sources(p)
                if sources:
                    # the output of a page read before: only the lines whose pixels changed are read again,
                    # against the input's image or the output checked last there, whichever is nearer
                    partial = read_changed(g, closest(g, sources), settings, self.dpi, label)
                    if partial is not None:
                        memo.keep_latest(p, source_of(g, partial))
                        return partial
                result = read_image(g, settings, self.dpi, t, label, memo.route(p))
                memo.remember_route(p, result)
                if not t:
                    if sources:
                        memo.keep_latest(p, source_of(g, result))
                    else:
                        memo.keep_source(p, source_of(g, result))
                return result

            out.append(memo.read(gray, self.dpi, turns, settings, fresh))
        return out

    def build(self, results: list[OcrResult], settings: OcrSettings) -> Page:
        """The page as text plus geometry from the OCR results."""
        if self.base is not None:
            base = self.base
            b = _Builder(list(base.text), list(base.char_rects), list(base.words), len(base.text),
                         1 + max((w.line for w in base.words), default=-1))
            # OCR words over the text layer's words are dropped, except over text in a font that cannot be read out
            skip: list[Rect] | None = [
                w.rect for w in base.words if not any(overlap_share(u, w.rect) > 0.3 for u in self.untrusted)]
        else:
            b, skip = _Builder(), None
        for (_, m, _), res in zip(self.images, results):
            _add_result(b, res, m, settings.margin, skip, self.glyphs)
        return Page(self.number, "".join(b.text), tuple(b.words), self.width, self.height, tuple(b.rects), "ocr", self.rotation)


def prepare_ocr(page: pymupdf.Page, settings: OcrSettings, plan: OcrPlan | None = None) -> OcrJob:
    """Render what has to be OCR'd on a page (whole page, or its regions), within ``MAX_OCR_PIXELS``."""
    plan = plan or ocr_plan(page)
    r = page.rect
    job = OcrJob(page.number + 1, r.width, r.height, page.rotation, [], settings.dpi)
    if plan.mode == "regions":
        job.base = extract_page(page)
        job.untrusted = list(plan.untrusted)
        if plan.vector_regions:
            job.glyphs = glyph_boxes(glyph_paths(page))
        images = set(plan.image_regions)
        clips: list[tuple[pymupdf.Rect, bool]] = []
        for region in plan.regions:
            clip = pymupdf.Rect(region) * page.rotation_matrix
            clip.normalize()
            clip = clip & page.rect
            if not clip.is_empty:
                clips.append((clip, region in images))
        # An image is read in all four turns (``ocr_turns``): its four copies count against the page's cap,
        # so a page with several images costs what one page may cost, not four times that.
        dpi = capped_dpi(settings.dpi, sum(c.width * c.height * (TURNS if turns else 1) for c, turns in clips))
        # One display list for all the regions: building it interprets the whole page, which on a
        # page of thousands of paths costs more than rendering a small clip of it.
        drawn = page.get_displaylist() if len(clips) > 1 else None
        for clip, turns in clips:
            gray, m = _render_gray(page, dpi, clip, drawn=drawn)
            if not turns:  # ocr_turns puts its own border round the image
                gray, m = _pad(gray, m)
            job.images.append((gray, m, turns))
    else:
        if may_have_outlines(page):
            job.glyphs = glyph_boxes(glyph_paths(page))
        dpi = capped_dpi(settings.dpi, r.width * r.height)
        job.images.append((*_render_gray(page, dpi), False))
    if dpi < settings.dpi:
        log.info("sida %d är stor och läses med %.0f dpi", job.number, dpi)
    job.dpi = max(1, round(dpi))
    return job


def ocr_page(
    page: pymupdf.Page,
    dpi: int = 300,
    settings: OcrSettings | None = None,
    plan: OcrPlan | None = None,
) -> Page:
    """OCR a page (or the images on a text page) into a Page with source "ocr" and per-word confidence."""
    settings = settings or OcrSettings(dpi=dpi)
    job = prepare_ocr(page, settings, plan)
    return job.build(job.run(settings), settings)
