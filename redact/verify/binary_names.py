"""Masked names standing as bytes in a file's binary streams: font programs, lossless image samples and colour tables.

No page reading shows them, but `strings`, a hex viewer or a font tool does: a name in a
TrueType `name` table, in a CFF string, in a Type 1 font's cleartext, in the decoded samples
of a Flate, LZW, run-length or uncompressed image (or its soft mask), in an indexed colour
space's table. They are read for whole masked names of two words or more (a one-word form
can be any run of bytes), written in Latin-1, UTF-8 or UTF-16BE, words joined by spaces, hyphens,
underscores or nothing, in any case.

All names go into one expression, a trie of their bytes, so a stream is read in one pass
whatever the number of names; the stream is first lowered in case by a byte table. UTF-16BE is
read as one byte in two (each half of the stream read apart, the high bytes left out): an
expression with a zero byte before every letter is tried at every zero of an image's samples,
ten times slower on a black picture.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import pymupdf

if TYPE_CHECKING:
    from redact.verify.rule import Form

log = logging.getLogger(__name__)

#: Latin-1 capitals to small letters (ASCII A-Z, À-Þ but ×): applied to the stream and to the names alike.
_UPPER = bytes(range(0x41, 0x5B)) + bytes(b for b in range(0xC0, 0xDF) if b != 0xD7)
LOWER = bytes.maketrans(_UPPER, bytes(b + 0x20 for b in _UPPER))
#: Between two words of a name: any run of spaces, hyphens and underscores, or nothing.
_SEPARATOR = rb"[\s_\-]*"


def _byte(c: str) -> bytes | None:
    """A character as one byte: Latin-1, else the low byte of its UTF-16 code unit (what one byte in two reads)."""
    if ord(c) <= 0xFF:
        return bytes([ord(c)])
    if ord(c) <= 0xFFFF:
        return bytes([ord(c) & 0xFF])
    return None


def _tokens(key: str) -> list[bytes] | None:
    """The name ``key`` as a list of expression pieces, one a character or a separator; None when it cannot be written so."""
    out: list[bytes] = []
    for w, word in enumerate(w for w in re.split(r"[\s_\-\u2010\u2011]+", key) if w):
        if w:
            out.append(_SEPARATOR)
        for c in word:
            cases = {v for v in (c, c.lower(), c.upper()) if len(v) == 1}
            variants = {b.translate(LOWER) for v in cases for b in (_byte(v),) if b}
            variants |= {v.encode("utf-8").translate(LOWER) for v in cases if ord(v) > 0x7F}
            if not variants:
                return None
            alts = sorted(re.escape(v) for v in variants)
            out.append(alts[0] if len(alts) == 1 else b"(?:" + b"|".join(alts) + b")")
    return out


def byte_pattern(keys: Iterable[str]) -> re.Pattern[bytes] | None:
    """One expression that finds any of ``keys`` (names of two words or more) in bytes lowered by ``LOWER``; None for none."""
    trie: dict = {}
    for key in keys:
        tokens = _tokens(key)
        if not tokens:
            continue
        node = trie
        for t in tokens:
            if node.get(b"") is True:
                break  # a shorter name already ends here: any longer one is found with it
            node = node.setdefault(t, {})
        else:
            node.clear()
            node[b""] = True
    if not trie:
        return None
    return re.compile(_expression(trie), re.S)


def _expression(node: dict) -> bytes:
    if node.get(b"") is True:
        return b""
    alts = [t + _expression(child) for t, child in sorted(node.items())]
    return alts[0] if len(alts) == 1 else b"(?:" + b"|".join(alts) + b")"


def holds_name(pattern: re.Pattern[bytes] | None, data: bytes) -> bool:
    """Whether ``data`` holds one of the names of ``pattern`` (see ``byte_pattern``), as Latin-1, UTF-8 or UTF-16BE."""
    if pattern is None or not data:
        return False
    lowered = data.translate(LOWER)
    return any(pattern.search(part) is not None for part in (lowered, lowered[1::2], lowered[0::2]))


#: Letters a name needs before it is looked for in binary data. Any case, any separator or none, three readings
#: of each byte: a short name stands by chance in a scan's noise ("Bo Ek" in one large picture in ten), one of
#: eight letters in none (about one chance in a million a picture for five hundred names). Shorter names are
#: still read in a font program's own strings (``objects.object_strings`` lists them with the names).
MIN_LETTERS = 8


class BinaryCheck:
    """Reads the binary streams ``objects.object_strings`` hands it for whole masked names; keeps what it finds."""

    def __init__(self, forms: Sequence[Form]):
        self.forms = [f for f in forms if len(f.key.split()) >= 2 and sum(c.isalnum() for c in f.key) >= MIN_LETTERS]
        self.found: list[tuple[str, int, tuple[str, ...]]] = []  # (kind, xref, categories)

    @cached_property
    def pattern(self) -> re.Pattern[bytes] | None:
        """The expression of all the names, built when the first binary stream comes (a file of standard
        fonts and no lossless image has none: a thousand names cost 50 ms to write into one expression)."""
        return byte_pattern(f.key for f in self.forms)

    def __call__(self, kind: str, xref: int, data: bytes) -> None:
        if holds_name(self.pattern, data):  # rare: then which names, one by one
            categories = {c for f in self.forms if holds_name(byte_pattern([f.key]), data) for c in f.categories}
            self.found.append((kind, xref, tuple(sorted(categories))))

    def failures(self, doc: pymupdf.Document) -> set[tuple[int, str]]:
        """(page, category) of every name found: the first page that draws the stream (0 when none is found)."""
        out: set[tuple[int, str]] = set()
        for kind, xref, categories in self.found:
            page = page_of(doc, xref)
            log.warning("maskerat innehåll finns kvar som bytes i ett %s (sida %d)", kind, page)
            out.update((page, c) for c in categories)
        return out


_REFERENCE = re.compile(r"(\d+)\s+\d+\s+R")
#: Objects looked through from one page before giving up on placing a stream.
MAX_REACH = 5_000


def page_of(doc: pymupdf.Document, xref: int) -> int:
    """The first page (1-based) whose resources reach object ``xref``; 0 when none does."""
    for number in range(doc.page_count):
        start = doc.page_xref(number)
        seen, todo = {start}, [start]
        while todo and len(seen) < MAX_REACH:
            current = todo.pop()
            try:
                source = doc.xref_object(current, compressed=False)
            except Exception:  # a free or damaged entry reaches nothing
                continue
            source = re.sub(r"/Parent\s+\d+\s+\d+\s+R", "", source)
            for m in _REFERENCE.finditer(source):
                ref = int(m.group(1))
                if ref == xref:
                    return number + 1
                if ref not in seen:
                    seen.add(ref)
                    todo.append(ref)
    return 0
