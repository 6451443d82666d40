"""Search: every match of a term or regular expression across a case's documents, shown first, masked as ticked.

A regular expression runs in the ``regex`` engine with a time limit and
without holding the interpreter lock, so a pattern with catastrophic
backtracking (``^(\\w+\\s?)+$`` on a long page) ends with a clear message
after about a second instead of freezing every other request; at most two
searches run at once.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex as regex_engine

from redact.ingest.pdf import extract_page, open_pdf
from redact.resolve.geometry import span_rects
from redact.review.model import MAX_PATTERN_LENGTH, MAX_SEARCH_HITS, ChangeResult, ReviewError, check_ground, subject_key
from redact.types import CATEGORIES, MANUAL_CATEGORY, Rect

#: Seconds a whole search may take across the case's pages (the engine may overrun it by about a second).
SEARCH_SECONDS = 1.0
_SEARCHES = threading.BoundedSemaphore(2)


class SearchTimeoutError(ReviewError):
    """The pattern took too long: almost always nested repetition that backtracks."""

    def __init__(self) -> None:
        super().__init__(
            "sökningen tog för lång tid och avbröts; mönstret har troligen upprepningar i upprepningar "
            "(som (\\w+\\s?)+) – gör det enklare eller sök på orden i stället"
        )


@dataclass(frozen=True)
class SearchHit:
    """One match on a page, and whether a decision already masks it."""

    document_id: int
    page: int
    start: int
    end: int
    rects: tuple[Rect, ...]
    text: str
    masked: bool = False
    before: str = ""
    after: str = ""

    @property
    def key(self) -> tuple[int, int, int, int]:
        """What identifies a hit when the reviewer ticks it."""
        return (self.document_id, self.page, self.start, self.end)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values (the text included: the reviewer must see what a tick masks)."""
        return {"document": self.document_id, "page": self.page, "start": self.start, "end": self.end,
                "text": self.text, "rects": [list(r) for r in self.rects], "masked": self.masked,
                "before": self.before, "after": self.after}


def _search_regex(term: str, regex: bool) -> Any:
    term = term or ""
    if not term.strip():
        raise ReviewError("skriv ett sökord")
    if len(term) > MAX_PATTERN_LENGTH:
        raise ReviewError(f"sökordet är för långt (högst {MAX_PATTERN_LENGTH} tecken)")
    if regex:
        try:
            pattern = regex_engine.compile(term, regex_engine.IGNORECASE | regex_engine.MULTILINE)
        except regex_engine.error as err:
            raise ReviewError(f"mönstret går inte att använda ({err.msg} vid tecken {err.pos})") from None
        if pattern.match("", timeout=0.1):
            raise ReviewError("mönstret träffar tom text; gör det mer specifikt")
        return pattern
    # Words of the term may be split over lines or spaced differently on the page (a plain term is linear).
    return re.compile(r"\s+".join(re.escape(w) for w in term.split()), re.IGNORECASE)


def _matches(pattern: Any, text: str, deadline: float) -> Iterable[Any]:
    if isinstance(pattern, re.Pattern):
        return pattern.finditer(text)
    left = deadline - time.monotonic()
    if left <= 0:
        raise SearchTimeoutError()
    try:
        return list(pattern.finditer(text, timeout=left, concurrent=True))
    except TimeoutError:
        raise SearchTimeoutError() from None


#: Characters of page text shown on each side of a hit, so a reviewer can tell "och" in a name from "och" in prose.
CONTEXT_CHARS = 40


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a hit on its page, whitespace collapsed, partial words at the cut dropped."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    if start > CONTEXT_CHARS:
        before = before.split(None, 1)[1] if len(before.split(None, 1)) == 2 else ""
    after = text[end:end + CONTEXT_CHARS]
    if end + CONTEXT_CHARS < len(text):
        after = after.rsplit(None, 1)[0] if len(after.rsplit(None, 1)) == 2 else ""
    # One space kept where the page has one, so "Anna Svensson" is not shown as "AnnaSvensson".
    lead = " " if before.strip() and before[-1:].isspace() else ""
    trail = " " if after.strip() and after[:1].isspace() else ""
    return " ".join(before.split()) + lead, trail + " ".join(after.split())


class SearchMixin:
    """Search hits and masks from the ticked ones (part of ``ReviewStore``)."""

    def search_hits(self, case_id: int, term: str, regex: bool = False) -> list[SearchHit]:
        """Every match of a term (or regular expression) in every document of the case; nothing is changed."""
        pattern = _search_regex(term, regex)
        if not _SEARCHES.acquire(timeout=5):
            raise ReviewError("andra sökningar pågår; försök igen om en stund")
        try:
            hits = self._find(case_id, pattern)
        finally:
            _SEARCHES.release()
        with self._read() as con:
            masked = {
                (r["document_id"], r["page"], r["start"], r["end"])
                for r in con.execute(
                    "SELECT document_id, page, start, \"end\" FROM findings WHERE case_id = ? AND removed = 0 "
                    "AND status IN ('manual', 'accepted') AND start IS NOT NULL", (case_id,)
                ).fetchall()
            }
        return [SearchHit(*h[:6], masked=h[:4] in masked, before=h[6], after=h[7]) for h in hits]

    def _find(self, case_id: int, pattern: Any) -> list[tuple[int, int, int, int, tuple[Rect, ...], str, str, str]]:
        deadline = time.monotonic() + SEARCH_SECONDS
        hits: list[tuple[int, int, int, int, tuple[Rect, ...], str, str, str]] = []
        for doc in self.documents(case_id):
            with open_pdf(doc.path) as pdf:
                for p in pdf:
                    page = extract_page(p)
                    for m in _matches(pattern, page.text, deadline):
                        if m.end() <= m.start():
                            continue
                        rects = span_rects(page, m.start(), m.end())
                        if rects:
                            before, after = _context(page.text, m.start(), m.end())
                            hits.append((doc.id, page.number, m.start(), m.end(), rects, " ".join(m.group(0).split()),
                                         before, after))
                        if len(hits) > MAX_SEARCH_HITS:
                            raise ReviewError(f"sökningen ger över {MAX_SEARCH_HITS} träffar; gör den mer specifik")
        return hits

    def add_search_masks(self, case_id: int, term: str, reviewer: str, regex: bool = False,
                         category: str = MANUAL_CATEGORY, legal_ground: str | None = None,
                         only: Sequence[Sequence[int]] | None = None) -> ChangeResult:
        """Mask the hits of a term the reviewer ticked (``only``: (document, page, start, end) each), or every hit.

        The hits are searched again: a ticked hit that no longer matches is ignored, never masked blindly.
        """
        if category not in CATEGORIES and category != MANUAL_CATEGORY:
            raise ReviewError(f"okänd kategori {category!r}")
        self.check_open(case_id)
        hits = self.search_hits(case_id, term, regex)
        if only is not None:
            try:
                ticked = {tuple(int(v) for v in k) for k in only}
            except (TypeError, ValueError):
                raise ReviewError("ange de markerade träffarna som handling, sida, början och slut") from None
            hits = [h for h in hits if h.key in ticked]
        ground = check_ground(legal_ground or self.profile(case_id).ground_for(category))
        label = " ".join(term.split())
        with self._action(case_id, reviewer, "search") as ctx:
            subject = self._subject_id(ctx.con, case_id, subject_key("SEARCH", label), label, category)
            for h in hits:
                same = ctx.con.execute(
                    'SELECT * FROM findings WHERE case_id = ? AND document_id = ? AND page = ? AND start = ? AND "end" = ? AND removed = 0',
                    (case_id, h.document_id, h.page, h.start, h.end),
                ).fetchall()
                if any(r["status"] in ("manual", "accepted") for r in same):
                    continue  # already masked by a decision
                if same:
                    # The detector proposed exactly this text: the search is the reviewer's decision on it.
                    self._change(ctx, same[0], "accepted", status="accepted", reviewed=1, decided_by=ctx.reviewer, decided_at=ctx.at)
                    continue
                self._insert(ctx, h.document_id, h.page, h.rects, h.text, category, ground, "search", "search",
                             h.start, h.end, subject)
        return self._result(ctx)
