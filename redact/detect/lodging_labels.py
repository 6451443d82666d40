"""A lodging's own address under its label: "Hotell på Gran Canaria: Avenida de Tirajana 18, 35100 Maspalomas".

A line opened by a lodging's noun and a colon ("Hotell:", "Hotellet i Alicante:", "Vandrarhem:") gives the
lodging's address, a business's as a shop's is, not a person's home; the island or town the label names after "på"
or "i" is a place, no person's name. A person named on the line stays masked, and so does a home the line gives
with a word of living ("bor", "boende") in it.

Applied to the findings of ``redact.detect.engine``.
"""

from __future__ import annotations

import re

from redact.types import Finding

_LABEL = re.compile(
    r"(?m)^[ \t]*(?:Hotell|Hotellet|Hotel|Vandrarhem|Vandrarhemmet|Pensionat|Pensionatet|Hostel)"
    r"(?:[ \t]+(?:på|i|in|on)[ \t]+(?P<place>[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,2}))?[ \t]*:[ \t]*")
# a word of living on the line: the lodging is someone's home for now ("Hotell: hon bor på Hotel Mar, …")
_LIVING = re.compile(r"(?i)(?<![\w-])(?:bor|bodde|boende|bostad|placerad|placerades|folkbokförd)(?![\w-])")


def drop_lodging_addresses(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without a lodging's address under its label and the place its label names (see module)."""
    if "otel" not in text and "andrarhem" not in text and "ensionat" not in text and "ostel" not in text:
        return findings
    labels = []
    for m in _LABEL.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if not _LIVING.search(text, m.start(), end):
            labels.append((m, end))
    if not labels:
        return findings
    # the lodging's addresses, and the words of a street's name read as a name inside one ("Avenida de Tirajana")
    homes = [(f.start, f.end) for f in findings if f.category in ("ADDRESS", "POSTAL_CODE") and f.start is not None
             and f.end is not None and any(m.end() <= f.start and f.end <= end for m, end in labels)]
    out = []
    for f in findings:
        if f.start is not None and f.end is not None and (
                (f.category in ("ADDRESS", "POSTAL_CODE") and (f.start, f.end) in homes)
                or (f.category == "PERSON" and (any(a <= f.start and f.end <= b for a, b in homes) or any(
                    m.group("place") and m.start("place") <= f.start and f.end <= m.end("place") for m, _ in labels)))):
            continue
        out.append(f)
    return out
