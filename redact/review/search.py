"""Search: every match of a term or regular expression across a case's documents, masked as one subject."""

from __future__ import annotations

import re

from redact.ingest.pdf import extract_page, open_pdf
from redact.resolve.geometry import span_rects
from redact.review.model import MAX_PATTERN_LENGTH, MAX_SEARCH_HITS, ChangeResult, ReviewError, _check_ground, _subject_key
from redact.types import CATEGORIES, MANUAL_CATEGORY, Rect


def _search_regex(term: str, regex: bool) -> re.Pattern[str]:
    term = term or ""
    if not term.strip():
        raise ReviewError("skriv ett sökord")
    if len(term) > MAX_PATTERN_LENGTH:
        raise ReviewError(f"sökordet är för långt (högst {MAX_PATTERN_LENGTH} tecken)")
    if regex:
        try:
            pattern = re.compile(term, re.IGNORECASE | re.MULTILINE)
        except re.error as err:
            raise ReviewError(f"mönstret går inte att använda ({err.msg} vid tecken {err.pos})") from None
        if pattern.match(""):
            raise ReviewError("mönstret träffar tom text; gör det mer specifikt")
        return pattern
    # Words of the term may be split over lines or spaced differently on the page.
    return re.compile(r"\s+".join(re.escape(w) for w in term.split()), re.IGNORECASE)



class SearchMixin:
    """Masks from search hits (part of ``ReviewStore``)."""

    def add_search_masks(self, case_id: int, term: str, reviewer: str, regex: bool = False,
                         category: str = MANUAL_CATEGORY, legal_ground: str | None = None) -> ChangeResult:
        """Mask every match of a term (or regular expression) in every document of the case."""
        pattern = _search_regex(term, regex)
        if category not in CATEGORIES and category != MANUAL_CATEGORY:
            raise ReviewError(f"okänd kategori {category!r}")
        hits: list[tuple[int, int, int, int, tuple[Rect, ...], str]] = []
        for doc in self.documents(case_id):
            with open_pdf(doc.path) as pdf:
                for p in pdf:
                    page = extract_page(p)
                    for m in pattern.finditer(page.text):
                        if m.end() <= m.start():
                            continue
                        rects = span_rects(page, m.start(), m.end())
                        if rects:
                            hits.append((doc.id, page.number, m.start(), m.end(), rects, m.group(0)))
                        if len(hits) > MAX_SEARCH_HITS:
                            raise ReviewError(f"sökningen ger över {MAX_SEARCH_HITS} träffar; gör den mer specifik")
        ground = _check_ground(legal_ground or self.profile(case_id).ground_for(category))
        label = " ".join(term.split())
        with self._action(case_id, reviewer, "search") as ctx:
            subject = self._subject_id(ctx.con, case_id, _subject_key("SEARCH", label), label, category)
            for doc_id, page_no, start, end, rects, text in hits:
                same = ctx.con.execute(
                    'SELECT * FROM findings WHERE case_id = ? AND document_id = ? AND page = ? AND start = ? AND "end" = ? AND removed = 0',
                    (case_id, doc_id, page_no, start, end),
                ).fetchall()
                if any(r["status"] in ("manual", "accepted") for r in same):
                    continue  # already masked by a decision
                if same:
                    # The detector proposed exactly this text: the search is the reviewer's decision on it.
                    self._change(ctx, same[0], "accepted", status="accepted", reviewed=1, decided_by=ctx.reviewer, decided_at=ctx.at)
                    continue
                self._insert(ctx, doc_id, page_no, rects, " ".join(text.split()), category, ground, "search", "search",
                             start, end, subject)
        return self._result(ctx)

