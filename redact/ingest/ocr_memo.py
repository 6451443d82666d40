"""Readings of images already OCR'd in one run, keyed by their pixels.

A letterhead's logo stands on every page, and when the output is read back most image regions
are the very pixels that were read on the way in (only the masked ones changed). Tesseract gives
the same words for the same pixels and settings, so each such image is read once per run. An image
the masks did change is read the way its source was read best (turn, resolution, rules), without
searching every turn again; and where the source's pixels are kept with its reading, only the
lines the masks changed are read again (``ocr_reuse``), from the source or from the output checked
last at that place, whichever differs in fewer pixels. The memo belongs to one run: the pipeline makes it and passes it in ``OcrSettings``; it is never global.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

if TYPE_CHECKING:
    from redact.ingest.ocr import OcrResult, OcrSettings
    from redact.ingest.ocr_reuse import Source

#: Bytes of source images (compressed) a memo keeps for partial readings; past it, images are read whole.
SOURCE_BUDGET = 256 * 1024 * 1024


class OcrMemo:
    """OCR results of one run by image pixels, resolution and settings (at most ``most`` of them)."""

    def __init__(self, most: int = 4096, source_budget: int = SOURCE_BUDGET):
        self.most = most
        self.source_budget = source_budget
        self.hits = 0
        self._done: dict[bytes, OcrResult] = {}
        self._busy: dict[bytes, threading.Event] = {}  # readings under way
        self._lock = threading.Lock()
        self._routes: dict[tuple, tuple[tuple, float]] = {}  # place on a page -> (how it was read, quality)
        self._sources: dict[tuple, Source] = {}  # place on a page -> its first image and reading
        self._latest: dict[tuple, Source] = {}  # place on a page -> the last output image read there
        self._source_bytes = 0

    def __reduce__(self) -> tuple[Any, ...]:  # sent to another process: it starts empty there
        return (OcrMemo, (self.most, self.source_budget))

    def readings(self) -> tuple:
        """The readings made so far, how each image was read and the source images kept, for a later
        step of the run in another process."""
        with self._lock:
            return dict(self._done), dict(self._routes), dict(self._sources)

    def remember(self, readings: tuple) -> None:
        """Take over readings an earlier step of the same run made (see ``readings``)."""
        done, routes = readings[0], readings[1]
        for place, source in (readings[2] if len(readings) > 2 else {}).items():
            self.keep_source(place, source)
        with self._lock:
            for key, result in done.items():
                if len(self._done) >= self.most:
                    break
                self._done.setdefault(key, result)
            for place, route in routes.items():
                if len(self._routes) >= self.most:
                    break
                self._routes.setdefault(place, route)

    def route(self, place: tuple) -> tuple[tuple, float] | None:
        """How the image at ``place`` (page, index, shape, dpi, turns) was first read, and how well."""
        with self._lock:
            return self._routes.get(place)

    def remember_route(self, place: tuple, result: OcrResult) -> None:
        """Keep how ``result`` was read at ``place``, unless a reading there is already kept (the source's)."""
        if result.route is None or not result.words:
            return
        with self._lock:
            if place not in self._routes and len(self._routes) < self.most:
                self._routes[place] = (result.route, result.quality)

    def source(self, place: tuple) -> Source | None:
        """The image first read at ``place`` and its reading, when kept."""
        with self._lock:
            return self._sources.get(place)

    def sources(self, place: tuple) -> list[Source]:
        """The images read at ``place`` that a later reading there may start from: the first, and the
        last output checked there (a second look renders the output again with a few more masks)."""
        with self._lock:
            return [s for s in (self._sources.get(place), self._latest.get(place)) if s is not None]

    def keep_latest(self, place: tuple, source: Source | None) -> None:
        """Keep ``source`` as the last output image read at ``place`` (in place of the one before)."""
        if source is None:
            return
        with self._lock:
            before = self._latest.pop(place, None)
            if before is not None:
                self._source_bytes -= before.size
            if self._source_bytes + source.size <= self.source_budget:
                self._latest[place] = source
                self._source_bytes += source.size

    def keep_source(self, place: tuple, source: Source | None) -> None:
        """Keep ``source`` as the first image read at ``place`` (a later one at the same place is not kept)."""
        if source is None:
            return
        with self._lock:
            if place in self._sources or self._source_bytes + source.size > self.source_budget:
                return
            self._sources[place] = source
            self._source_bytes += source.size

    def read(self, gray: np.ndarray, dpi: int, turns: bool, settings: OcrSettings,
             reader: Callable[[], OcrResult]) -> OcrResult:
        """The reading of ``gray``: remembered, or made by ``reader`` and remembered."""
        digest = hashlib.blake2b(digest_size=20)
        digest.update(np.ascontiguousarray(gray).data)
        digest.update(repr((gray.shape, str(gray.dtype), dpi, turns, replace(settings, memo=None))).encode())
        key = digest.digest()
        while True:
            with self._lock:
                done = self._done.get(key)
                if done is not None:
                    self.hits += 1
                    return copy.deepcopy(done)  # callers adjust results (scale, extra words) in place
                busy = self._busy.get(key)
                if busy is None:  # this thread reads it; another page with the same image waits for it
                    busy = self._busy[key] = threading.Event()
                    break
            busy.wait()
            with self._lock:
                if key not in self._done:  # the reading failed or was not kept: read it here
                    busy = self._busy[key] = threading.Event()
                    break
        try:
            result = reader()
            with self._lock:
                if len(self._done) < self.most:
                    self._done[key] = copy.deepcopy(result)
        finally:
            with self._lock:
                self._busy.pop(key, None)
            busy.set()
        return result
