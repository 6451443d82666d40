"""Turn search: which way up an image's text stands, and the reading of it turned that way.

An image is read upright first; when that reads poorly, Tesseract's orientation
check (OSD) names the turn, and when it cannot tell, the middle of the image is
read in every turn in one run and only the turn that reads it best is read whole.
A poor upright reading that still makes sense (a form, a table, a landscape sheet)
stands when the check is sure the page is upright, or when the middle reads no
word with confidence in any turn: no turn is then read whole for nothing. Word boxes are mapped back from the turned (and maybe shrunk)
image to the pixels of the image as it was rendered.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from redact.ingest.ocr_sense import PAGE_SENSE, reading_share
from redact.ingest.ocr_tesseract import OcrSettings, TsvWord, detect_orientation, pgm_bytes, run_tesseract
from redact.types import Rect

log = logging.getLogger(__name__)


#: A turn that reads this many times the share of known words of another wins over it, whatever their confidence.
SENSE_RATIO = 2.0


def best_reading(readings: Iterable[OcrResult]) -> OcrResult:
    """The reading of an image that reads best: the most letters read with confidence, unless another reads
    clearly more known words (see ``ocr_sense``).

    Tesseract reads a page turned the wrong way up with confidence too ("punoj aq uea" for "found and
    can"), and a page with a picture or symbols on it reads upright with little: the words it reads
    are what tells which way up the text stands.
    """
    readings = list(readings)
    by_quality = max(readings, key=lambda r: r.quality * len(r.words))
    if len(readings) < 2:
        return by_quality
    shares = [reading_share([w.text for w in r.words]) or 0.0 for r in readings]
    i = max(range(len(readings)), key=lambda k: shares[k])
    mine = next(s for r, s in zip(readings, shares) if r is by_quality)
    if readings[i] is not by_quality and shares[i] >= PAGE_SENSE and shares[i] >= SENSE_RATIO * mine:
        return readings[i]
    return by_quality


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
    asked: bool = False  # Tesseract's orientation check was asked on the way to this reading

    @property
    def quality(self) -> float:
        """Mean confidence weighted by word length: how readable the result is."""
        total = sum(len(w.text) for w in self.words)
        if not total:
            return 0.0
        return sum(w.conf * len(w.text) for w in self.words) / total


def _looks_sideways(gray: np.ndarray) -> bool:
    """True when text lines run vertically: ink varies more across columns than across rows."""
    small = gray[::8, ::8] < 128
    if small.sum() < 50:
        return False
    rows = small.mean(axis=1)
    cols = small.mean(axis=0)
    return float(cols.std()) > 1.3 * float(rows.std())


#: White pixels around each of the four turned copies of an image read in one Tesseract run.
_TILE_GAP = 40


def read_stacked(tiles: list[np.ndarray], settings: OcrSettings, page_label: str, dpi: int,
                  psm: int | None = None) -> list[list[TsvWord]]:
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
    for word in run_tesseract(pgm_bytes(canvas), settings, page_label, psm=psm, dpi=dpi):
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


def _read_turned(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str, turn: int) -> OcrResult:
    h, w = gray.shape
    turned = np.rot90(gray, k=-(turn // 90)) if turn else gray  # rot90 turns counter-clockwise for positive k
    return OcrResult(run_tesseract(pgm_bytes(turned), settings, page_label, dpi=dpi), turn, w, h)


#: Confidence of Tesseract's orientation check from which its "upright" ends the search for a turn, when the
#: upright reading makes sense (``_makes_sense``). A turn other than upright is believed from 1.0 on.
SURE_UPRIGHT = 2.0


def _makes_sense(reading: OcrResult) -> bool:
    """True when enough of a reading's words are known words to be text read the right way up (``ocr_sense``)."""
    share = reading_share([w.text for w in reading.words])
    return share is not None and share >= PAGE_SENSE


#: Share of the ink down an image (its middle lines) that the turn search reads in each turn.
SAMPLE_SIDE = 0.5
#: Confidence from which a word read in the turn search counts.
SURE_WORD = 0.7
#: Share of inked pixels below which a page counts as sparse and the turn search reads all of its ink.
SPARSE_INK = 0.03


def _ink_band(ink: np.ndarray, axis: int, share: float) -> tuple[int, int]:
    """The middle ``share`` of the ink along an axis (0: rows, 1: columns), as a start and end index."""
    mass = np.cumsum(ink.sum(axis=1 - axis, dtype=np.int64))
    total = int(mass[-1])
    lo = int(np.searchsorted(mass, total * (1 - share) / 2))
    hi = int(np.searchsorted(mass, total * (1 + share) / 2)) + 1
    return lo, max(hi, lo + 1)


def _best_turn(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str,
               turns: tuple[int, ...], unsure: int | None = None) -> int | None:
    """Which of ``turns`` reads best, judged on the middle of the image's ink read in each turn, all in one
    Tesseract run; None when no turn reads a word there (every turn is then read whole). ``unsure``: the
    answer when no turn reads a word there with confidence (the few words read at a guess tell no turn
    from another), instead of the turn whose guesses score best.

    Tesseract's recogniser costs what the text it reads costs, at any resolution: reading every turn
    of a page whole costs a page each. The middle of the ink (about a quarter of it), turned each way, costs one.
    """
    step = 4
    ink = gray[::step, ::step] < 128
    if not ink.any():
        return None
    # a page of a few lines is judged on all its ink: its middle may hold too little to tell the turns apart
    share = SAMPLE_SIDE if ink.mean() >= SPARSE_INK else 1.0
    y0, y1 = _ink_band(ink, 0, share)
    x0, x1 = _ink_band(ink, 1, 1.0)  # whole lines across (a line cut short reads as pieces of words)
    middle = gray[y0 * step : y1 * step, x0 * step : x1 * step]
    tiles = [np.rot90(middle, k=-(t // 90)) if t else middle for t in turns]
    scores: dict[int, float] = {}
    # One block of lines across: Tesseract's page layout (psm 3) reads lines running down a copy turned
    # on its own, and a copy must be read only as it stands.
    rough: dict[int, float] = {}
    for t, words in zip(turns, read_stacked(tiles, settings, page_label, dpi, psm=6)):
        # letters read with confidence: a copy standing the wrong way reads as many short words read poorly
        scores[t] = sum(sum(c.isalnum() for c in w.text) for w in words if w.conf >= SURE_WORD)
        rough[t] = OcrResult(words, t).quality * len(words)
    if not any(scores.values()):  # nothing read with confidence (handwriting): the readings as they are
        if unsure is not None:
            return unsure
        scores = rough
    best = max(scores, key=lambda t: scores[t])
    return best if scores[best] else None


def _ocr_upright(
    gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str, sideways: bool,
    turn: int | None = None, likely: int | None = None, asked: bool = False,
) -> OcrResult:
    """The best reading of ``gray`` turned upright; ``turn``: read as turned that much only;
    ``likely``: the turn to read when Tesseract's orientation check is unsure (no search of every turn);
    ``asked``: the orientation check was made already (on the same image at a lower resolution) and is not asked again."""
    if turn is not None:
        return _read_turned(gray, settings, dpi, page_label, turn)
    if likely is not None and settings.orientation:
        readings: dict[int, OcrResult] = {}
        if likely == 0 and not sideways:
            readings[0] = _read_turned(gray, settings, dpi, page_label, 0)
            if readings[0].quality >= 0.6 and len(readings[0].words) >= 3:
                return readings[0]
        rot, conf = (0, 0.0) if asked else detect_orientation(gray, settings, dpi)
        pick = rot if rot and conf >= 1.0 else likely
        if pick not in readings:
            readings[pick] = _read_turned(gray, settings, dpi, page_label, pick)
        best = best_reading(readings.values())
        best.asked = True
        if best.rotation:
            log.info("%ssidan var vriden %d grader", page_label, best.rotation)
        return best
    first: OcrResult | None = None
    if not sideways:
        first = _read_turned(gray, settings, dpi, page_label, 0)
        if not settings.orientation or (first.quality >= 0.6 and len(first.words) >= 3) or not first.words:
            return first
    rot, conf = detect_orientation(gray, settings, dpi)
    sense = first is not None and _makes_sense(first)
    if conf >= 1.0 and (rot or first is None):
        # a page that only looked sideways (pictures, columns) and that the check finds upright is read upright:
        # the turns searched below would leave out the one way it stands
        candidates = [rot]
    elif sense and not rot and conf >= SURE_UPRIGHT:
        # a poor scan of an upright page (a form, a table, a landscape sheet): the check is sure it stands upright
        # and its upright reading is words, where a turned page reads as garbage ("punoj aq uea"). Searching
        # every turn would read the page up to four times more, only for the upright reading to win.
        candidates = []
    elif first is None or first.quality < 0.5:
        # OSD could not tell (too little text, handwriting): the middle of the image is read in every
        # turn in one run, and only the turn that reads it best is read whole
        # (an upright reading that makes sense stands unless the middle reads surely better turned)
        pick = _best_turn(gray, settings, dpi, page_label, (0, 90, 270, 180) if first is not None else (90, 270, 180),
                          unsure=0 if sense else None)
        candidates = [90, 270, 180] if pick is None else [pick] if pick else []
    else:
        candidates = []
    best = first
    for r in candidates:
        other = _read_turned(gray, settings, dpi, page_label, r)
        best = other if best is None else best_reading((best, other))
        if best.quality >= 0.8:
            break
    if best is None:
        best = _read_turned(gray, settings, dpi, page_label, 0)
    best.asked = True
    if best.rotation:
        log.info("%ssidan var vriden %d grader", page_label, best.rotation)
    return best


def unrotate_box(word: TsvWord, res: OcrResult) -> tuple[float, float, float, float]:
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


def overlap_share(a: Rect, b: Rect) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    area = (a[2] - a[0]) * (a[3] - a[1])
    return (w * h) / area if area > 0 else 0.0
