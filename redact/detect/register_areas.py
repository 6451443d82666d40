"""A village's name the text also writes as a property's register area is a place, no person.

"Till: fastighetsägarna i Lillby" reads as a label and a name; where the same text writes "Lillby 2:17" or
"Ekby Lillby 2:17" (a property designation: the register area, then block and unit), the word is the village's.
Only a word alone that no name list holds is let go: "Berg" of "Berg 1:4" may still be Anna Berg's.
"""

from __future__ import annotations

import re

from redact.types import Finding

# the register area right before "block:unit" at a property designation's end ("Lillby 2:17", "Ekby Lillby 2:17")
_AREA = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{2,})[ \t]+\d{1,4}:\d{1,4}$")


def register_areas(findings: list[Finding]) -> frozenset[str]:
    """The words the property designations found write as their register area."""
    return frozenset(m.group(1) for f in findings if f.category == "PROPERTY"
                     and (m := _AREA.search(" ".join(f.text.split()))))


def drop_register_area_persons(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without the persons that are one unlisted word the text uses as a property's register area
    (its genitive too: "Lillbys")."""
    areas = register_areas(findings)
    if not areas:
        return findings
    from redact.detect.name_words import unlisted

    def area(f: Finding) -> bool:
        word = f.text.strip().rstrip(".,:;")
        if " " in word or "\n" in word:
            return False
        word = word if word in areas else word[:-1] if word.endswith("s") else word
        return word in areas and unlisted(word)

    return [f for f in findings if not (f.category == "PERSON" and area(f))]
