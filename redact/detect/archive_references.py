"""An archive's reference code names a volume in a public archive, no one: "SE/RA/420422/01", "SE/HLA/1010 A I:14".

The reference code of a description in archives (ISAD(G)) is the country's two letters, the archive institution's
letters and the archive's number after slashes, then maybe the series' letter, the volume's Roman number and the
item's number ("A I:14": series A, volume I, page 14). A genealogist's copy order and a research room's loan list
cite them beside the researcher's card; the tagger reads the country's letters for initials and the rest for an
identifier. A finding inside such a code is dropped.
"""

from __future__ import annotations

import re

from redact.types import Finding

# the country, the institution, the archive's number and maybe a further level's, then the series with the volume's
# Roman number or the item's number after a colon (a register's own codes of the same slashes, "SE/VG/26/0147", have
# no series: they stay what the rules make of them)
_REFERENCE = re.compile(
    r"(?<![\w/-])[A-Z]{2}/[A-ZÅÄÖ]{2,8}(?:/\d{1,8}[A-Z]?){1,3}"
    r"[ \t]+[A-ZÅÄÖ]{1,2}(?:[ \t]+[IVXL]{1,6}[a-z]?(?::\d{1,5}[a-z]?)?|:\d{1,5}[a-z]?)"
    r"(?![\w/])")


def drop_archive_references(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without the persons and identifiers inside an archive's reference code."""
    if "/" not in text:
        return findings
    spans = [m.span() for m in _REFERENCE.finditer(text)]
    if not spans:
        return findings
    return [f for f in findings if not (f.category in ("PERSON", "ID_NUMBER") and f.start is not None
                                        and any(a <= f.start and (f.end or 0) <= b for a, b in spans))]
