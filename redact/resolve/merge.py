"""Merge overlapping and adjacent findings into one, deterministically."""

from __future__ import annotations

from collections.abc import Iterable

from redact.types import CATEGORIES, Finding

# When two categories claim the same characters, the more specific wins.
_PRIORITY = {c: i for i, c in enumerate(
    ("PERSONNUMMER", "IBAN", "ORG_NUMBER", "BANK_ACCOUNT", "ID_NUMBER", "EMAIL", "IP_ADDRESS", "PHONE",
     "DATE_OF_BIRTH", "PROPERTY", "ADDRESS", "POSTAL_CODE", "LICENSE_PLATE", "PERSON")
)}


def _rank(f: Finding) -> tuple[float, int]:
    return (-f.score, _PRIORITY.get(f.category, len(_PRIORITY) + (CATEGORIES.index(f.category) if f.category in CATEGORIES else 99)))


def _joinable(a: Finding, b: Finding, text: str | None) -> bool:
    """Overlap always joins; touching (only spaces or a hyphen between) joins the same category."""
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    if b.start < a.end:
        return True
    if a.category != b.category:
        return False
    if b.start == a.end:
        return True
    if text is None:
        return False
    gap = text[a.end : b.start]
    return len(gap) <= 2 and all(c in " \t-" for c in gap)


def merge(findings: Iterable[Finding], page_texts: dict[int, str] | None = None) -> list[Finding]:
    """One finding per overlapping/adjacent group, sorted by page and position.

    Findings without a character span (drawn by hand) pass through unchanged.
    """
    items = list(findings)
    spans = sorted((f for f in items if f.start is not None), key=lambda f: (f.page, f.start, f.end, _rank(f), f.detector))
    others = [f for f in items if f.start is None]
    out: list[Finding] = []
    group: list[Finding] = []

    def flush() -> None:
        if group:
            out.append(_combine(group, page_texts))
            group.clear()

    for f in spans:
        if group and group[0].page == f.page and _joinable(_envelope(group), f, (page_texts or {}).get(f.page)):
            group.append(f)
        else:
            flush()
            group.append(f)
    flush()
    return out + others


def _envelope(group: list[Finding]) -> Finding:
    best = min(group, key=_rank)
    start = min(g.start for g in group)  # type: ignore[type-var]
    end = max(g.end for g in group)  # type: ignore[type-var]
    return best.with_(start=start, end=end)


def _combine(group: list[Finding], page_texts: dict[int, str] | None) -> Finding:
    if len(group) == 1:
        return group[0]
    env = _envelope(group)
    text = (page_texts or {}).get(env.page)
    detectors = sorted({d for g in group for d in g.detector.split("+")})
    reasons = [g.reason for g in group if g.reason]
    rects: list = []
    for g in group:
        for r in g.rects:
            if r not in rects:
                rects.append(r)
    return env.with_(
        text=text[env.start : env.end] if text is not None else env.text,
        detector="+".join(detectors),
        reason=" | ".join(dict.fromkeys(reasons)),
        rects=tuple(rects),
    )
