"""The word that numbers a document's paragraphs ("Del 1: …", "Del 2: …", "Punkt 3: …") is a heading's word.

A list of parties, parts or injured people is often followed by one paragraph each, headed by the list's column word
and the row's number and a colon ("Del 4: Neema har …"); the same word heads the table's column. The model and the
initials' column rule take the capitalised word ("Del" is also a given name) for a person, and it is then masked in
every heading and the header cell. A word that opens two lines or more with different numbers and a colon after them
numbers the paragraphs: no one's name, wherever the page writes it alone.
"""

from __future__ import annotations

import re

from redact.types import Finding

# a line's start, a capitalised word, a number and a colon ("Del 4:", "Rad 12:")
_HEADING = re.compile(r"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]{1,15})[ \t]+(?P<number>\d{1,3})[ \t]*:")


def heading_words(text: str) -> frozenset[str]:
    """The words that open two lines or more of ``text`` before different numbers and a colon."""
    numbers: dict[str, set[str]] = {}
    for m in _HEADING.finditer(text):
        numbers.setdefault(m.group("word"), set()).add(m.group("number"))
    return frozenset(w for w, n in numbers.items() if len(n) >= 2)


def drop_heading_words(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without a person that is only one of the page's paragraph-numbering words (see above)."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    words = heading_words(text)
    if not words:
        return findings
    return [f for f in findings if not (f.category == "PERSON" and f.text.strip().rstrip(":") in words)]
