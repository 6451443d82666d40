"""What names a thing (a vessel, an animal, a make) is no person: the findings of persons inside such a name go."""

from __future__ import annotations

from collections.abc import Sequence

from redact.types import Finding


def persons_outside(findings: list[Finding], spans: Sequence[tuple[int, int]]) -> list[Finding]:
    """The findings without the persons that lie wholly inside one of ``spans``."""
    if not spans:
        return findings
    return [f for f in findings if not (f.category == "PERSON" and f.start is not None and f.end is not None
                                        and any(s <= f.start and f.end <= e for s, e in spans))]
