"""Scanned pages: find the pages (and images) whose text the text layer does not carry, and OCR them.

Tesseract's command line with the Swedish model is called as a subprocess
(TSV output, ``OMP_THREAD_LIMIT=1``: several pages run in parallel instead,
see ``ocr_parallel``). Word boxes come back in pixels of the rendered image
and are mapped to PDF points in the same (unrotated) space as
``ingest.pdf.extract_page``, so masks, rendering and verification treat OCR
pages exactly like text pages.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pymupdf

from redact.errors import InputError, LimitError
from redact.ingest.pdf import extract_page
from redact.types import Page, Rect, Word

log = logging.getLogger(__name__)

#: An image covering at least this share of the page makes it a scanned page.
PAGE_IMAGE_SHARE = 0.5
#: Images inside a text page smaller than this (points) are logos or rules, not text.
MIN_REGION_WIDTH = 60.0
MIN_REGION_HEIGHT = 14.0
MIN_REGION_AREA = 3000.0
#: Fewer non-space characters than this count as "no text layer".
MIN_TEXT_CHARS = 10
#: A text layer where more than this share of characters is implausible is garbage.
GARBAGE_SHARE = 0.15

# Letters a Swedish administrative text plausibly contains.
_PLAUSIBLE = re.compile(r"[A-Za-z0-9ÅÄÖåäöÉéÜüÆæØøÈèÁáÀàÍíÓóÚúÑñÇçßÔôÊêËëÏïÎî]")


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


@dataclass(frozen=True)
class OcrPlan:
    """What to OCR on a page: nothing, the whole page, or some image regions of a text page."""

    mode: Literal["none", "page", "regions"]
    regions: tuple[Rect, ...] = ()  # unrotated page coordinates, for mode "regions"
    reason: str = ""
    text_layer: bool = True  # False when the page has no usable text layer (the output then gets an OCR layer)


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


# ---------------------------------------------------------------- which pages


def text_is_garbage(text: str) -> bool:
    """True when extracted text is mostly replacement, private-use or implausible characters."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < MIN_TEXT_CHARS:
        return False
    bad = 0
    for c in chars:
        cp = ord(c)
        if c == "\ufffd" or 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000 or unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs"):
            bad += 1
        elif c.isalpha() and not _PLAUSIBLE.match(c):
            bad += 1
    if bad / len(chars) > GARBAGE_SHARE:
        return True
    # Fonts with a broken encoding often map glyphs to shifted ASCII: few vowels, many odd symbols.
    letters = [c.lower() for c in chars if c.isalpha()]
    symbols = sum(1 for c in chars if not c.isalnum() and c not in ".,:;-–()/%§'\"!?@+&")
    if len(letters) >= 40:
        vowels = sum(1 for c in letters if c in "aeiouyåäöé")
        if vowels / len(letters) < 0.15:
            return True
    return symbols / len(chars) > 0.35


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


def _has_ink(page: pymupdf.Page) -> bool:
    """True when a low-resolution rendering of the page is not blank."""
    pix = page.get_pixmap(dpi=36, colorspace=pymupdf.csGRAY, alpha=False)
    a = np.frombuffer(pix.samples, dtype=np.uint8)
    return bool(a.size) and int((a < 200).sum()) > 4


def _image_boxes(page: pymupdf.Page) -> list[Rect]:
    boxes: list[Rect] = []
    area = page.rect
    clip = pymupdf.Rect(0, 0, page.mediabox.width, page.mediabox.height)
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & clip
        if r.is_empty:
            continue
        boxes.append((r.x0, r.y0, r.x1, r.y1))
    del area
    return boxes


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
    text = page.get_text("text")
    boxes = _image_boxes(page)
    # Invisible text only matters as "a hidden layer over a scan"; without images the
    # cheap extraction is the visible text (hidden text is removed at render anyway).
    visible = (_visible_text(page) if boxes else text) if text.strip() else ""
    n_visible = sum(1 for c in visible if not c.isspace())
    mb = page.mediabox
    share = _covered_share(boxes, mb.width, mb.height)
    if share >= PAGE_IMAGE_SHARE:
        usable = n_visible >= MIN_TEXT_CHARS and not text_is_garbage(visible)
        return OcrPlan("page", reason=f"en bild täcker {share:.0%} av sidan", text_layer=usable)
    if n_visible < MIN_TEXT_CHARS:
        if boxes or _has_ink(page):
            return OcrPlan("page", reason="sidan saknar textlager", text_layer=False)
        return OcrPlan("none", reason="tom sida")
    if text_is_garbage(visible) or _control_share(visible) > 0.02:  # issue 4: see _control_share
        return OcrPlan("page", reason="textlagret går inte att läsa (typsnitt utan teckenkodning)", text_layer=False)
    regions = tuple(
        b for b in boxes
        if b[2] - b[0] >= MIN_REGION_WIDTH and b[3] - b[1] >= MIN_REGION_HEIGHT and (b[2] - b[0]) * (b[3] - b[1]) >= MIN_REGION_AREA
    )
    if regions:
        return OcrPlan("regions", regions=regions, reason=f"{len(regions)} bilder på en textsida")
    return OcrPlan("none", reason="textlager")


# --- issue 4 (hostile PDFs): a font without a Unicode mapping extracts as shifted letters and
# control codes ("9HUD\x03+ROPTYLVW"); letters alone look plausible, control codes never occur in real text.
def _control_share(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    return sum(1 for c in chars if unicodedata.category(c) == "Cc") / len(chars) if chars else 0.0
# --- end issue 4 ---


def needs_ocr(page: pymupdf.Page) -> bool:
    """True when the page, or an image on it, carries text the text layer does not."""
    return ocr_plan(page).mode != "none"


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
            f"{page_label}textigenkänningen tog mer än {settings.timeout:.0f} s och avbröts; "
            "dela upp dokumentet eller höj tidsgränsen"
        ) from None
    if done.returncode != 0:
        msg = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["okänt fel"]
        raise InputError(f"{page_label}textigenkänningen misslyckades ({msg[0][:120]})")
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


def ocr_gray(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str = "") -> OcrResult:
    """OCR a grayscale image, turning it upright first when it was scanned sideways or upside down."""
    h, w = gray.shape
    first: OcrResult | None = None
    if not (settings.orientation and _looks_sideways(gray)):
        first = OcrResult(run_tesseract(_pgm(gray), settings, page_label, dpi=dpi), 0, w, h)
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
        turned = np.rot90(gray, k=-(r // 90))  # rot90 turns counter-clockwise for positive k
        other = OcrResult(run_tesseract(_pgm(turned), settings, page_label, dpi=dpi), r, w, h)
        if best is None or other.quality * len(other.words) > best.quality * len(best.words):
            best = other
        if best.quality >= 0.8:
            break
    if best is None:
        best = OcrResult(run_tesseract(_pgm(gray), settings, page_label, dpi=dpi), 0, w, h)
    if best.rotation:
        log.info("%ssidan var vriden %d grader", page_label, best.rotation)
    return best


def _unrotate_box(word: TsvWord, res: OcrResult) -> tuple[float, float, float, float]:
    """A word box in the original image's pixels, from the pixels of the turned image."""
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


def _render_gray(page: pymupdf.Page, dpi: int, clip: pymupdf.Rect | None = None) -> tuple[np.ndarray, pymupdf.Matrix]:
    """The page (or a clip of it, in rotated page coordinates) as grayscale, and the pixel -> unrotated-points matrix."""
    zoom = dpi / 72.0
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False, clip=clip)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    # pixels -> rotated page points -> unrotated page points (the space of get_text and redactions);
    # a clipped pixmap starts at whole pixels (pix.x, pix.y)
    m = pymupdf.Matrix(1, 0, 0, 1, pix.x, pix.y) * pymupdf.Matrix(1 / zoom, 1 / zoom) * page.derotation_matrix
    return gray, m


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

    def add_line(self, items: list[tuple[str, Rect, float]], vertical: bool) -> None:
        if not items:
            return
        for i, (text, rect, conf) in enumerate(items):
            if i:
                self.text.append(" ")
                self.rects.append(None)
                self.pos += 1
            start = self.pos
            n = len(text)
            x0, y0, x1, y1 = rect
            for k, c in enumerate(text):
                # Even split of the word box: Tesseract gives no character boxes in TSV.
                if vertical:
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


def _add_result(b: _Builder, res: OcrResult, m: pymupdf.Matrix, margin: float, skip: list[Rect] | None = None) -> int:
    """Append the lines of one OCR result to the builder; returns the number of words added."""
    lines: dict[tuple[int, int, int], list[tuple[str, Rect, float]]] = {}
    order: list[tuple[int, int, int]] = []
    vertical = res.rotation in (90, 270)
    # derotation of the page itself may also turn the text sideways in point space
    m_vertical = abs(m.b) > abs(m.a)
    n = 0
    for w in res.words:
        rect = _to_points(_unrotate_box(w, res), m, margin)
        if skip and any(_overlap_share(rect, s) > 0.3 for s in skip):
            continue
        if w.line not in lines:
            lines[w.line] = []
            order.append(w.line)
        lines[w.line].append((repair_word(w.text), rect, w.conf))
        n += 1
    for key in order:
        b.add_line(lines[key], vertical != m_vertical)
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
    images: list[tuple[np.ndarray, pymupdf.Matrix]]
    dpi: int
    base: Page | None = None  # the text layer, for mode "regions"

    def run(self, settings: OcrSettings) -> list[OcrResult]:
        """OCR every image of the job."""
        label = f"sida {self.number}: "
        return [ocr_gray(gray, settings, self.dpi, label) for gray, _ in self.images]

    def build(self, results: list[OcrResult], settings: OcrSettings) -> Page:
        """The page as text plus geometry from the OCR results."""
        if self.base is not None:
            base = self.base
            b = _Builder(list(base.text), list(base.char_rects), list(base.words), len(base.text),
                         1 + max((w.line for w in base.words), default=-1))
            skip: list[Rect] | None = [w.rect for w in base.words]
        else:
            b, skip = _Builder(), None
        for (_, m), res in zip(self.images, results):
            _add_result(b, res, m, settings.margin, skip)
        return Page(self.number, "".join(b.text), tuple(b.words), self.width, self.height, tuple(b.rects), "ocr", self.rotation)


def prepare_ocr(page: pymupdf.Page, settings: OcrSettings, plan: OcrPlan | None = None) -> OcrJob:
    """Render what has to be OCR'd on a page (whole page, or its image regions)."""
    plan = plan or ocr_plan(page)
    dpi = settings.dpi
    r = page.rect
    job = OcrJob(page.number + 1, r.width, r.height, page.rotation, [], dpi)
    if plan.mode == "regions":
        job.base = extract_page(page)
        for region in plan.regions:
            clip = pymupdf.Rect(region) * page.rotation_matrix
            clip.normalize()
            clip = clip & page.rect
            if clip.is_empty:
                continue
            job.images.append(_render_gray(page, dpi, clip))
    else:
        job.images.append(_render_gray(page, dpi))
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
