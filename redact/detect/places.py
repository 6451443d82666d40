"""Place names a document uses as part of an organisation's name ("Norrviks kommun",
"Region Norrvik", "Bygglov Norrvik"): there the place is not a person.

The places are read from the page itself: a capitalised word before "kommun", "stad",
"län", "församling", "region" or after "Region", "Kommun", "Bygglov" and the like. A proposed
person made only of such places and unlisted words is dropped; a listed first name keeps it.

Countries (lexicons/countries.txt) are places on every page: a proposed person made of country names only
("India" over "Cambodia" in a list, "Costa Rica") is dropped unless a title, a label, a name column or a
signature ties it to a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from redact.detect.first_chars import compile_scanning
from redact.types import Finding

_BEFORE_BODY = compile_scanning(
    r"(?<![\w-])([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)s?[ \t]+"
    r"(?:kommun|kommuns|stad|stads|län|läns|församling|region|regions|kommunförbund|hamn|tingsrätt|polisområde)\b"
)
_AFTER_BODY = compile_scanning(
    r"(?<![\w-])(?:Region|Kommun|Bygglov|Miljö|Socialtjänsten|Räddningstjänsten|Räddningstjänst|Vatten|Fastighet|"
    r"Lantmäteri|Överförmyndaren|Kultur|Stadsbyggnad)[ \t]+([A-ZÅÄÖ][a-zåäöé]+)\b"
)
# Words that name a kind of service in front of a place ("Bygglov Norrvik"): never a first name.
SERVICE_WORDS = frozenset({
    "region", "kommun", "bygglov", "miljö", "socialtjänsten", "räddningstjänsten", "räddningstjänst", "vatten",
    "fastighet", "lantmäteri", "överförmyndaren", "kultur", "stadsbyggnad",
})


# The town after a Swedish postcode ("716 21 Norrvik"): a place the document itself names as one.
_POSTAL_TOWN = compile_scanning(
    r"(?<![\w-])\d{3}[ \u00a0]?\d{2}[ \t]+([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?![\w-])")


# person detection (over a batch of pages) and the table-neighbour rule (page by page after it) ask for
# the same page text: read it once; 32 texts outlast a detection batch (document_detection.DETECT_BATCH_PAGES)
@lru_cache(maxsize=32)
def place_words(text: str) -> frozenset[str]:
    """Capitalised words the text uses as places in organisation names."""
    found = {m.group(1) for m in _BEFORE_BODY.finditer(text)} | {m.group(1) for m in _AFTER_BODY.finditer(text)}
    # "Norrviks kommun": the greedy match keeps the genitive s; the place is also the word without it
    found |= {w[:-1] for w in found if w.endswith("s") and len(w) > 3}
    return frozenset(found)


def postal_towns(text: str) -> frozenset[str]:
    """The towns the text writes after a Swedish postcode ("716 21 Norrvik")."""
    return frozenset(m.group(1) for m in _POSTAL_TOWN.finditer(text))


# where a word stands as a town: right after a Swedish postcode ("733 25 Sala") or opening a dateline before its day
# ("Sala den 28 maj 2027")
_CODE_BEFORE = re.compile(r"(?<![\w-])\d{3}[ \u00a0]?\d{2}[ \t]+$")
_DATELINE_AFTER = re.compile(r"[ \t]+den[ \t]+\d{1,2}(?![\d])")


def in_a_towns_place(text: str, start: int, end: int) -> bool:
    """True when the word at ``start``..``end`` stands where a town does: after a postcode or before a dateline's day."""
    return bool(_CODE_BEFORE.search(text, max(0, start - 12), start)) or bool(_DATELINE_AFTER.match(text, end))


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
    organisation of that place; a listed first name or surname beside it keeps the person. A listed name in
    capitals beside the place in small letters ("IVA Norrvik", "BUP Norrvik") is a unit's acronym: a name is
    written in one case throughout, all its words in capitals or none.
    """
    if not places or len(words) < 2:
        return False
    seen_place = False
    for w in words:
        w = w.strip(".,;:()")
        base = w[:-1] if w.endswith("s") and w[:-1] in places else w
        if base in places:
            seen_place = True
        elif not w or w.lower() in SERVICE_WORDS or not is_name(w) or _acronym_beside_small(w, words):
            continue
        else:
            return False
    return seen_place


def _acronym_beside_small(word: str, words: list[str]) -> bool:
    """True for a word of two to five capitals among words in small letters (see ``place_organisation``)."""
    return bool(_ACRONYM.match(word)) and any(w[:1].isupper() and w[1:].islower() for w in words if w != word)


def names_place_organisation(span: str, text: str) -> bool:
    """True for a proposed name that is an organisation of a place the text names: its municipality or a postal
    town with only words no name list holds ("Synskadades Riksförbund Norrvik", "DHR Norrvik", "Norrvik HC").

    The place must itself be in no list at all, so that "Lund" beside "222 21 Lund" (a surname and a word) is
    judged by the other rules; a listed name beside the place keeps the person ("Anna Norrvik").
    """
    from redact.detect.name_words import F, S, U, classify_word, load_lexicons

    lex = load_lexicons()
    places = frozenset(p for p in place_words(text) | postal_towns(text) if classify_word(p, lex) == U)
    return place_organisation(span.split(), places, lambda w: classify_word(w, lex) in (F, S))


# The words that make a place's organisation an association: its acronym ("DHR", "HC") or a noun of associations
# ("Riksförbund", "Föreningen", "Skidklubb", "Församling").
_ACRONYM_WORD = re.compile(r"[A-ZÅÄÖ]{2,5}")
_ASSOCIATION_WORD = re.compile(r"(?i)[a-zåäö]*(?:förbund|förbundet|förening|föreningen|klubb|klubben|sällskap|"
                               r"sällskapet|församling|församlingen|råd|rådet)")


def association_of_place(span: str, text: str) -> bool:
    """True for an association named by a place the text names and no listed name, with an acronym or an
    association's noun among its words ("Föreningen Norrvik HC", "Hörselskadades Riksförbund Norrvik"): a span
    without a number read as a home is such an association's name, while "Kvarnbacken, Norrvik" stays a home."""
    words = [w.strip(".,;:()") for w in span.split()]
    if not any(_ACRONYM_WORD.fullmatch(w) or _ASSOCIATION_WORD.fullmatch(w) for w in words):
        return False
    return names_place_organisation(span, text)


# ----------------------------------------------------------------------------- countries

_COUNTRY_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_COUNTRY_FILE = Path(__file__).with_name("lexicons") / "countries.txt"
# capitals, large cities and regions abroad ("Kuala Lumpur", "Addis Abeba"): places like the countries
_PLACES_ABROAD_FILE = Path(__file__).with_name("lexicons") / "places_abroad.txt"
_LABEL_BEFORE = re.compile(r"[^\W\d_]:[ \t]*$")
# the reasons that tie a span to a person whatever its words: a title or greeting before it, a name label,
# a person's column, a signature; a country's name there is a person's ("Ms India", "Namn: India Johansson")
_PERSON_EVIDENCE = ("context:", "label:", "i en kolumn under rubriken", "signature", "e-mail header")


@lru_cache(maxsize=1)
def countries() -> frozenset[tuple[str, ...]]:
    """The country and territory names of lexicons/countries.txt and the places of lexicons/places_abroad.txt,
    as lower-case word tuples."""
    out = set()
    for path in (_COUNTRY_FILE, _PLACES_ABROAD_FILE):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.add(tuple(w.casefold() for w in _COUNTRY_WORD.findall(line)))
    return frozenset(out)


@lru_cache(maxsize=1)
def _longest_country() -> int:
    """The most words a name of ``countries()`` has (asked for every PERSON finding: measured once, not over every name)."""
    return max(len(n) for n in countries())


@lru_cache(maxsize=1)
def _places_abroad() -> frozenset[tuple[str, ...]]:
    """The places of lexicons/places_abroad.txt alone, as lower-case word tuples."""
    out = set()
    for line in _PLACES_ABROAD_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(tuple(w.casefold() for w in _COUNTRY_WORD.findall(line)))
    return frozenset(out)


def listed_abroad(place: str) -> bool:
    """True when ``place`` is a listed place abroad (lexicons/places_abroad.txt) or a country."""
    words = tuple(w.casefold() for w in _COUNTRY_WORD.findall(place))
    return words in _places_abroad() or words in countries()


# an address's part before a town on its line: a number or a code ("C1005AAQ Buenos Aires"), or a comma after a
# word ("Paynesville, Monrovia"): there a city abroad is the end of someone's address and stays masked
_ADDRESS_BEFORE_TOWN = re.compile(r"(?:\d[\w-]*|[^\W\d_],)[ \t]*$")
_COUNTRY_AFTER = re.compile(r",[ \t]*([^\W\d_]+)")


# the words prose puts before a place ("bodde i Addis Abeba", "via Kuala Lumpur", "Hanoi och Da Nang"): only there is a
# place abroad dropped, anywhere else (an address's lines in any layout) its mask stays
_PROSE_BEFORE_PLACE = re.compile(r"(?i)(?<![\w-])(?:i|från|till|via|mot|och|eller|in|ur|nära|utanför|kring|runt|"
                                 r"besökte|lämnade)[ \t]+$")


def _town_of_address(text: str, start: int, end: int) -> bool:
    """True when a listed place abroad is not in prose: the finding keeps it masked (an address's town)."""
    words = tuple(w.casefold() for w in _COUNTRY_WORD.findall(text[start:end]))
    if words not in _places_abroad():
        return False
    before = text[max(0, start - 20):start]
    if not _PROSE_BEFORE_PLACE.search(before) and not re.search(r"(?:^|[.!?][ \t]+)$", before):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _ADDRESS_BEFORE_TOWN.search(text, line_start, start):
        return True
    # the town opening its line under an address's line ("Jl. Sudirman 12" / "Jakarta"), or before its country
    # ("Kabul, Afghanistan")
    if not text[line_start:start].strip() and line_start > 1 and _ADDRESS_BEFORE_TOWN.search(
            text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1):
        return True
    after = _COUNTRY_AFTER.match(text, end)
    return after is not None and (after.group(1).casefold(),) in countries()


def _inside_place(text: str, start: int, end: int) -> bool:
    """True when the words of ``text[start:end]`` are part of a longer listed place written out around them on
    the line ("Luka" of "Banja Luka", "Chiang" of "Chiang Mai")."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    line_end = text.find("\n", end)
    line_end = min(len(text) if line_end < 0 else line_end, end + 40)
    tokens = list(_COUNTRY_WORD.finditer(text, line_start, line_end))
    inside = [k for k, t in enumerate(tokens) if t.start() >= start and t.end() <= end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    names = countries()
    longest = _longest_country()
    words = [t.group().casefold() for t in tokens]
    for a in range(max(0, last - longest + 1), first + 1):
        for b in range(last + 1, min(len(words), a + longest) + 1):
            if (b - a) > (last - first + 1) and tuple(words[a:b]) in names:
                return True
    return False


def only_countries(text: str) -> bool:
    """True when every word of ``text`` belongs to a country's name ("India\\nCambodia", "COSTA RICA")."""
    words = [w.casefold() for w in _COUNTRY_WORD.findall(text)]
    if not words:
        return False
    names = countries()
    longest = _longest_country()
    ok = [True] + [False] * len(words)  # ok[i]: words[:i] splits into country names
    for i in range(1, len(words) + 1):
        ok[i] = any(ok[i - k] and tuple(words[i - k:i]) in names for k in range(1, min(longest, i) + 1))
    return ok[-1]


def without_countries(findings: list[Finding], text: str, swedish_at: Callable[[int], bool] = lambda at: False) -> list[Finding]:
    """PERSON findings with no country for a person: a span of country names only is dropped, and a line of
    country names is cut off a name that runs onto it ("Anna\\nSweden"), unless a title, a label, a name
    column or a signature ties the span to a person; ``swedish_at(offset)`` says where Swedish rules apply."""
    out = []
    for f in findings:
        if f.category != "PERSON" or f.start is None or f.end is None or any(r in f.reason for r in _PERSON_EVIDENCE):
            out.append(f)
            continue
        span = text[f.start:f.end]
        if _LABEL_BEFORE.search(text, text.rfind("\n", 0, f.start) + 1, f.start):
            out.append(f)  # "Namn: Jordan Kambodja": a label's value is what the label says it is
            continue
        words = _COUNTRY_WORD.findall(span)
        # recall first on Swedish text: a lone listed first name ("Jordan", "Israel", "India") stays a person there;
        # the English spellings are no Swedish country names, and a person known by first name alone is common
        lone_first = len(words) == 1 and swedish_at(f.start) and _listed(words[0], "first")
        if _town_of_address(text, f.start, f.end):
            out.append(f)
            continue
        if _inside_place(text, f.start, f.end):
            continue  # "Luka" of "Banja Luka": a word of a longer place's name around it
        if only_countries(span) and not lone_first and not (
                len(words) >= 2 and _listed(words[0], "first") and _listed(words[-1], "last")):
            continue  # "India\nCambodia"; a listed first name and a listed surname stay ("Georgia Jordan")
        if _mission_in_country(span):
            continue  # "UNMIK Kosovo", "OSSE Georgien": an organisation's or a mission's letters and its country
        start, end = f.start, f.end
        if "\n" in span:
            # a country does not join a name across a line break: cut whole lines of country names off its ends
            lines = span.split("\n")
            while len(lines) > 1 and only_countries(lines[0]):
                start += len(lines.pop(0)) + 1
            # a listed surname that is also a country stays the name's surname ("Anna\nHolland")
            while len(lines) > 1 and only_countries(lines[-1]) and not _listed(lines[-1].strip(), "last"):
                end -= len(lines.pop()) + 1
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        out.append(f if (start, end) == (f.start, f.end) else replace(f, start=start, end=end, text=text[start:end]))
    return out


def _listed(word: str, which: str) -> bool:
    """Whether ``word`` is in the first-name ("first") or surname ("last") list."""
    from redact.detect.name_words import load_lexicons

    return word[:1].upper() + word[1:].lower() in getattr(load_lexicons(), which)


# An international mission's or organisation's letters in capitals ("EUMM", "UNMIK", "OSSE"), no listed first name
_MISSION = re.compile(r"[A-ZÅÄÖ]{2,6}")


def _mission_in_country(span: str) -> bool:
    """True for capitals then a country's name only, on one line ("UNMIK Kosovo", "OSSE Georgien"): a mission and
    where it works; a name in capitals has a surname after it ("ANNA Norge" is too rare to weigh against)."""
    words = span.split()
    return ("\n" not in span.strip() and len(words) >= 2 and _MISSION.fullmatch(words[0]) is not None
            and not _listed(words[0], "first") and only_countries(" ".join(words[1:])))


# An association's short name in capitals ("PRO", "IFK", "DHR", "SPF"): two to five letters.
_ACRONYM = re.compile(r"^[A-ZÅÄÖ]{2,5}$")


def acronym_of_place(cell: str, text: str) -> bool:
    """True for an association named by its acronym and its place ("PRO Norrvik", "IFK Ekby"): the acronym
    first, then only places the text itself names (its municipality, a postal town)."""
    words = cell.split()
    if len(words) < 2 or not _ACRONYM.match(words[0]):
        return False
    places = place_words(text) | postal_towns(text)
    return all(w in places or (w.endswith("s") and w[:-1] in places) for w in words[1:])
