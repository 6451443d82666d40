"""A rural address written like a property designation, with its postal code and town: "Myrbyn 4:12, 915 93
Myrbyn" as a registered or postal address.

Where villages have no street names, the population register and the post write the home as the village's
designation; with a postal code and a town after it the text is where a person lives, not the property they own
(which the property rules would mark, and an organisation's would keep). The designation and the postal code are
one address: the same text is never a property and an address at once. A farm's name the register writes before
the designation ("Norrgården, Rönnås 2:14, 826 95 Kvarnbäcken") is the same home's first part.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.types import Finding

# only a comma (and white space, a line end too) between the designation and the postal code
_GAP = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*")
_POSTCODE_TOWN = re.compile(r"(?:SE-?)?\d{3}[ \t\u00a0]?\d{2}[ \t]+[A-ZÅÄÖ]")
# the designation's shape: a place's words, a block number, a colon, a unit ("Myrbyn 4:12", "Övre Ås 1:3")
_DESIGNATION = re.compile(r"^[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,2}[ \t]+\d{1,4}:\d{1,4}$")
# The farm's own name before the designation, set off by a comma ("Norrgården, Rönnås 2:14, 826 95 Kvarnbäcken",
# "Västra Ängsgården, Bergsjöholm 3:12, …"): a farm's compound, its quarter's word before it perhaps, or a family's
# adjective before "gården" ("Ståhlska gården"), or a name with "gård" after it ("Ekeby gård"). The register writes
# the farm first and the designation as its street: the whole is the home.
_FARM_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:Stora|Lilla|Norra|Södra|Östra|Västra|Övre|Nedre|Mellersta|Gamla|Nya|Yttre|Inre)[ \t]+)?"
    r"(?:[A-ZÅÄÖ][a-zåäöé]{2,}(?:gården|gård|torpet|torp|stugan|hemmanet)|[A-ZÅÄÖ][a-zåäöé]{2,}(?:ska|ske)[ \t]+gården"
    r"|[A-ZÅÄÖ][a-zåäöé]{2,}[ \t]+(?:gård|Gård|Gården))"
    r"[ \t]*,[ \t]*\n?[ \t]*$")


def designations_as_addresses(findings: list[Finding], text: str) -> list[Finding]:
    """Findings with each property designation that a postal code and town follow made one address with them."""
    by_start = {f.start: f for f in findings if f.start is not None and f.category in ("POSTAL_CODE", "ADDRESS")}
    out: list[Finding] = []
    absorbed: set[int] = set()
    for f in findings:
        if f.category != "PROPERTY" or f.start is None or f.end is None or not _DESIGNATION.match(f.text):
            out.append(f)
            continue
        gap = _GAP.match(text, f.end)
        post = by_start.get(gap.end()) if gap else None
        if gap is None or post is None or not _POSTCODE_TOWN.match(post.text) or post.end is None:
            out.append(f)
            continue
        absorbed.add(id(post))
        farm = _FARM_BEFORE.search(text, max(0, f.start - 60), f.start)
        start = farm.start() if farm else f.start
        out.append(replace(f, category="ADDRESS", start=start, end=post.end, text=text[start:post.end],
                           reason=f"{f.reason}; fastighetsbeteckning som adress med postnummer och ort"))
    return [f for f in out if id(f) not in absorbed]
