"""A letter's address window taken whole: the lines under the recipient's name, to the end of the block.

A letter addressed abroad writes the home as that country's post writes it, in parts no rule of ours may know (a
Mongolian avenue and district, a Jordanian building with its quarter, a Dominican flat and "R.D."), and a rule or the
tagger then finds only a part of it: the rest stays readable. Where it stands the block says what it is: a person's
name alone on the first line of a block, the lines under it, aligned with it, to a blank line or a wider gap (or the
page's end). When one of those lines holds an address found, every line of the block from the first under the name
is that home, whatever its country: the whole of them is one address, and a name read inside them (a town, a quarter,
a country's short form) is a part of it. Where no part was found, a block with a number whose last line ends with a
country is a home too ("Lot 7142, Mont Fleuri" / "Victoria, Mahé, Seychelles"). The name's line may be read whole, or
without one or two given names before it, or run on into the home's first line (cut there).

A line that is no part of a home ends the block where it stands: one holding another finding (a phone, an e-mail, a
number: a contact block goes on with them), one with a label's colon, a body's or a unit's name (a letter to an
official at her office), a sentence. A block whose name is on a line with other words, or a table read a cell a line
(its cells are not aligned under the name) is no window.
"""

from __future__ import annotations

import re
from dataclasses import replace
from operator import itemgetter

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.name_words import ORG_SUFFIX
from redact.detect.window_places import line_spans
from redact.types import Finding, Page

#: lines of a home under the name: a window holds four at most
MAX_LINES = 4
#: a gap between two lines wider than this part of a line's height ends a block (a blank line in the source)
GAP = 0.5
#: the left edges of a window's lines differ by less than this, in points
ALIGN = 3.0
# a label's colon ("Telefon: …", "Ärende:"): the block goes on with a contact's or a case's lines
_LABEL = re.compile(r"^[^\d:]{2,30}:(?:\s|$)")
# a body's or a unit's noun ending a word of the line ("Socialförvaltningen", "Lind Bygg AB")
_BODY = re.compile(r"(?i)(?:boende|boendet|hemmet|skola|skolan|sjukhus|sjukhuset|mottagning|mottagningen|"
                   r"kansli|kansliet|avdelningen|\bAB|\bHB|\bKB)(?![\w-])")
# one or two capitalised words before a name found (a given name the model left)
_GIVEN_BEFORE = re.compile(r"(?:[^\W\d_a-zß-ÿ][^\W\d_]*(?:-[^\W\d_]+)?[ \t]+){1,2}")
# a country's name ending the home's last line ("…, Mahé, Seychelles")
_COUNTRY_END = re.compile(rf",[ \t]*(?:{ANY_COUNTRY})[ \t]*$")
# a sentence: five words at least, ending with a stop after a word of small letters
_SENTENCE = re.compile(r"^\S+(?:\s+\S+){4,}.*[a-zåäöéü]\.$")


_X0, _Y0, _Y1 = itemgetter(0), itemgetter(1), itemgetter(3)


def _boxes(page: Page, lines: list[tuple[int, int]]) -> list[tuple[float, float, float] | None]:
    """Each line's left edge, top and bottom, from its characters' boxes (None: no geometry)."""
    if not page.char_rects:
        return [None] * len(lines)
    out: list[tuple[float, float, float] | None] = []
    char_rects = page.char_rects
    # (itemgetter over the boxes rather than a generator: the same values, in the same order, at a third of the cost)
    for a, b in lines:
        rects = [r for r in char_rects[a:b] if r is not None]
        out.append((min(map(_X0, rects)), min(map(_Y0, rects)), max(map(_Y1, rects))) if rects else None)
    return out


def _breaks(lines: list[tuple[int, int]], boxes: list[tuple[float, float, float] | None]) -> list[bool]:
    """Per line, whether a block begins at it: the first line, one after a blank line or after a wide gap."""
    out = []
    for i, (a, b) in enumerate(lines):
        if i == 0 or lines[i - 1][0] == lines[i - 1][1]:
            out.append(True)
            continue
        here, before = boxes[i], boxes[i - 1]
        if here is None or before is None:
            out.append(False)
            continue
        height = max(here[2] - here[1], 1.0)
        out.append(here[1] - before[2] > GAP * height)
    return out


def _holds(f: Finding, a: int, b: int) -> bool:
    return f.start is not None and f.end is not None and f.start < b and a < f.end


def _name_line(text: str, a: int, b: int, live: list[Finding]) -> bool:
    """Whether a line is a person's name alone: a name found over it, or over its end after one or two capitalised
    words the name model left ("Kadra" of "Kadra Mohamed Robleh"); it may run on into the next line."""
    for f in live:
        if f.category != "PERSON" or f.start is None or f.end is None or not (f.start < b and a < f.end):
            continue
        if f.start <= a and b <= f.end:
            return True
        if a < f.start and b <= f.end and _GIVEN_BEFORE.fullmatch(text, a, f.start):
            return True
    return False


def with_window_blocks(findings: list[Finding], page: Page) -> list[Finding]:
    """The findings, with every address window's lines under the recipient's name one address finding."""
    text = page.text
    live = [f for f in findings if f.status != "rejected" and f.start is not None and f.end is not None]
    # (a window needs its name; a part of the home found, or its country closing it: see below)
    if not any(f.category == "PERSON" for f in live):
        return findings
    lines = line_spans(text)
    boxes = _boxes(page, lines)
    breaks = _breaks(lines, boxes)
    added: list[Finding] = []
    absorbed: set[int] = set()
    cut: dict[int, int] = {}  # names read on into the home's first line: where they end
    for i, (a, b) in enumerate(lines):
        if a == b or not breaks[i] or not _name_line(text, a, b, live):
            continue
        block: list[tuple[int, int]] = []
        for j in range(i + 1, min(i + 1 + MAX_LINES, len(lines))):
            la, lb = lines[j]
            if la == lb or breaks[j] or (boxes[j] is not None and boxes[i] is not None
                                         and abs(boxes[j][0] - boxes[i][0]) > ALIGN):  # type: ignore[index]
                break
            line = text[la:lb]
            if (_LABEL.match(line) or _BODY.search(line) or ORG_SUFFIX.search(line) or _SENTENCE.match(line)
                    or any(_holds(f, la, lb) and f.category not in ("ADDRESS", "PERSON") for f in live)):
                break
            block.append((la, lb))
        else:
            j = min(i + 1 + MAX_LINES, len(lines))
        # (a block that goes on past four lines of a home is no window: a list, a table read a cell a line)
        if not block or (j < len(lines) and len(block) == MAX_LINES and not breaks[j] and lines[j][0] != lines[j][1]):
            continue
        start, end = block[0][0], block[-1][1]
        # (or, where no part was found, a home numbered on a line and closed by its country: "Lot 7142, Mont Fleuri" /
        # "Victoria, Mahé, Seychelles")
        if not any(f.category == "ADDRESS" and _holds(f, start, end) for f in live) and not (
                any(c.isdigit() for c in text[start:end]) and _COUNTRY_END.search(text, start, end)):
            continue
        inside = [f for f in live if f.category in ("ADDRESS", "PERSON") and _holds(f, start, end)]
        # (the name read on into the first line of the home, "Claudine Niyonzima\nAvenue": the name's, cut at its line)
        over = [f for f in inside if f.category == "PERSON" and a <= f.start < b < start < f.end]  # type: ignore[operator]
        if any((f.start < start or f.end > end) and f not in over for f in inside):  # type: ignore[operator]
            continue  # a finding runs on out of the block: the rules' reading stands
        cut.update({id(f): b for f in over})
        inside = [f for f in inside if f not in over]
        if any(f.category == "ADDRESS" and f.start == start and f.end == end for f in inside):
            continue
        absorbed.update(id(f) for f in inside)
        added.append(Finding(id=f"p{page.number}-win{start}", page=page.number, start=start, end=end,
                             text=text[start:end], category="ADDRESS", score=0.8, detector="address",
                             reason="adressfönstrets rader under mottagarens namn"))
    if not added:
        return findings
    kept = [replace(f, end=cut[id(f)], text=text[f.start:cut[id(f)]]) if id(f) in cut else f
            for f in findings if id(f) not in absorbed]
    merged = sorted(kept + added, key=lambda f: (f.start or 0, f.end or 0, f.category))
    return [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(merged)]
