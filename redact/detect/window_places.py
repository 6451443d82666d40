"""A home without a number in a letter's address block: the line between the recipient's name and the postcode
("Rauno Lind" / "Nybodarna" / "820 50 Los").

In the countryside a home is often a farm's or a place's name with no street and no number. Written in an address
block, between a person's name alone on its line and a line that is a postcode and its town, that line can only be
where the letter goes: the recipient's home. A unit, a firm or an institution written there ("Socialförvaltningen",
"Ekgårdens äldreboende", "Lind Bygg AB") is no one's home and stays readable, as does a line a finding already holds;
an institution with the resident's ward after it ("Ekgårdens äldreboende, avd. 2") is where the recipient lives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.address_village_streets import village_and_street
from redact.detect.context import L, U
from redact.detect.first_chars import compiled
from redact.detect.name_words import ORG_SUFFIX
from redact.types import Finding

# a place's name of one to three words, no digit ("Nybodarna", "Västra Lid", "Lill-Bergsjön")
_PLACE = re.compile(rf"[{U}][{L}]+(?:[ -][{U}]?[{L}]+){{0,2}}")
# a Swedish postcode and its town, the whole line ("820 50 Los", "123 45 Norra Åby")
_POSTCODE_TOWN = re.compile(rf"[1-9]\d\d[ \u00a0]?\d\d[ \t]+[{U}][{L}]+(?:[ -][{U}]?[{L}]+){{0,2}}")
# the nouns of a body's or an institution's name
_BODY = re.compile(r"(?i)(?:boende|boendet|hem|hemmet|skola|skolan|sjukhus|sjukhuset|mottagning|mottagningen|"
                   r"central|centralen|kansli|kansliet|\bAB|\bHB|\bKB)$")

# a care home's or a group home's name with the resident's ward after a comma ("Ekgårdens vård- och omsorgsboende,
# avd. 2", "Tallbackens äldreboende, avdelning Linnean"), a prison's too, its ward by a letter and a number ("Anstalten
# Ekholmen, avd. B 4"): the ward is where the resident lives, so the line is a home
_WARD_LINE = compiled(rf"[{U}][\w.-]*(?:[ \t]+[\w.-]+){{0,5}},[ \t]*(?i:avd\.?|avdelning|enhet)[ \t]*"
                      rf"(?:\d{{1,3}}[A-Za-z]?|[{U}][ \t]?\d{{1,3}}[A-Za-z]?|[{U}][{L}]+(?:[ \t][{U}]?[{L}]+)?)")


def line_spans(text: str) -> list[tuple[int, int]]:
    """Each line's start and end, its spaces at either end left out."""
    out = []
    start = 0
    for line in text.split("\n"):
        stripped = line.strip()
        a = start + (line.find(stripped) if stripped else 0)
        out.append((a, a + len(stripped)))
        start += len(line) + 1
    return out


def with_window_places(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """The findings, with the place line of every address block "name / place / postcode and town" added."""
    persons = {(f.start, f.end) for f in findings if f.category == "PERSON" and f.status != "rejected"}
    if not persons:
        return findings
    lines = line_spans(text)
    added = []
    for (pa, pb), (a, b), (ca, cb) in zip(lines, lines[1:], lines[2:]):
        # (a village and its street, "Njunjes sameby, Slussvägen", is a home line as a ward's is: a name read in the
        # village's word gives way; see address_village_streets)
        ward = _WARD_LINE.fullmatch(text[a:b]) is not None or village_and_street(text[a:b])
        if ((pa, pb) not in persons or not (ward or _PLACE.fullmatch(text[a:b]))
                or not _POSTCODE_TOWN.fullmatch(text[ca:cb])):
            continue
        place = text[a:b]
        if not ward and (ORG_SUFFIX.search(place) or _BODY.search(place)):
            continue  # "Socialförvaltningen", "Ekgårdens äldreboende": the body the letter goes to
        # (a ward line's home read as a name, "Anstalten Ekholmen", is a part of the address the line is: it gives way;
        # so does a home read from the ward on into the postcode's line, "avd. B 4 / 645 92 Strängnäs", the same home
        # cut short: the address then runs on to its end)
        run_on = [f for f in findings if ward and f.category == "ADDRESS" and f.start is not None and f.end is not None
                  and a < f.start < b and ca < f.end <= cb]
        if any(f.start is not None and f.end is not None and f.start < b and a < f.end and f not in run_on
               and not (ward and f.category != "ADDRESS" and a <= f.start and f.end <= b) for f in findings):
            continue
        end = max([b] + [f.end for f in run_on if f.end is not None])
        if ward:
            findings = [f for f in findings if f not in run_on and not (
                f.start is not None and f.end is not None and a <= f.start and f.end <= b)]
        added.append(Finding(id=f"p{page}-w{a}", page=page, start=a, end=end, text=text[a:end], category="ADDRESS",
                             score=0.75, detector="address",
                             reason="hem utan nummer mellan mottagarens namn och postnumret"))
    if not added:
        return findings
    merged = sorted(findings + added, key=lambda f: (f.start or 0, f.end or 0, f.category))
    return [replace(f, id=f"p{page}-{n}") for n, f in enumerate(merged)]
