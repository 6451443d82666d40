"""The numbers a body gives its private parties' applications, contracts, claims or bids, where the document gives
its own diary number apart from them.

A list of applicants, sellers or bidders often opens each row with the number of that person's matter
("FM-BUL 27-0441-R" under "Ansökan"); read alone such a column is the body's own case list, which stays readable.
A letter of the same document says which it is when one sentence names both: "Ansökan FM-BUL 27-0443-R, …,
dnr FM2027-4418:2" keeps the body's own case (the diary number) apart, so the number after the matter's noun is
the person's. Every number of that series in the document (the same letters and the same shape of digits) leads
to one of the persons in the list, and is masked wherever it stands.

What stays: a sentence whose first number is itself the body's case ("Ärende KS-27-014, dnr …"), a number in the
registry's own shape ("KS 2026/118"), and every document without such a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from redact.types import Finding, Page

# the noun of a person's own matter opening the sentence or a clause, compounds too ("Hyresavtal", "utbetalning"):
# an application, a contract, a claim, a bid or a bidder, a payment, an order; not the body's "ärende" or "beslut"
_NOUN = r"(?i:[a-zåäö]*(?:ansökan|avtal|anspråk|budgivare|anbud|utbetalning|beställning)|sökande)"
# the matter's number: the series' capitals (a dash or a space inside), then digits with their separators and maybe
# a closing letter or two ("TV-HUND 27/0442", "FM-BUL 27-0441-R", "PRV-UTB 4420/27", "FMV-BUD #4418")
_NUMBER = r"(?P<series>[A-ZÅÄÖ]{2,6}(?:-[A-ZÅÄÖ]{2,6})?)(?P<gap>[ -])(?P<tail>#?\d{2,6}(?:[-/.:·]\d{2,6})*(?:-[A-Z]{1,2})?)"
# the diary number later in the same sentence: "dnr", "diarienummer", "diarienr"
_SENTENCE = re.compile(rf"(?<![\w-])(?P<noun>{_NOUN})[ \t]+{_NUMBER}(?![\w/.:·-]\w)"
                       r"(?P<rest>[^.\n]{0,120}?,[ \t]*(?:vårt[ \t]+)?(?i:dnr|diarienummer|diarienr)\.?[ \t]+\S)")
# the registry's own shape of a case: the year, a slash or a colon, the serial ("KS 2026/118")
_DIARY_SHAPE = re.compile(r"^(?:19|20)\d\d[/:]\d+$")


def matter_series(texts: Iterable[str]) -> frozenset[str]:
    """The patterns (as regular expressions' source) of the person's matter numbers the document names apart from
    its diary number, on any page."""
    out = set()
    for text in texts:
        for m in _SENTENCE.finditer(text):
            tail = m.group("tail")
            if _DIARY_SHAPE.match(tail) or sum(c.isdigit() for c in tail) < 4:
                continue
            # the same series' letters, the digits' groups of the same lengths, the same separators and closing letters
            shape = re.sub(r"\d+", lambda d: rf"\d{{{len(d.group())}}}", re.escape(tail))
            out.add(re.escape(m.group("series")) + "[ -]" + shape)
    return frozenset(out)


def with_matter_series(page: Page, findings: list[Finding], series: frozenset[str]) -> list[Finding]:
    """The findings with every number of a person's matter series on the page (see ``matter_series``) found as an
    identifier, where no finding already covers it."""
    if not series:
        return findings
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(series)) + r")(?![\w/.:·-]?\w)")
    taken = [(f.start or 0, f.end or 0) for f in findings if f.category == "ID_NUMBER"]
    added = [
        Finding(id=f"p{page.number}-ms{n}", page=page.number, start=m.start(), end=m.end(), text=m.group(),
                category="ID_NUMBER", score=0.75, detector="matter_series",
                reason="nummer i en serie av personers ärenden, skilt från dokumentets diarienummer")
        for n, m in enumerate(pattern.finditer(page.text))
        if not any(s <= m.start() and m.end() <= e for s, e in taken)
    ]
    if not added:
        return findings
    merged = sorted(findings + added, key=lambda f: (f.start or 0, f.end or 0, f.category))
    return [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(merged)]
