"""A storm's name is no person: "stormen Eira", "efter ovädret Gudrun", "orkanen Ivan".

Weather services name storms by people's given names, so the name lists and the model read them as persons. The
storm's noun in its definite form right before the name says whose name it is (a power company's or an insurer's
letter about the damage the storm did); a comma or another word between them leaves the name as it is.
"""

from __future__ import annotations

from redact.detect.first_chars import compile_scanning
from redact.detect.things_named import persons_outside
from redact.types import Finding

# the storm's noun, definite, a compound's too ("vinterstormen", "snöovädret"), then its one capitalised name
_STORM = compile_scanning(
    r"(?<![\w-])(?i:[a-zåäö]*(?:stormen|ovädret|orkanen|cyklonen|tyfonen|lågtrycket))[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?![\w-])")


def storm_name_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a storm's name right after the storm's noun."""
    return [m.span("name") for m in _STORM.finditer(text)]


def drop_storm_names(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that lie inside a storm's name."""
    if not any(f.category == "PERSON" for f in findings):
        return findings
    return persons_outside(findings, storm_name_spans(text))
