"""A home abroad after "c/o" and the name of the person whose letterbox it is: "c/o Omar Haddad, 15 Shari
El-Tahrir, Dokki, Giza 12611", "c/o Rana Aziz, Blvd. Chamran, Kuche 12, Pelak 5, Shiraz".

The name is left to the c/o rule of ``redact.detect.address``; this rule takes the comma-separated parts after it
when they read as an address in any country's way: a street with its house number (number first or last), a
postal code, or a part named by a street or quarter word of the country's language ("Rue", "Degmada", "Woreda").
A Swedish c/o address is found by the Swedish rules as well; a named room or department ("Avdelning 3") is an
organisation's and ends the match. Rule of ``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import address_abroad as abroad
from redact.detect.patterns import Verdict, compile_

_NAME = r"[^\W\d_a-zß-ÿ][\w'’-]+"
_SEP = r",[ \t]*\n?[ \t]*"
CARE_OF_ABROAD = compile_(
    rf"(?<![\w/])(?i:c/o)[ \t]+(?:{_NAME}[ \t]+){{0,3}}{_NAME}{_SEP}"
    rf"(?P<addr>{abroad._PART}(?:{_SEP}{abroad._PART}){{1,6}})"
    # the address ends its clause or cell, or the sentence goes on in lower case
    r"(?=[ \t]*(?:[.;)|]|\n|$)|[ \t]+[a-zåäö])"
)
NEEDS = ("c/o",)
_NUMBER_FIRST = re.compile(r"^(?:N[º°o]\.?[ \t]*)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)*,?(?:[ \t]+[^\W\d_]|$)")


def _addressy(part: str) -> bool:
    """A part that makes the parts an address: a house number, a postal code, or a street or quarter word."""
    words = part.split()
    return bool(
        abroad._HOUSE_NUMBER_END.search(part) or abroad._HOUSE_NUMBER_IN.search(part) or _NUMBER_FIRST.match(part)
        or abroad._POSTCODE_PART.match(part) or re.search(r"(?<![\w-])\d{4,6}$", part)
        or (words and abroad._KIND_WORD.match(words[0].split("-")[0]))
        or abroad._KIND_AFTER.search(part))


def check_care_of_abroad(text: str, m: re.Match[str]) -> Verdict | None:
    """The address after "c/o" and a name, taken whole; a country after it is left readable."""
    from redact.detect import context as ctx
    from redact.detect.stay_cells import numbered_room

    start = m.start("addr")
    parts = m.group("addr").split(",")
    kept: list[str] = []
    for part in parts:
        words = part.split()
        if not words or words[0].lower() in ctx.NOT_A_NAME or numbered_room(words[0].rstrip(".:")):
            break  # "Avdelning 3", "Rum 12": the organisation's building, not the home
        if abroad._COUNTRY_PART.match(" ".join(words)):
            break
        kept.append(part)
    if len(kept) < 2 or not any(_addressy(p.strip()) for p in kept):
        return None
    end = start + len(",".join(kept).rstrip())
    if (tail := abroad._SWEDISH_TAIL.search(text, start, end)) is not None:
        end = tail.start()
    return Verdict(start, end, "street address abroad after c/o and a name", 0.8)
