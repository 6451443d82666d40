"""A row's serial in a table of persons ("Löpnr"): the body's own row number, or a survey's number for the person.

A register numbers its rows ("1", "2", … or by the year, "VO-26/071", "26/141"): those are the body's own and stay.
A survey, a panel or a sample gives each person it draws a serial of its own, with the survey's letters and a
long running number ("ABC-27 001234"); written again in the interviewers' notes, a reminder and a mail's
subject, it singles out the person as a name does. The cells tell the two apart: every cell a code of one shape
with a letter prefix and five digits at least, no slash (a case by the year) and none repeated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ROW_SERIAL_HEADER = re.compile(r"(?i)^löp(?:nr\.?|nummer|-nr\.?)$")
# the survey's letters, a short group (the year or the wave) and a long running number; no slash
_PERSON_SERIAL = re.compile(r"^[A-ZÅÄÖ]{2,5}[- ]?(?:\d{1,4}[- ])?\d{5,}$")


def row_serial_header(head: str) -> bool:
    """True for the header of a column of row serials ("Löpnr", "Löpnummer")."""
    return _ROW_SERIAL_HEADER.match(" ".join(head.split()).rstrip(":")) is not None


def person_serials(values: Sequence[str]) -> bool:
    """True when a row-serial column holds serials given to the persons: codes of one shape with letters and a long
    running number, two at least, none repeated (see the module's docstring)."""
    from redact.detect.code_columns import is_code_column

    vs = [" ".join(v.split()) for v in values if v.strip()]
    return len(vs) >= 2 and all(_PERSON_SERIAL.match(v) for v in vs) and is_code_column(vs)
