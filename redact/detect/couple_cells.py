"""A couple written in one cell of a name column: "Shirin och Aram Kaya", "Eva & Per Lund". The two given names share
the surname, so the cell is one entry of the list, the two people together; the rules find the first given name and
the second with the surname apart, and the "och" between them would stay readable inside the masked entry.
"""

from __future__ import annotations

from dataclasses import replace
import re

from redact.types import Finding

# the whole cell: a given name, "och" or "&", a given name and the surname of one or two words
_COUPLE = re.compile(r"(?m)(?:^|(?<=\|))[ \t]*(?P<cell>(?P<first>[A-ZÅÄÖ][\w-]+)[ \t]+(?:och|&)[ \t]+"
                     r"(?P<second>[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,2}))[ \t]*(?=$|\|)")


def with_couple_cells(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """The findings, with a cell that is a couple whose two names are found made one name of the whole cell."""
    if " och " not in text and " & " not in text:
        return findings
    persons = [f for f in findings if f.category == "PERSON" and f.status != "rejected" and f.start is not None]
    for m in _COUPLE.finditer(text):
        a, b = m.span("cell")
        inside = [f for f in persons if a <= f.start and (f.end or 0) <= b]
        if not (any(f.start == m.start("first") for f in inside) and any(f.end == m.end("second") for f in inside)):
            continue
        whole = replace(inside[0], id=f"p{page}-cc{a}", start=a, end=b, text=text[a:b],
                        reason="ett par i en namnkolumn, förnamnen med samma efternamn")
        findings = [f for f in findings if f not in inside] + [whole]
        persons = [f for f in persons if f not in inside]
    return sorted(findings, key=lambda f: (f.start or 0, f.end or 0, f.category))
