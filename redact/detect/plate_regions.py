"""A plate's town code opening its cell before the plate's digits and letters ("BG 4418-KR" of Belgrade, "SK 1204-AB"
of Skopje, "ZG 552-TA" of Zagreb): the plates of Serbia, Croatia, Bosnia, Montenegro and North Macedonia print the
town's two letters first, then the serial. The plate rules read such a cell as a country's sign beside a dashed
serial and mark the serial alone; the two letters are the plate's too, and so is a country's sign there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# the town's two capitals alone before the plate on its line (a cell read one a line)
_REGION_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?P<region>[A-ZČĆŠŽĐ]{2})[ \u00a0-]$")
# the serial the plate rules read: digits, a dash and one or two letters ("4418-KR")
_DASHED_SERIAL = re.compile(r"\d{2,5}-[A-ZČĆŠŽĐ]{1,2}")


def with_plate_regions(findings: list[Finding], text: str) -> list[Finding]:
    """Plates with their town's two letters taken in where these open the plate's line."""
    out = []
    for f in findings:
        if (f.category == "LICENSE_PLATE" and f.start is not None and f.end is not None
                and _DASHED_SERIAL.fullmatch(f.text)):
            m = _REGION_BEFORE.search(text, max(0, f.start - 6), f.start)
            if m is not None:
                f = replace(f, start=m.start("region"), text=text[m.start("region"):f.end])
        out.append(f)
    return out
