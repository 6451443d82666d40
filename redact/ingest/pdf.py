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
_TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES

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
    pos = 0
    line_no = 0
    for block in raw.get("blocks", ()):
        if block.get("type", 0) != 0:
            continue
        for line in block.get("lines", ()):
            chars: list[tuple[str, Rect]] = []
            prev: tuple[Rect, float] | None = None
            for span in line.get("spans", ()):
                size = float(span.get("size", 10.0)) or 10.0
                for ch in span.get("chars", ()):
                    c = ch["c"]
                    bbox = tuple(ch["bbox"])
                    if prev is not None and not c.isspace() and chars and not chars[-1][0].isspace():
                        prev_rect, prev_size = prev
                        if bbox[0] - prev_rect[2] > _GAP_FACTOR * max(size, prev_size):
                            chars.append((" ", (prev_rect[2], prev_rect[1], bbox[0], prev_rect[3])))
                    chars.append((c, bbox))  # type: ignore[arg-type]
                    prev = (bbox, size)  # type: ignore[assignment]
            if not chars:
                continue
            line_start = pos
            word_start: int | None = None
            for i, (c, bbox) in enumerate(chars):
                if c.isspace():
                    text_parts.append(" ")
                    rects.append(None)
                    if word_start is not None:
                        words.append(_word(text_parts, rects, word_start, pos, line_no, line_start))
                        word_start = None
                else:
                    text_parts.append(c)
                    rects.append(bbox)
                    if word_start is None:
                        word_start = pos
                pos += 1
            if word_start is not None:
                words.append(_word(text_parts, rects, word_start, pos, line_no, line_start))
            text_parts.append("\n")
            rects.append(None)
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


def _word(parts: list[str], rects: list[Rect | None], start: int, end: int, line: int, line_start: int) -> Word:
    boxes = [b for b in rects[start:end] if b is not None]
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    return Word("".join(parts[start:end]), start, end, (x0, y0, x1, y1), line)


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
