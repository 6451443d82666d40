"""A person's number after the person's role in a mail's subject line ("Ämne: Tentakod 0446, student 2207446",
"Subject: pupil 44182207", "Betreff: Patient 5520417"): the writer names the matter by who they are in the body's
register and their number there, which the register gave that one person.

Elsewhere a role's noun before a bare number counts ("elev 1234", "barn 3"), so the label rules take a number after
it only when the number has a register's letters ("Elev E-4471"); in a subject line a long run of digits (five at
least, no year or date) is the person's own.
"""

from __future__ import annotations

import re

from redact.detect.subject_lines import on_subject_line

_DIGITS = re.compile(r"\d{5,}")
_DATE_LIKE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def subject_role_number(text: str, at: int, value: str) -> bool:
    """True for a number of five digits at least, no date, after a role's noun on a mail's subject line."""
    v = value.replace(" ", "")
    return bool(_DIGITS.fullmatch(v)) and not _DATE_LIKE.fullmatch(v) and on_subject_line(text, at)
