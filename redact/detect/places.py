"""Place names a document uses as part of an organisation's name ("Norrviks kommun",
"Region Norrvik", "Bygglov Norrvik"): there the place is not a person.

The places are read from the page itself: a capitalised word before "kommun", "stad",
"län", "församling", "region" or after "Region", "Kommun", "Bygglov" and the like. A proposed
person made only of such places and unlisted words is dropped; a listed first name keeps it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_BEFORE_BODY = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)s?[ \t]+"
    r"(?:kommun|kommuns|stad|stads|län|läns|församling|region|regions|kommunförbund|hamn|tingsrätt|polisområde)\b"
)
_AFTER_BODY = re.compile(
    r"(?<![\w-])(?:Region|Kommun|Bygglov|Miljö|Socialtjänsten|Räddningstjänsten|Räddningstjänst|Vatten|Fastighet|"
    r"Lantmäteri|Överförmyndaren|Kultur|Stadsbyggnad)[ \t]+([A-ZÅÄÖ][a-zåäöé]+)\b"
)
# Words that name a kind of service in front of a place ("Bygglov Norrvik"): never a first name.
SERVICE_WORDS = frozenset({
    "region", "kommun", "bygglov", "miljö", "socialtjänsten", "räddningstjänsten", "räddningstjänst", "vatten",
    "fastighet", "lantmäteri", "överförmyndaren", "kultur", "stadsbyggnad",
})


# The town after a Swedish postcode ("716 21 Norrvik"): a place the document itself names as one.
_POSTAL_TOWN = re.compile(r"(?<![\w-])\d{3}[ \u00a0]?\d{2}[ \t]+([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?![\w-])")


# person detection (over a batch of pages) and the table-neighbour rule (page by page after it) ask for
# the same page text: read it once; 16 texts outlast a detection batch (document_detection.DETECT_BATCH_PAGES)
@lru_cache(maxsize=16)
def place_words(text: str) -> frozenset[str]:
    """Capitalised words the text uses as places in organisation names."""
    found = {m.group(1) for m in _BEFORE_BODY.finditer(text)} | {m.group(1) for m in _AFTER_BODY.finditer(text)}
    # "Norrviks kommun": the greedy match keeps the genitive s; the place is also the word without it
    found |= {w[:-1] for w in found if w.endswith("s") and len(w) > 3}
    return frozenset(found)


def postal_towns(text: str) -> frozenset[str]:
    """The towns the text writes after a Swedish postcode ("716 21 Norrvik")."""
    return frozenset(m.group(1) for m in _POSTAL_TOWN.finditer(text))


def authority_places(text: str) -> frozenset[str]:
    """Places the text names as an authority ("Norrviks kommun", "Region Norrvik"), genitive s dropped."""
    found = {m.group(1) for m in _BEFORE_BODY.finditer(text)} | {m.group(1) for m in _AFTER_BODY.finditer(text)}
    return frozenset(found | {w[:-1] for w in found if w.endswith("s") and len(w) > 3})


def only_places(words: list[str], places: frozenset[str], is_first_name) -> bool:
    """True when a proposed name is places and service words only (at least one place, no first name)."""
    if not places or not words:
        return False
    seen_place = False
    for w in words:
        base = w[:-1] if w.endswith("s") and w[:-1] in places else w
        if base in places:
            seen_place = True
        elif w.lower() in SERVICE_WORDS:
            continue
        else:
            return False
    return seen_place and not any(is_first_name(w) for w in words)


def place_organisation(words: list[str], places: frozenset[str], is_name) -> bool:
    """True for a place with words that are no listed name: "Norrviks Schackklubb", "Konsument Norrvik".

    A place in a proposed name with only unlisted words beside it ("Byalag", "PRO") names an
    organisation of that place; a listed first name or surname beside it keeps the person.
    """
    if not places or len(words) < 2:
        return False
    seen_place = False
    for w in words:
        w = w.strip(".,;:()")
        base = w[:-1] if w.endswith("s") and w[:-1] in places else w
        if base in places:
            seen_place = True
        elif not w or w.lower() in SERVICE_WORDS or not is_name(w):
            continue
        else:
            return False
    return seen_place
