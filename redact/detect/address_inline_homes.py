"""A former home written after its cue on the cue's own line, taken to the comma that ends the line.

A relative's mail writes "Dad lived before at Apt 3, Sallowmore House, Galway," / "and from December …": a rule or
the tagger finds the flat or the house by its number ("Apt 3", "14-B"), and the named house, the block, the quarter
and the town after it stay readable. Where the line ends with a comma and the next line goes on in small letters (the
sentence's next clause), the places after the address up to that comma, each of capitalised words, are the same home's;
so is the unit's word before a number the address opens with ("House" of "House 14-B").

A place holding another finding (a date, a phone, a number) is no home's part; a line that holds a sentence's end after
the address has no clause of its own to close.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.window_places import line_spans
from redact.types import Finding

# (a single capital is a word too: "Block C")
_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"
#: A place of a home abroad: one to four capitalised words, a particle perhaps between them ("Mont Fleuri", "Rue de
#: Rome", "Sallowmore House"); read by ``address_cued_lines`` too.
HOME_PLACE = rf"{_WORD}(?:[ \t]+(?:(?:de|du|des|la|le|da|do|dos|das|del|el|al|of|l['’])[ \t]*)?{_WORD}){{0,3}}"
_PLACES_TO_COMMA = re.compile(rf"(?:,[ \t]*{HOME_PLACE}){{1,4}},")
# the unit's word before the number an address opens with, as homes abroad are written ("House 14-B", "Lot 7")
_UNIT_WORD_BEFORE = re.compile(r"(?<![\w-])(?:House|Apt\.?|Apartment|Flat|Unit|Lot|Plot|Villa|Casa|Maison|Room|"
                               r"Suite|Block|Bloc)[ \t]+$")


def with_inline_cued_homes(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """The findings, with every address ending its line's clause grown over the places after it to the line's comma."""
    live = [f for f in findings if f.status != "rejected" and f.start is not None and f.end is not None]
    if not any(f.category == "ADDRESS" for f in live):
        return findings
    lines = line_spans(text)
    grown: dict[int, tuple[int, int]] = {}
    for (a, b), (na, _) in zip(lines, lines[1:]):
        if not text[a:b].endswith(",") or not text[na:na + 1].islower():
            continue
        for f in live:
            if f.category != "ADDRESS" or not (a <= f.start < f.end < b):  # type: ignore[operator]
                continue
            if _PLACES_TO_COMMA.fullmatch(text, f.end, b) is None:  # type: ignore[arg-type]
                continue
            start, end = f.start, b - 1
            if text[start:start + 1].isdigit() and (u := _UNIT_WORD_BEFORE.search(text, max(a, start - 12), start)):
                start = u.start()
            if any(g.start < end and start < g.end and g.category not in ("ADDRESS", "PERSON")  # type: ignore[operator]
                   for g in live):
                continue
            grown[id(f)] = (start, end)  # type: ignore[assignment]
    if not grown:
        return findings
    spans = list(grown.values())
    out = []
    for f in findings:
        if id(f) in grown:
            s, e = grown[id(f)]
            out.append(replace(f, start=s, end=e, text=text[s:e]))
        elif f.category == "PERSON" and f.start is not None and f.end is not None and any(
                s <= f.start and f.end <= e for s, e in spans):
            continue  # a place of the home read as a name ("Sallowmore House", "Johar Town")
        else:
            out.append(f)
    return out
