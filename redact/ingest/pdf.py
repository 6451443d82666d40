"""Open a PDF safely and turn each page into text with exact character boxes."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pymupdf

from redact.detect.first_chars import compile_scanning, compiled
from redact.errors import EncryptedError, InputError
from redact.ingest.guard import DEFAULT_LIMITS, Limits, check_document, check_page_count, quiet_mupdf
from redact.ingest.vertical import fix_vertical_boxes, has_vertical
from redact.types import Document, Page, Rect, Word, make_word

log = logging.getLogger(__name__)

# Keep whitespace as the PDF has it (offsets must be stable) and do not clip
# to the media box: text placed outside the page is still personal data that
# the renderer has to remove.
# The glyphs, not /ActualText: the output shows the glyphs (render.marked_content drops ActualText).
_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_IGNORE_ACTUALTEXT

# A gap wider than this share of the font size between two glyphs is a word
# break even when the PDF has no space character there.
_GAP_FACTOR = 0.25


# A word broken over two lines: a soft hyphen (with or without the line break), or a hyphen
# at the end of a line before a lower-case letter ("Lind-" / "qvist"). A hyphen before a
# capital ("Anna-" / "Karin") is part of the name and stays.
# (searched by its first characters, a soft hyphen or a hyphen: not its lookbehind at every position of a page)
_BREAK = compile_scanning(r"(?<=[^\W\d_])(?:\u00ad[ \t]*\n?[ \t]*|-[ \t]*\n[ \t]*(?=[^\W\d_]))(?=[^\W\d_])")


# Four or more single letters in a row, one space apart: a word set letter-spaced (or drawn
# one glyph at a time), which a reader reads as a word and a detector would not.
_SPACED = re.compile(r"(?<!\S)[^\W\d_](?: [^\W\d_]){3,}(?!\S)")
# The first space of such a run: a match of it stands one character after each of ``_SPACED`` (the same run, its
# first letter checked behind), found by a search for spaces rather than by a lookbehind at every letter of a page.
_SPACED_SPACE = compiled(r" [^\W\d_](?<=(?<!\S)[^\W\d_] [^\W\d_])(?: [^\W\d_]){2,}(?!\S)")
# Latin ligature glyphs (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), which MuPDF keeps as one character: a detector
# does not know "Soﬁa".
_LIGATURES = {c: unicodedata.normalize("NFKC", c) for c in map(chr, range(0xFB00, 0xFB07))}
_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")
#: In a letter-spaced run, a gap wider than the narrowest by this share of the letter height is a word break.
_SPACED_BREAK = 0.25


def reading_text(text: str, char_rects: Sequence[Rect | None] = ()) -> tuple[str, tuple[int, ...]] | None:
    """The text as a reader reads it, and each character's offset in ``text``; None when that is ``text``.

    Ligatures are spelt out, words broken by hyphenation at a line end are joined again, and, where
    ``char_rects`` give the letters' boxes, letter-spaced words are closed up
    (the widest gaps of a run stay word breaks). The common case costs a scan
    or two with a regular expression.
    """
    cuts: list[tuple[int, int]] = []
    for m in _BREAK.finditer(text):
        if m.group(0)[0] == "-" and not text[m.end()].islower():
            continue
        cuts.append((m.start(), m.end()))
    if char_rects and _SPACED_SPACE.search(text) is not None:  # (most pages have no such run)
        for m in _SPACED.finditer(text):
            cuts.extend(_spaced_cuts(m.start(), m.end(), char_rects))
    cuts.extend((m.start(), m.end()) for m in _LIGATURE.finditer(text))
    if not cuts:
        return None
    cuts.sort()
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for a, b in cuts:
        if a < pos:
            continue
        pieces.append(text[pos:a])
        origin.extend(range(pos, a))
        if b == a + 1 and text[a] in _LIGATURES:  # spelt out; every letter maps to the ligature glyph
            pieces.append(_LIGATURES[text[a]])
            origin.extend([a] * len(_LIGATURES[text[a]]))
        pos = b
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return "".join(pieces), tuple(origin)


def has_letter_spacing(text: str) -> bool:
    """True when ``text`` holds a run of single letters one space apart ("H o l m q v i s t")."""
    return _SPACED_SPACE.search(text) is not None


def _spaced_cuts(start: int, end: int, char_rects: Sequence[Rect | None]) -> list[tuple[int, int]]:
    """The spaces inside a letter-spaced run that are not word breaks."""
    boxes = [char_rects[i] for i in range(start, end, 2)]
    if any(b is None for b in boxes):
        return []
    gaps = [b[0] - a[2] for a, b in zip(boxes, boxes[1:])]  # type: ignore[index]
    heights = sorted(b[3] - b[1] for b in boxes)  # type: ignore[index]
    limit = min(gaps) + _SPACED_BREAK * heights[len(heights) // 2]
    return [(start + 2 * k + 1, start + 2 * k + 2) for k, g in enumerate(gaps) if g <= limit]


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_input_file(path: Path) -> None:
    """Refuse paths that are not a readable, non-empty regular file."""
    if not path.exists():
        raise InputError("{name}: filen finns inte", name=path.name)
    if path.is_dir():
        raise InputError("{name}: är en mapp, inte en fil", name=path.name)
    if not path.is_file():
        raise InputError("{name}: är inte en vanlig fil", name=path.name)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError("{name}: kan inte läsas ({strerror})", name=path.name, strerror=exc.strerror) from None
    if size == 0:
        raise InputError("{name}: filen är tom", name=path.name)


@contextmanager
def open_pdf(path: Path, limits: Limits = DEFAULT_LIMITS, check: bool = False) -> Iterator[pymupdf.Document]:
    """Open a PDF read-only, turning every way it can be unusable into an InputError.

    The page count is always held to ``limits``; with ``check`` the whole
    structure is (nesting, decompression bombs, image sizes): see ``ingest.guard``.
    """
    check_input_file(path)
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise InputError("{name}: är ingen PDF-fil (saknar PDF-huvud)", name=path.name)
    try:
        with quiet_mupdf():
            doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:  # MuPDF raises several types for damaged files
        raise InputError("{name}: PDF-filen är skadad och kan inte öppnas ({value})", name=path.name, value=_short(exc)) from None
    try:
        if doc.needs_pass:
            raise EncryptedError(
                "{name}: är lösenordsskyddad; spara en olåst kopia och försök igen", name=path.name
            )
        if check_page_count(doc, path.name, limits) == 0:
            raise InputError("{name}: PDF-filen har inga sidor (den kan vara trasig eller avkortad)", name=path.name)
        if check:
            with quiet_mupdf():
                check_document(doc, path.name, limits)
        yield doc
    finally:
        doc.close()


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def describe_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Identity of a PDF: name, hash and page count; refuses structures beyond ``limits``."""
    with open_pdf(path, limits, check=True) as doc:
        pages = doc.page_count
    return Document(name=path.name, sha256=sha256_file(path), pages=pages, path=path, kind="pdf")


def extract_page(page: pymupdf.Page) -> Page:
    """Text of one page with one box per character; lines end in newlines."""
    try:
        raw = page.get_text("rawdict", flags=_TEXT_FLAGS)
    except Exception as exc:
        raise InputError("sida {value} kan inte läsas ({value2})", value=page.number + 1, value2=_short(exc)) from None
    if has_vertical(raw):  # MuPDF's boxes of vertical writing lie one glyph off: masks must go where glyphs are drawn
        fix_vertical_boxes(page, raw)
    text_parts: list[str] = []
    rects: list[Rect | None] = []
    words: list[Word] = []
    # One pass per line, with the list methods bound to locals: this loop runs once per
    # character of the document. It keeps the rules of the original two-pass version:
    # a space where the gap between two glyphs is wide, whitespace as " " without a box,
    # and a word's box as the min/max (in order, like min() and max()) of its glyph boxes.
    add_text = text_parts.append
    add_rect = rects.append
    add_word = words.append
    join = "".join
    gap = _GAP_FACTOR
    pos = 0
    line_no = 0
    for block in raw.get("blocks", ()):
        if block.get("type", 0) != 0:
            continue
        for line in block.get("lines", ()):
            line_start = pos
            last_space = True  # (also at a line's start: its first glyph is no break)
            prev_x1 = 0.0  # the right edge of the glyph before, read after a glyph only
            prev_size = 0.0
            word_start = -1
            wx0 = wy0 = wx1 = wy1 = 0.0
            for span in line.get("spans", ()):
                size = float(span.get("size", 10.0)) or 10.0
                chars = span.get("chars", ())
                if not chars:
                    continue
                # a break is wider than this share of the larger of the two glyphs' sizes: the span's own size after
                # its first character (worked out once a span, not once a glyph)
                first_limit = gap * max(size, prev_size)
                limit = gap * size
                first = True
                for ch in chars:
                    c = ch["c"]
                    if c.isspace():
                        bbox = None  # (whitespace has no box of its own)
                    else:
                        bbox = ch["bbox"]
                        if type(bbox) is not tuple:
                            bbox = tuple(bbox)
                    # whitespace, or a word break without a space character: a space closes the word here
                    if bbox is None or (not last_space and bbox[0] - prev_x1 > (first_limit if first else limit)):
                        add_text(" ")
                        add_rect(None)
                        if word_start >= 0:
                            add_word(make_word(join(text_parts[word_start:pos]), word_start, pos, (wx0, wy0, wx1, wy1), line_no))
                            word_start = -1
                        pos += 1
                        first = False
                        if bbox is None:
                            last_space = True
                            continue
                    add_text(c)
                    add_rect(bbox)
                    if word_start < 0:
                        word_start = pos
                        wx0, wy0, wx1, wy1 = bbox[0], bbox[1], bbox[2], bbox[3]
                    else:
                        if bbox[0] < wx0:
                            wx0 = bbox[0]
                        if bbox[1] < wy0:
                            wy0 = bbox[1]
                        if bbox[2] > wx1:
                            wx1 = bbox[2]
                        if bbox[3] > wy1:
                            wy1 = bbox[3]
                    pos += 1
                    prev_x1 = bbox[2]
                    last_space = False
                    first = False
                prev_size = size
            if pos == line_start:
                continue
            if word_start >= 0:
                add_word(make_word(join(text_parts[word_start:pos]), word_start, pos, (wx0, wy0, wx1, wy1), line_no))
            add_text("\n")
            add_rect(None)
            pos += 1
            line_no += 1
    r = page.rect
    return Page(
        number=page.number + 1,
        text="".join(text_parts),
        words=tuple(words),
        width=r.width,
        height=r.height,
        char_rects=tuple(rects),
        source="text",
        rotation=page.rotation,
    )


def iter_pages(path: Path) -> Iterator[Page]:
    """Yield the pages of a PDF one at a time, so memory does not grow with page count."""
    with open_pdf(path) as doc:
        for page in doc:
            yield extract_page(page)


def read_page(path: Path, number: int) -> Page:
    """Extract a single page (1-based) of a PDF."""
    with open_pdf(path) as doc:
        if not 1 <= number <= doc.page_count:
            raise InputError("{name}: sida {number} finns inte (dokumentet har {page_count} sidor)", name=path.name, number=number, page_count=doc.page_count)
        return extract_page(doc[number - 1])
