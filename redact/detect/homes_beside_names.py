"""Homes that running text gives a relative, a named neighbour or a named person, and a street's first word left on
the line before.

* "grannen Sture Vallgren på Ekarp 14": a village or farm and its house number after a neighbour or a relative
  named in full, the name wrapped over a line end or not; the street-word rule (below) takes "på Ekvägen 3"
  there, this one the place without a street word.
* "hos sin syster på Övre" / "Kvarnbacksvägen 12": a street's capitalised first word ("Gamla", "Norra", "Övre")
  ends the line and the street goes on the next; the whole street is the home, not only the part after the break.
* "varannan vecka hos pappa på Aspvägen", "grannen Ingvor Lidén på Rönnlidsvägen": a street after a relative the
  person stays with, or after a neighbour or relative named, is that person's home.
* "brevlådan hos Ulla-Britt Hjalmarsson, Kyrkbyn 14,", "Raili Kettunen, Lomsjö 31, har bokat besök", "| Raili
  Kettunen | Lomsjö 31 |": a village or farm and its number right after the person or property it belongs to, or
  in the next cell of the person's row, is the home; a ward, a page's part or a year is not.

Rules of ``redact.detect.address``; the patterns are here to keep that module small.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address_after_cues import check_after_cue
from redact.detect.address_shapes import EXTRA, L, NUMBER, SP, STREET, U, WORD
from redact.detect.patterns import Verdict, compile_, leading_letters
from redact.detect.streets_abroad import COUNTRY_WORD

_U = "A-ZÅÄÖÉÜ"
_L = "a-zåäöéü"
_PLACE = rf"[{_U}][{_L}]{{2,}}(?:-[{_U}][{_L}]+)?"
_NUMBER = r"(?P<number>\d{1,4})(?:[ \t]?[A-H](?![\w])|[a-h](?![\w]))?(?![\w:%]|[.,]\d)"
_WHO = (r"(?i:grannen|granne|grannfrun|grannmannen|grannkvinnan|mamma|pappa|mor|far|mamman|pappan|modern|fadern|"
        r"mormor|morfar|farmor|farfar|moster|faster|morbror|farbror|bror|brodern|syster|systern|kusin|kusinen|"
        r"sambo|sambon|son|sonen|dotter|dottern)")
# the neighbour's or relative's name: one to three capitalised words, a line end allowed between them
# the name may carry the person's birth date or age between commas ("sonen Nils Ek, född 3.4.1990, på Ekarp 14")
_BORN = r"(?:,[ \t]*\n?[ \t]*(?:född|f\.)[ \t]+\d[\w. -]{3,18}\d,|,[ \t]*\d{1,3}[ \t]+år,)"
PLACE_AFTER_NAMED_KIN = compile_(
    rf"(?<![\w-]){leading_letters(_WHO)}{_WHO}(?:(?:[ \t]+|[ \t]*\n[ \t]*)[{_U}][\w'’-]+){{1,3}}{_BORN}?(?:[ \t]+|[ \t]*\n[ \t]*)(?i:på)[ \t]*\n?[ \t]*"
    rf"(?P<street>(?P<core>{_PLACE})[ \t]+{_NUMBER})"
)
NEEDS_KIN = ("på",)
# What follows a number that makes it no house: a count, a time, a sum.
_NOT_A_HOUSE_AFTER = re.compile(r"[ \t]*(?:år|månader|veckor|dagar|kr|kronor|st|personer|%|procent|timmar|minuter)\b",
                                re.IGNORECASE)


def check_place_after_named_kin(text: str, m: re.Match[str]) -> Verdict | None:
    """The place and number a named neighbour or relative lives at; not a year, a count or a property."""
    core, number = m.group("core"), m.group("number")
    if core.lower() in ctx.NOT_A_NAME or (len(number) == 4 and number[:2] in ("19", "20")):
        return None
    if _NOT_A_HOUSE_AFTER.match(text, m.end("street")):
        return None
    return Verdict(m.start("street"), m.end("street"), "en by och ett husnummer där en namngiven granne eller släkting bor")


# A farm and its village set off by commas after a named neighbour or relative ("grannen Sture Vallgren, Lövås,
# Ekeby, tar emot"): in the countryside a home is named by the farm and the village it belongs to, with no number
# and no street. The clause's comma, stop or line end closes the village.
FARM_VILLAGE_AFTER_NAMED_KIN = compile_(
    rf"(?<![\w-]){leading_letters(_WHO)}{_WHO}(?P<name>(?:(?:[ \t]+|[ \t]*\n[ \t]*)[{_U}][\w'’-]+){{1,3}}),"
    rf"[ \t]*\n?[ \t]*(?P<farm>{_PLACE}),[ \t]*\n?[ \t]*(?P<village>{_PLACE})(?=[ \t]*(?:[,.;)]|\n|$))"
)
NEEDS_KIN_FARM = (",",)


def check_farm_village_after_named_kin(text: str, m: re.Match[str]) -> Verdict | None:
    """The farm and the village of a named neighbour or relative; not a town, a country, a body or another name."""
    from redact.detect.address_countries import COUNTRY
    from redact.detect.name_words import F, ORG_SUFFIX, classify_word, load_lexicons
    from redact.detect.places import place_words, postal_towns

    lex = load_lexicons()
    farm, village = m.group("farm"), m.group("village")
    if classify_word(m.group("name").split()[0], lex) != F or classify_word(farm, lex) == F:
        return None  # no person named before it, or a list of names ("mamma Ida Ek, Lisa, Karin")
    for place in (farm, village):
        if place.lower() in ctx.NOT_A_NAME or re.fullmatch(COUNTRY, place) or ORG_SUFFIX.search(place):
            return None
    if farm in postal_towns(text) or farm in place_words(text):
        return None  # a town first ("Ljusdal, Järvsö"): where someone lives in general, no home
    return Verdict(m.start("farm"), m.end("village"), "gård och by där en namngiven granne eller släkting bor")


# The street words a first word may stand before on the line above ("Gamla" / "Kvarnvägen 4").
_STREET_END = (r"gatan|gata|vägen|väg|gränden|gränd|stigen|stig|torget|torg|backen|backe|leden|allén|allé|"
               r"platsen|plan|slingan|kroken|svängen")
_FIRST_WORDS = r"Gamla|Nya|Norra|Södra|Östra|Västra|Stora|Lilla|Övre|Nedre|Inre|Yttre|Mellersta|Bortre|Främre"
STREET_PREFIX_BROKEN = compile_(
    rf"(?<![\w-])(?P<street>(?:{_FIRST_WORDS})[ \t]*\n[ \t]*[{_U}][{_L}]+(?:{_STREET_END})[ \t]+\d{{1,4}}"
    rf"(?:[ \t]?[A-H](?![\w])|[a-h](?![\w]))?)(?![\w:%]|[.,]\d)"
)
GATE_PREFIX = re.compile(rf"(?:{_FIRST_WORDS})[ \t]*\n")


def check_street_prefix_broken(text: str, m: re.Match[str]) -> Verdict | None:
    """The street with its first word from the line before."""
    return Verdict(m.start("street"), m.end("street"), "gatuadress vars första ord står på raden före")


# A street after a parent or relative the child stays with ("varannan vecka hos pappa på Aspvägen").
_KIN = (r"(?i:mamma|pappa|mor|far|mamman|pappan|modern|fadern|mormor|morfar|farmor|farfar|"
        r"moster|faster|morbror|farbror|bror|brodern|syster|systern|kusin|vän|väninna|pojkvän|flickvän|sambo|"
        r"sin[ ]\w+|hans[ ]\w+|hennes[ ]\w+|deras[ ]\w+)")
STREET_AFTER_KIN = compile_(
    rf"(?<![\w-])(?i:hos)[ \t]+{_KIN}(?:[ \t]+[{U}][\w'’-]+){{0,3}}[ \t]+(?i:på)[ \t]*\n?[ \t]*(?P<street>{STREET})(?![\w-])"
)
# A neighbour or a relative named with the street they live on, without "hos" ("grannen Ingvor Lidén på
# Rönnlidsvägen", "hennes bror Ali Hassan på Tallstigen"): the street is that person's home.
_NEIGHBOUR = r"(?i:grannen|grannarna|granne|grannfrun|grannfamiljen|grannkvinnan|grannmannen)"
STREET_AFTER_NAMED_KIN = compile_(
    rf"(?<![\w-]){leading_letters(_NEIGHBOUR, _KIN)}(?:{_NEIGHBOUR}|{_KIN})(?:[ \t]+[{U}][\w'’-]+){{1,3}}[ \t]+(?i:på)[ \t]*\n?[ \t]*"
    rf"(?P<street>{STREET})(?![\w-])"
)


# A village or farm and its number right after the person or the property it belongs to ("brevlådan hos Ulla-Britt
# Hjalmarsson, Kyrkbyn 14,", "maskinhall på Granmora 8:2, Granmora 201;"): the place and number is the home.
PLACE_AFTER_NAMED = compile_(
    rf"(?<![\w-])(?i:hos|på|vid|till)[ \t]+(?:[A-ZÅÄÖÉÜ][\w'’-]+[ \t]+){{0,3}}(?:[A-ZÅÄÖÉÜ][\w'’-]+|\d{{1,4}}:\d{{1,4}}),"
    rf"[ \t]+(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA})(?=[ \t]*(?:[,;.)]|\n|$))"
)
# A village and its number right after a person's full name ("Raili Kettunen, Lomsjö 31, har bokat besök"), or in
# the next cell of a table row ("| Raili Kettunen | Lomsjö 31 |"): the first word a known first name, the place
# and number standing alone up to a comma, the clause's end or the cell's border.
PLACE_AFTER_PERSON = compile_(
    rf"(?<![\w-])(?P<first>[{U}][{L}]+(?:-[{U}][{L}]+)?)(?:[ \t]+[{U}][\w'’-]+){{1,2}}(?:,[ \t]+|(?P<cell>[ \t]*\|[ \t]*))"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?){SP}+{NUMBER}{EXTRA})(?=[ \t]*(?:[,;.)]|\n|$)|(?(cell)[ \t]*\|))"
)
# what a table's cell beside a name numbers besides a home: a ward, a team, a shift, a zone
_NOT_A_PLACE_CELL = re.compile(r"(?i:avdelning|avd|enhet|team|område|zon|distrikt|tur|station|ålder|lägenhet|lgh|"
                               r"hus|block|trappa|port|kurs|nivå|steg|grad|ak|åk|årskurs)")
_NOT_A_PLACE = re.compile(r"(?i:kapitel|kap|sida|sidan|vecka|punkt|paragraf|bilaga|rum|sal|plan|steg|nivå|klass|grupp|"
                          r"linje|buss|spår|etapp|avsnitt|tabell|figur|box|postbox|år|nr|nummer|pass|kl|hus|våning|plats|bord|dag|"
                          r"version|del|nivå|lag|lagen|artikel|bilagan|tel|telefon|fax|mobil)")


def check_place_after_person(text: str, m: re.Match[str]) -> Verdict | None:
    """A place and number after a person's full name or in the cell beside it."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    lex = load_lexicons()
    if classify_word(m.group("first"), lex) != F or classify_word(m.group("core"), lex) == F:
        return None  # no person before it, or a second person ("Anna Berg, Erik 4 år")
    if m.group("cell") is not None and _NOT_A_PLACE_CELL.fullmatch(m.group("core")):
        return None
    return check_place_after_named(text, m)


def check_place_after_named(text: str, m: re.Match[str]) -> Verdict | None:
    """A place and number after the person or property it belongs to, not a page's part or a year."""
    core, number = m.group("core"), m.group("number")
    if (core.lower() in ctx.NOT_A_NAME or core.isupper() or _NOT_A_PLACE.fullmatch(core) or COUNTRY_WORD.match(core)
            or (len(number) == 4 and number[:2] in ("19", "20"))):
        return None
    return Verdict(m.start("street"), m.end("street"), "a place and house number after the person or property it belongs to")


def check_after_kin(text: str, m: re.Match[str]) -> Verdict | None:
    """A street a relative or neighbour lives on, held to the residence cue's check."""
    return check_after_cue(text, m)
