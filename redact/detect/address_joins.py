"""A home's address found in pieces is one address: the pieces with only a comma between.

The rules, the postal-code rule and the learned tagger may each find a part of one address ("c/o Lind", "Åby by 4",
"668 91 Norrsjö"); the comma between them would stay readable and the reviewer would see three findings for one
home. A postal code with its town right after an address is its last part; an address piece without a number before
another (a "c/o" name, a farm) is its first. An institution named before the street ("Bostad: Äldreboendet Lärkan,
Lärkgatan 10") is no piece found as an address and stays readable. The country named after the joined address is its last part.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.address_countries import ANY_COUNTRY, NOT_A_COUNTRY_AFTER
from redact.detect.address_growth import with_country_after
from redact.detect.address_unit_pieces import unit_then_building
from redact.detect.first_chars import compiled
from redact.types import Finding

# only a comma (and the white space around it, a line end too) between two parts
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*")
# a postal code with its town follows its street after a comma, a space or a line end
_POST_GAP = re.compile(r"[ \t]*,?[ \t]*\n?[ \t]*")


def _joinable(first: Finding, second: Finding, gap: str) -> bool:
    """True when ``second`` continues the address ``first`` with only ``gap`` between."""
    if second.category == "POSTAL_CODE":
        return bool(_POST_GAP.fullmatch(gap))
    # two addresses after each other with numbers are two homes; a part without a number opens the next, and so
    # does a flat or a floor before its block ("Flat C, 14/F" and "Block 2, …": address_unit_pieces)
    return (second.category == "ADDRESS" and bool(_COMMA_GAP.fullmatch(gap))
            and (not any(c.isdigit() for c in first.text) or unit_then_building(first.text, second.text)))


def join_address_parts(findings: list[Finding], text: str) -> list[Finding]:
    """Merge an address with the pieces of the same address beside it (see the module's docstring)."""
    parts = sorted((f for f in findings if f.category in ("ADDRESS", "POSTAL_CODE") and f.start is not None
                    and f.end is not None), key=lambda f: (f.start, -(f.end or 0)))
    if not any(f.category == "ADDRESS" for f in parts):
        return findings
    joined: list[Finding] = []
    for f in parts:
        last = joined[-1] if joined else None
        if last is not None and last.category == "ADDRESS" and last.end is not None and f.start is not None and (
                f.start < last.end or _joinable(last, f, text[last.end:f.start])):
            end = max(last.end, f.end or 0)
            joined[-1] = replace(last, end=end, text=text[last.start:end], score=max(last.score, f.score))
            continue
        joined.append(f)
    ids = {id(p) for p in parts}
    # the country after the joined address is its last part: it was joined to the piece that ends before it only
    # when that piece was an address ("Calle Luna 8, 2º izquierda, 28010 Madrid, España", the postal code and town a
    # piece of its own)
    joined = [with_country_after(f, text) for f in joined]
    out = [f for f in findings if id(f) not in ids] + joined
    return sorted(out, key=lambda f: (f.start if f.start is not None else -1, -(f.end or 0)))


# The next cell or line after a home's street: a town and the country alone ("Bole Sub-City, House 12 | Addis
# Abeba, Etiopien"), a district before the town ("… | Hamra, Beyrouth, Liban"; the country closing the cell may be
# one whose name is a given name too), the postal half of an address abroad split over two cells, which has no
# postal code to say so,
# or a code of a shape the postal rules do not read alone: three digits after the country's letters ("FO-410
# Runavík, Føroyar"), a Canadian code after the town and its province in brackets ("Laval (Québec) H7N 3T4, Canada")
_PLACE_WORDS = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t][^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*){0,2}"
_TOWN_COUNTRY_AFTER = compiled(
    rf"[ \t]*(?:\|[ \t]*|\n[ \t]*)(?P<place>(?:[A-Z]{{2}}-\d{{3,5}}[ \t]+)?(?:{_PLACE_WORDS},[ \t]*)?{_PLACE_WORDS}"
    r"(?:[ \t]+\([^\W\d_a-zß-ÿ][^\W\d_]*(?:[ \t-][^\W\d_]+)?\))?(?:[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)?,[ \t]*"
    rf"(?P<country>{ANY_COUNTRY}|{'|'.join(sorted(NOT_A_COUNTRY_AFTER))}))(?![\w'’-])(?=[ \t]*(?:\||\n|$))")
_HOME_COUNTRY = frozenset({"Sverige", "Sweden"})
# ... or the postal half of a Latin American or a Japanese address: the neighbourhood by its word and the postal code
# with the town ("Col. Roma Norte, 06700 CDMX", "Bairro Centro, 01310-100 São Paulo"), the city by its unit's suffix
# and the prefecture with the postal code ("Setagaya-ku, Tokyo 156-0054")
_NAMES = r"[^\W\d_a-zß-ÿ][^\W\d_]*\.?(?:[ \t][^\W\d_a-zß-ÿ][^\W\d_]*\.?){0,2}"
_POSTAL_HALF_AFTER = re.compile(
    r"[ \t]*(?:\|[ \t]*|\n[ \t]*)(?P<place>"
    rf"(?:Col\.|Colonia|Fracc\.|Fraccionamiento|Barrio|Bairro|Urb\.|Urbanización)[ \t]+{_NAMES},[ \t]*\d{{5}}(?:-\d{{3}})?"
    rf"[ \t]+{_NAMES}"
    r"|[A-ZŌŪ][a-zōū]+-(?:shi|ku|gun|machi|cho|chō|mura),[ \t]*[A-ZŌŪ][a-zōū]+[ \t]+〒?\d{3}-\d{4})"
    r"(?![\w'’-])(?=[ \t]*(?:\||\n|$))")
# ... or a postal code of five to seven digits, or with its country's letters, and the town alone in that cell, as an
# address abroad split over two cells writes it ("100047 Toshkent", "LT-01103 Vilnius"): the postal rules read no such
# code alone, and the street's cell may have been read as something else besides (a name in "Yunusobod tumani, ...")
_FOREIGN_POSTAL_AFTER = compiled(
    r"[ \t]*(?:\|[ \t]*|\n[ \t]*)(?P<place>(?:\d{5,7}|[A-Z]{1,2}-\d{4,5})[ \t]+(?P<town>[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?)"
    # (the province after a comma: "48005 Bilbo, Bizkaia"; or the town first and its country's postcode after it, as
    # Latvia writes it: "Rīga, LV-1012")
    r"(?:[ \t][^\W\d_a-zß-ÿ][^\W\d_]+)?(?:,[ \t]*[^\W\d_a-zß-ÿ][^\W\d_]+)?"
    r"|(?P<first>[^\W\d_a-zß-ÿ][^\W\d_]+(?:-[^\W\d_]+)?),[ \t]*[A-Z]{2}-\d{4,5})(?![\w'’-])(?=[ \t]*(?:\||\n|$))")


def with_town_cell_after(findings: list[Finding], text: str) -> list[Finding]:
    """Add the town and country in the cell or line right after a home's street (see _TOWN_COUNTRY_AFTER), or the
    postal half of a Latin American or a Japanese address (see _POSTAL_HALF_AFTER), as the address's second part; a
    name read in the town gives way to it."""
    findings = [_to_town_cell_end(f, text) for f in findings]
    added = []
    for f in findings:
        if f.category != "ADDRESS" or f.start is None or f.end is None or not any(c.isdigit() for c in f.text):
            continue
        m = _TOWN_COUNTRY_AFTER.match(text, f.end) or _POSTAL_HALF_AFTER.match(text, f.end)
        reason = "ort och land i cellen efter en adress"
        if m is None and (post := _FOREIGN_POSTAL_AFTER.match(text, f.end)) is not None and not _ordinary(
                post["town"] or post["first"]):
            m, reason = post, "postnummer och ort i cellen efter en adress"
        if m is None or m.groupdict().get("country") in _HOME_COUNTRY:
            continue
        a, b = m.start("place"), m.end("place")
        # (a piece of it found already, "06700 CDMX", "48005 Bilbo" before its province, is taken into the whole half;
        # so is the tagger's piece of a town's cell, "Québec) H7N 3T4, Canada" without the town: see _tagged_piece)
        if any(g.category in ("ADDRESS", "POSTAL_CODE") and g.start is not None and g.end is not None
               and (g.start <= a and b <= g.end if m.re is _POSTAL_HALF_AFTER or (
                   m.re is _FOREIGN_POSTAL_AFTER and m.group("place").count(",")) else g.start < b and a < g.end)
               and not _tagged_piece(g, [(a, b)]) for g in findings):
            continue
        added.append(replace(f, id=f"{f.id}-town", start=a, end=b, text=text[a:b], score=0.75, detector="address",
                             reason=reason))
    if not added:
        return findings
    spans = [(g.start, g.end) for g in added]
    kept = [g for g in findings if not ((g.category == "PERSON" or _tagged_piece(g, spans))
                                        and g.start is not None and g.end is not None
                                        and any(a <= g.start and g.end <= b for a, b in spans))]
    return sorted(kept + added, key=lambda f: (f.start if f.start is not None else -1, -(f.end or 0)))


def _to_town_cell_end(f: Finding, text: str) -> Finding:
    """A home's street joined with the first part of the town's cell after it (the tagger's "4e étage / Hamra,
    Beyrouth" without ", Liban"), run on to the cell's end where the cell is a town and its country."""
    if f.category != "ADDRESS" or f.start is None or f.end is None or not any(c.isdigit() for c in f.text):
        return f
    at = text.rfind("\n", f.start, f.end)
    m = _TOWN_COUNTRY_AFTER.match(text, at) if at > f.start else None
    if m is None or not m.start("place") < f.end < m.end("place") or m.group("country") in _HOME_COUNTRY:
        return f
    return replace(f, end=m.end("place"), text=text[f.start:m.end("place")])


def _tagged_piece(g: Finding, cells: list[tuple[int, int]]) -> bool:
    """True for the tagger's address inside one of ``cells`` and shorter than it: a piece of the town's cell it read
    without the town, which the whole cell takes in."""
    if g.category != "ADDRESS" or "learned_spans" not in g.detector or g.start is None or g.end is None:
        return False
    return any(a <= g.start and g.end <= b and (a, b) != (g.start, g.end) for a, b in cells)


def _ordinary(word: str) -> bool:
    """True for a word of the Swedish text, no town ("100115 Kronor", "441820 Beslut")."""
    from redact.detect import context as ctx

    return word.lower() in ctx.NOT_A_NAME
