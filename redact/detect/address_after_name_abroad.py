"""A home abroad after the name of a person: after "c/o" and the name of the person whose letterbox it is ("c/o
Omar Haddad, 15 Shari El-Tahrir, Dokki, Giza 12611"), or after a party's name that opens a line, as a decision's
heading writes the parties ("Klagande\nAmal Haddad, Rue Mar Elias, Immeuble Khalil, 3e étage, Beyrouth").

The name is left to the name rules (and to the c/o rule of ``redact.detect.address``); these rules take the
comma-separated parts after it when they read as an address in any country's way: a street with its house number
(number first or last), a postal code with its town, or a part named by a street or quarter word of the country's
language ("Rue", "Degmada", "Woreda"). A Swedish address is found by the Swedish rules as well; a named room or
department ("Avdelning 3") or a document's part ("Bilaga 2") is an organisation's or a page's and ends the match.
Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import address_abroad as abroad
from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.first_chars import compiled
from redact.detect.patterns import Verdict, compile_rule, rule_regex

_NAME = r"[^\W\d_a-zß-ÿ][\w'’-]+"
_SEP = r",[ \t]*\n?[ \t]*"
CARE_OF_ABROAD = compile_rule(
    rf"(?<![\w/])(?i:c/o)[ \t]+(?:{_NAME}[ \t]+){{0,3}}{_NAME}{_SEP}"
    rf"(?P<addr>{abroad._PART}(?:{_SEP}{abroad._PART}){{1,7}})"
    # the address ends its clause or cell, or the sentence goes on in lower case
    r"(?=[ \t]*(?:[.;)|]|\n|$)|[ \t]+[a-zåäö])"
)
NEEDS = ("c/o",)
# a party's name opening its line: two to four capitalised words, after a label on the same line or none
PARTY_THEN_ABROAD = compile_rule(
    rf"(?:^|(?<=\n)|(?<=:[ \t]))[ \t]*(?P<name>[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?(?:[ \t]+{_NAME}){{1,3}}){_SEP}"
    rf"(?P<addr>{abroad._PART}(?:{_SEP}{abroad._PART}){{1,7}})"
    # the address ends its clause, or stands between commas as the Swedish sentence goes on in lower case
    r"(?=[ \t]*(?:[.;)|]|\n|$)|,[ \t]*[a-zåäö])"
)
PARTY_GATE = rule_regex(r"(?:^|(?<=\n)|(?<=:[ \t]))[ \t]*[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?[ \t]+[^\W\d_a-zß-ÿ][^\n,]{1,40},[ \t]*\n?[ \t]*[^\W_]")
_NUMBER_FIRST = re.compile(r"^(?:N[º°o]\.?[ \t]*)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)*,?(?:[ \t]+[^\W\d_]|$)")


def _addressy(part: str) -> bool:
    """A part that makes the parts an address: a house number, a postal code, or a street or quarter word."""
    words = part.split()
    return bool(
        abroad._HOUSE_NUMBER_END.search(part) or abroad._HOUSE_NUMBER_IN.search(part) or _NUMBER_FIRST.match(part)
        or abroad._NUMBER_LED_AT.fullmatch(part) or abroad._POSTCODE_PART.match(part) or re.search(r"(?<![\w-])\d{4,6}$", part)
        # a postal code with its country's letters after the town or parish ("St. James BB24017")
        or abroad._LETTERED_POSTCODE_END.search(part)
        or (words and abroad._KIND_WORD.match(words[0].split("-")[0]))
        or abroad._KIND_AFTER.search(part))


def _foreign_kinds(parts: list[str]) -> bool:
    """Three parts or more, two of them named by a lowercase kind word of another language ("Almaly tumany, ...")."""
    return len(parts) >= 3 and sum(bool(abroad._FOREIGN_LOWER_IN.search(p)) for p in parts) >= 2


def _address_parts(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The span of the parts after the name that make an address, or None."""
    from redact.detect import context as ctx
    from redact.detect.name_words import ORG_SUFFIX
    from redact.detect.stay_cells import numbered_room

    start = m.start("addr")
    parts = m.group("addr").split(",")
    kept: list[str] = []
    country_closes = False
    for part in parts:
        words = part.split()
        if (not words or words[0].lower() in ctx.NOT_A_NAME or words[0].lower().rstrip(".:") in _DOCUMENT_PARTS
                or (numbered_room(words[0].rstrip(".:")) and (len(words) == 1 or any(c.isdigit() for c in part)))):
            # "Avdelning 3", "Rum 12", "Bilaga 2": the organisation's building or the page's part, no home; a town
            # of words opening with a room's word and no number is a town ("Port of Spain")
            break
        if abroad._COUNTRY_PART.match(" ".join(words)) or abroad._ANY_COUNTRY_PART.match(" ".join(words)):
            country_closes = True  # the places before a country are a home, no number needed ("..., Grenada")
            break
        kept.append(part)
    # an organisation the person works at comes before its own address ("Anna Berg, Norrby Energi AB, ...")
    orgs = [n for n, p in enumerate(kept) if ORG_SUFFIX.search(p)]
    if orgs:
        start += len(",".join(kept[:orgs[-1] + 1])) + 1
        kept = kept[orgs[-1] + 1:]
        start += len(kept[0]) - len(kept[0].lstrip()) if kept else 0
    # parts named by lowercase kind words of another language count too ("Almaly tumany, 5-shagyn audany, ...")
    if len(kept) < 2 or not (_foreign_kinds(kept) or country_closes or any(_addressy(p.strip()) for p in kept)):
        return None
    end = start + len(",".join(kept).strip())
    if (tail := abroad._SWEDISH_TAIL.search(text, start, end)) is not None:
        end = tail.start()
    return start, end


# a document's numbered parts and a person's particulars, which a comma after a name may list
_DOCUMENT_PARTS = frozenset({"sida", "sidan", "bilaga", "bilagan", "vecka", "kapitel", "kap", "punkt", "paragraf",
                             "avsnitt", "tabell", "figur", "version", "dnr", "ärende", "nr", "född", "ålder", "år",
                             "tel", "telefon", "mobil", "tfn", "fax", "e-post", "personnummer", "pnr", "box",
                             "postbox", "pl", "besöksadress", "org.nr", "orgnr"})


def check_care_of_abroad(text: str, m: re.Match[str]) -> Verdict | None:
    """The address after "c/o" and a name, taken whole; a country after it is left readable."""
    span = _address_parts(text, m)
    return Verdict(*span, "street address abroad after c/o and a name", 0.8) if span else None


def check_party_then_abroad(text: str, m: re.Match[str]) -> Verdict | None:
    """The address abroad after a party's name opening a line, taken whole; the name is left to the name rules."""
    from redact.detect import context as ctx
    from redact.detect.name_words import ORG_SUFFIX

    words = m.group("name").split()
    if any(w.lower() in ctx.NOT_A_NAME for w in words) or ORG_SUFFIX.search(m.group("name")):
        return None  # an authority's or a firm's own address ("Norrby kommun, Storgatan 4, ...") is no party's home
    if words[0].lower() in _VENUES or not _listed_name(words):
        return None  # "Restaurang Zagros, Stortorget 3, ...": a venue named by its kind, no person
    span = _address_parts(text, m)
    if span is None:
        return None
    # a year is a date's, not a postal code: the parts need a house, a kind word or a postal code of their own
    parts = text[span[0]:span[1]].split(",")
    if not (_foreign_kinds(parts) or _COUNTRY_AFTER.match(text, span[1])
            or any(_addressy(p.strip()) and not _YEAR.fullmatch(p.strip()) for p in parts)):
        return None
    return Verdict(*span, "street address abroad after a party's name", 0.8)


_YEAR = re.compile(r"(?:19|20)\d\d")
# a country closing the places after the name: they are the party's home abroad ("..., St. David, Grenada")
_COUNTRY_AFTER = compiled(rf"{_SEP}{ANY_COUNTRY}(?![\w-])")
# the kinds of venue and business a name may open with ("Restaurang Zagros", "Frisörsalong Bella", "Café Aroma")
_VENUES = frozenset({
    "restaurang", "restaurant", "café", "cafe", "kafé", "kafe", "pizzeria", "grill", "bar", "pub", "hotell", "hotel",
    "vandrarhem", "butik", "affär", "livs", "market", "kiosk", "bageri", "konditori", "salong", "frisör",
    "frisörsalong", "gym", "klinik", "tandvård", "apotek", "verkstad", "bilverkstad", "firma", "galleri", "studio",
    "förskola", "förskolan", "skola", "skolan", "kyrka", "kyrkan", "församling", "moské", "moskén", "föreningen",
    "förening", "stiftelsen", "stiftelse", "klubb", "klubben", "camping", "gård", "gården", "hem", "hemmet",
    "boende", "center", "centre", "shop", "store", "house", "hus", "huset", "kök", "köket", "sushi", "kebab",
})


def _listed_name(words: list[str]) -> bool:
    """True when a word of the name is a listed first name or surname (not a place, not an ordinary word)."""
    from redact.detect.name_words import F, S, classify_word, load_lexicons

    lex = load_lexicons()
    return any(classify_word(w, lex) in (F, S) for w in words)
