"""Short forms of first names: "Maggan" in a document naming Margareta Öhman is Margareta Öhman.

The list is ``redact/detect/lexicons/hypocoristics.txt``. A short form is looked for only
where it stands capitalised, and only for the first names of people the document names (in
full, or by a listed first name alone); when two such people share the short form, it is
proposed without a subject of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from redact.resolve.derived_short_forms import find_derived_short_forms
from redact.resolve.lowercase_names import find_lowercase_first_names
from redact.resolve.name_forms import genitive_fits
from redact.resolve.named_nicknames import find_named_nicknames
from redact.resolve.spans import free_matches
from redact.types import Finding

LEXICON = Path(__file__).resolve().parents[1] / "detect" / "lexicons" / "hypocoristics.txt"
SCORE = 0.6


@lru_cache(maxsize=1)
def short_forms(path: Path = LEXICON) -> dict[str, tuple[str, ...]]:
    """Full first name -> its short forms, as listed."""
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        full, _, rest = line.partition(":")
        forms = tuple(f.strip() for f in rest.split(",") if f.strip())
        out[full.strip()] = tuple(dict.fromkeys(out.get(full.strip(), ()) + forms))
    return out


def short_forms_of(first: str) -> tuple[str, ...]:
    """The listed short forms of a first name ("Mikael" -> ("Micke", ...))."""
    return short_forms().get(first, ())


def full_names_of(short: str) -> set[str]:
    """The full first names a short form can stand for ("Micke" -> {"Mikael", "Michael"})."""
    return {full for full, forms in short_forms().items() if short in forms}


def _first_name(text: str) -> str | None:
    """The first name of a detected person: the first word of a full name, or a listed full first name alone."""
    words = [w.strip(".,;:()") for w in text.split()]
    words = [w for w in words if w]
    if not words or not words[0][:1].isupper():
        return None
    if len(words) == 1 and words[0] not in short_forms():
        return None
    return words[0]


def find_short_forms(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A finding for every capitalised short form of the first name of a person named in full."""
    owners: dict[str, list[Finding]] = {}
    for f in findings:
        if f.category != "PERSON" or f.status == "rejected" or f.detector in ("initials", "short_form"):
            continue
        first = _first_name(f.text)
        if first is None:
            continue
        for form in short_forms_of(first):
            if form != first:
                group = owners.setdefault(form, [])
                if all(" ".join(g.text.split()) != " ".join(f.text.split()) for g in group):
                    group.append(f)
    # a short form that is itself the name of someone named in full ("Lena Ström" beside "Helena
    # Berg") is that person's, and propagation finds it
    named = {w.strip(".,;:()") for f in findings if f.category == "PERSON" and len(f.text.split()) >= 2
             for w in f.text.split()}
    owners = {form: people for form, people in owners.items() if form not in named}
    derived = find_derived_short_forms(findings, page_texts, frozenset(owners))
    # the first name written in lower case in a note ("ring zeynep efter kl. 16")
    derived += [n for n in find_lowercase_first_names(findings, page_texts)
                if not any(d.page == n.page and d.start < n.end and n.start < d.end for d in derived)]
    # nicknames the text ties to a person ("Stig-Arne Wallgren (Stickan)", "kallas Rê"), whatever their form
    derived += [n for n in find_named_nicknames(findings, page_texts)
                if not any(d.page == n.page and d.start < n.end and n.start < d.end for d in derived)]
    if not owners:
        return derived
    pattern = re.compile(r"(?<![\w@.-])(" + "|".join(re.escape(k) for k in sorted(owners, key=len, reverse=True))
                         + r")(?:s|'s|’s|:s)?(?![\w@-])")
    new: list[Finding] = []
    for page, m in free_matches(pattern, page_texts, findings):
        if _noun_at_sentence_start(m.group(1), page_texts[page], m.start(1), page_texts):
            continue  # "Soffan och bokhyllan levereras" beside "en soffa": the thing, no one's short form
        # the genitive's ending is the person's too ("Kalles cykel"): a readable "s" after the mask says a name stood there
        a, b = m.start(1), (m.end() if genitive_fits(m.group(1), m.group()[len(m.group(1)):]) else m.end(1))
        people = owners[m.group(1)]
        origin = people[0]
        distinct = {" ".join(p.text.split()).casefold() for p in people}
        new.append(Finding(
            id=f"p{page}-short{len(new)}", page=page, start=a, end=b, text=page_texts[page][a:b], category="PERSON",
            score=SCORE, detector="short_form",
            reason=f"kortform av förnamnet {_first_name(origin.text)} (sida {origin.page})",
            subject=" ".join(origin.text.split()).casefold() if len(distinct) == 1 else None,
        ))
    return new + [d for d in derived if not any(n.page == d.page and n.start < d.end and d.start < n.end for n in new)]


# where a sentence or a line opens: a capital there says nothing of a name (not after a label's colon: "Vår
# referens: Tobbe")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _noun_at_sentence_start(form: str, text: str, start: int, page_texts: dict[int, str]) -> bool:
    """Whether a short form opening a sentence is a common noun's definite form the document writes in lower case
    ("Soffan" beside "soffa" or "soffan", "Vovven" beside "vovve"): a short form that is a word is that word there."""
    if not _SENTENCE_OPENS.search(text[max(0, start - 3):start]):
        return False
    low = form.lower()
    forms = [low] + ([low[:-1]] if low.endswith("n") and len(low) >= 5 else [])
    # (as a word: not the part of an e-mail address, "tobbe.linden@…")
    return any(re.search(rf"(?<![\w.@_-]){re.escape(w)}(?![\w@_-]|\.\w)", t) for t in page_texts.values() for w in forms)
