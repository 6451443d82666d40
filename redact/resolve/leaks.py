"""Copies of masked data that only verification read: masked too, as the same subject.

A page has several readings (MuPDF, poppler, OCR of the rendered page). Detection
runs on the input's readings, but OCR of a masked page can read a line that
detection read differently ("Cornpany" before, "Company" after), and poppler
can place a number that MuPDF split. When verification finds such a copy of a
masked string outside every mask, the one-command run masks that copy too (same
category, subject and legal ground as the mask it copies) and renders again;
what verification finds under a mask that is already there is a failed
removal, and stays a failure.
"""

from __future__ import annotations

from collections.abc import Sequence

from redact.resolve.propagate import _name_parts
from redact.types import Finding, Leak, Rect

#: Detector name recorded on findings made from verification's readings.
DETECTOR = "verification"


def _centre_inside(box: Rect, areas: Sequence[Rect], slack: float = 1.0) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(a[0] - slack <= cx <= a[2] + slack and a[1] - slack <= cy <= a[3] + slack for a in areas)


def _source(leak: Leak, findings: Sequence[Finding]) -> Finding | None:
    """The masked finding the leak is a copy of: the same string, a part of its name, or the same number."""
    key = leak.key.casefold()
    digits = "".join(c for c in key if c.isdigit())
    best: Finding | None = None
    for f in findings:
        if f.status == "rejected" or not f.text:
            continue
        text = " ".join(f.text.casefold().split())
        if text == key or (digits and len(digits) >= 6 and digits[-10:] in "".join(c for c in text if c.isdigit())):
            return f
        if best is None and f.category == "PERSON" and key in {p.casefold() for p in _name_parts(f.text)}:
            best = f
    return best


def findings_for_leaks(leaks: Sequence[Leak], findings: Sequence[Finding]) -> list[Finding] | None:
    """New findings that mask each leak; None when a leak lies under a mask already (removal failed there).

    ``findings`` are the ones rendered (their boxes are the masks).
    """
    masked: dict[int, list[Rect]] = {}
    for f in findings:
        if f.status != "rejected":
            masked.setdefault(f.page, []).extend(f.rects)
    out: list[Finding] = []
    seen: set[tuple[int, tuple[Rect, ...]]] = set()
    taken = {f.id for f in findings}
    n = 0
    for leak in leaks:
        boxes = tuple(b for b in leak.rects if b[2] > b[0] and b[3] > b[1])
        if not boxes:
            return None
        if all(_centre_inside(b, masked.get(leak.page, ())) for b in boxes):
            return None
        if (leak.page, boxes) in seen:
            continue
        seen.add((leak.page, boxes))
        source = _source(leak, findings)
        n += 1
        while f"v{n}" in taken:
            n += 1
        out.append(
            Finding(
                id=f"v{n}",
                page=leak.page,
                start=None,
                end=None,
                text=leak.text,
                category=source.category if source else leak.category,
                score=1.0,
                detector=DETECTOR,
                rects=boxes,
                status="auto-accepted",
                subject=source.subject if source else None,
                reason="samma uppgift som en maskering, läst vid verifieringen",
                legal_ground=source.legal_ground if source else None,
            )
        )
    return out
