"""Homes that running text gives a named neighbour or relative, and a street's first word left on the line before.

* "grannen Sture Vallgren på Ekarp 14": a village or farm and its house number after a neighbour or a relative
  named in full, the name wrapped over a line end or not; the street-word rule of ``redact.detect.address``
  takes "på Ekvägen 3" there, this one the place without a street word.
* "hos sin syster på Övre" / "Kvarnbacksvägen 12": a street's capitalised first word ("Gamla", "Norra", "Övre")
  ends the line and the street goes on the next; the whole street is the home, not only the part after the break.

Rules of ``redact.detect.address``; the patterns are here to keep that module small.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Verdict, compile_rule, leading_letters, rule_regex

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
PLACE_AFTER_NAMED_KIN = compile_rule(
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
FARM_VILLAGE_AFTER_NAMED_KIN = compile_rule(
    rf"(?<![\w-]){leading_letters(_WHO)}{_WHO}(?P<name>(?:(?:[ \t]+|[ \t]*\n[ \t]*)[{_U}][\w'’-]+){{1,3}}),"
    rf"[ \t]*\n?[ \t]*(?P<farm>{_PLACE}),[ \t]*\n?[ \t]*(?P<village>{_PLACE})(?=[ \t]*(?:[,.;)]|\n|$))"
)
NEEDS_KIN_FARM = (",",)


def check_farm_village_after_named_kin(text: str, m: re.Match[str]) -> Verdict | None:
    """The farm and the village of a named neighbour or relative; not a town, a country, a body or another name."""
    from redact.detect.address_abroad import COUNTRY
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
STREET_PREFIX_BROKEN = compile_rule(
    rf"(?<![\w-])(?P<street>(?:{_FIRST_WORDS})[ \t]*\n[ \t]*[{_U}][{_L}]+(?:{_STREET_END})[ \t]+\d{{1,4}}"
    rf"(?:[ \t]?[A-H](?![\w])|[a-h](?![\w]))?)(?![\w:%]|[.,]\d)"
)
GATE_PREFIX = rule_regex(rf"(?:{_FIRST_WORDS})[ \t]*\n")


def check_street_prefix_broken(text: str, m: re.Match[str]) -> Verdict | None:
    """The street with its first word from the line before."""
    return Verdict(m.start("street"), m.end("street"), "gatuadress vars första ord står på raden före")
