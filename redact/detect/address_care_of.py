"""The name after "c/o" on an address: the person or firm whose letterbox a home shares ("c/o Jovanović", "c/o O.
Saleh", "c/o Tjärnö Bygg och Måleri AB"), the street after it ("c/o Lind, Ekvägen 3") and a farm or village that
ends the line ("c/o Lind, Backgården"). A household written before the name is the same ("c/o familjehemmet Lind",
"hos fam. Lind, Ekvägen 3": "hos fam." before a name and its street is a c/o written as an address line; "hos
familjen Lind" in a sentence says with whom someone lives, and stays readable). A lodger's line is the same: the host
and the street after "inneboende hos" ("inneboende hos Berg, Ekvägen 3, 1 tr") say at whose door the post arrives.

The name says at whose door the person's post arrives: beside a masked street it would still point to the home, so
it belongs to the address. A home abroad after "c/o" and a name is ``address_after_name_abroad``'s. Rule of
``redact.detect.address``.
"""

from __future__ import annotations

import re

from redact.detect import context as ctx
from redact.detect.address_shapes import PREFIX, SP, WORD
from redact.detect.patterns import Verdict, compile_


# the household or home the name stands for: "c/o familjehemmet Lind", "hos fam. Lind", "hos familjen Lind"
_HOUSEHOLD = r"fam\.|familjen|familjehemmet|familjehem|jourhemmet|jourfamiljen|kontaktfamiljen|stödfamiljen"

# The name after "c/o" is the person whose letterbox a home shares ("c/o Jovanović", "c/o Lind, Ekvägen 3"), the
# given name perhaps by its initial ("c/o O. Saleh", "c/o A.-K. Berg", "c/o E Lind").
CARE_OF = compile_(
    rf"(?<![\w/])(?:(?i:c/o)[ \t]+(?:(?i:{_HOUSEHOLD})[ \t]+)?"
    r"|(?P<hos>(?:(?i:hos)[ \t]+(?i:fam\.)|(?i:inneboende|inackorderad)[ \t]+(?i:hos))[ \t]+))"
    r"(?P<street>"
    r"(?:[A-ZÅÄÖÉÜ](?:\.|(?=[ \t]))(?:-?[A-ZÅÄÖÉÜ]\.)?[ \t]*(?=[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w'’-]))?"
    r"(?P<core>[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w'’-]+"
    # a company's name may join its words with "och" or "&" ("c/o Tjärnö Bygg och Måleri AB")
    r"(?:[ \t]+(?:(?:och|&)[ \t]+)?[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][\w'’-]+){0,4})"
    # the street of the home after the name: "c/o Lind, Ekvägen 3"
    rf"(?:,[ \t]*(?:{PREFIX}{SP}){{0,2}}{WORD}(?:-{WORD})?{SP}+\d{{1,4}}(?:{SP}?[A-H](?![\w])|[a-h](?![\w]))?)?)(?![\w-])"
)


def check_care_of(text: str, m: re.Match[str]) -> Verdict | None:
    """The name after c/o, and the farm or village ending its line."""
    if m.group("core").split()[0].lower() in ctx.NOT_A_NAME:
        return None
    if m.group("hos") and not any(c.isdigit() for c in m.group("street")):
        return None  # "bor hos familjen Lind" alone says with whom, not where: a street after it makes it a c/o
    # "c/o" goes with the name: the line says whose letterbox the person shares; a farm or village after a comma
    # that ends the line or cell is the home itself ("c/o Lind, Backgården")
    end = m.end("street")
    tail = _CARE_OF_PLACE.match(text, end) if not any(c.isdigit() for c in m.group("street")) else None
    if tail is not None and tail.group(1).lower() not in ctx.NOT_A_NAME:
        end = tail.end(1)
    return Verdict(m.start(), end, "name after c/o")


NEEDS = ("c/o", "hos fam.", "inneboende hos", "inackorderad hos")

_CARE_OF_PLACE = compile_(rf",[ \t]*({WORD}(?:-{WORD})?(?:[ \t]+{WORD})?)(?=[ \t]*(?:\n|$|\|))")
