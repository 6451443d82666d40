"""A Catalan's two surnames joined by "i" ("Jordi Puig i Ferrer", "Montserrat Vidal i Soler"): the name rules read the
given name and the first surname as one name and the second surname as another, and "i" between them stayed readable.

In Swedish running text "i" and a capitalised word after a name are mostly where the person is ("köpt av Eva Ek i
Umeå"), so the two are joined only where the name opens its line or follows a label's colon ("Från: …", a cell, a
header line of a letter), the word after "i" is a name hit of its own and the name before it holds a given name and a
surname; a word the page writes as a town (after a postcode) stays apart.
"""

from __future__ import annotations

import re

from redact.detect.name_words import NameHit
from redact.detect.places import postal_towns

# the name before "i": two or three capitalised words, the given name and the first surname at least
_NAME = re.compile(r"[A-ZÅÄÖÉÀÈÍÒÓÚÇ][\w'-]+(?:[ \t]+[A-ZÅÄÖÉÀÈÍÒÓÚÇ][\w'-]+){1,2}")
# " i " between the two, on one line
_JOINER = re.compile(r"[ \t]+i[ \t]+")
# the second surname: one capitalised word
_SURNAME = re.compile(r"[A-ZÅÄÖÉÀÈÍÒÓÚÇ][\w'-]+")


def with_joined_surnames(hits: list[NameHit], text: str) -> list[NameHit]:
    """Each name hit followed by "i" and a one-word name hit, joined into one hit over "i"."""
    by_start = {h.start_char: h for h in hits}
    towns = None
    out, used = [], set()
    for h in sorted(hits, key=lambda h: h.start_char):
        if id(h) in used:
            continue
        joiner = _JOINER.match(text, h.end_char)
        after = by_start.get(joiner.end()) if joiner else None
        if (after is None or _NAME.fullmatch(text, h.start_char, h.end_char) is None
                or _SURNAME.fullmatch(text, after.start_char, after.end_char) is None):
            out.append(h)
            continue
        line = text.rfind("\n", 0, h.start_char) + 1
        lead = text[line:h.start_char].strip()
        if lead and not lead.endswith(":"):
            out.append(h)  # "köptes genom Dwayne Harris i Houston": in a sentence "i" says where the person is
            continue
        if towns is None:
            towns = postal_towns(text)
        if text[after.start_char:after.end_char] in towns:
            out.append(h)  # "Eva Ek i Umeå" where the page writes "901 84 Umeå": a town
            continue
        used.add(id(after))
        out.append(NameHit(h.start_char, after.end_char, max(h.score, after.score), h.detector,
                           h.reason + "; två efternamn med i"))
    return [h for h in out if id(h) not in used]
