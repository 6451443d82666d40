"""The name after "c/o" on an address: the person or firm whose letterbox a home shares ("c/o Jovanović", "c/o O.
Saleh", "c/o Tjärnö Bygg och Måleri AB"), the street after it ("c/o Lind, Ekvägen 3") and a farm or village that
ends the line ("c/o Lind, Backgården"). A household written before the name is the same ("c/o familjehemmet Lind",
"hos fam. Lind, Ekvägen 3", "hos familjen Lind, Ekvägen 3": the household before a name and its street is a c/o
written as an address line; "hos familjen Lind" in a sentence without a street says with whom someone lives, and
stays readable). A lodger's line is the same: the host
and the street after "inneboende hos" ("inneboende hos Berg, Ekvägen 3, 1 tr") say at whose door the post arrives.
So does "hos" and a name opening an address line or cell before the street ("hos Berg, Ekvägen 3"): a c/o written
in Swedish.

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
    rf"|(?P<hos>(?:(?i:hos)[ \t]+(?i:{_HOUSEHOLD})|(?i:inneboende|inackorderad)[ \t]+(?i:hos))[ \t]+)"
    # "hos" alone opening the line or cell, a c/o written in Swedish ("hos Berg, Ekvägen 3"): checked below
    r"|(?P<bare>(?i:hos))[ \t]+)"
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
    if m.group("bare") and not (_opens_line(text, m.start()) and "," in m.group("street")
                                and any(c.isdigit() for c in m.group("street"))):
        return None  # "Han bor hos Berg" in a sentence, or "hos" without a street: only a line's c/o with its street
    if m.group("hos") and not any(c.isdigit() for c in m.group("street")):
        return None  # "bor hos familjen Lind" alone says with whom, not where: a street after it makes it a c/o
    if (m.group("hos") and _FAMILY_WORD.match(m.group("hos"))
            and not _POSTAL_LINE_AFTER.match(text, m.end("street"))):
        return None  # "au pair hos familjen Lind, Ekvägen 8, sedan maj": the postal line makes the words an address
    # "c/o" goes with the name: the line says whose letterbox the person shares; a farm or village after a comma
    # that ends the line or cell is the home itself ("c/o Lind, Backgården")
    end = m.end("street")
    tail = _CARE_OF_PLACE.match(text, end) if not any(c.isdigit() for c in m.group("street")) else None
    if tail is not None and tail.group(1).lower() not in ctx.NOT_A_NAME:
        end = tail.end(1)
    start = m.start()
    if m.group("hos") and _FAMILY_WORD.match(m.group("hos")) and _WORDS_BEFORE.search(text, max(0, start - 40), start):
        # "bor hos familjen Lind, Ekvägen 3": in a sentence "hos" is the sentence's word, the household the address's
        start += len(m.group("hos")) - len(m.group("hos")[3:].lstrip())
    return Verdict(start, end, "name after c/o")


# "hos" and a household's whole word ("familjen", "jourhemmet"): an address line only with the postal line after the
# street ("hos familjen Lind, Ekvägen 3, 451 91 Ekvik"), as the short "hos fam." is one with the street alone
_FAMILY_WORD = re.compile(r"(?i)hos[ \t]+(?!fam\.)")
_POSTAL_LINE_AFTER = re.compile(r"[ \t]*,[ \t]*\d{3}[ \u00a0]?\d\d[ \t]+[A-ZÅÄÖ]")
# a word before "hos", on its line or ending the line before (a sentence wrapped before it): the household stands in
# a sentence, not opening an address line
_WORDS_BEFORE = re.compile(r"[^\W\d_](?:[ \t]+|[ \t]*\n[ \t]*)$")
# nothing before on the line but a cell's border: the words open an address line or a table's cell
_LINE_OPENS = re.compile(r"(?:^|[\n|\t])[ \t]*$")


def _opens_line(text: str, at: int) -> bool:
    """True when ``at`` opens a line or a cell, and no sentence wrapped onto the line goes on there (the line before
    ends in a word or a comma: "Hämtningen sker\nhos Lind, Ekvägen 3")."""
    m = _LINE_OPENS.search(text, max(0, at - 40), at)
    if m is None:
        return False
    if text[m.start():m.start() + 1] != "\n":
        return True
    before = text[:m.start()].rstrip(" \t")
    return not (before and (before[-1].isalpha() or before[-1] == ","))

NEEDS = ("c/o", "hos")

_CARE_OF_PLACE = compile_(rf",[ \t]*({WORD}(?:-{WORD})?(?:[ \t]+{WORD})?)(?=[ \t]*(?:\n|$|\|))")
