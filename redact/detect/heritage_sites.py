"""An ancient monument's number in the heritage register is no property: "RAÄ Hejde 12:1", "RAÄ-nr Lärbro 9:3".

The National Heritage Board numbered the monuments of each parish as a property is numbered ("Hejde 12:1": the
parish and the monument's number), and a county board's permits and finds still write the old number after "RAÄ". The
property rule and the name readers take the parish and its number for someone's property or name; the site is the
state's record of a place, no one's, so what lies inside such a number is dropped.
"""

from __future__ import annotations

import re

from redact.types import Finding

# "RAÄ", "RAÄ-nr", "RAÄ nr", then the parish (one to three capitalised words) and the monument's number
_SITE = re.compile(r"(?<![\w-])RAÄ(?:[- ]?nr\.?)?[ \t\u00a0]+[A-ZÅÄÖ][a-zåäö]+(?:[ \t\u00a0-][A-ZÅÄÖ][a-zåäö]+){0,2}"
                   r"[ \t\u00a0]+\d{1,4}:\d{1,4}(?![\w:])")
_CATEGORIES = frozenset({"PERSON", "PROPERTY", "ADDRESS", "ID_NUMBER"})


def drop_heritage_sites(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without those wholly inside a heritage register's monument number."""
    if "RAÄ" not in text:
        return findings
    spans = [m.span() for m in _SITE.finditer(text)]
    if not spans:
        return findings
    return [f for f in findings if not (f.category in _CATEGORIES and f.start is not None and f.end is not None
                                        and any(s <= f.start and f.end <= e for s, e in spans))]
