"""Names written surname first with a comma, as lists and registers write them:
"Lindqvist, Maja-Stina; al-Hashimi, Yusuf", a line "Rautio, Eeva" under "Efternamn, förnamn".

A pair is taken when it is a whole item of a list (it begins a line or follows ";", ":" or
"och", and ends the line or comes before ";", "(", "." or "och") and one of its sides is a
listed first name (after the comma) or a listed surname (before it), or is already found as a
name, or both sides are single words no Swedish word is spelled like, one spelled like a name from abroad
(``name_shapes``: "Rahimzai, Frozan"). The other side must be a capitalised word that the page never writes in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from redact.detect.first_chars import compile_scanning
from redact.detect.name_words import ORG_SUFFIX

# an association's last word in its indefinite form, which ORG_SUFFIX leaves to its definite one ("Skytteförening")
_ASSOCIATIONS = ("förening", "förbund", "sällskap")

# Every capital letter of the Latin scripts, not only Swedish ones: "Çelik", "Õunapuu", "Đukić", "Šimić".
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
# A part: a capitalised word, maybe hyphened to another ("Nwosu-Eze", "Al-Hakim") or to a Korean / Chinese
# syllable in lower case ("Seo-yeon").
_PART = rf"[{_UPPER}][\w'’]+(?:-[{_UPPER}][\w'’]+|-[a-z]{{2,}}(?![\w-]))?"
# Particles before a family name ("van der", "da", "de la", "al-") and between given names ("bin", "ibn").
_PARTICLES = r"(?:al|el|af|von|van|den|der|de|del|della|la|le|da|das|dos|do|di|du|ten|ter|bin|ibn|abu)"
_GIVEN_PARTICLES = frozenset({"bin", "ibn", "binti", "bint", "abu"})
_ITEM = compile_scanning(
    rf"(?m)(?:^|[;:]|(?<![\w])och)[ \t]*"
    rf"(?P<last>(?:{_PARTICLES}[- ]){{0,2}}{_PART}(?:[ \t]{_PART})?)"
    rf",[ \t]+(?P<first>{_PART}(?:[ \t](?:(?:bin|ibn|binti|bint|abu)[ \t])?{_PART}){{0,2}})"
    rf"(?=[ \t]*(?:$|[;.(]|och(?![\w])))"
)


def _particle_first(last: str) -> bool:
    """Whether a family name opens with a particle ("van den Heuvel", "De Luca"): a family name, not a full name."""
    return bool(re.fullmatch(_PARTICLES, last.split()[0].split("-")[0], re.IGNORECASE))


def _shaped_from_abroad(last: str, first: str) -> bool:
    """One capitalised word on each side, neither a Swedish word by its spelling nor a country, one at least spelled like a name
    from abroad ("Rahimzai, Frozan", "Sissoko, Mamadou"): names no list holds, as a list writes them."""
    from redact.detect.name_shapes import foreign_shape, swedish_shape
    from redact.detect.places import countries

    words = [last, first]
    # an abbreviation in capitals ("LSS, Kowalczyk") is a code, not a family name
    if any(" " in w or w.isupper() or swedish_shape(w) or (w.lower(),) in countries() for w in words):
        return False
    return any(foreign_shape(w) for w in words)


def inverted_names(
    text: str, persons: Sequence[tuple[int, int]], is_first: Callable[[str], bool], is_surname: Callable[[str], bool],
    lowered: frozenset[str], titles: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans ("Lindqvist, Maja-Stina") of names written surname, comma, first name as list items."""
    if ", " not in text:
        return []
    out: list[tuple[int, int]] = []

    def found(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in persons)

    def plain_word(part: str) -> bool:
        # the particle between given names ("Omar bin Yusuf") is written in lower case: not an ordinary word
        return all(w.lower() not in lowered for w in re.split(r"[ \t-]", part) if w and w not in _GIVEN_PARTICLES)

    for m in _ITEM.finditer(text):
        last, first = m.group("last"), m.group("first")
        if len(last.split()) > 1 and found(*m.span("last")) and not _particle_first(last):
            continue  # "Eija Nurmi, Handläggare", "Gustav Holm, Selma Lindgren": a full name, then a role or a name
        if any(w.lower() in titles for w in first.split()):
            continue
        if ORG_SUFFIX.search(last.split()[-1]) or last.split()[-1].lower().endswith(_ASSOCIATIONS):
            continue  # "Ekby Skidklubb, Siv Holm": an association, then its contact person
        evidence = is_first(first.split()[0]) or is_surname(last.split()[-1]) or found(*m.span("last")) or found(
            *m.span("first")) or _shaped_from_abroad(last, first)
        if evidence and plain_word(first) and plain_word(last.split()[-1]):
            out.append((m.start("last"), m.end("first")))
    return out
