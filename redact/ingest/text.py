"""Plain UTF-8 text files as one-page documents (no geometry)."""

from __future__ import annotations

from pathlib import Path

from redact.errors import InputError
from redact.ingest.pdf import check_input_file, sha256_file
from redact.types import Document, Page, Word

# Texts larger than this are not "a document" a registrar pastes; refuse rather than stall.
MAX_TEXT_BYTES = 20 * 1024 * 1024


def read_text(path: Path) -> tuple[Document, Page]:
    """Read a UTF-8 text file as a single page with word offsets and no boxes."""
    check_input_file(path)
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise InputError("{name}: textfilen är större än {value} MB", name=path.name, value=MAX_TEXT_BYTES // (1024 * 1024))
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("{name}: är inte UTF-8-kodad text; spara om den som UTF-8", name=path.name) from None
    doc = Document(name=path.name, sha256=sha256_file(path), pages=1, path=path, kind="txt")
    return doc, text_page(text)


def text_page(text: str) -> Page:
    """A text as one page with word offsets and no boxes (line ends normalised to \\n)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    words = []
    line = 0
    start = None
    for i, c in enumerate(text + "\n"):
        if c.isspace():
            if start is not None:
                words.append(Word(text[start:i], start, i, (0.0, 0.0, 0.0, 0.0), line))
                start = None
            if c == "\n":
                line += 1
        elif start is None:
            start = i
    return Page(number=1, text=text, words=tuple(words), width=0.0, height=0.0, source="plain")
