"""Which pages need OCR, and of what: the whole page, or regions of a text page (images, outlines, unreadable fonts).

Planning runs on every page of every request, so the common case, a text page
without images, fonts without a Unicode mapping or filled paths, must stay a
matter of a text extraction and a few cheap looks at the resources.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pymupdf

from redact.ingest.ocr_outlines import outline_regions
from redact.types import Rect

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
class OcrPlan:
    """What to OCR on a page: nothing, the whole page, or some image regions of a text page."""

    mode: Literal["none", "page", "regions"]
    regions: tuple[Rect, ...] = ()  # unrotated page coordinates, for mode "regions"
    reason: str = ""
    text_layer: bool = True  # False when the page has no usable text layer (the output then gets an OCR layer)
    vector_regions: tuple[Rect, ...] = ()  # those of ``regions`` that hold text drawn as vector outlines



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
