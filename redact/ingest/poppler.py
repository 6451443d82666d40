"""Poppler's reading of a PDF (``pdftotext -bbox-layout``) and where it differs from MuPDF's.

Detection runs on MuPDF's text. A reader who opens the disclosed file with
another program may see the same glyphs joined or ordered differently (text
drawn backwards, one glyph per text object, overlapping copies): a name MuPDF
splits can be whole for poppler. This module reads every page with poppler
in one process per document, compares the two readings line by line and
turns the lines where they disagree into a small :class:`Page` of their own,
in the input page's geometry, so detection can run on them too.
"""

from __future__ import annotations

import html
import logging
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redact.detect.first_chars import compiled
from redact.types import Page, Rect, Word

if TYPE_CHECKING:
    import pymupdf

log = logging.getLogger(__name__)

#: Seconds pdftotext may take per page before the poppler reading is given up.
SECONDS_PER_PAGE = 0.5
#: Pages one pdftotext process reads; a long document is read one window at a time.
WINDOW_PAGES = 200

_WORD_TEXT = re.compile(r">([^<]*)</word>")
_WORD = re.compile(
    r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>', re.S
)


@dataclass(frozen=True)
class PopplerWord:
    """One word as poppler reads it, with its box in poppler's (displayed page) coordinates."""

    text: str
    rect: Rect


Line = tuple[PopplerWord, ...]


class PopplerPages:
    """Poppler's reading of a document, page by page; a page's word boxes are parsed only when asked for.

    Most pages read the same in MuPDF and poppler, and telling that needs only
    the words' text, which a few string splits give: parsing every box of a
    long document would cost more than the rest of the comparison. One
    pdftotext process reads a window of ``window`` pages, and one window is
    held at a time, so memory does not grow with the page count; pages are
    best asked for in order.
    """

    def __init__(self, exe: str, path: object, pages: int, window: int = WINDOW_PAGES):
        self._exe, self._path, self._pages, self._window = exe, str(path), pages, max(window, 1)
        self._start = -1
        self._chunks: list[str] = []
        self.failed = False  # a window pdftotext could not read: its pages read as empty

    def __len__(self) -> int:
        return self._pages

    def _chunk(self, index: int) -> str:
        start = index // self._window * self._window
        if start != self._start:
            last = min(start + self._window, self._pages)
            xhtml = _run(self._exe, self._path, start + 1, last)
            if xhtml is None:
                self.failed = True
                xhtml = ""
            chunks = xhtml.split("<page ")[1:]
            self._chunks = (chunks + [""] * (last - start))[: last - start]
            self._start = start
        return self._chunks[index - start]

    def line_texts(self, index: int) -> list[str]:
        """The text of each line of page ``index`` (0-based), words joined by one space."""
        out = []
        for chunk in self._chunk(index).split("<line ")[1:]:
            words = _WORD_TEXT.findall(chunk)
            if words:
                line = " ".join(words)
                out.append(html.unescape(line) if "&" in line else line)
        return out

    def lines(self, index: int) -> list[Line]:
        """The lines of page ``index`` (0-based) with every word's box."""
        out: list[Line] = []
        for chunk in self._chunk(index).split("<line ")[1:]:
            words = tuple(
                PopplerWord(html.unescape(t) if "&" in t else t, (float(x0), float(y0), float(x1), float(y1)))
                for x0, y0, x1, y1, t in _WORD.findall(chunk)
            )
            if words:
                out.append(words)
        return out


def run_pdftotext(exe: str, args: list[str], timeout: float) -> str | None:
    """pdftotext's output (UTF-8) for ``args``, or None when it cannot run, times out or fails."""
    what = " ".join(a for a in args if a.startswith("-") and a not in ("-q", "-enc", "-f", "-l", "-"))
    try:
        done = subprocess.run([exe, "-q", "-enc", "UTF-8", *args], capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        log.warning("pdftotext %s kunde inte köras: %s", what, err)
        return None
    if done.returncode != 0:
        log.warning("pdftotext %s avslutades med kod %d", what, done.returncode)
        return None
    return done.stdout.decode("utf-8", "replace")


def _run(exe: str, path: str, first: int, last: int) -> str | None:
    """pdftotext -bbox-layout of pages ``first``..``last`` (1-based), or None when it fails."""
    return run_pdftotext(exe, ["-bbox-layout", "-f", str(first), "-l", str(last), path, "-"],
                         10 + SECONDS_PER_PAGE * (last - first + 1))


def read_bbox_layout(path: object, pages: int, window: int = WINDOW_PAGES) -> PopplerPages | None:
    """Poppler's reading of every page; None when pdftotext is missing or cannot read the first pages."""
    exe = shutil.which("pdftotext")
    if exe is None or pages < 1:
        return None
    reading = PopplerPages(exe, path, pages, window)
    reading.line_texts(0)  # reads the first window now: a file pdftotext refuses is known at once
    return None if reading.failed else reading


def squash(text: str) -> str:
    """Compatibility-normalised, case-folded text without whitespace or soft hyphens."""
    return "".join(_fold(text).split())


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("\u00ad", "").casefold()


_PUNCT = ".,;:!?()[]{}\"'’«»-–—/"


def disagreeing_lines(page: Page, lines: Sequence[str]) -> list[int]:
    """The indexes of poppler's lines (their texts) that MuPDF's text of the same page does not also read.

    A line agrees when its characters (whitespace ignored) occur in a row in
    MuPDF's text and each of its words is a word there too: the second test
    catches a name one reader splits ("Holm qvist") and the other joins.
    In scripts written without spaces between words (Chinese, Japanese, Thai) each
    character counts as a word: the readers cut such text where their layouts
    differ (a column of vertical writing is one line to poppler, a glyph a line to
    MuPDF), and OCR of those lines read Latin noise the tagger took for names.
    Lines MuPDF reads and poppler does not need nothing: detection saw them.
    Both texts are normalised once per page, not once per word: this runs on every page.
    """
    if not lines:
        return []
    folded = _fold(page.text).split()
    mine = "".join(folded)
    tokens = {t.strip(_PUNCT) for t in _UNSPACED.sub(r" \1 ", " ".join(folded)).split()}
    theirs = _UNSPACED.sub(r" \1 ", _fold("\n".join(lines))).split("\n")
    out = []
    for i, line in enumerate(theirs):
        words = line.split()
        joined = "".join(words)
        if joined in mine and (len(joined) <= MAX_FRAGMENT or tokens.issuperset([t.strip(_PUNCT) for t in words])):
            continue
        out.append(i)
    return out


#: A character of a script written without spaces between words: kana, CJK ideographs, Thai, Lao, Myanmar, Khmer.
_UNSPACED = compiled("([\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                     "\uf900-\ufaff\uff66-\uff9f])")

#: A line of this many characters that MuPDF also reads in a row is a fragment of a word poppler cut
#: (vertical lettering comes out a letter or two a line): nothing there for OCR to settle.
MAX_FRAGMENT = 2


def on_crop_box(page: "pymupdf.Page", lines: Sequence[Line]) -> list[Line]:
    """Poppler's ``lines`` of ``page`` with their boxes moved onto MuPDF's displayed page.

    Poppler measures on the media box (the page as shown, rotation applied, its corner the media box's);
    MuPDF on the crop box. Where the two differ (a proof's slug above the trimmed page), every box
    moves by the crop box's place in the media box: unmoved, a word poppler alone reads would be
    masked a slug's height away from it, and verification would look for it there too.
    """
    import pymupdf

    media, crop = page.mediabox, page.cropbox
    dx, dy = crop.x0 - media.x0, crop.y0  # PyMuPDF gives the crop box's top from the media box's top
    if not (dx or dy or crop.width != media.width or crop.height != media.height):
        return list(lines)
    turn = page.rotation_matrix  # MuPDF's unrotated page to its displayed page
    out: list[Line] = []
    for line in lines:
        words = []
        for w in line:
            x0, y0, x1, y1 = to_page_space(w.rect, page.rotation, media.width, media.height)
            box = pymupdf.Rect(x0 - dx, y0 - dy, x1 - dx, y1 - dy) * turn
            words.append(PopplerWord(w.text, (box.x0, box.y0, box.x1, box.y1)))
        out.append(tuple(words))
    return out


def to_page_space(rect: Rect, rotation: int, width: float, height: float) -> Rect:
    """A box in poppler's displayed-page coordinates in MuPDF's unrotated page coordinates.

    ``width``/``height`` are the unrotated page's. Poppler measures on the page
    as shown (rotation applied, y down); MuPDF's character boxes are on the
    page before rotation.
    """
    x0, y0, x1, y1 = rect
    r = rotation % 360
    if r == 90:
        return (y0, height - x1, y1, height - x0)
    if r == 180:
        return (width - x1, height - y1, width - x0, height - y0)
    if r == 270:
        return (width - y1, x0, width - y0, x1)
    return rect


def view_page(number: int, lines: Sequence[Line], rotation: int = 0, width: float = 0.0, height: float = 0.0) -> Page:
    """The given poppler lines as a Page of their own: words joined by spaces, one line per line.

    Poppler gives a box per word only; each character gets an even share of
    its word's width, so a finding inside a word maps to about its place.
    """
    parts: list[str] = []
    rects: list[Rect | None] = []
    words: list[Word] = []
    pos = 0
    for line_no, line in enumerate(lines):
        for i, w in enumerate(line):
            if i:
                parts.append(" ")
                rects.append(None)
                pos += 1
            x0, y0, x1, y1 = to_page_space(w.rect, rotation, width, height)
            text = w.text
            n = len(text)
            step = (x1 - x0) / n if n else 0.0
            if x1 - x0 >= y1 - y0:
                # Half a character of slack on each side: glyph widths are not even.
                for k in range(n):
                    rects.append((max(x0, x0 + (k - 0.5) * step), y0, min(x1, x0 + (k + 1.5) * step), y1))
            else:  # a word running up or down the page: every character gets the word's box
                rects.extend([(x0, y0, x1, y1)] * n)
            parts.append(text)
            words.append(Word(text, pos, pos + n, (x0, y0, x1, y1), line_no))
            pos += n
        parts.append("\n")
        rects.append(None)
        pos += 1
    return Page(
        number=number,
        text="".join(parts),
        words=tuple(words),
        width=width,
        height=height,
        char_rects=tuple(rects),
        source="text",
        rotation=rotation,
    )
