"""A column of the number a body gives each participant of what it runs ("Kursnummer", "Könummer", "Startnummer",
"Anmälningsnr") in a table that also heads a column of persons' names: each row's value is that person's place on
the course, in the queue or in the race, and it leads to the person (read by ``table_headers.row_kinds``).

A course's own code is shared by all who take it: a value that stands in two rows of the column is the course's, no
one's, and stays (``without_shared_values``). A bare row's rank ("1", "2" under "Köplats") is no number of anyone's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

# what the body numbers: a course, a queue, a race's start, an application to take part
_PARTICIPANT_NUMBER = re.compile(r"^(?:kurs|kö|start|anmälnings|tävlings)[-\s]?(?:nummer|nr\.?)$")
# a rank or a row's count: fewer than three digits
_SHORT = re.compile(r"^\D*\d{0,2}\D*$")


def names_participant_number(header: str) -> bool:
    """True for a header naming the number a body gives each participant ("Kursnummer", "Könr", "Startnummer")."""
    return _PARTICIPANT_NUMBER.match(" ".join(header.lower().rstrip(":").split())) is not None


class _Spanned(Protocol):
    start: int
    end: int
    header: str


def without_shared_values(cells: Sequence[_Spanned], text: str) -> list[_Spanned]:
    """The cells but those under a participant's number whose value stands in another row too (a course's code all
    its participants share) or holds fewer than three digits (a rank in the queue)."""
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for c in cells:
        if names_participant_number(c.header):
            seen[c.header, _value(text, c)] += 1
    return [c for c in cells if not names_participant_number(c.header)
            or (seen[c.header, _value(text, c)] == 1 and not _SHORT.match(_value(text, c)))]


def _value(text: str, cell: _Spanned) -> str:
    return " ".join(text[cell.start:cell.end].split())
