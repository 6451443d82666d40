"""Open a PDF safely and turn each page into text with exact character boxes."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pymupdf

from redact.errors import EncryptedError, InputError
from redact.ingest.guard import DEFAULT_LIMITS, Limits, check_document, check_page_count, quiet_mupdf
from redact.types import Document, Page, Rect, Word

log = logging.getLogger(__name__)

# Keep whitespace as the PDF has it (offsets must be stable) and do not clip
# to the media box: text placed outside the page is still personal data that
# the renderer has to remove.
# The glyphs, not /ActualText: the output shows the glyphs (render.marked_content drops ActualText).
_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_IGNORE_ACTUALTEXT

# A gap wider than this share of the font size between two glyphs is a word
# break even when the PDF has no space character there.
_GAP_FACTOR = 0.25


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
        raise InputError(f"{path.name}: filen finns inte")
    if path.is_dir():
        raise InputError(f"{path.name}: är en mapp, inte en fil")
    if not path.is_file():
        raise InputError(f"{path.name}: är inte en vanlig fil")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path.name}: kan inte läsas ({exc.strerror})") from None
    if size == 0:
        raise InputError(f"{path.name}: filen är tom")


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
        raise InputError(f"{path.name}: är ingen PDF-fil (saknar PDF-huvud)")
    try:
        with quiet_mupdf():
            doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:  # MuPDF raises several types for damaged files
        raise InputError(f"{path.name}: PDF-filen är skadad och kan inte öppnas ({_short(exc)})") from None
    try:
        if doc.needs_pass:
            raise EncryptedError(
                f"{path.name}: är lösenordsskyddad; spara en olåst kopia och försök igen"
            )
        if check_page_count(doc, path.name, limits) == 0:
            raise InputError(f"{path.name}: PDF-filen har inga sidor (den kan vara trasig eller avkortad)")
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
        raise InputError(f"sida {page.number + 1} kan inte läsas ({_short(exc)})") from None
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
            has_chars = False
            last_space = True
            prev_rect: Rect = (0.0, 0.0, 0.0, 0.0)
            prev_size = 0.0
            word_start = -1
            wx0 = wy0 = wx1 = wy1 = 0.0
            for span in line.get("spans", ()):
                size = float(span.get("size", 10.0)) or 10.0
                for ch in span.get("chars", ()):
                    c = ch["c"]
                    bbox = ch["bbox"]
                    if type(bbox) is not tuple:
                        bbox = tuple(bbox)
                    space = c.isspace()
                    if not space and not last_space and has_chars:
                        if bbox[0] - prev_rect[2] > gap * max(size, prev_size):
                            # a word break without a space character: close the word here
                            add_text(" ")
                            add_rect(None)
                            if word_start >= 0:
                                add_word(Word(join(text_parts[word_start:pos]), word_start, pos, (wx0, wy0, wx1, wy1), line_no))
                                word_start = -1
                            pos += 1
                    if space:
                        add_text(" ")
                        add_rect(None)
                        if word_start >= 0:
                            add_word(Word(join(text_parts[word_start:pos]), word_start, pos, (wx0, wy0, wx1, wy1), line_no))
                            word_start = -1
                    else:
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
                    prev_rect = bbox
                    prev_size = size
                    last_space = space
                    has_chars = True
            if not has_chars:
                continue
            if word_start >= 0:
                add_word(Word(join(text_parts[word_start:pos]), word_start, pos, (wx0, wy0, wx1, wy1), line_no))
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
            raise InputError(f"{path.name}: sida {number} finns inte (dokumentet har {doc.page_count} sidor)")
        return extract_page(doc[number - 1])
