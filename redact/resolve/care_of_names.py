"""The name after "c/o" in an address, where it stands alone elsewhere in the document.

"c/o Vrenlund, Tallåsvägen 8" in a home cell names the person whose letterbox it is; the text
later says "bor hos Vrenlund tills vidare" or "hennes värd Vrenlund". The address mask holds the
name inside the cell, but the surname alone in running text is no listed name and no model
reads it for certain. It is the same person's name, so each further capitalised occurrence (a
genitive too) is masked.

Not a firm or an office after "c/o" ("c/o Össjö Rör och Värme AB", "c/o Advokatbyrån"), not a
word written in lower case elsewhere in the document, not a function word or a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.first_chars import compiled
from redact.resolve.derived_short_forms import swedish_stop_words, title_words
from redact.resolve.spans import free_matches
from redact.types import Finding

SCORE = 0.75
_WORD = r"[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][^\W\d_]+(?:[-'’][A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f]?[^\W\d_]+)?"
# the name: one to three capitalised words (a particle between them) up to a comma, a line end or the street's number
_CARE_OF = compiled(
    rf"^\s*c/o[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:(?:von|van|de|der|ter|af|al|el|bin)[ \t]+)?{_WORD}){{0,2}})"
    r"[ \t]*(?:,|\n|$)",
    re.IGNORECASE,
)


def care_of_names(findings: Sequence[Finding]) -> dict[str, Finding]:
    """Name after "c/o" -> the ADDRESS finding that holds it."""
    from redact.detect.foreign_shapes import orgish

    out: dict[str, Finding] = {}
    stop, titles = swedish_stop_words(), title_words()
    for f in findings:
        if f.category != "ADDRESS" or f.status == "rejected":
            continue
        m = _CARE_OF.match(f.text)
        if not m:
            continue
        name = " ".join(m.group("name").split())
        words = name.split()
        capitalised = [w for w in words if w[:1].isupper()]
        if not capitalised or orgish(words) or any(w.isupper() and len(w) > 1 for w in words):
            continue
        if any(w.lower() in stop or w.lower() in titles for w in capitalised):
            continue
        out.setdefault(name, f)
    return out


def find_care_of_names(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A PERSON finding for each free, capitalised occurrence of a name that stands after "c/o" in an address."""
    names = care_of_names(findings)
    if not names:
        return []
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w@./-])({alternation})(?:s|'s|’s|:s)?(?![\w@-])")
    lowered = {w for text in page_texts.values() for w in re.findall(r"(?<![\w@.])[a-zåäöéü]{3,}", text)}
    firms = {name for name in names if _written_as_company(name, page_texts)}
    new: list[Finding] = []
    for page, m in free_matches(pattern, page_texts, findings):
        name = " ".join(m.group(1).split())
        if any(w.lower() in lowered for w in name.split() if w[:1].isupper()):
            continue  # an ordinary word written capitalised ("c/o Berg", "Berg" the noun elsewhere in lower case)
        if name in firms:
            continue  # "c/o Åsby Frakt" where the document writes "Åsby Frakt AB": a company's name, readable as one
        origin = names[name]
        new.append(Finding(
            id=f"p{page}-careof{len(new)}", page=page, start=m.start(), end=m.end(), text=m.group(0),
            category="PERSON", score=SCORE, detector="care_of_name",
            reason=f"namnet efter c/o i adressen {' '.join(origin.text.split())} (sida {origin.page})",
        ))
    return new


def _written_as_company(name: str, page_texts: dict[int, str]) -> bool:
    """True when some page writes ``name`` with a company form right after it ("Åsby Frakt AB")."""
    from redact.detect.company_forms import AFTER_NAME

    written = r"\s+".join(map(re.escape, name.split()))
    pattern = re.compile(rf"(?<![\w-]){written}[ \t]+{AFTER_NAME}(?![\w-])")
    return any(pattern.search(text) for text in page_texts.values())
