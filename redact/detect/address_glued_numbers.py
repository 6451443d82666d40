"""A number glued to the end of an address by a slash or a colon is the address's own: "Båtklubben plats 47/29" (a
berth 29 on jetty 47), "Storgatan 12/3", "Hamnvägen 4:2". The street rule reads a name and a number and stops at the
slash, which would leave "/29" readable beside a masked "Båtklubben plats 47"; the whole token is the place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# a slash or a colon and one to four digits (a letter after them perhaps), the token's end after it
_GLUED = re.compile(r"[/:]\d{1,4}[A-Za-z]?(?![\w/:-])")


def with_glued_number(f: Finding, text: str) -> Finding:
    """The address finding with a number glued to its last figure by "/" or ":" taken in."""
    if f.category != "ADDRESS" or f.start is None or f.end is None or not f.text[-1:].isdigit():
        return f
    m = _GLUED.match(text, f.end)
    return f if m is None else replace(f, end=m.end(), text=text[f.start:m.end()])
