"""A page read as its producer meant it: text in simple fonts without an encoding, read as WinAnsi.

A producer that writes Latin-1 bytes into a standard font and gives no /Encoding
leaves every reader to guess. The font's own encoding (Standard) has no å, ä or ö:
MuPDF reads U+FFFD ("M\ufffdrta"), poppler drops the letter ("Mrta"), and bytes the
Standard encoding does define come out as accents ("Å" as "¯", "Ä" as "˜", "é" as
"Ø"). The name is still there for a parser that decodes the bytes as Latin-1 (MuPDF's
own fallback for unknown codes does), so detection has to read that text too: the
page is read once more from a private copy of the document in which those fonts
declare WinAnsiEncoding, and the lines that then read differently are one more view
of the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pymupdf

from redact.ingest.poppler import Line, PopplerWord

#: Characters the Standard encoding gives for the bytes of Latin-1 letters, and MuPDF's mark for
#: a byte it cannot read: a page showing one may be holding Latin-1 text in a font without an encoding.
STANDARD_ENCODING_SIGNS = frozenset("\ufffd˜¯˘˙¨˚¸˝˛ˇ´ˆıłŁØøŒœÆæªºƒ‹›⁄¤")

#: Simple fonts whose codes an /Encoding entry decides; the symbol fonts have their own.
_SIMPLE = frozenset({"Type1", "MMType1", "TrueType"})
_SYMBOLIC = ("Symbol", "ZapfDingbats", "Dingbats", "Wingdings", "Webdings")

_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_IGNORE_ACTUALTEXT


def may_hold_latin1(text: str) -> bool:
    """Whether a page's text shows a sign of Latin-1 bytes read through the Standard encoding."""
    return not STANDARD_ENCODING_SIGNS.isdisjoint(text)


def fonts_without_encoding(page: pymupdf.Page) -> list[int]:
    """The xrefs of the page's simple, non-symbolic, not embedded fonts that declare no /Encoding.

    An embedded font without /Encoding brings its own (the font program's), which every reader follows.
    """
    out = []
    for xref, ext, kind, basefont, _name, encoding, *_ in page.get_fonts(full=True):
        if (xref and ext == "n/a" and kind in _SIMPLE and not encoding
                and not any(s in basefont for s in _SYMBOLIC)):
            out.append(xref)
    return out


def declare_winansi(doc: pymupdf.Document) -> set[int]:
    """Declare WinAnsiEncoding on every encoding-less simple font of ``doc`` (in memory); the 0-based pages using one."""
    pages: set[int] = set()
    done: set[int] = set()
    for page in doc:
        xrefs = fonts_without_encoding(page)
        if xrefs:
            pages.add(page.number)
        _declare(doc, xrefs, done)
    return pages


def _declare(doc: pymupdf.Document, xrefs: list[int], done: set[int]) -> None:
    """Declare WinAnsiEncoding on the fonts ``xrefs`` of ``doc`` not yet in ``done`` (which it fills)."""
    for xref in xrefs:
        if xref not in done:
            doc.xref_set_key(xref, "Encoding", "/WinAnsiEncoding")
            done.add(xref)


class IntendedReader:
    """Reads pages of one document with its encoding-less fonts declared WinAnsi, on a private copy.

    The copy is opened on the first page that needs it and never saved: the input is not touched.
    """

    def __init__(self, path: Path):
        self._path = path
        self._doc: pymupdf.Document | None = None
        self._patched: set[int] = set()

    def lines(self, page: pymupdf.Page, text: str) -> list[Line]:
        """The lines of ``page`` that read differently as WinAnsi, as poppler-style lines (displayed coordinates).

        ``text`` is the page's ordinary reading; nothing is read again unless it shows a sign.
        """
        if not may_hold_latin1(text):
            return []
        xrefs = fonts_without_encoding(page)
        if not xrefs:
            return []
        if self._doc is None:
            self._doc = pymupdf.open(self._path)
        _declare(self._doc, xrefs, self._patched)
        mine = self._doc[page.number]
        seen = set(text.split())
        matrix = mine.rotation_matrix
        grouped: dict[tuple[int, int], list[PopplerWord]] = {}
        for x0, y0, x1, y1, word, block, line, _n in mine.get_text("words", flags=_FLAGS):
            box = pymupdf.Rect(x0, y0, x1, y1) * matrix  # poppler-style lines are in the displayed page
            grouped.setdefault((block, line), []).append(PopplerWord(word, (box.x0, box.y0, box.x1, box.y1)))
        return [tuple(words) for words in grouped.values() if _differs(words, seen)]

    def close(self) -> None:
        """Close the private copy, if one was opened."""
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def _differs(words: Sequence[PopplerWord], seen: set[str]) -> bool:
    return any(w.text not in seen for w in words)
