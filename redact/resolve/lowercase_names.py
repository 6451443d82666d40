"""First names written in lower case in notes: "ring zeynep efter kl. 16" in a document that names
Zeynep Aslan is Zeynep Aslan.

Staff notes, chat logs and hurried comments drop the capital. A lowercase word is taken only when
it is the listed first name of a person the document names in full, and only when that name is no word
of its own (the names seen in lower case in running Swedish, ``name_exceptions.txt``: "liv", "sten",
"ros") and has four letters at least.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.name_words import load_lexicons
from redact.resolve.spans import free_matches
from redact.types import Finding

SCORE = 0.55
_MIN_LETTERS = 4
# First names that are common Swedish words in lower case (not all are in name_exceptions.txt, which holds
# the names the model's corpus wrote in lower case): "hans" (his), "klara" (manage), "rita" (draw), "dina",
# "mina", "sina" (your, my, their), "inga" (none). Written by the project.
_WORDS = frozenset({
    "hans", "karl", "stig", "bror", "saga", "vilja", "storm", "linnea", "rosa", "iris", "viola", "ester", "love",
    "juni", "april", "axel", "mats", "klara", "inga", "lucia", "lina", "dina", "mina", "sina", "vara", "rita",
    "ville", "tage", "knut", "viking", "lotta", "sven", "sten", "gull", "guld", "maja", "hedda", "märta", "nora",
    "alva", "elsa", "eller", "anna", "kaj", "tora", "tyra", "frej", "idun", "sol", "liv", "bo", "dag", "vera",
    "björn", "ros", "rut", "majken", "greta", "signe", "otto", "adam", "edit", "selma", "stella", "nova", "mira",
})
# detectors whose PERSON findings are no full name of their own
_DERIVED = ("initials", "short_form", "lowercase_name")


def _first_names(findings: Sequence[Finding]) -> dict[str, Finding]:
    """Lowercased first name -> the first full-name finding that gives it."""
    lexicons = load_lexicons()
    exceptions = {w.casefold() for w in lexicons.exceptions}
    out: dict[str, Finding] = {}
    for f in findings:
        if f.category != "PERSON" or f.status == "rejected" or f.detector in _DERIVED:
            continue
        words = [w.strip(".,;:()") for w in f.text.split()]
        if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].isupper():
            continue
        first = words[0]
        if first not in lexicons.first:
            continue  # a listed first name only: "Hållplats Brattfors" read as a name must not take "hållplats"
        low = first.casefold()
        if len(low) < _MIN_LETTERS or not low.replace("-", "").isalpha() or low in exceptions or low in _WORDS:
            continue
        out.setdefault(low, f)
    return out


def find_lowercase_first_names(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every lowercase first name (or its genitive) of a person the document names in full."""
    owners = _first_names(findings)
    if not owners:
        return []
    pattern = re.compile(r"(?<![\w@./-])(" + "|".join(re.escape(k) for k in sorted(owners, key=len, reverse=True))
                         + r")s?(?![\w@-])")
    new: list[Finding] = []
    for page, m in free_matches(pattern, page_texts, findings, group=0):
        origin = owners[m.group(1)]
        new.append(Finding(
            id=f"p{page}-lower{len(new)}", page=page, start=m.start(), end=m.end(), text=m.group(0),
            category="PERSON", score=SCORE, detector="lowercase_name",
            reason=f"förnamnet {origin.text.split()[0]} med liten bokstav (sida {origin.page})",
            subject=" ".join(origin.text.split()).casefold(),
        ))
    return new
