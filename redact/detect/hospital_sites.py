"""A hospital's short name with its site's letter after a slash is no person: "SU/S entré 4", "SU/Ö dialys".

A region names a hospital of several sites by its letters and the site's initial after a slash ("SU/S", "SU/M"), the
ward or the entrance in small letters after it; the tagger may read the hospital's letters as a person's initials.
A site's single capital after the slash, then a word in small letters, is not how a signature pairs two persons'
initials ("JK/MÖ").
"""

from __future__ import annotations

from redact.detect.first_chars import compile_scanning
from redact.detect.things_named import persons_outside
from redact.types import Finding

# the hospital's letters, a slash, the site's one capital, then the ward's or the entrance's word in small letters
_SITE = compile_scanning(r"(?<![\w/-])[A-ZÅÄÖ]{2,4}/[A-ZÅÄÖ](?=[ \t]+[a-zåäöé]{3,})")


def hospital_site_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a hospital's letters and its site's after a slash."""
    return [m.span() for m in _SITE.finditer(text)]


def drop_hospital_sites(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that lie inside a hospital's letters and its site's."""
    if "/" not in text:
        return findings
    return persons_outside(findings, hospital_site_spans(text))
