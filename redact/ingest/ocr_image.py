"""Image reading: at which resolution an image is read, read again, or read the way it was read before.

A page rendered at 300 dpi is first read at 200 (Tesseract scales every line to
one height anyway); small print, a poor reading or no words at all are read again
at full resolution. An image on a text page is read in all four orientations in
one run (``ocr_turns``). When the output is checked, an image the masks changed is
read the way its source was read best (``replay``), without searching every turn again.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace

import numpy as np

from redact.ingest.ocr_rules import remove_rules
from redact.ingest.ocr_tesseract import OcrSettings
from redact.ingest.ocr_turns import (
    OcrResult,
    _looks_sideways,
    _ocr_upright,
    overlap_share,
    read_stacked,
    _read_turned,
    _unrotate_read_box,
    best_reading,
)

log = logging.getLogger(__name__)

#: Most pixels OCR renders of one page (all its regions together): an A3 page at 300 dpi. A bigger
#: page (a drawing, a poster) is rendered at a lower resolution instead, as a page rendered at 300 dpi
#: and read at 200 already is, so rendering, rule removal and Tesseract cost what an A3 page costs.
MAX_OCR_PIXELS = 3508 * 4961


#: Words whose median height (inches) is under this are small print, read again at full resolution.
SMALL_PRINT_IN = 0.1
#: A first reading with a lower confidence than this is read again at full resolution.
REREAD_QUALITY = 0.7


#: An image with fewer pixels than this (at full resolution) is read at full resolution straight away.
#: Reading at ``read_dpi`` first saves Tesseract's work on a page's worth of pixels; on a small region
#: (a line of text drawn as outlines, a stamp) Tesseract's start costs more than the pixels, and a
#: small region often holds small print or few words, which are read again at full resolution anyway.
#: (An image read in its four turns, ``ocr_turns``, is still read small first: it is one run either way,
#: and the check of the output replays that reading.)
FULL_RESOLUTION_PIXELS = 600_000


def _reads_small_first(settings: OcrSettings, dpi: int, pixels: int) -> bool:
    """True when an image of ``pixels`` (at ``dpi``) is read first at the lower ``settings.read_dpi``."""
    return bool(settings.read_dpi) and settings.read_dpi < dpi * 0.9 and pixels >= FULL_RESOLUTION_PIXELS


def ocr_gray(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str = "") -> OcrResult:
    """OCR a grayscale image, turning it upright first when it was scanned sideways or upside down."""
    read_dpi = settings.read_dpi
    if _reads_small_first(settings, dpi, gray.size):
        small, scale = downscale(gray, dpi / read_dpi)
        first = _ocr_at(small, settings, read_dpi, page_label)
        heights = sorted(w.height for w in first.words)
        if (heights and heights[len(heights) // 2] >= SMALL_PRINT_IN * read_dpi
                and first.quality >= REREAD_QUALITY):
            first.scale = scale
            return first
        log.debug("%släses om med %d dpi", page_label, dpi)
        if heights and heights[len(heights) // 2] >= SMALL_PRINT_IN * read_dpi:
            # Print big enough to be read at this resolution, read poorly all the same (a script
            # Tesseract's Swedish does not know, a photo): the turn found stands unless Tesseract's
            # orientation check is sure of another, and the other turns are not all read again. What
            # the first reading settled is not asked again: the orientation check (when it was made)
            # and whether the page reads better with its rules removed.
            rules = first.route[3] if first.route is not None else None
            return _ocr_at(gray, settings, dpi, page_label, likely=first.rotation, asked=first.asked, rules=rules)
    return _ocr_at(gray, settings, dpi, page_label)


#: Words read in an orientation other than the best one are kept from this confidence on.
TURNED_WORD_CONF = 0.8
#: Copies of an image ``ocr_turns`` reads (one a turn): what the image costs against ``MAX_OCR_PIXELS``.
TURNS = 4


def ocr_turns(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str = "") -> OcrResult:
    """OCR an image in all four orientations (one Tesseract run over the four turned copies stacked).

    An image on a text page may be a stamp turned sideways, a scan pasted upside
    down or a screenshot with a turned note in it: the reading with the best
    quality wins, and the words the other orientations read well are kept too.
    """
    scale = (1.0, 1.0)
    read_dpi = float(dpi)
    src = gray
    if settings.read_dpi and settings.read_dpi < dpi * 0.9:
        read_dpi = float(settings.read_dpi)
    # The four copies together stay within what one page may cost.
    read_dpi = min(read_dpi, dpi * math.sqrt(MAX_OCR_PIXELS / (float(TURNS) * max(1, gray.size))))
    if read_dpi < dpi * 0.9:
        gray, scale = downscale(gray, dpi / read_dpi)
    else:
        read_dpi = dpi
    if settings.remove_rules:
        gray = remove_rules(gray, read_dpi)
    h, w = gray.shape
    turned = [(r, np.rot90(gray, k=-(r // 90))) for r in (0, 90, 180, 270)]  # rot90 turns counter-clockwise for k > 0
    if max(w, h) <= 3 * min(w, h):
        groups = [turned]
    else:  # a long strip: its upright and its sideways copies stacked in one image would be mostly blank
        groups = [turned[0::2], turned[1::2]]
    results: list[OcrResult] = []
    for group in groups:
        for (r, _), words in zip(group, read_stacked([t for _, t in group], settings, page_label, round(read_dpi))):
            results.append(OcrResult(words, r, w, h, scale))
    best = best_reading(results)
    heights = sorted(wd.height for wd in best.words)
    # Read small (not only because the image is huge) and found small print or read it poorly: read again at
    # full resolution. An image without a word (a logo, a photo) is not read twice.
    again: OcrResult | None = None
    if read_dpi < dpi * 0.9 and settings.read_dpi and heights:
        if heights[len(heights) // 2] < SMALL_PRINT_IN * read_dpi:
            log.debug("%sbilden läses om med %d dpi", page_label, dpi)
            return ocr_turns(src, replace(settings, read_dpi=0), dpi, page_label)
        if best.quality < REREAD_QUALITY:
            # Print big enough to be read at this resolution, read poorly all the same (a photo, a
            # handwritten form): the turn found is read again at full resolution, not all four (as
            # ``ocr_gray`` does); the other turns' well-read words come from the first reading.
            log.debug("%sbilden läses om med %d dpi i den vridning som hittades", page_label, dpi)
            again = _read_turned(remove_rules(src, dpi) if settings.remove_rules else src, settings, dpi,
                                 page_label, best.rotation)
    # Tesseract reads some upside-down lines the right way round: a word two readings agree on is kept once.
    seen = [(wd.text.casefold(), _unrotate_read_box(wd, best)) for wd in best.words]
    for r in results:
        if r is best:
            continue
        keep = []
        for wd in r.words:
            if wd.conf < TURNED_WORD_CONF or sum(c.isalnum() for c in wd.text) < 2:
                continue
            box = _unrotate_read_box(wd, r)
            if any(t == wd.text.casefold() and overlap_share(box, b) > 0.5 for t, b in seen):
                continue
            seen.append((wd.text.casefold(), box))
            keep.append(wd)
        best.extra.append(OcrResult(keep, r.rotation, w, h, scale))
    if again is not None and again.quality * len(again.words) > best.quality * len(best.words):
        again.extra, best = best.extra, again
    if best.rotation:
        log.info("%sen bild på sidan var vriden %d grader", page_label, best.rotation)
    best.route = ("turns", settings.read_dpi)
    return best


def downscale(gray: np.ndarray, factor: float) -> tuple[np.ndarray, tuple[float, float]]:
    """``gray`` shrunk by ``factor`` (each pixel the mean of the 2x2 source pixels under it),
    and the exact (x, y) factors back to the source's pixels."""
    h, w = gray.shape
    h2, w2 = max(1, round(h / factor)), max(1, round(w / factor))
    rows = np.minimum((np.arange(h2) * (h / h2)).astype(np.intp), h - 1)
    cols = np.minimum((np.arange(w2) * (w / w2)).astype(np.intp), w - 1)
    rows1, cols1 = np.minimum(rows + 1, h - 1), np.minimum(cols + 1, w - 1)
    pairs = gray[rows].astype(np.uint16)
    pairs += gray[rows1]
    out = pairs[:, cols]
    out += pairs[:, cols1]
    out += 2
    out >>= 2
    return out.astype(np.uint8), (w / w2, h / h2)


def _ocr_at(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str, likely: int | None = None,
            asked: bool = False, rules: bool | None = None) -> OcrResult:
    """OCR at ``dpi``, turned upright (``likely``: the turn an earlier reading found), with and without rules
    (``rules``: whether an earlier reading of the page read better with them removed; then only that is read)."""
    sideways = settings.orientation and _looks_sideways(gray)
    clean = remove_rules(gray, dpi) if settings.remove_rules and rules is not False else gray
    result = _ocr_upright(clean, settings, dpi, page_label, sideways, likely=likely, asked=asked)
    if clean is not gray and rules is None and (result.quality < 0.6 or len(result.words) < 3):
        # On a very noisy scan the rules can be what lets Tesseract find the text blocks:
        # a poor reading without them is compared with a reading of the page as it is, in the
        # orientation already found (removing rules does not turn the page).
        plain = _ocr_upright(gray, settings, dpi, page_label, sideways, turn=result.rotation)
        if plain.quality * len(plain.words) > result.quality * len(result.words):
            plain.route = ("page", dpi, plain.rotation, False)
            plain.asked = result.asked
            return plain
    result.route = ("page", dpi, result.rotation, clean is not gray)
    return result


#: A reading made the way the same image was read before counts when its quality is at most this much lower.
ROUTE_SLACK = 0.1


def replay(gray: np.ndarray, settings: OcrSettings, dpi: int, route: tuple, page_label: str = "") -> OcrResult:
    """Read ``gray`` the way ``route`` says an earlier reading of the same image (before masking) was made.

    The searches for the turn, the resolution and whether rules help are not made again: the
    masks change what is under them, not how the page is turned or printed.
    """
    if route[0] == "turns":
        return ocr_turns(gray, replace(settings, read_dpi=route[1]), dpi, page_label)
    _, read_dpi, turn, rules = route
    scale = (1.0, 1.0)
    if read_dpi < dpi * 0.9:
        gray, scale = downscale(gray, dpi / read_dpi)
    else:
        read_dpi = dpi
    if rules:
        gray = remove_rules(gray, read_dpi)
    result = _read_turned(gray, settings, read_dpi, page_label, turn)
    result.scale = scale
    result.route = route
    return result


def read_image(gray: np.ndarray, settings: OcrSettings, dpi: int, turns: bool, page_label: str = "",
               hint: tuple[tuple, float] | None = None) -> OcrResult:
    """OCR one image of a page (in all four turns when ``turns``); ``hint``: (route, quality) of an
    earlier reading of the same place, read that way first and searched afresh only when it reads clearly worse."""
    if hint is not None:
        route, quality = hint
        again = replay(gray, settings, dpi, route, page_label)
        if again.quality >= quality - ROUTE_SLACK:
            return again
        log.debug("%släses som förut men sämre (%.2f mot %.2f): söks om", page_label, again.quality, quality)
    read = ocr_turns if turns else ocr_gray
    return read(gray, settings, dpi, page_label)
