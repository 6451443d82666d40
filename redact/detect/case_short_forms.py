"""The authority's case number in its short form: "3114" in a later table or paragraph of a document that writes
the case in full as "2026-3114", "8144" where it writes "471-8144-26".

A list of cases gives each case's full number once and then, in the next table or as the heading of its paragraph,
only the running part; that part alone has no shape of its own, and the learned tagger reads a bare number in a
row's first cell as a person's identifier. The document says what it is: the running part of a case number it
writes in full (a year and the running number, or the registry's unit, the running number and the year's two
digits).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redact.detect.first_chars import compile_scanning
from redact.types import Finding

# a case number in full: the year and the running number ("2026-3114"), or the unit, the running number and the
# year's last digits ("471-8144-26")
_FULL_CASE = compile_scanning(r"(?<![\w-])(?:(?:19|20)\d\d-(?P<after_year>\d{3,6})|\d{2,4}-(?P<middle>\d{3,6})-\d\d)"
                                 r"(?![\w]|-\d)")
_BARE = re.compile(r"^\d{3,6}:?$")


def case_short_forms(texts: Iterable[str]) -> frozenset[str]:
    """The running parts of the case numbers the document writes in full, on any page."""
    return frozenset(m.group("after_year") or m.group("middle") for text in texts for m in _FULL_CASE.finditer(text))


def drop_case_short_forms(findings: list[Finding], forms: frozenset[str]) -> list[Finding]:
    """The findings without identifiers that are only a case's running number the document writes in full too
    (unless that full number is itself found as a person's identifier)."""
    if not forms:
        return findings
    # the full numbers found on the page as a person's: their running parts stay that person's
    held = case_short_forms(f.text for f in findings if f.category == "ID_NUMBER")
    out = []
    for f in findings:
        value = f.text.strip().rstrip(":")
        if f.category == "ID_NUMBER" and _BARE.match(f.text.strip()) and value in forms and value not in held:
            continue
        out.append(f)
    return out
