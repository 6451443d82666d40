"""Checks shared by the tests of the readings by place: what the rules alone find, what the detector covers."""

from __future__ import annotations

from redact.document_detection import detect_text


def found_by(rules, text: str) -> set[str]:
    """The values the given rules alone find in ``text``."""
    out = set()
    for rule in rules:
        for m in rule.regex.finditer(text):
            if (v := rule.check(text, m)) is not None:
                out.add(text[v.start:v.end])
    return out


def covered(detector, text: str, value: str) -> bool:
    """True when every letter and digit of ``value`` lies under a proposed finding."""
    spans = [(f.start, f.end) for f in detect_text(text, detector).findings if f.status != "rejected"]
    i = text.index(value)
    return all(any(s <= j < e for s, e in spans) for j in range(i, i + len(value)) if text[j].isalnum())


def touched(detector, text: str, value: str) -> bool:
    """True when any character of ``value`` lies under a proposed finding."""
    spans = [(f.start, f.end) for f in detect_text(text, detector).findings if f.status != "rejected"]
    i = text.index(value)
    return any(s < i + len(value) and e > i for s, e in spans)
