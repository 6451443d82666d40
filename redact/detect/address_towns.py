"""The village or town after a street and its number, set off by a comma in running text, with no postal code:
"grannen Per Holm, Skolvägen 7, Myrbyn, säger att …", "klagomål från Eva Ek, Bygatan 3, Åsele:".

The street's rule takes a town after the comma only where it ends the line or the cell; in a sentence the town is
followed by more punctuation and the clause goes on. The town is the address's last part: a village of a few
houses beside a masked street and number still narrows the home down. Only one capitalised word (or two joined by
a hyphen) right before a comma, a colon, a semicolon, a full stop or a closing bracket; "Storgatan 4 i Ekby" keeps
"i Ekby" outside, as the sets mark it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

_TOWN_AFTER = re.compile(r"[ \t]*,[ \t]*(?P<town>[A-ZÅÄÖ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?=[,:;.)](?:[ \t\n]|$))")
# the finding ends in the street's number or its house letter ("Byvägen 9", "Åsgatan 12 B"), no postal code, or in
# the flat, floor or entrance after the number ("Köpmangatan 2, 3 tr", "Åsvägen 5 lgh 1001", "Ekgatan 3, port 2"):
# the town after them is the same address's
_ENDS_IN_NUMBER = re.compile(r"(?<![\d ])[ \t]\d{1,4}(?:[ \t]?[A-Ha-h])?"
                             r"(?:,?[ \t]+(?:\d{1,2}[ \t]?(?i:tr|trappor|trappa)\.?|(?i:lgh|lägenhet)\.?[ \t]?\d{1,4}"
                             r"|(?i:port|uppgång|trappuppgång|ingång|entré|hus|vån\.?|våning|lokal)[ \t]+"
                             r"(?:\d{1,3}[A-Za-z]?|[A-H])))*$")
# words that end a street address's clause but name no place
_NOT_TOWNS = frozenset({"Tel", "Telefon", "Mobil", "Tfn", "Org", "Lgh", "Tr", "Vån"})


def with_town_after(f: Finding, text: str) -> Finding:
    """A street and number followed by ", Town" and more punctuation, with the town."""
    if f.category != "ADDRESS" or f.start is None or f.end is None or not _ENDS_IN_NUMBER.search(f.text):
        return f
    m = _TOWN_AFTER.match(text, f.end)
    if m is None or m.group("town") in _NOT_TOWNS:
        return f
    return replace(f, end=m.end("town"), text=text[f.start:m.end("town")])


# "i" between a street's number and one capitalised word ("Kvarngatan 40 i Sala", "… 5 i Bräkne-Hoby")
_IN_TOWN = re.compile(r"[ \t]+i(?:[ \t]+|[ \t]*\n[ \t]*)")
_ONE_PLACE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")


def drop_towns_read_as_persons(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without a one-word person right after a street's number and "i": the street's town ("bor på
    Kvarngatan 40 i Sala"), which the model reads as a surname; the sets keep "i Ekby" outside the address."""
    ends = {f.end for f in findings if f.category == "ADDRESS" and f.status != "rejected" and f.end is not None
            and _ENDS_IN_NUMBER.search(f.text)}
    if not ends:
        return findings

    def town(f: Finding) -> bool:
        if f.category != "PERSON" or f.start is None or not _ONE_PLACE_WORD.fullmatch(f.text):
            return False
        m = _IN_TOWN.search(text, max(0, f.start - 8), f.start)
        return m is not None and m.end() == f.start and m.start() in ends

    return [f for f in findings if not town(f)]
