"""A home with no number and its village, written again without the postcode: "Gamla skolan, Ekeby" in a table's
address cell where a letter in the same document gives "Gamla skolan, Ekeby, 741 93 Norrby".

In the countryside a home is named by the house or the farm and the village it lies in; the postcode and the town
after them make the pair an address once, and the same pair elsewhere in the document is the same home, though
neither word alone says so (a house's name and a village are places, named alone as often). Only the pair is
followed, the two names in the same order with the comma between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.types import Finding

SCORE = 0.7
# the house's or the farm's name (one to three words, the first capitalised), the village, then the postcode and the
# town, as the whole of an address finding
_HOME_VILLAGE_POST = re.compile(
    r"^(?P<pair>[A-ZÅÄÖ][a-zåäöé]{3,}(?:[ -][A-ZÅÄÖa-zåäö][a-zåäöé]{2,}){0,2}[ \t]*,[ \t]*\n?[ \t]*"
    r"[A-ZÅÄÖ][a-zåäöé]{2,}(?:[ -][A-ZÅÄÖ][a-zåäöé]{2,})?)[ \t]*,[ \t]*\n?[ \t]*"
    r"[1-9]\d\d[ \u00a0]?\d\d[ \t]+[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?$")


def _key(pair: str) -> str:
    """The pair as one line, one space after its comma ("Gamla skolan, Ekeby")."""
    return ", ".join(" ".join(part.split()) for part in pair.split(","))


def _inside_address(findings: Sequence[Finding], page: int, a: int, b: int) -> bool:
    return any(f.page == page and f.category == "ADDRESS" and f.status != "rejected" and f.start is not None
               and f.end is not None and f.start <= a and b <= f.end for f in findings)


def find_homes_with_village(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every further mention of a numberless home and its village the document gives over a postcode."""
    pairs: dict[str, Finding] = {}
    for f in findings:
        if f.category == "ADDRESS" and f.status != "rejected" and f.start is not None:
            m = _HOME_VILLAGE_POST.match(f.text.strip())
            if m is not None:
                pairs.setdefault(_key(m.group("pair")), f)
    if not pairs:
        return []
    alternation = "|".join(r"[ \t]*,[ \t]*\n?[ \t]*".join(r"\s+".join(map(re.escape, part.split()))
                                                         for part in p.split(","))
                           for p in sorted(pairs, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])({alternation})(?![\w-])")
    new: list[Finding] = []
    for page, text in sorted(page_texts.items()):
        for m in pattern.finditer(text):
            a, b = m.span(1)
            if _inside_address([*findings, *new], page, a, b):
                continue
            origin = pairs[_key(m.group(1))]
            new.append(Finding(
                id=f"p{page}-homevillage{len(new)}", page=page, start=a, end=b, text=m.group(1), category="ADDRESS",
                score=SCORE, detector="street", reason=f"samma hem och by som adressen på sida {origin.page}"))
    return new
