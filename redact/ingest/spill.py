"""Pages parked on disk between the two detection passes, so memory does not grow with page count."""

from __future__ import annotations

import marshal
import tempfile
from types import TracebackType

from redact.types import Page, make_word


class PageSpill:
    """Write extracted pages to an anonymous temporary file and read single pages back.

    Pass 2 (propagation) needs the geometry of most pages again; re-extracting
    them costs as much as the first extraction, keeping them costs memory per
    page. The file is unlinked at creation and gone when closed.
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="redact-pages-")
        self._index: dict[int, tuple[int, int]] = {}

    def put(self, page: Page) -> None:
        """Store one page (replacing an earlier copy of the same number)."""
        blob = marshal.dumps(
            (
                page.number,
                page.text,
                tuple((w.text, w.start, w.end, w.rect, w.line, w.conf) for w in page.words),
                page.width,
                page.height,
                page.char_rects,
                page.source,
                page.rotation,
            )
        )
        self._file.seek(0, 2)
        self._index[page.number] = (self._file.tell(), len(blob))
        self._file.write(blob)

    def get(self, number: int) -> Page | None:
        """The stored page, or None if it was never stored."""
        where = self._index.get(number)
        if where is None:
            return None
        self._file.seek(where[0])
        n, text, words, width, height, rects, source, rotation = marshal.loads(self._file.read(where[1]))
        return Page(
            number=n,
            text=text,
            words=tuple(make_word(*w) for w in words),
            width=width,
            height=height,
            char_rects=rects,
            source=source,
            rotation=rotation,
        )

    def close(self) -> None:
        """Delete the temporary file."""
        self._file.close()

    def __enter__(self) -> PageSpill:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
