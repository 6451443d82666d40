"""A found identifier written again with other spaces or without its check letter: "J 0441846" in a mail's subject
where the register's row reads "J-0441846", "TK-0452" in a subject where the note lists the account "TK-0452-R".

A person's number is copied by hand into a subject line or a note, and the copy spaces its prefix and digits as the
writer pleases and leaves out a trailing check letter. The same prefix letters and the same digits in the same order
are the same number: it is masked there too. Only numbers of a letter prefix and four digits at least are followed
(a capital alone needs six), and not a year after the prefix ("KS-2026 …"), which opens an authority's own serial.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.resolve.id_shapes import copies_of_ids
from redact.types import Finding

# the prefix's capitals, a separator or none, the digits in groups, and a check letter or two after a dash or a space
_SHAPE = re.compile(
    r"^(?P<prefix>[A-ZÅÄÖ]{1,5})[-– \u00a0]?(?P<digits>\d+(?:[- \u00a0]\d+)*)(?P<check>[-– \u00a0][A-ZÅÄÖ]{1,2})?$")
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d(?:\D|$)")
_SEP = r"[-– \u00a0]?"


def _pattern(text: str) -> str | None:
    """A regex for ``text``'s prefix and digits with any single separators, its check letters or none; or None."""
    m = _SHAPE.match(" ".join(text.split()))
    if m is None or _YEAR_FIRST.match(m.group("digits")):
        return None
    digits = [c for c in m.group("digits") if c.isdigit()]
    if len(digits) < (4 if len(m.group("prefix")) >= 2 else 6):
        return None
    check = m.group("check")
    tail = rf"(?:{_SEP}{re.escape(check.strip(' -–'))})?" if check else ""
    return re.escape(m.group("prefix")) + _SEP + r"[ \u00a0-]?".join(digits) + tail


def find_ids_written_again(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every unfound copy of a found identifier spaced otherwise or without its check letters."""
    return copies_of_ids(findings, page_texts, _pattern, "idagain", "id_written_again",
                         "samma identifierare som på sida {page}, skriven på annat sätt")
