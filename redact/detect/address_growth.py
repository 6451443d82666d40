"""An address abroad found in pieces is grown to the whole address over its comma-separated parts.

The rules find a street abroad by its own words ("12, Rue des Lilas", "77 Huaihai Road"), a flat with its postal
code ("Appt 4, 30050 Rabat") or a room alone ("Room 508"); the parts between and after them belong to the same
address: the flat, room, floor or door ("Appt 4", "Room 508", "Flat 2B", "D: 7"), and the postal code with its town
in either order ("30050 Rabat", "Hangzhou 310006"). Two address findings with only a comma between are one
address when either is abroad; an address abroad takes the unit and postal-code parts beside it. A town alone or a
country after the address is not taken here (the rules that found the street decide that).
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.address_abroad import _KIND_WORD, _POSTCODE, _TOWN
from redact.types import Finding

# a flat, room, floor, suite, door or block with its number, in the languages addresses abroad are written in
_UNIT = (r"(?i:room|rm\.?|flat|apt\.?|appt\.?|apartment|appartement|app\.?|suite|unit|floor|fl\.?|étage|etage|"
         r"bloc|block|blk\.?|building|bldg\.?|door|porte|daire|kat|d:|k:|no[.:]?|nr[.:]?)"
         r"[ \t]*(?:\d{1,5}[A-Za-z]?|[A-Z]\d{0,3})(?![\w-])")
# a postal code with its town, in either order, or a postal code alone
_POST_PART = rf"(?:{_POSTCODE}[ \t]+{_TOWN}|{_TOWN}[ \t]+{_POSTCODE}|{_POSTCODE})"
_SEP = r",[ \t]*\n?[ \t]*"
_FORWARD = re.compile(rf"{_SEP}(?:{_UNIT}|{_POST_PART})(?![\w-])")
_BACKWARD_UNIT = re.compile(rf"(?<![\w-]){_UNIT}{_SEP}$")
# a part before the street opening with a street's or a quarter's word, then its name's capitalised words
_BACKWARD_KIND = re.compile(r"(?:^|(?<=[\s:]))(?P<kind>[^\W\d_]{4,})(?:-[a-z]{1,3})?(?:[ \t]+[^\W\d_a-z][^\W\d_]*){1,3}"
                            rf"{_SEP}$")


def _kind(word: str) -> bool:
    """A street's or a quarter's word of another language, not a Swedish one ("Khiaban", "Xaafadda", "Calle")."""
    return bool(_KIND_WORD.match(word)) and word.lower() not in ("gata", "gatan", "vägen", "gate", "road", "street")


_UNIT_ONLY = re.compile(rf"^{_UNIT}$")
# a year is a date's, not a postal code ("..., Juni 2026")
_YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
_GAP = re.compile(rf"^{_SEP}$")


def _abroad(f: Finding) -> bool:
    """A finding of a rule for addresses abroad or written the English way, or a unit alone ("Room 508")."""
    return "abroad" in f.reason or "English way" in f.reason or bool(_UNIT_ONLY.match(" ".join(f.text.split())))


def grow_addresses_abroad(findings: list[Finding], text: str) -> list[Finding]:
    """Merge address findings abroad that only a comma parts, and grow them over their units and postal code."""
    addresses = sorted((f for f in findings if f.category == "ADDRESS" and f.start is not None and f.end is not None),
                       key=lambda f: (f.start, -(f.end or 0)))
    if not any(_abroad(f) for f in addresses):
        return findings
    others = [f for f in findings if f not in addresses]
    merged: list[Finding] = []
    abroad: set[int] = set()  # the merged findings holding a part abroad
    for f in addresses:
        last = merged[-1] if merged else None
        if (last is not None and (_abroad(last) or _abroad(f)) and last.end is not None and f.start is not None
                and (f.start <= last.end or _GAP.match(text[last.end:f.start]))):
            end = max(last.end, f.end or 0)
            merged[-1] = replace(last, end=end, text=text[last.start:end])
            abroad.add(len(merged) - 1)
        else:
            merged.append(f)
            if _abroad(f):
                abroad.add(len(merged) - 1)
    grown: list[Finding] = []
    for n, f in enumerate(merged):
        if n in abroad and f.start is not None and f.end is not None:
            start, end = f.start, f.end
            while (m := _FORWARD.match(text, end)) is not None and not _YEAR.search(m.group()):
                end = m.end()
            while (b := _BACKWARD_UNIT.search(text, max(0, start - 24), start)) is not None:
                start = b.start()
            # the avenue or quarter before the street, named by its kind word ("Khiaban-e Azadi, Kuche-ye Nasrin 12")
            if (b := _BACKWARD_KIND.search(text, max(0, start - 48), start)) is not None and _kind(b.group("kind")):
                start = b.start()
            if (start, end) != (f.start, f.end):
                f = replace(f, start=start, end=end, text=text[start:end])
        grown.append(f)
    # a piece the grown address now holds ("Appt 6, 90000 Tanger" inside "15, Rue El Qods, Étage 2, Appt 6, ...")
    outer = [g for n, g in enumerate(grown) if n in abroad]
    kept = [f for f in grown if not any(g is not f and g.start <= f.start and f.end <= g.end  # type: ignore[operator]
                                        and (g.start, g.end) != (f.start, f.end) for g in outer)]
    return sorted(others + kept, key=lambda f: (f.start if f.start is not None else -1, f.end or 0, f.category))
