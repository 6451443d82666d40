"""Swedish street addresses by their street word or their postal line: a street with its number, flat and entrance
("Storgatan 12", "Granringen 4 lgh 1102"), a name with its number before a postal code and town ("Fjällbacka 12,
457 40 Fjällbacka", the postal line wrapped to the next line too), a lowercase street beside an address word, a
village's road written in lower case ("tallmyra skolväg 3") and a box with its postal code and town.

A street word or a postal line after a number says the number is a house's; a road's number ("riksväg 45"), an
authority's visiting address and an event's year after a park are not a home. The checks shared by the other
address rules (``NOT_STREET``, ``AUTHORITY_ADDRESS``, ``COUNT_AFTER``) are here. Rules of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address_shapes import (
    EXTRA, L, NUMBER, POST, POST_WRAPPED, POSTCODE, PREFIX, RARE_SUFFIX, SP, STREET, TOWN, U, WORD,
)
from redact.detect.patterns import Verdict, compile_


STREET_NUMBERED = compile_(rf"(?<![\w-]){STREET}{SP}+{NUMBER}{EXTRA}{POST_WRAPPED}?")
RARE_STREET = compile_(rf"(?<![\w-])(?:{PREFIX}{SP}){{0,2}}(?P<core>[{U}](?:[{L}]+?|[{U}]+?)-?(?i:{RARE_SUFFIX}))"
                       rf"{SP}+{NUMBER}{EXTRA}{POST_WRAPPED}?")
# A place's name in two words, the second a small noun ("Fiskebäcks hamn 22", "Hallens fjällstuga 3", "Nolby
# fiskeläge 5"): with its number and the postal code and town after it, the post's own way of writing a home
_SMALL_SECOND = rf"{SP}(?!(?:och|eller|med|till|från|som|har|hade|bor|bodde|inte|utan|under|efter|över)(?![\w]))[{L}]{{4,14}}"
NAMED_WITH_POST = compile_(rf"(?<![\w-])(?P<core>{WORD}(?:{SP}{WORD}|{_SMALL_SECOND})?){SP}+{NUMBER}{EXTRA}{POST}")
# A village or farm and its number, the postal code ending the line and the town on the next ("Lillmyran 112,
# 684 95" / "Vårsjö"); not a box, often the authority's own.
POSTCODE_AT_LINE_END = re.compile(r"\d\d\d[ \u00a0]?\d\d[ \t]*\n")  # the cheap part every such match holds
NAMED_WITH_WRAPPED_POST = compile_(
    rf"(?<![\w-])(?!(?i:box|postbox|pl)(?![\w]))(?P<core>{WORD}(?:{SP}{WORD})?){SP}+{NUMBER}{EXTRA}"
    rf"(?P<post>,?{SP}*{POSTCODE}{SP}*\n[ \t]*{TOWN})")
# Staff notes write "bor på storgatan 12": a lowercase street counts only beside an address word.
LOWERCASE_STREET = compile_(
    rf"(?<![\w-])(?P<core>[{L}]{{2,}}?(?:gatan|vägen|gränd|gränden|stigen|torget|allén|backen|leden))"
    rf"{SP}+{NUMBER}{EXTRA}{POST}?"
)
BOX_WITH_POST = compile_(rf"(?<![\w-])(?P<core>(?i:box|postbox|pl)){SP}+{NUMBER}{POST}")


# What follows a number that makes it a count, not a house: "bor i Kista 3 år", "flyttade till Sverige 2015".
COUNT_AFTER = re.compile(r"[ \t]*(?:år|månader|månad|veckor|vecka|dagar|dag|kr|kronor|st|personer|barn|%|procent)\b",
                         re.IGNORECASE)


# A village's road written wholly in lower case ("tallmyra skolväg 3", "laxforsen bakvägen 5", "granmora byväg
# 30"): the village is a place the page names capitalised elsewhere, or the road is one of a village's kinds.
LOWER_VILLAGE_ROAD = compile_(
    rf"(?<![\w-])(?P<core>(?P<village>[a-zåäö][a-zåäö\-]{{3,}})[ \t]+(?P<road>[a-zåäö]{{1,10}}?(?:väg|vägen|gata|gatan|"
    rf"stig|stigen|gränd|backe|backen)))[ \t]+{NUMBER}{EXTRA}{POST}?"
)
LOWER_ROAD_GATE = re.compile(r"[a-zåäö](?:väg|vägen|gata|gatan|stig|stigen|gränd|backe|backen)[ \t]+\d")
_VILLAGE_ROAD_KINDS = ("by", "skol", "kyrk", "bak", "strand", "sjö", "skogs", "gärdes", "bruks", "stations", "kvarn",
                       "gamla", "nya", "norra", "södra", "östra", "västra", "älv", "ås", "berg", "myr", "tjärn")
_NOT_A_VILLAGE = frozenset({"gamla", "nya", "norra", "södra", "östra", "västra", "enskild", "enskilda", "allmän",
                            "allmänna", "kommunal", "kommunala", "statlig", "statliga", "privat", "privata", "längs",
                            "genom", "förbi", "efter", "från", "till", "mellan", "mot", "över", "under", "utmed"})


def check_lower_village_road(text: str, m: re.Match[str]) -> Verdict | None:
    """A village's road in lower case, the village named on the page or the road a village's kind."""
    village, road = m.group("village"), m.group("road")
    if village in _NOT_A_VILLAGE or village in ctx.NOT_A_NAME or COUNT_AFTER.match(text, m.end("number")):
        return None
    if re.match(r"(?:riks|läns|europa|motor|järn|cykel|gång|huvud|genomfarts|förbifarts|infarts|omfarts)", road):
        return None
    capitalised = village[:1].upper() + village[1:]
    named = re.search(rf"(?<![\w-])(?:{re.escape(capitalised)}|{re.escape(village.upper())})(?![\w-])", text)
    if not named and not road.startswith(_VILLAGE_ROAD_KINDS):
        return None
    return Verdict(m.start(), m.end(), "a village's road in lower case + number")


#: A street with its number at the start of a text (to find the street of an address finding).
STREET_WITH_NUMBER = compile_(rf"{STREET}{SP}+{NUMBER}")

# Road numbers and other "name + number" phrases that are not addresses.
NOT_STREET = re.compile(r"^(?:riksväg|länsväg|europaväg|väg|motorväg|gata|plan|plats)$", re.IGNORECASE)


# A year after a park's or an open place's name is the year of what happens there, not a house number.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PARK_OR_PLACE = re.compile(r"(?i)(?:parken|park|platsen|ängen|stranden|udden|hamnen|torget|torg|vallen|kajen|"
                            r"arenan)$")


# An authority's visiting address ("Besöksadress: Storgatan 4") is public, never a person's home.
AUTHORITY_ADDRESS = ("besöksadress", "besöksadr", "besök")


def _verdict(text: str, m: re.Match[str], kind: str) -> Verdict | None:
    if ctx.label_before(text, m.start(), AUTHORITY_ADDRESS):
        return None
    start = ctx.trim_leading_words(text, m.start(), m.end())
    if start > m.start("core"):
        return None  # the "street" was a label or a preposition ("Se plan 3")
    core = m.group("core")
    if NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME:
        return None
    post = m.group("post")
    if not post and _YEAR.match(m.group("number")) and _PARK_OR_PLACE.search(core):
        return None  # "Sommarscen i Stadsparken 2026": an event's year after a park, no house number
    reason = f"{kind} + number" + (" + postal code + town" if post else "")
    return Verdict(start, m.end(), reason, 0.9 if post else None)


def check_street(text: str, m: re.Match[str]) -> Verdict | None:
    """A street with its number (and postal code and town), not an authority's or a road's."""
    return _verdict(text, m, "street name")


def check_named(text: str, m: re.Match[str]) -> Verdict | None:
    """A name with its number and postal code: a home, at a lower score than a street."""
    v = _verdict(text, m, "name")
    return Verdict(v.start, v.end, v.reason, 0.8) if v else None


def check_named_wrapped(text: str, m: re.Match[str]) -> Verdict | None:
    """A name with its number and the postal code ending the line, the town on the next."""
    # the next line's first word with a colon after it is that line's label ("Signerat: …", "Telefon: …"), no town:
    # the digits before it end an account's or another number's line
    if text.startswith(":", m.end("post")):
        return None
    # the next line's first word runs on into a code's digits ("TS-27-0318"): the letters of a code, no town
    if _CODE_RUNS_ON.match(text, m.end("post")):
        return None
    # two or three capitals before digits in groups with no comma ("FIT 2207 441 83"): a kit's, a card's or a
    # device's number ending a table's row, whose last group only looks like a postal code; a village is a word
    if _CODE_LETTERS.fullmatch(m.group("core")) and not m.group("post").lstrip().startswith(","):
        return None
    return check_named(text, m)


_CODE_RUNS_ON = re.compile(r"-\d")
_CODE_LETTERS = re.compile(r"[A-ZÅÄÖ]{2,3}")


def check_box(text: str, m: re.Match[str]) -> Verdict | None:
    """A box with its postal code and town."""
    return Verdict(m.start(), m.end(), "box + postal code + town", 0.8)
