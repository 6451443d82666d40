"""Places on the pages that no finding holds yet: where a widening rule may add one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from redact.types import Finding


def free_matches(
    pattern: re.Pattern[str], page_texts: Mapping[int, str], findings: Sequence[Finding], group: int = 1
) -> Iterator[tuple[int, re.Match[str]]]:
    """(page, match) for each match whose ``group`` overlaps no finding and no match yielded before it."""
    covered: dict[int, list[tuple[int, int]]] = {}
    for f in findings:
        if f.start is not None and f.end is not None:
            covered.setdefault(f.page, []).append((f.start, f.end))
    for page, text in sorted(page_texts.items()):
        spans = covered.setdefault(page, [])
        for m in pattern.finditer(text):
            a, b = m.start(group), m.end(group)
            if any(s < b and a < e for s, e in spans):
                continue
            spans.append((a, b))
            yield page, m
