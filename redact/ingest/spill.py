"""Pages parked on disk between the two detection passes, so memory does not grow with page count."""

from __future__ import annotations

import marshal
import tempfile
from itertools import starmap
from types import TracebackType

from redact.types import Page, PageGeometry, WordSpan

_VERSION = 2  # of marshal's format


class PageSpill:
    """Write the geometry of extracted pages to an anonymous temporary file and read single pages back.

    Pass 2 (propagation) places the spans it finds on most pages again: the boxes of their characters
    and the lines of their words (``PageGeometry``), all it reads of a page. Re-extracting a page costs
    as much as the first extraction, keeping it costs memory per page; parking the words' text and
    boxes too cost twice as much as the geometry, to write and to read. The file is unlinked at
    creation and gone when closed.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="redact-pages-")
        self._index: dict[int, tuple[int, int]] = {}

    def put(self, page: Page) -> None:
        """Store one page's geometry (replacing an earlier copy of the same number)."""
        # version 2: floats in binary, and no table of the objects written (version 3 on keeps one for every object
        # referred to elsewhere too, as the boxes of a page still being read are: three times the cost)
        blob = marshal.dumps((page.char_rects, tuple((w.start, w.end, w.line) for w in page.words)), _VERSION)
        self._file.seek(0, 2)
        self._index[page.number] = (self._file.tell(), len(blob))
        self._file.write(blob)

    def get(self, number: int) -> PageGeometry | None:
        """The stored page's geometry, or None if it was never stored."""
        where = self._index.get(number)
        if where is None:
            return None
        self._file.seek(where[0])
        rects, words = marshal.loads(self._file.read(where[1]))
        return PageGeometry(char_rects=rects, words=tuple(starmap(WordSpan, words)))

    def close(self) -> None:
        """Delete the temporary file."""
        self._file.close()

    def __enter__(self) -> PageSpill:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
