"""The capitalised particle of a family name mentioned alone: "fru De Luca" after "Chiara De Luca".

A name whose family name opens with a capitalised particle ("De Rosa", "Di Stefano", "Van Dijk", "Le Roux") is
mentioned later by its family name alone, after a title or a verb; there the particle stands at no name's start the
rules see, and "De" or "Van" alone reads as a foreign word, so only the family name's last part is found. When the
document names the person in full with that particle, every "Particle Family" where the family name is found (or
not) is the person's family name, particle included.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.resolve.page_spans import spans_by_page
from redact.types import Finding

SCORE = 0.6
_PARTICLE = r"(?:De|Di|Da|Del|Della|Dos|Das|Du|La|Le|Van|Von|Ten|Ter)"
_IN_NAME = re.compile(rf"(?<![\w-])({_PARTICLE}[ ](?:{_PARTICLE}[ ])?[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w'’-]+)")


def find_particle_surnames(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A PERSON finding for each "Particle Family" of a person the document names in full, where its particle is
    not yet covered."""
    families: dict[str, Finding] = {}
    for f in findings:
        if f.category == "PERSON" and f.status != "rejected" and len(f.text.split()) >= 3:
            for m in _IN_NAME.finditer(f.text):
                if m.start() > 0:  # after a given name: "Chiara De Luca", not "De Luca" alone
                    families.setdefault(m.group(1), f)
    if not families:
        return []
    covered = spans_by_page(f for f in findings if f.status != "rejected")
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(families, key=len, reverse=True)))
                         + r")(?:s|:s)?(?![\w-])")
    new: list[Finding] = []
    for page, text in sorted(page_texts.items()):
        spans = covered.get(page, [])
        for m in pattern.finditer(text):
            a, b = m.span(1)
            particle_end = a + len(m.group(1).rsplit(" ", 1)[0])
            if any(s <= a and particle_end <= e for s, e in spans):
                continue  # the particle is masked already
            origin = families[m.group(1)]
            new.append(Finding(
                id=f"p{page}-particle{len(new)}", page=page, start=a, end=b, text=m.group(1), category="PERSON",
                score=SCORE, detector="particle_surname",
                reason=f"efternamn med partikel (som i {origin.text.strip()}, sida {origin.page})",
            ))
    return new
