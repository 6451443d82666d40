"""Street addresses: a street name with a number, and the postal code and town that follow.

A street is a capitalised compound ending in a street word ("Storgatan",
"Björkvägen", "Skeppsbron") or a name followed by one ("Karl Johans väg",
"Södra vägen"). The postal code and town may follow on the same line or the
next ("Storgatan 12\\n123 45 Småstad"). A name that is not a street word
("Fjällbacka 12") counts only when a postal code follows.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_

SP, DASH = ctx.SP, ctx.DASH
U = "A-ZÅÄÖÉÜ"
L = "a-zåäöéüß"
WORD = rf"[{U}](?:[{L}]+|[{U}]+)"  # Capitalised or ALL CAPS
PREFIX = rf"(?:{WORD}(?:-{WORD})?\.?|S:t|St\.|[{U}]\.)"

# Street words that end a compound ("Storgatan") ...
COMPOUND_SUFFIX = (
    "gatan|gata|vägen|väg|gränden|gränd|stigen|stig|torget|torg|platsen|allén|allé|alle|"
    "backen|backe|leden|gången|kajen|kaj|bron|parken|stråket|slingan|svängen|kroken|"
    "hagen|länken|bryggan|esplanaden|promenaden|boulevarden|kullen|höjden|ängen|udden|"
    "stranden|strand|terrassen|vallen|gärdet|gården|gård|tået|lyckan"
)
# ... or stand as a word after a name ("Karl Johans väg", "Gustav Adolfs plan").
SEPARATE_SUFFIX = (
    "gatan|gata|vägen|väg|gränd|torg|torget|plan|plats|allé|backe|backar|stig|park|strand|bro|kaj|led|gång|gård|gården"
)
STREET = rf"""
    (?:{PREFIX}{SP}){{0,2}}
    (?P<core>
        [{U}](?:[{L}]+?|[{U}]+?)-?(?i:{COMPOUND_SUFFIX})
      | {WORD}(?:-{WORD})?{SP}(?i:{SEPARATE_SUFFIX})
    )
"""
NUMBER = rf"""
    (?P<number>\d{{1,4}}
        (?:{SP}?[A-H](?![\w])|[a-h](?![\w]))?
        (?:{SP}?{DASH}{SP}?\d{{1,4}}[A-Ha-h]?)?
    )
    (?![\w:%]|[.,]\d)
"""
EXTRA = rf"""
    (?:
        ,?{SP}(?i:lgh|lägenhet)\.?{SP}?(?:nr\.?{SP}?)?\d{{1,4}}(?![\w:])
      | ,?{SP}\d{{1,2}}{SP}?(?i:tr|trappor|trappa)\.?(?![\w])
      | ,?{SP}(?i:nb|bv|n\.b\.|b\.v\.)(?![\w])
    )*
"""
TOWN = rf"{WORD}(?:-{WORD})?(?:{SP}{WORD}(?=[ \t]*(?:\n|$|[,.;)])))?"
POSTCODE = rf"(?:(?:SE|S){DASH})?[1-9]\d\d{SP}?\d\d"
POST = rf"""
    (?P<post>
        (?:,{SP}*\n?[ \t]*|{SP}*\n[ \t]*|{SP}+)
        {POSTCODE}{SP}+{TOWN}
    )
"""

_STREET = compile_(rf"(?<![\w-]){STREET}{SP}+{NUMBER}{EXTRA}{POST}?")
_NAMED_WITH_POST = compile_(rf"(?<![\w-])(?P<core>{WORD}(?:{SP}{WORD})?){SP}+{NUMBER}{EXTRA}{POST}")
# Staff notes write "bor på storgatan 12": a lowercase street counts only beside an address word.
_LOWERCASE_STREET = compile_(
    rf"(?<![\w-])(?P<core>[{L}]{{2,}}?(?:gatan|vägen|gränd|gränden|stigen|torget|allén|backen|leden))"
    rf"{SP}+{NUMBER}{EXTRA}{POST}?"
)
_BOX_WITH_POST = compile_(rf"(?<![\w-])(?P<core>(?i:box|postbox|pl)){SP}+{NUMBER}{POST}")

# A street after a residence cue needs no number: "bor på Lingonstigen", "flyttade till Backavägen".
# Not "boende på": there it is the noun ("boende på Ekebygården", the residents of a care home).
_RESIDENCE_CUE = (
    r"(?i:bor|bodde|bott|bosatt|hemma|flyttade|flyttat|flyttar|flytta|flyttade[ ]in|flyttat[ ]in|"
    r"skriven|folkbokförd|adressen|vistas|vistades|"
    # a home named, or moved out of: "en lägenhet som kommunen hyr ut på Skolgatan", "flyttar från Sandgatan"
    r"lägenhet|lägenheten|bostad|bostaden)"
)
_STREET_AFTER_CUE = compile_(
    rf"(?<![\w-]){_RESIDENCE_CUE}"
    # a few words may stand between the cue and its preposition: "bor hos mormor på", "bor hemma på",
    # "flyttar den 12 december från"
    rf"(?:(?:{SP}+[{L}\d]+){{1,4}}?{SP}+(?i:på|vid|från)|{SP}+(?i:på|till|vid|i|in[ ]på|hos[ ]oss[ ]på|från)?)"
    rf"{SP}*\n?{SP}*(?P<street>{STREET})(?![\w-])"  # the street may begin the next line
)
# After an address label any name with a number is the address ("Adress: Hagalund 3").
_AFTER_ADDRESS_LABEL = compile_(
    rf"(?<![\w-])(?i:adress|hemadress|bostadsadress|folkbokföringsadress|postadress|c/o[ ]adress)[ \t]*:?[ \t]*"
    rf"(?P<street>(?P<core>{WORD}(?:-{WORD})?(?:{SP}{WORD})?){SP}+{NUMBER}{EXTRA}{POST}?)"
)
# An address abroad written the English way, number first ("14 Elmwood Road", "7b Mill Lane"),
# and a British postcode after its town ("Bristol BS6 7RT").
_EN_STREET_WORD = (r"(?:Road|Street|Avenue|Lane|Drive|Close|Way|Crescent|Gardens|Place|Terrace|Court|Square|"
                   r"Grove|Row|Walk|Mews|Rd|St|Ave)")
_ENGLISH_STREET = compile_(
    rf"(?<![\w-])(?P<core>\d{{1,4}}[a-zA-Z]?,?{SP}+(?:[{U}][{L}']+{SP}+){{1,3}}{_EN_STREET_WORD})\.?(?![\w-])"
)
_UK_POSTCODE = compile_(
    rf"(?<![\w-])(?P<core>[{U}][{L}]+(?:{SP}[{U}][{L}]+)?),?{SP}+[A-Z]{{1,2}}\d[A-Z\d]?{SP}\d[A-Z]{{2}}(?![\w-])"
)
#: A street with its number at the start of a text (to find the street of an address finding).
STREET_WITH_NUMBER = compile_(rf"{STREET}{SP}+{NUMBER}")

# Road numbers and other "name + number" phrases that are not addresses.
_NOT_STREET = re.compile(r"^(?:riksväg|länsväg|europaväg|väg|motorväg|gata|plan|plats)$", re.IGNORECASE)


# An authority's visiting address ("Besöksadress: Storgatan 4") is public, never a person's home.
_AUTHORITY_ADDRESS = ("besöksadress", "besöksadr", "besök")


def _verdict(text: str, m: re.Match[str], kind: str) -> Verdict | None:
    if ctx.label_before(text, m.start(), _AUTHORITY_ADDRESS):
        return None
    start = ctx.trim_leading_words(text, m.start(), m.end())
    if start > m.start("core"):
        return None  # the "street" was a label or a preposition ("Se plan 3")
    core = m.group("core")
    if _NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME:
        return None
    post = m.group("post")
    reason = f"{kind} + number" + (" + postal code + town" if post else "")
    return Verdict(start, m.end(), reason, 0.9 if post else None)


def _check_street(text: str, m: re.Match[str]) -> Verdict | None:
    return _verdict(text, m, "street name")


def _check_named(text: str, m: re.Match[str]) -> Verdict | None:
    v = _verdict(text, m, "name")
    return Verdict(v.start, v.end, v.reason, 0.8) if v else None


def _check_after_cue(text: str, m: re.Match[str]) -> Verdict | None:
    core = m.group("core")
    if _NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME:
        return None
    return Verdict(m.start("street"), m.end("street"), "street name after a residence cue")


def _check_after_label(text: str, m: re.Match[str]) -> Verdict | None:
    core = m.group("core")
    if _NOT_STREET.match(core.split()[0].rstrip(".")) or core.lower() in ctx.NOT_A_NAME or core.lower() == "box":
        return None
    return Verdict(m.start("street"), m.end("street"), "name + number after an address label")


def _check_english(text: str, m: re.Match[str]) -> Verdict | None:
    if ctx.label_before(text, m.start(), _AUTHORITY_ADDRESS):
        return None
    return Verdict(m.start(), m.end("core"), "street address written the English way")


def _check_uk_postcode(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start(), m.end(), "town + British postcode")


def _check_box(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start(), m.end(), "box + postal code + town", 0.8)


class AddressRecognizer(SwedishPatternRecognizer):
    """Swedish street addresses with number, optionally with postal code and town."""

    ENTITY = "ADDRESS"
    NAME = "address"
    CONTEXT = ctx.ADDRESS
    RULES = (
        Rule("street", _STREET, score=0.7, context_score=0.9, check=_check_street),
        Rule("name_with_postcode", _NAMED_WITH_POST, score=0.8, context_score=0.9, check=_check_named),
        Rule("lowercase_street", _LOWERCASE_STREET, score=0.6, context_score=0.8, check=_check_street,
             require_context=True, before=25, needs=("gatan", "vägen", "gränd", "stigen", "torget", "allén", "backen", "leden")),
        Rule("street_after_residence_cue", _STREET_AFTER_CUE, score=0.75, check=_check_after_cue,
             needs=("bo", "hemma", "flytta", "skriven", "folkbokförd", "adressen", "lägenhet", "bostad", "vista")),
        Rule("after_address_label", _AFTER_ADDRESS_LABEL, score=0.8, check=_check_after_label, needs=("adress",)),
        Rule("english_street", _ENGLISH_STREET, score=0.7, context_score=0.85, check=_check_english,
             needs=("road", "street", "avenue", "lane", "drive", "close", "way", "crescent", "gardens", "place",
                    "terrace", "court", "square", "grove", "row", "walk", "mews", "rd", "st", "ave")),
        Rule("uk_postcode", _UK_POSTCODE, score=0.7, context_score=0.85, check=_check_uk_postcode),
        Rule("box_with_postcode", _BOX_WITH_POST, score=0.8, context_score=0.85, check=_check_box, needs=("box", "pl ")),
    )


def address_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the street addresses in ``text`` (to tell a lone postal code from one in an address)."""
    spans = []
    for rule in AddressRecognizer.RULES:
        for m in rule.regex.finditer(text):
            v = rule.check(text, m) if rule.check else None
            if v is not None:
                spans.append((v.start, v.end))
    return spans
