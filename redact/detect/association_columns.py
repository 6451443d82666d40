"""A column headed by an association, a club or a society ("Falkenerförbund", "Jaktklubb", "Förening") in a table
that also heads a column of persons' names: each row's cell is that person's membership there, and a code in it is
the number the association gave the member (read by ``table_headers.row_kinds``). Beside a firm's column, or with
no names, the column lists the associations themselves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.id_labels import _FIRM_HEADER

# the association's noun, alone or as a compound's last part, in its bare or its definite form
_ASSOCIATION = re.compile(r"^(?:[a-zåäöéü]{2,20}-?)?(?:förbund|förening|klubb|sällskap)(?:et|en)?$")


def names_association(header: str) -> bool:
    """True for a header naming an association, a club or a society ("Falkenerförbund", "Klubb")."""
    return _ASSOCIATION.match(" ".join(header.lower().rstrip(":").split())) is not None


def membership_column(header: str, row: Sequence[str]) -> bool:
    """True for an association's column in a row heading no firm's column: the members' numbers there."""
    return names_association(header) and not any(_FIRM_HEADER.match(c.strip()) for c in row)
