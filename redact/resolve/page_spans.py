"""Where findings already stand on each page, so a rule that adds findings does not take a place twice."""

from __future__ import annotations

from collections.abc import Iterable

from redact.types import Finding


def spans_by_page(findings: Iterable[Finding]) -> dict[int, list[tuple[int, int]]]:
    """Page -> the [start, end) text offsets of the findings on it that have offsets."""
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.start is not None and f.end is not None:
            covered.setdefault(f.page, []).append((f.start, f.end))
    return covered
