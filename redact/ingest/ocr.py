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
_PLAUSIBLE_SET = "A-Za-z0-9ÅÄÖåäöÉéÜüÆæØøÈèÁáÀàÍíÓóÚúÑñÇçßÔôÊêËëÏïÎî"
_PLAUSIBLE = re.compile(f"[{_PLAUSIBLE_SET}]")
# Printable ASCII and the plausible letters: never counted as bad.
_COMMON = re.compile(f"[\\x21-\\x7e{_PLAUSIBLE_SET}]+")
_COMMON_LETTER = re.compile(f"[{_PLAUSIBLE_SET.replace('0-9', '')}]")
# Not a letter or digit (str.isalnum) and not ordinary punctuation.
_SYMBOL = re.compile(r"""[^\w.,:;\-–()/%§'"!?@+&]|_""")
# Vowels of either case, as c.lower() in "aeiouyåäöé" over the letters.
_VOWEL = re.compile("[aeiouyåäöéAEIOUYÅÄÖÉ]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


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


@dataclass(frozen=True)
class OcrPlan:
    """What to OCR on a page: nothing, the whole page, or some image regions of a text page."""

    mode: Literal["none", "page", "regions"]
    regions: tuple[Rect, ...] = ()  # unrotated page coordinates, for mode "regions"
    reason: str = ""
    text_layer: bool = True  # False when the page has no usable text layer (the output then gets an OCR layer)
    vector_regions: tuple[Rect, ...] = ()  # those of ``regions`` that hold text drawn as vector outlines


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
    chars = "".join(text.split())
    if len(chars) < MIN_TEXT_CHARS:
        return False
    # Every page of a request passes here: the common characters (ASCII and the plausible
    # letters, none of them bad) are counted by regex, only the rest one by one.
    odd = _COMMON.sub("", chars)
    bad = 0
    odd_letters = 0
    for c in odd:
        cp = ord(c)
        alpha = c.isalpha()
        odd_letters += alpha
        if c == "\ufffd" or 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000 or unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs"):
            bad += 1
        elif alpha and not _PLAUSIBLE.match(c):
            bad += 1
    if bad / len(chars) > GARBAGE_SHARE:
        return True
    # Fonts with a broken encoding often map glyphs to shifted ASCII: few vowels, many odd symbols.
    letters = len(_COMMON_LETTER.findall(chars)) + odd_letters
    symbols = len(_SYMBOL.findall(chars))
    if letters >= 40:
        vowels = len(_VOWEL.findall(chars))
        if vowels / letters < 0.15:
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


# The inline image operator "BI" as a token of a content stream.
_INLINE_IMAGE = re.compile(rb"(?:^|[\s\]>)}])BI[\s/]")


def _may_have_images(page: pymupdf.Page) -> bool:
    """Cheap pre-check: an image or form XObject in the resources, or an inline image in the content.

    Finding the images' boxes means interpreting the whole page; most text pages have none.
    """
    try:
        if page.get_images() or page.get_xobjects():
            return True
        return bool(_INLINE_IMAGE.search(page.read_contents()))
    except Exception:  # pragma: no cover - damaged resources: look properly
        return True


def _image_boxes(page: pymupdf.Page) -> list[Rect]:
    if not _may_have_images(page):
        return []
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
    n_visible = len("".join(visible.split()))
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
    outlines = outline_regions(page)
    if regions or outlines:
        why = [f"{len(regions)} bilder"] if regions else []
        why += [f"{len(outlines)} textrader ritade som vektorkurvor"] if outlines else []
        return OcrPlan("regions", regions=regions + outlines, reason=" och ".join(why) + " på en textsida",
                       vector_regions=outlines)
    return OcrPlan("none", reason="textlager")


# --- issue 4 (hostile PDFs): a font without a Unicode mapping extracts as shifted letters and
# control codes ("9HUD\x03+ROPTYLVW"); letters alone look plausible, control codes never occur in real text.
def _control_share(text: str) -> float:
    chars = "".join(text.split())
    return len(_CONTROL.findall(chars)) / len(chars) if chars else 0.0
# --- end issue 4 ---


def needs_ocr(page: pymupdf.Page) -> bool:
    """True when the page, or an image on it, carries text the text layer does not."""
    return ocr_plan(page).mode != "none"


# ---------------------------------------------------------------- text drawn as vector outlines
# Some producers ("convert text to outlines", print drivers, Ghostscript's -dNoOutputFonts) draw
# glyphs as filled paths. On a page that also has a text layer nothing else would OCR them, so a
# name drawn that way would survive in the output's pixels and no text check could see it.

#: Height (points) of a filled path that may be one glyph; smaller is punctuation, larger is art.
GLYPH_MIN_HEIGHT = 2.5
GLYPH_MAX_HEIGHT = 40.0
#: A run must have at least this many glyph-like paths (or sub-paths of one path) to be OCR'd.
MIN_GLYPHS = 3
#: Points added around a run so Tesseract sees a white border round the line.
OUTLINE_REGION_MARGIN = 6.0
#: Points added beyond the glyph paths a masked OCR word covers, so the mask covers each path whole.
GLYPH_SNAP_PAD = 0.5

# Paint operators that fill (f, f*, F, B, B*, b, b*) and path construction operators, as tokens
# of a content stream; a stray match inside a string only costs one cheaper-than-OCR look at the page.
_FILL_OP = re.compile(rb"[\s\]>)](?:f\*?|F|B\*?|b\*?)(?=[\s\[<(/%]|$)")
_FILL_FIRST = re.compile(rb"(?:f\*?|F|B\*?|b\*?)(?=[\s\[<(/%]|$)")
_PATH_OP = re.compile(rb"(?<=[\s\d.])(?:[mlcvy]|re)(?=\s)")
#: Content (bytes) looked at before the pre-check gives up and asks MuPDF for the paths.
_PRECHECK_BYTES = 4_000_000


@dataclass(frozen=True)
class GlyphPath:
    """A filled path that may be a glyph, or a run of glyphs drawn as one path."""

    rect: Rect
    parts: int  # sub-paths when the path is a run of glyphs, else 1
    box: bool  # only axis-aligned rectangles: a rule, a cell or a bar unless beside real glyphs
    pieces: tuple[Rect, ...] = ()  # the sub-paths' boxes, when the path is a run of glyphs


def glyph_boxes(paths: list[GlyphPath]) -> list[Rect]:
    """One box per glyph shape: a single-glyph path's box, or each sub-path of a run filled as one path."""
    out: list[Rect] = []
    for g in paths:
        if not g.box:
            out.extend(g.pieces or (g.rect,))
    return out


def may_have_outlines(page: pymupdf.Page) -> bool:
    """Cheap pre-check on the raw content streams (page and form XObjects): are there filled paths at all."""
    try:
        streams = [page.read_contents()]
        forms = page.get_xobjects()
    except Exception:  # pragma: no cover - damaged content or resources: look at the paths instead
        return True
    seen = 0
    for item in forms:
        if seen > _PRECHECK_BYTES:
            return True
        try:
            data = page.parent.xref_stream(item[0]) or b""
        except Exception:  # pragma: no cover - damaged stream
            return True
        seen += len(data)
        streams.append(data)
    if seen + len(streams[0]) > _PRECHECK_BYTES:
        return True
    if not any(_FILL_OP.search(data) or _FILL_FIRST.match(data) for data in streams):
        return False  # the common case, a text-only page: one regex search over its content
    paths = 0
    for data in streams:
        for _ in _PATH_OP.finditer(data):
            paths += 1
            if paths >= 2 * MIN_GLYPHS:
                return True
    return False


def _is_box(items: list) -> bool:
    """True when a path is only axis-aligned rectangles (re/qu items, or four straight axis-aligned lines)."""
    if all(it[0] in ("re", "qu") for it in items):
        return all(it[0] == "re" or it[1].is_rectangular for it in items)
    if len(items) <= 5 and all(it[0] == "l" for it in items):
        return all(abs(it[1][0] - it[2][0]) < 0.01 or abs(it[1][1] - it[2][1]) < 0.01 for it in items)
    return False


def _subpaths(items: list) -> list[Rect]:
    """Boxes of the sub-paths of a path: a new one starts wherever an item does not begin where the last one ended."""
    boxes: list[list[float]] = []
    end = None
    for it in items:
        kind = it[0]
        if kind in ("re", "qu"):
            r = pymupdf.Rect(it[1]) if kind == "re" else it[1].rect
            boxes.append([r.x0, r.y0, r.x1, r.y1])
            end = None
            continue
        start = it[1]
        if end is None or abs(start[0] - end[0]) > 0.01 or abs(start[1] - end[1]) > 0.01:
            boxes.append([start[0], start[1], start[0], start[1]])
        box = boxes[-1]
        for pt in it[1:]:
            box[0], box[1] = min(box[0], pt[0]), min(box[1], pt[1])
            box[2], box[3] = max(box[2], pt[0]), max(box[3], pt[1])
        end = it[-1]
    return [(b[0], b[1], b[2], b[3]) for b in boxes]


def glyph_paths(page: pymupdf.Page, drawings: list | None = None) -> list[GlyphPath]:
    """The filled paths of a page that are glyph-sized, in unrotated page coordinates."""
    out: list[GlyphPath] = []
    for d in page.get_cdrawings() if drawings is None else drawings:
        if "f" not in d.get("type", "") or d.get("fill_opacity", 1) == 0:
            continue
        x0, y0, x1, y1 = d["rect"]
        w, h = x1 - x0, y1 - y0
        if not (GLYPH_MIN_HEIGHT <= h <= GLYPH_MAX_HEIGHT) or w < 0.2:
            continue
        items = d.get("items") or []
        if not items:
            continue
        box = _is_box(items)
        if w <= 2.0 * h:
            out.append(GlyphPath((x0, y0, x1, y1), 1, box))
        elif not box:
            pieces = _subpaths(items)
            if len(pieces) >= MIN_GLYPHS:  # several glyphs filled as one path
                out.append(GlyphPath((x0, y0, x1, y1), len(pieces), False, tuple(pieces)))
    return out


def _runs(glyphs: list[GlyphPath]) -> list[list[GlyphPath]]:
    """Glyph-like paths grouped into runs: one line, neighbours no further apart than a line height."""
    lines: list[list[GlyphPath]] = []
    for g in sorted(glyphs, key=lambda g: (g.rect[1] + g.rect[3]) / 2):
        cy, h = (g.rect[1] + g.rect[3]) / 2, g.rect[3] - g.rect[1]
        if lines:
            last = lines[-1]
            ly0 = min(p.rect[1] for p in last[-3:])
            ly1 = max(p.rect[3] for p in last[-3:])
            lh = ly1 - ly0
            # same line: centre within the line's band and a comparable size (descenders, x-height)
            if ly0 - 0.2 * lh <= cy <= ly1 + 0.2 * lh and h <= 3 * lh and lh <= 3 * h:
                last.append(g)
                continue
        lines.append([g])
    runs: list[list[GlyphPath]] = []
    for line in lines:
        line.sort(key=lambda g: g.rect[0])
        height = max(g.rect[3] - g.rect[1] for g in line)
        run = [line[0]]
        reach = line[0].rect[2]
        for g in line[1:]:
            if g.rect[0] - reach <= 1.2 * height:
                run.append(g)
            else:
                runs.append(run)
                run = [g]
            reach = max(reach, g.rect[2])
        runs.append(run)
    return runs


def _looks_like_text(run: list[GlyphPath]) -> bool:
    """Enough glyphs, most of them real outlines rather than rules, bars or cells."""
    n = sum(g.parts for g in run)
    shaped = sum(g.parts for g in run if not g.box)
    return n >= MIN_GLYPHS and shaped >= max(2, n / 2)


def outline_regions(page: pymupdf.Page) -> tuple[Rect, ...]:
    """Boxes (unrotated page points, with a margin) of glyph runs drawn as vector outlines."""
    if not may_have_outlines(page):
        return ()
    glyphs = glyph_paths(page)
    if len(glyphs) < 1:
        return ()
    boxes: list[list[float]] = []
    for run in _runs(glyphs):
        if not _looks_like_text(run):
            continue
        x0 = min(g.rect[0] for g in run)
        y0 = min(g.rect[1] for g in run)
        x1 = max(g.rect[2] for g in run)
        y1 = max(g.rect[3] for g in run)
        m = max(OUTLINE_REGION_MARGIN, 0.5 * (y1 - y0))
        boxes.append([x0 - m, y0 - m, x1 + m, y1 + m])
    # Neighbouring lines become one region: one Tesseract run per paragraph, not per line.
    merged = True
    while merged and len(boxes) > 1:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                    boxes[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return tuple((b[0], b[1], b[2], b[3]) for b in boxes)


def glyph_char_rects(text: str, rect: Rect, glyphs: list[Rect], vertical: bool, pad: float = GLYPH_SNAP_PAD) -> list[Rect] | None:
    """One box per character of an OCR word read from vector glyphs, each covering its glyph path whole.

    An even split of the word box would cut glyphs in two, and a mask over part
    of a word would then leave the cut glyph in the file. When the word holds
    exactly one glyph path per character, each character gets its path's box;
    otherwise each evenly split box grows over the paths centred in it.
    """
    if vertical or not text:
        return None
    inside = sorted(
        (g for g in glyphs if rect[0] <= (g[0] + g[2]) / 2 <= rect[2] and rect[1] <= (g[1] + g[3]) / 2 <= rect[3]),
        key=lambda g: g[0],
    )
    if not inside:
        return None
    x0, y0, x1, y1 = rect
    if len(inside) == len(text):
        return [(g[0] - pad, y0, g[2] + pad, y1) for g in inside]
    step = (x1 - x0) / len(text)
    return [snap_to_glyphs((x0 + k * step, y0, x0 + (k + 1) * step, y1), inside, pad) for k in range(len(text))]


def snap_to_glyphs(rect: Rect, glyphs: list[Rect], pad: float = GLYPH_SNAP_PAD) -> Rect:
    """``rect`` grown to cover whole every glyph path whose centre lies in it (a path half under a mask is not removed)."""
    x0, y0, x1, y1 = rect
    grown = False
    for g in glyphs:
        cx, cy = (g[0] + g[2]) / 2, (g[1] + g[3]) / 2
        if rect[0] <= cx <= rect[2] and rect[1] <= cy <= rect[3]:
            x0, y0, x1, y1 = min(x0, g[0] - pad), min(y0, g[1] - pad), max(x1, g[2] + pad), max(y1, g[3] + pad)
            grown = True
    return (x0, y0, x1, y1) if grown else rect


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


#: A dark run at least this long (inches) along a row is a horizontal rule, not ink of a letter.
RULE_MIN_WIDTH_IN = 0.35
#: A dark run at least this long (inches) down a column is a vertical rule (a 40 pt letter's stem).
RULE_MIN_HEIGHT_IN = 0.4
#: A rule is at most this thick (inches, about 2 pt); thicker dark bands are shading or images.
RULE_MAX_THICKNESS_IN = 0.03
_THICKEN_BY = 2
#: Grey level under which a pixel counts as ink when looking for rules: thin rules are
#: anti-aliased to light grey, which Tesseract's own thresholding still turns black.
RULE_INK_LEVEL = 200


def remove_rules(gray: np.ndarray, dpi: int) -> np.ndarray:
    """The image with long horizontal and vertical lines (table rules, frames) turned white.

    Tesseract reads the rules of a table as "|", "I", "[" or "T" glued to the words in the
    cells ("TEVA" for "EvA"), which hides initials and names from detection. Only the image
    Tesseract reads is changed; pixels are blanked in the page's own image. A scan skewed by
    a degree or two breaks a rule into row segments, so runs are found on ink thickened by
    two pixels across the line.
    """
    ink = gray < RULE_INK_LEVEL
    if not ink.any():
        return gray
    # A shaded cell or a photo is also long dark runs, row after row, with text inside it;
    # a rule is thin: runs stacked thicker than a rule (plus the thickening) are left alone.
    thick = round(RULE_MAX_THICKNESS_IN * dpi) + 2 * _THICKEN_BY + 1
    across = _long_runs(_thicken(ink, axis=0), max(8, round(RULE_MIN_WIDTH_IN * dpi)))
    if across.any():
        across &= ~_long_runs(across.T, thick).T
    down = _long_runs(_thicken(ink, axis=1).T, max(8, round(RULE_MIN_HEIGHT_IN * dpi))).T
    if down.any():
        down &= ~_long_runs(down, thick)
    rules = (across | down) & ink
    if not rules.any():
        return gray
    out = gray.copy()
    out[rules] = 255
    return out


def _thicken(ink: np.ndarray, axis: int, by: int = _THICKEN_BY) -> np.ndarray:
    """Ink grown by ``by`` pixels on both sides along ``axis``."""
    out = ink.copy()
    for k in range(1, by + 1):
        if axis == 0:
            out[k:] |= ink[:-k]
            out[:-k] |= ink[k:]
        else:
            out[:, k:] |= ink[:, :-k]
            out[:, :-k] |= ink[:, k:]
    return out


def _long_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """The pixels of ``ink`` that lie in a run of at least ``length`` along a row."""
    h, w = ink.shape
    out = np.zeros((h, w + 2), dtype=bool)
    if w < length:
        return out[:, 1:-1]
    # Rows padded with a blank pixel on each side, laid end to end: a run never spans two rows.
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = ink
    step = np.diff(padded.ravel())
    starts = np.flatnonzero(step == 1) + 1  # first ink pixel of each run
    ends = np.flatnonzero(step == -1) + 1  # first blank pixel after it
    keep = np.flatnonzero(ends - starts >= length)
    flat = out.ravel()
    for i in keep:  # rules are few: tens of runs on a page
        flat[starts[i] : ends[i]] = True
    return out[:, 1:-1]


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
    return _ocr_at(gray, settings, dpi, page_label)


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


def _ocr_at(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str) -> OcrResult:
    sideways = settings.orientation and _looks_sideways(gray)
    clean = remove_rules(gray, dpi) if settings.remove_rules else gray
    result = _ocr_upright(clean, settings, dpi, page_label, sideways)
    if clean is not gray and (result.quality < 0.6 or len(result.words) < 3):
        # On a very noisy scan the rules can be what lets Tesseract find the text blocks:
        # a poor reading without them is compared with a reading of the page as it is.
        plain = _ocr_upright(gray, settings, dpi, page_label, sideways)
        if plain.quality * len(plain.words) > result.quality * len(result.words):
            result = plain
    return result


def _ocr_upright(gray: np.ndarray, settings: OcrSettings, dpi: int, page_label: str, sideways: bool) -> OcrResult:
    h, w = gray.shape
    first: OcrResult | None = None
    if not sideways:
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
            for k, c in enumerate(text):
                if chars is not None:  # the boxes of the vector glyphs the word was read from
                    self.rects.append(chars[k])
                # Even split of the word box: Tesseract gives no character boxes in TSV.
                elif vertical:
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
    lines: dict[tuple[int, int, int], list[tuple[str, Rect, float, list[Rect] | None]]] = {}
    order: list[tuple[int, int, int]] = []
    vertical = res.rotation in (90, 270)
    # derotation of the page itself may also turn the text sideways in point space
    m_vertical = abs(m.b) > abs(m.a)
    n = 0
    for w in res.words:
        rect = _to_points(_unrotate_box(w, res), m, margin)
        if skip and any(_overlap_share(rect, s) > 0.3 for s in skip):
            continue
        text = repair_word(w.text)
        chars = None
        if glyphs:
            rect = snap_to_glyphs(rect, glyphs)
            chars = glyph_char_rects(text, rect, glyphs, vertical != m_vertical)
        if w.line not in lines:
            lines[w.line] = []
            order.append(w.line)
        lines[w.line].append((text, rect, w.conf, chars))
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
    glyphs: list[Rect] = field(default_factory=list)  # vector glyph paths in the images, for mode "regions"

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
            _add_result(b, res, m, settings.margin, skip, self.glyphs)
        return Page(self.number, "".join(b.text), tuple(b.words), self.width, self.height, tuple(b.rects), "ocr", self.rotation)


def prepare_ocr(page: pymupdf.Page, settings: OcrSettings, plan: OcrPlan | None = None) -> OcrJob:
    """Render what has to be OCR'd on a page (whole page, or its image regions)."""
    plan = plan or ocr_plan(page)
    dpi = settings.dpi
    r = page.rect
    job = OcrJob(page.number + 1, r.width, r.height, page.rotation, [], dpi)
    if plan.mode == "regions":
        job.base = extract_page(page)
        if plan.vector_regions:
            job.glyphs = glyph_boxes(glyph_paths(page))
        for region in plan.regions:
            clip = pymupdf.Rect(region) * page.rotation_matrix
            clip.normalize()
            clip = clip & page.rect
            if clip.is_empty:
                continue
            job.images.append(_render_gray(page, dpi, clip))
    else:
        if may_have_outlines(page):
            job.glyphs = glyph_boxes(glyph_paths(page))
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
