"""Proof for scanned pages: the pixels inside every mask are uniform, and a fresh OCR reads no masked string.

Text extraction (``verify.py``) cannot see into an image, so pages that were
OCR'd get two more checks on the rendered output: the page is rasterised and
every mask must be one flat colour, and the page is OCR'd again and none of
the masked strings may appear in what Tesseract reads. The fresh OCR is also
what the searchable text layer is made from (``render.ocr_layer``).
"""

from __future__ import annotations

import logging
import os
import tempfile
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pymupdf

from redact.ingest.ocr import (
    OcrPlan,
    OcrSettings,
    capped_dpi,
    may_have_outlines,
)
from redact.ingest.ocr_parallel import ocr_open_document, plan_document
from redact.ingest.pdf import extract_page
from redact.render.glyphs import aimed_at
from redact.render.hidden import page_runs
from redact.render.ocr_layer import add_text_layers, visible_words
from redact.render.outlines import outline_glyphs, spans_most_of
from redact.verify.reading import inside_any
from redact.types import Leak, Mask, Page, Rect, Verification, Word

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]

#: Rasterisation for the pixel check (points are sampled at this resolution).
PIXEL_DPI = 100
#: Largest spread of channel values allowed inside a mask (0 = exactly flat).
PIXEL_TOLERANCE = 8
#: Masked strings shorter than this (letters and digits) are not looked for in OCR text: initials
#: such as "AB" occur everywhere and OCR cannot tell them apart.
MIN_OCR_NEEDLE = 4


@dataclass
class OcrVerification:
    """The outcome of the scanned-page checks, plus the fresh OCR of each checked page."""

    verification: Verification
    pages: dict[int, Page] = field(default_factory=dict)


def _tokens(text: str) -> list[str]:
    """Case-folded tokens of letters and digits only: OCR punctuation and spacing vary."""
    return [t for t, _ in _tokens_with_case(text)]


def _tokens_with_case(text: str) -> list[tuple[str, bool]]:
    """:func:`_tokens`, each with whether it starts with a capital letter."""
    out = []
    for raw in unicodedata.normalize("NFKC", text).split():
        t = "".join(c for c in raw if c.isalnum())
        if t:
            out.append((t.casefold(), t[:1].isupper()))
    return out


def reads_masked(page_text: str, needle: str) -> bool:
    """True when the needle's tokens occur as consecutive whole tokens of the page text (or glued together).

    A one-word name ("Sten") is read only where it stands capitalised: the noun "sten" is not it.
    """
    return next(_matches(_tokens_with_case(page_text), needle), None) is not None


def word_tokens(words: Sequence[Word]) -> list[tuple[Word, tuple[str, bool]]]:
    """Each word with its first token (see :func:`_tokens_with_case`); words without one are left out."""
    return [(w, t) for w in words for t in _tokens_with_case(w.text)[:1]]


def masked_words(words: Sequence[Word], needle: str,
                 tokens: list[tuple[Word, tuple[str, bool]]] | None = None) -> list[list[Word]]:
    """The runs of ``words`` that read as the needle, by the rule of :func:`reads_masked`.

    ``tokens``: ``word_tokens(words)``, made once when a page is searched for many needles.
    """
    kept = tokens if tokens is not None else word_tokens(words)
    return [[w for w, _ in kept[i:j]] for i, j in _matches([t for _, t in kept], needle)]


def _matches(tokens: Sequence[tuple[str, bool]], needle: str) -> Iterator[tuple[int, int]]:
    """Token ranges ``[i, j)`` that read as the needle: the same tokens, or the same letters glued or split."""
    hay = [t for t, _ in tokens]
    need = _tokens(needle)
    if not need or sum(len(t) for t in need) < MIN_OCR_NEEDLE:
        return
    stripped = needle.strip()
    capital_only = len(need) == 1 and " " not in stripped and stripped[:1].isupper()
    joined = "".join(need)
    if joined not in "".join(hay):
        return  # every match below, whole tokens or glued, is a run of tokens that joins to the needle
    n = len(need)
    for i in range(len(hay)):
        if capital_only and not tokens[i][1]:
            continue
        if hay[i : i + n] == need:
            yield i, i + n
            continue
        # OCR may glue or split tokens differently: compare a window joined without spaces
        acc = ""
        for j in range(i, min(len(hay), i + n + 2)):
            acc += hay[j]
            if acc == joined:
                yield i, j + 1
                break
            if len(acc) >= len(joined):
                break


def ocr_read_words(page: Page, skip: int = 0) -> list[Word]:
    """``page``'s words after the first ``skip`` (a text layer the OCR words were added to)."""
    return list(page.words[skip:])


def drawn_boxes(page: pymupdf.Page) -> list[Rect]:
    """The filled rectangles drawn on ``page`` (unrotated page points): the masks' boxes among them."""
    out: list[Rect] = []
    derotate = page.derotation_matrix if page.rotation else None
    for path in page.get_drawings():
        if path.get("fill") is None:
            continue
        for item in path.get("items", ()):
            if item[0] == "re":
                r = pymupdf.Rect(item[1]) * derotate if derotate is not None else pymupdf.Rect(item[1])
                r.normalize()
                out.append((r.x0, r.y0, r.x1, r.y1))
    return out


def _under_drawn(area: Rect, drawn: Sequence[Rect]) -> list[Rect]:
    """``area`` cut to the drawn boxes that lie mostly inside it (a box narrowed from it), else ``area`` itself."""
    out = []
    for d in drawn:
        c = _clip(area, d)
        size = (d[2] - d[0]) * (d[3] - d[1])
        if c is not None and size > 0 and (c[2] - c[0]) * (c[3] - c[1]) > 0.5 * size:
            out.append(c)
    return out or [area]


#: Points round a mask's box whose pixels still count as the box (its anti-aliased edge).
BOX_EDGE = 1.0
#: Dark pixels (at PIXEL_DPI) beside the boxes below which a word's box holds no ink of its own.
MAX_STRAY_PIXELS = 2


def _mask_boxes(page: pymupdf.Page, rects: Sequence[Rect]) -> list[Rect]:
    """The filled rectangles drawn over the page's masks: the boxes the renderer drew."""
    return [d for d in drawn_boxes(page) if any(_clip(d, r) for r in rects)]


def _read_from_box(page: pymupdf.Page, word: Rect, boxes: Sequence[Rect]) -> bool:
    """True when OCR read ``word`` off a mask's box alone: the word lies mostly on a box, and every
    pixel of its area beside the boxes is blank.

    Tesseract reads words into a black bar (a plain box read as "Hill", say); such a reading
    carries nothing of what was under the box, which the pixel check shows to be one colour.
    A word with any ink of its own beside the box is judged as read.
    """
    area = (word[2] - word[0]) * (word[3] - word[1])
    if area <= 0:
        return False
    on_box = sum((c[2] - c[0]) * (c[3] - c[1]) for c in (_clip(word, b) for b in boxes) if c)
    if on_box < 0.5 * area:
        return False
    clip = _page_clip(page, word)
    if clip is None:
        return False
    zoom = PIXEL_DPI / 72.0
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=clip, alpha=False, colorspace=pymupdf.csGRAY)
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    dark = a < 128
    # Blank out the boxes (in unrotated page points, mapped to the pixmap through the page's rotation).
    to_pixels = page.rotation_matrix * pymupdf.Matrix(zoom, zoom)
    ox, oy = clip.x0 * zoom, clip.y0 * zoom
    for b in boxes:
        r = pymupdf.Rect(b[0] - BOX_EDGE, b[1] - BOX_EDGE, b[2] + BOX_EDGE, b[3] + BOX_EDGE) * to_pixels
        r.normalize()
        x0, y0 = max(int(r.x0 - ox), 0), max(int(r.y0 - oy), 0)
        x1, y1 = min(int(np.ceil(r.x1 - ox)), pix.width), min(int(np.ceil(r.y1 - oy)), pix.height)
        if x1 > x0 and y1 > y0:
            dark[y0:y1, x0:x1] = False
    return int(dark.sum()) <= MAX_STRAY_PIXELS


def _page_clip(page: pymupdf.Page, rect: Rect) -> pymupdf.Rect | None:
    """``rect`` (unrotated page points) as a clip of the page as shown, or None when it lies off the page."""
    clip = pymupdf.Rect(rect) * page.rotation_matrix
    clip.normalize()
    clip &= page.rect
    return None if clip.is_empty else clip


def _inset(rect: Rect, d: float) -> Rect | None:
    x0, y0, x1, y1 = rect[0] + d, rect[1] + d, rect[2] - d, rect[3] - d
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _clip(rect: Rect, region: Rect) -> Rect | None:
    x0, y0 = max(rect[0], region[0]), max(rect[1], region[1])
    x1, y1 = min(rect[2], region[2]), min(rect[3], region[3])
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def mask_is_uniform(page: pymupdf.Page, rect: Rect, dpi: int = PIXEL_DPI, inset: float = 1.0) -> bool:
    """True when the rendered pixels inside ``rect`` (unrotated page points, shrunk by ``inset``) are one colour."""
    r = _inset(rect, inset)
    if r is None:
        return True
    clip = _page_clip(page, r)
    if clip is None:
        return True
    zoom = capped_dpi(dpi, clip.width * clip.height) / 72.0  # a mask as big as a poster page too
    # Sample only whole pixels that lie inside the clip: edge pixels blend with the surroundings.
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=clip, alpha=False, colorspace=pymupdf.csRGB)
    if pix.width < 3 or pix.height < 3:
        return True
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width * pix.n]
    a = a.reshape(pix.height, pix.width, pix.n)[1:-1, 1:-1]
    spread = a.max(axis=(0, 1)).astype(int) - a.min(axis=(0, 1)).astype(int)
    return int(spread.max()) <= PIXEL_TOLERANCE


def glyphs_under(page: pymupdf.Page, rects: Sequence[Rect]) -> int:
    """How many glyph-shaped vector paths still lie under ``rects`` (unrotated page points).

    The renderer removes line art only where a mask covers a path (or one of
    its sub-paths) whole; a glyph cut by a mask's edge would survive under the
    drawn box, hidden from the pixels and from OCR but still in the file. Rectangles (the drawn boxes
    themselves, rules, cell backgrounds) are not counted. A glyph (or one glyph
    of a run filled as one path) counts when a mask spans more than half of its
    ink across and down, the renderer's own rule (``render.outlines``): the OCR
    word box that made the mask holds the glyphs it read; a neighbour's edge
    under the mask, or a node's ellipse drawn round a masked label, is not masked text.
    """
    if not rects or not may_have_outlines(page):
        return 0
    return sum(any(spans_most_of(ink, r) for r in rects) for _, ink in outline_glyphs(page))


def chars_under(page: pymupdf.Page, rects: Sequence[Rect]) -> int:
    """How many characters (visible or not) a mask in ``rects`` (unrotated page points) still takes by the renderer's rule.

    Text in a font that cannot be read out is found by OCR; the renderer removes
    every character whose centre as drawn a mask covers (``render.glyphs.aimed_at``).
    One left there would be hidden under the box but still in the file, where a reader
    who maps the font can find it. A glyph beside the mask is judged as the renderer
    judged it: by the box it is drawn in, not by MuPDF's trace box, which for a font
    with a tall ascender or deep descender (a radical's bar over a formula) reaches
    into the mask though the glyph is drawn beside it, in view.
    """
    if not rects:
        return 0
    try:
        runs = page_runs(page)
    except Exception:  # pragma: no cover - damaged content: counted as a failure
        return 1
    taken: set[tuple[int, int, int]] = set()
    for r in rects:
        for i, run in enumerate(runs):
            for g in run.glyphs_in(r[0], r[1], r[2], r[3]):
                if aimed_at(g, r):
                    taken.add((i, round(g.box[0] * 100), round(g.box[1] * 100)))
    return len(taken)


def verify_ocr_output(
    path: Path,
    masks: Sequence[Mask],
    plans: dict[int, OcrPlan],
    settings: OcrSettings | None = None,
    keep: Collection[str] = (),
    check_pixels: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    doc: pymupdf.Document | None = None,
    released: dict[int, list[Rect]] | None = None,
) -> OcrVerification:
    """Check the OCR'd pages of a rendered output; returns the verdict and the fresh OCR of each page.

    ``released``: per page, the places a reviewer released; a reading there passes. Without
    it, the texts in ``keep`` are not looked for at all.
    """
    settings = settings or OcrSettings()
    failures: list[tuple[int, str]] = []
    own = doc is None
    if doc is None:
        doc = pymupdf.open(path)
    try:
        by_page: dict[int, list[Mask]] = {}
        for m in masks:
            by_page.setdefault(m.page, []).append(m)
        vector_checked = fonts_checked = False
        for number, plan in sorted(plans.items()):
            # Text in a font that cannot be read out: its characters under a mask must be gone from the file.
            if plan.mode == "regions" and plan.font_regions:
                page = doc[number - 1]
                fonts_checked = True
                for m in by_page.get(number, ()):
                    areas = [c for c in (_clip(rect, g) for rect in m.rects for g in plan.font_regions) if c]
                    if chars_under(page, areas):
                        log.warning("sida %d: tecken i ett oläsbart typsnitt ligger kvar under en maskering", number)
                        failures.append((number, m.category))
        for number, plan in sorted(plans.items()):
            # Text drawn as outlines: the glyph paths under a mask must be gone from the file, not only covered.
            if plan.mode == "regions" and not plan.vector_regions:
                continue
            page = doc[number - 1]
            vector_checked = True
            for m in by_page.get(number, ()):
                areas = list(m.rects) if plan.mode == "page" else [
                    c for c in (_clip(rect, g) for rect in m.rects for g in plan.vector_regions) if c]
                if glyphs_under(page, areas):
                    log.warning("sida %d: vektorritade tecken ligger kvar under en maskering", number)
                    failures.append((number, m.category))
        if check_pixels:
            for number, plan in sorted(plans.items()):
                page = doc[number - 1]
                # Without raster images the renderer draws each box as narrowed round its neighbours' glyphs
                # (what it removed lies under it); the strip it spares beside a box is the page as it was.
                drawn = [] if page.get_images() else drawn_boxes(page)
                for m in by_page.get(number, ()):
                    for rect in m.rects:
                        areas = [rect] if plan.mode == "page" else [c for c in (_clip(rect, g) for g in plan.regions) if c]
                        if drawn:
                            areas = [c for a in areas for c in _under_drawn(a, drawn)]
                        if any(not mask_is_uniform(page, a) for a in areas):
                            failures.append((number, m.category))
                            break
        fresh = ocr_open_document(doc, plans, settings, workers, progress)
        # On a page OCR'd in regions the fresh reading begins with the page's own text layer,
        # which the text readings judge by place; only what OCR read in the regions is judged here.
        layer_words = {n: len(extract_page(doc[n - 1]).words) for n, plan in plans.items()
                       if plan.mode == "regions" and n in fresh}
        kept = {"".join(_tokens(k)) for k in keep} if released is None else set()
        needles: dict[str, set[str]] = {}
        for m in masks:
            if m.text and "".join(_tokens(m.text)) not in kept:
                needles.setdefault(m.text, set()).add(m.category)
        leaks: list[Leak] = []
        boxes: dict[int, list[Rect]] = {}
        for number, page in sorted(fresh.items()):
            words = ocr_read_words(page, layer_words.get(number, 0))
            tokens = word_tokens(words)  # once per page, not once per needle
            for needle, cats in needles.items():
                runs = [r for r in masked_words(words, needle, tokens)
                        if not inside_any([w.rect for w in r], (released or {}).get(number, ()))]
                if runs and check_pixels:  # only a box proven one colour carries nothing of what it covers
                    if number not in boxes:
                        boxes[number] = _mask_boxes(doc[number - 1], [r for m in by_page.get(number, ()) for r in m.rects])
                    runs = [r for r in runs if not all(_read_from_box(doc[number - 1], w.rect, boxes[number]) for w in r)]
                for run in runs:
                    category = sorted(cats)[0]
                    leaks.append(Leak(number, category, tuple(w.rect for w in run), " ".join(w.text for w in run),
                                      " ".join(_tokens(needle))))
                if runs:
                    for c in sorted(cats):
                        failures.append((number, c))
    finally:
        if own:
            doc.close()
    failures = sorted(set(failures))
    if failures:
        log.warning("OCR-verifieringen hittade maskerat innehåll på %s", ", ".join(f"sida {p} ({c})" for p, c in failures))
    extractors = ("pixels", "tesseract") + (("paths",) if vector_checked else ()) + (("glyphs",) if fonts_checked else ())
    verification = Verification(ok=not failures, checked=len(needles), failures=tuple(failures), extractors=extractors,
                                leaks=tuple(leaks))
    return OcrVerification(verification, fresh)


def finish_ocr_pages(
    src: Path,
    rendered: Path,
    masks: Sequence[Mask],
    settings: OcrSettings | None = None,
    keep: Collection[str] = (),
    text_layer: bool = True,
    check_pixels: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    released: dict[int, list[Rect]] | None = None,
) -> Verification | None:
    """Verify the scanned pages of a rendered file and, where the source had no text layer, add a searchable OCR layer.

    ``rendered`` is rewritten in place (it is the renderer's temporary file).
    Returns None when the source has no page that needed OCR.
    """
    with pymupdf.open(src) as source:
        plans = plan_document(source)
    if not plans:
        return None
    with pymupdf.open(rendered) as doc:
        result = verify_ocr_output(rendered, masks, plans, settings, keep, check_pixels, workers, progress, doc=doc,
                                   released=released)
        if not result.verification.ok or not text_layer:
            return result.verification
        texts = [m.text for m in masks if m.text]
        layers = {
            n: visible_words(page.words, [m for m in masks if m.page == n], texts)
            for n, page in result.pages.items()
            if not plans[n].text_layer and plans[n].mode == "page"
        }
        if not any(layers.values()):
            return result.verification
        added = add_text_layers(doc, layers)
        fd, name = tempfile.mkstemp(prefix=".ocr.", suffix=".part", dir=Path(rendered).parent)
        os.close(fd)
        try:
            # garbage=3, not 4: MuPDF's merging of streams with equal bytes can lose content.
            doc.save(name, garbage=3, deflate=True, incremental=False, encryption=pymupdf.PDF_ENCRYPT_NONE)
        except BaseException:
            os.unlink(name)
            raise
    os.replace(name, rendered)
    log.info("ett sökbart textlager med %d ord lades till på %d sidor", added, len(layers))
    return result.verification


def combine(text: Verification, ocr: Verification | None) -> Verification:
    """One verdict from the text-extraction and the scanned-page checks."""
    if ocr is None:
        return text
    return replace(
        text,
        ok=text.ok and ocr.ok,
        checked=max(text.checked, ocr.checked),
        failures=tuple(sorted(set(text.failures) | set(ocr.failures))),
        extractors=tuple(text.extractors) + tuple(e for e in ocr.extractors if e not in text.extractors),
        leaks=text.leaks + ocr.leaks,
    )
