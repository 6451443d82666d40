"""Plain capitals alone in a cell of a column of initials (a table read one cell a line, a header naming no role) are
a colleague's initials; capitals in a column of codes or places stay. Fictional staff; the rule on the page's
findings (the blank pipeline reads such initials only in its second pass)."""

from __future__ import annotations

import re

from redact.detect.initials_in_row_columns import with_capitals_in_initials_columns
from redact.types import Finding

TABLE = ("Utryckningar\nInsats\nFörare\nBåt\nTill\n"
         "RS 31-0204\nB.Lu.\nK-A.N.\nAMB\n"
         "RS 31-0207\nHeÖ\nK-A.N.\nHAMN\n"
         "RS 31-0211\nB.Lu.\nTRVS\nVC NORD\n"
         "RS 31-0215\nHeÖ\nTRVS\nAMB\n")


def _found(text: str, *tokens: str) -> list[Finding]:
    return [Finding(id=f"f{n}", page=1, start=m.start(), end=m.end(), text=t, category="PERSON", score=0.9,
                    detector="test") for n, t in enumerate(tokens) for m in re.finditer(re.escape(t) + r"(?=\n)", text)]


def _added(text: str, *tokens: str) -> list[str]:
    given = _found(text, *tokens)
    return [f.text for f in with_capitals_in_initials_columns(given, text, 1)[len(given):]]


def test_capitals_among_a_columns_initials_are_a_colleagues():
    assert _added(TABLE, "B.Lu.", "HeÖ", "K-A.N.") == ["TRVS", "TRVS"]


def test_capitals_in_a_column_of_places_stay():
    # "AMB" and "HAMN" beside "VC NORD": destinations, even where a reader took one for a name
    assert "AMB" not in _added(TABLE, "B.Lu.", "HeÖ", "K-A.N.", "HAMN")


def test_capitals_in_a_column_with_one_found_initials_stay():
    assert _added(TABLE, "B.Lu.", "HeÖ") == []

