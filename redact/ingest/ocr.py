"""Scanned pages: find the pages (and images) whose text the text layer does not carry, and OCR them.

Tesseract's command line with the Swedish model is called as a subprocess
(TSV output, ``OMP_THREAD_LIMIT=1``: several pages run in parallel instead,
see ``ocr_parallel``). Word boxes come back in pixels of the rendered image
and are mapped to PDF points in the same (unrotated) space as
``ingest.pdf.extract_page``, so masks, rendering and verification treat OCR
pages exactly like text pages.

What to OCR is planned in ``ocr_plan`` (with ``ocr_trust`` for fonts that
cannot be read out and ``ocr_outlines`` for text drawn as paths). A page is
rendered with at most ``MAX_OCR_PIXELS``; images on a text page are read in
all four orientations (``ocr_turns``).
"""

from __future__ import annotations

import logging
import math
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field, replace

import numpy as np
import pymupdf

from redact.errors import InputError, LimitError
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
from redact.ingest.ocr_memo import OcrMemo
from redact.ingest.ocr_rules import remove_rules
from redact.ingest.pdf import extract_page
from redact.types import Page, Rect, Word

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OcrSettings:
    """How pages are OCR'd; passed in, never global."""

    dpi: int = 300
    lang: str = "swe"
    timeout: float = 120.0  # seconds per page before the page is refused
    margin: float = 1.0  # points added around every OCR word box, so masks cover the ink
    psm: int = 3
    orientation: bool = True  # detect pages scanned at 90/180/270 degrees
    executable: str = "tesseract"
    extra: tuple[str, ...] = ("-c", "tessedit_do_invert=0")
    remove_rules: bool = True  # whiten table rules and frames in the image Tesseract reads
    # Tesseract first reads a page at this resolution (0: at dpi). Its neural recogniser scales
    # every line to one height anyway; the fewer pixels save about a tenth of a dense page's
    # time. Small print, a poor reading or no words at all are read again at dpi.
    read_dpi: int = 200
    # this run's readings by image pixels (see ingest/ocr_memo.py); None: every image is read afresh
    memo: OcrMemo | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class TsvWord:
    """One word of Tesseract's TSV output, in image pixels."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float  # 0..1
    line: tuple[int, int, int]  # (block, paragraph, line)


@dataclass
class OcrResult:
    """Words of one image after OCR, with the rotation (degrees clockwise) that was applied."""

    words: list[TsvWord] = field(default_factory=list)
    rotation: int = 0
    width: int = 0
    height: int = 0
    scale: tuple[float, float] = (1.0, 1.0)  # pixels of the rendered image per pixel read (x, y)
    extra: list[OcrResult] = field(default_factory=list)  # well-read words of the other orientations
    # how the reading was made, so the same image with masks on it is read the same way (see ``replay``):
    # ("page", dpi read at, turn, rules removed) or ("turns", read_dpi setting: 0 = full resolution)
    route: tuple | None = None

    @property
    def quality(self) -> float:
        """Mean confidence weighted by word length: how readable the result is."""
        total = sum(len(w.text) for w in self.words)
        if not total:
            return 0.0
        return sum(w.conf * len(w.text) for w in self.words) / total


def tesseract_available(executable: str = "tesseract") -> bool:
    """True when the Tesseract command line and its Swedish model are installed."""
    exe = shutil.which(executable)
    if exe is None:
        return False
    try:
        done = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "swe" in done.stdout.split()


# ---------------------------------------------------------------- tesseract


def _pgm(gray: np.ndarray) -> bytes:
    h, w = gray.shape
    return b"P5\n%d %d\n255\n" % (w, h) + np.ascontiguousarray(gray).tobytes()


def run_tesseract(image: bytes, settings: OcrSettings, page_label: str = "", psm: int | None = None, dpi: int | None = None) -> list[TsvWord]:
    """OCR one image (PNM/PNG bytes) and return its words."""
    exe = shutil.which(settings.executable)
    if exe is None:
        raise InputError(
            "textigenkänning (Tesseract) saknas: installera Debian-paketen tesseract-ocr och tesseract-ocr-swe (make setup)"
        )
    cmd = [exe, "stdin", "stdout", "-l", settings.lang, "--psm", str(psm if psm is not None else settings.psm),
           "--dpi", str(dpi or settings.dpi), *settings.extra, "tsv"]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(cmd, input=image, capture_output=True, timeout=settings.timeout, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise LimitError(
            "{page_label}textigenkänningen tog mer än {timeout:.0f} s och avbröts; dela upp dokumentet eller höj tidsgränsen", page_label=page_label, timeout=settings.timeout
        ) from None
    if done.returncode != 0:
        msg = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["okänt fel"]
        raise InputError("{page_label}textigenkänningen misslyckades ({msg})", page_label=page_label, msg=msg[0][:120])
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[TsvWord]:
    """Words (level 5) of Tesseract's TSV output."""
    words: list[TsvWord] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        if width <= 0 or height <= 0:
            continue
        words.append(TsvWord(text, left, top, width, height, max(0.0, min(conf / 100.0, 1.0)), (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def detect_orientation(gray: np.ndarray, settings: OcrSettings, dpi: int) -> tuple[int, float]:
    """(degrees to rotate clockwise so the text is upright, confidence) from Tesseract's OSD; (0, 0.0) when unsure."""
    exe = shutil.which(settings.executable)
    if exe is None:
        return 0, 0.0
    # Half resolution is enough for a dense page and faster; a sparse page needs every character.
    steps = (2, 1) if dpi >= 250 else (1,)
    for step in steps:
        try:
            done = subprocess.run(
                [exe, "stdin", "stdout", "--psm", "0", "--dpi", str(dpi // step)],
                input=_pgm(gray[::step, ::step]), capture_output=True, timeout=settings.timeout,
                env=dict(os.environ, OMP_THREAD_LIMIT="1"), check=False,
            )
        except subprocess.TimeoutExpired:
            return 0, 0.0
        out = done.stdout.decode("utf-8", "replace")
        rot = re.search(r"Rotate:\s*(\d+)", out)
        conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
        if rot:
            return int(rot.group(1)) % 360, float(conf.group(1)) if conf else 0.0
    return 0, 0.0


def _looks_sideways(gray: np.ndarray) -> bool:
    """True when text lines run vertically: ink varies more across columns than across rows."""
    small = gray[::8, ::8] < 128
    if small.sum() < 50:
        return False
    rows = small.mean(axis=1)
    cols = small.mean(axis=0)
    return float(cols.std()) > 1.3 * float(rows.std())


#: Words whose median height (inches) is under this are small print, read again at full resolution.
SMALL_PRINT_IN = 0.1
#: A first reading with a lower confidence than this is read again at full resolution.
REREAD_QUALITY = 0.7


def ocr_gray(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str = "") -> OcrResult:
    """OCR a grayscale image, turning it upright first when it was scanned sideways or upside down."""
    read_dpi = settings.read_dpi
    if read_dpi and read_dpi < dpi * 0.9:
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
            # orientation check is sure of another, and the other turns are not all read again.
            return _ocr_at(gray, settings, dpi, page_label, likely=first.rotation)
    return _ocr_at(gray, settings, dpi, page_label)


#: Words read in an orientation other than the best one are kept from this confidence on.
TURNED_WORD_CONF = 0.8
#: Copies of an image ``ocr_turns`` reads (one a turn): what the image costs against ``MAX_OCR_PIXELS``.
TURNS = 4
#: White pixels around each of the four turned copies of an image read in one Tesseract run.
_TILE_GAP = 40


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
        for (r, _), words in zip(group, _read_stacked([t for _, t in group], settings, page_label, round(read_dpi))):
            results.append(OcrResult(words, r, w, h, scale))
    best = max(results, key=lambda r: r.quality * len(r.words))
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
            if any(t == wd.text.casefold() and _overlap_share(box, b) > 0.5 for t, b in seen):
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


def _read_stacked(tiles: list[np.ndarray], settings: OcrSettings, page_label: str, dpi: int) -> list[list[TsvWord]]:
    """OCR images stacked one under the other, white between them, in one Tesseract run; the words of each, in its own pixels."""
    gap = _TILE_GAP
    tops = []
    y = gap
    for t in tiles:
        tops.append(y)
        y += t.shape[0] + gap
    canvas = np.full((y, max(t.shape[1] for t in tiles) + 2 * gap), 255, dtype=np.uint8)
    for t, top in zip(tiles, tops):
        canvas[top : top + t.shape[0], gap : gap + t.shape[1]] = t
    out: list[list[TsvWord]] = [[] for _ in tiles]
    for word in run_tesseract(_pgm(canvas), settings, page_label, dpi=dpi):
        cy = word.top + word.height / 2
        for words, t, top in zip(out, tiles, tops):
            th, tw = t.shape
            if top - gap / 2 <= cy < top + th + gap / 2:
                x0, y0 = max(0, word.left - gap), max(0, word.top - top)
                x1, y1 = min(tw, word.left + word.width - gap), min(th, word.top + word.height - top)
                if x1 > x0 and y1 > y0:
                    words.append(replace(word, left=x0, top=y0, width=x1 - x0, height=y1 - y0))
                break
    return out


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


def _ocr_at(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str, likely: int | None = None) -> OcrResult:
    """OCR at ``dpi``, turned upright (``likely``: the turn an earlier reading found), with and without rules."""
    sideways = settings.orientation and _looks_sideways(gray)
    clean = remove_rules(gray, dpi) if settings.remove_rules else gray
    result = _ocr_upright(clean, settings, dpi, page_label, sideways, likely=likely)
    if clean is not gray and (result.quality < 0.6 or len(result.words) < 3):
        # On a very noisy scan the rules can be what lets Tesseract find the text blocks:
        # a poor reading without them is compared with a reading of the page as it is, in the
        # orientation already found (removing rules does not turn the page).
        plain = _ocr_upright(gray, settings, dpi, page_label, sideways, turn=result.rotation)
        if plain.quality * len(plain.words) > result.quality * len(result.words):
            plain.route = ("page", dpi, plain.rotation, False)
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


def _read_turned(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str, turn: int) -> OcrResult:
    h, w = gray.shape
    turned = np.rot90(gray, k=-(turn // 90)) if turn else gray  # rot90 turns counter-clockwise for positive k
    return OcrResult(run_tesseract(_pgm(turned), settings, page_label, dpi=dpi), turn, w, h)


def _ocr_upright(
    gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str, sideways: bool,
    turn: int | None = None, likely: int | None = None,
) -> OcrResult:
    """The best reading of ``gray`` turned upright; ``turn``: read as turned that much only;
    ``likely``: the turn to read when Tesseract's orientation check is unsure (no search of every turn)."""
    if turn is not None:
        return _read_turned(gray, settings, dpi, page_label, turn)
    if likely is not None and settings.orientation:
        readings: dict[int, OcrResult] = {}
        if likely == 0 and not sideways:
            readings[0] = _read_turned(gray, settings, dpi, page_label, 0)
            if readings[0].quality >= 0.6 and len(readings[0].words) >= 3:
                return readings[0]
        rot, conf = detect_orientation(gray, settings, dpi)
        pick = rot if rot and conf >= 1.0 else likely
        if pick not in readings:
            readings[pick] = _read_turned(gray, settings, dpi, page_label, pick)
        best = max(readings.values(), key=lambda r: r.quality * len(r.words))
        if best.rotation:
            log.info("%ssidan var vriden %d grader", page_label, best.rotation)
        return best
    first: OcrResult | None = None
    if not sideways:
        first = _read_turned(gray, settings, dpi, page_label, 0)
        if not settings.orientation or (first.quality >= 0.6 and len(first.words) >= 3) or not first.words:
            return first
    rot, conf = detect_orientation(gray, settings, dpi)
    if rot and conf >= 1.0:
        candidates = [rot]
    else:
        # OSD could not tell (too little text): try every turn, the result that reads best wins
        candidates = [90, 270, 180] if first is None or first.quality < 0.5 else []
    best = first
    for r in candidates:
        other = _read_turned(gray, settings, dpi, page_label, r)
        if best is None or other.quality * len(other.words) > best.quality * len(best.words):
            best = other
        if best.quality >= 0.8:
            break
    if best is None:
        best = _read_turned(gray, settings, dpi, page_label, 0)
    if best.rotation:
        log.info("%ssidan var vriden %d grader", page_label, best.rotation)
    return best


def _unrotate_box(word: TsvWord, res: OcrResult) -> tuple[float, float, float, float]:
    """A word box in the original image's pixels, from the pixels of the turned (and maybe shrunk) image."""
    x0, y0, x1, y1 = _unrotate_read_box(word, res)
    sx, sy = res.scale
    return x0 * sx, y0 * sy, x1 * sx, y1 * sy


def _unrotate_read_box(word: TsvWord, res: OcrResult) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = word.left, word.top, word.left + word.width, word.top + word.height
    w, h = res.width, res.height
    if res.rotation == 0:
        return x0, y0, x1, y1
    if res.rotation == 90:  # turned clockwise: turned (x, y) came from original (y, h - x)
        return y0, h - x1, y1, h - x0
    if res.rotation == 180:
        return w - x1, h - y1, w - x0, h - y0
    # 270: turned (x, y) came from original (w - y, x)
    return w - y1, x0, w - y0, x1


# ---------------------------------------------------------------- pages


#: Most pixels OCR renders of one page (all its regions together): an A3 page at 300 dpi. A bigger
#: page (a drawing, a poster) is rendered at a lower resolution instead, as a page rendered at 300 dpi
#: and read at 200 already is, so rendering, rule removal and Tesseract cost what an A3 page costs.
MAX_OCR_PIXELS = 3508 * 4961


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
    r = pymupdf.Rect(box) * m
    r.normalize()
    return (r.x0 - margin, r.y0 - margin, r.x1 + margin, r.y1 + margin)


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
            rect = _to_points(_unrotate_box(w, part), m, margin)
            if skip and any(_overlap_share(rect, s) > 0.3 for s in skip):
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


def _overlap_share(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    area = (a[2] - a[0]) * (a[3] - a[1])
    return (w * h) / area if area > 0 else 0.0


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
                result = read_image(g, settings, self.dpi, t, label, memo.route(p))
                memo.remember_route(p, result)
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
                w.rect for w in base.words if not any(_overlap_share(u, w.rect) > 0.3 for u in self.untrusted)]
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
