"""Further identifiers written in the same shape as a labelled one.

"Patientnummer: KLM-204 118" gives the document's numbering: a letter prefix, a dash and groups
of digits. Where the same prefix and digit groups stand again without a label (a column whose
header the reading lost, a list), they are numbers of the same register and are masked too.
Only shapes with a letter prefix and four digits at least are followed ("HK-7713", "E-2291": one
capital needs its dash): bare digit runs are too common (amounts, dates) to be taken for
identifiers by shape alone, and a year after the prefix ("KS-2026") is the authority's serial.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redact.resolve.spans import free_matches
from redact.types import Finding

SCORE = 0.7
_SHAPE = re.compile(
    # (a prefix of two letter groups, the register's and the unit's: "DEP-LU 4421-27")
    r"^(?:(?P<prefix>[A-ZÅÄÖ]{2,5}(?:[-–][A-ZÅÄÖ]{1,5})?)(?P<sep>[-–/ ]?)|(?P<letter>[A-ZÅÄÖ])(?P<dash>[-–]))(?P<digits>\d+(?:[ \u00a0-]\d+)*)$"
)
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d(?:\D|$)")


def _pattern(text: str) -> str | None:
    """A regex for identifiers of the same shape as ``text``, or None when it has no letter prefix."""
    m = _SHAPE.match(" ".join(text.split()))
    if m is None or sum(c.isdigit() for c in m.group("digits")) < 4 or _YEAR_FIRST.match(m.group("digits")):
        return None
    groups = re.split(r"([ \u00a0-])", m.group("digits"))
    body = "".join(rf"\d{{{len(g)}}}" if g.isdigit() else (r"[ \u00a0]" if g != "-" else "-") for g in groups)
    prefix, sep = (m.group("prefix"), m.group("sep")) if m.group("prefix") else (m.group("letter"), m.group("dash"))
    return re.escape(prefix) + re.escape(sep) + body


def find_same_shape_ids(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every unfound identifier written like a found one (same prefix, same digit groups)."""
    return copies_of_ids(findings, page_texts, _pattern, "idshape", "id_shape",
                         "samma form som identifieraren på sida {page}")


def copies_of_ids(findings: Sequence[Finding], page_texts: dict[int, str], pattern_of: Callable[[str], str | None],
                  tag: str, detector: str, reason: str) -> list[Finding]:
    """A finding for every unfound match of the patterns ``pattern_of`` gives the found identifiers (``reason`` names
    the first one's page as ``{page}``)."""
    shapes: dict[str, Finding] = {}
    for f in findings:
        if f.category == "ID_NUMBER" and f.status != "rejected" and f.start is not None:
            p = pattern_of(f.text)
            if p is not None:
                shapes.setdefault(p, f)
    if not shapes:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(sorted(shapes, key=len, reverse=True)) + r")(?![\w-]|[ \u00a0]\d)")
    new: list[Finding] = []
    for page, m in free_matches(pattern, page_texts, findings):
        origin = next(f for p, f in shapes.items() if re.fullmatch(p, m.group(1)))
        new.append(Finding(
            id=f"p{page}-{tag}{len(new)}", page=page, start=m.start(1), end=m.end(1), text=m.group(1),
            category="ID_NUMBER", score=SCORE, detector=detector, reason=reason.format(page=origin.page),
        ))
    return new
