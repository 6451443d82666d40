"""A first name nobody listed, before the surname of a person the document names in full.

"Sonen till Máret Sunna, Jovsset Sunna, …": the son shares his mother's surname, and his first
name is in no list and not read by the model. A capitalised word right before such a surname
is that family's member's first name when it is no ordinary word: not a function word, not a
title, not written in lower case elsewhere in the document.

English (German...) text capitalises far more than names: "World Health", "Copyright Term" and
"Oregon Health" stand before a surname-like word there. On a stretch that
``redact.detect.language`` finds is not Swedish, the word must be a listed first name and the
pair no title-case subject or organisation ("Clinton Health").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.language import PageLanguages
from redact.resolve.derived_short_forms import swedish_stop_words, title_words
from redact.resolve.spans import free_matches
from redact.types import Finding

SCORE = 0.6
_CAP = r"[A-ZÅÄÖÉÜ\u00c0-\u00de\u0100-\u017f][^\W\d_]{2,14}"
# A role or a household in the definite form or the genitive ("Sökanden", "Familjen", "Kassören", "Sambons");
# the listed first names that end so ("Johan", "Karen") the name lists find themselves.
_NOUN_ENDINGS = ("en", "an", "na", "ns", "ens", "ets")
_SKIP = frozenset({"initials", "short_form", "street", "kin_name"})


def _surnames(findings: Sequence[Finding]) -> dict[str, Finding]:
    """Surname -> a person named in full who bears it (the last word of a name of two words or more)."""
    out: dict[str, Finding] = {}
    for f in findings:
        if f.category != "PERSON" or f.status == "rejected" or f.detector in _SKIP:
            continue
        if any(c.isdigit() for c in f.text):
            continue  # an address merged with a name read in it ("Ekgården, Åsen 9, 813 94 Åsen"): no one's surname
        words = [w.strip(".,;:()") for w in f.text.split()]
        if len(words) < 2 or not all(w[:1].isupper() for w in (words[0], words[-1])):
            continue
        last = words[-1]
        if len(last) >= 3 and last.replace("-", "").isalpha() and not last.isupper():
            out.setdefault(last, f)
    return out


def find_kin_first_names(findings: Sequence[Finding], page_texts: dict[int, str]) -> list[Finding]:
    """A PERSON finding for each unlisted capitalised word right before a named person's surname."""
    surnames = _surnames(findings)
    if not surnames:
        return []
    from redact.detect.name_words import OPENERS

    alternation = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w@.-])({_CAP})[ \t]+({alternation})(?![\w-])")
    lowered: set[str] | None = None
    stop, titles = swedish_stop_words(), title_words()
    new: list[Finding] = []
    languages = PageLanguages(page_texts)
    for page, m in free_matches(pattern, page_texts, findings):
        word = m.group(1)
        low = word.lower()
        if low in OPENERS or low in stop or low in titles or word in surnames or low.endswith(_NOUN_ENDINGS):
            continue
        if lowered is None:
            lowered = {w for text in page_texts.values() for w in re.findall(r"(?<![\w@.])[a-zåäöéü]{3,}", text)}
        if low in lowered:
            continue  # an ordinary word written capitalised at a sentence's start
        if not languages.swedish_rules_at(page, m.start(1)) and not _foreign_first_name(word, m.group(2)):
            continue  # "World Health", "Sonny Bono Copyright Term": English capitalises more than names
        origin = surnames[m.group(2)]
        new.append(Finding(
            id=f"p{page}-kin{len(new)}", page=page, start=m.start(1), end=m.end(1), text=word, category="PERSON",
            score=SCORE, detector="kin_name",
            reason=f"förnamn före efternamnet {m.group(2)} (som {origin.text.strip()}, sida {origin.page})",
        ))
    return new


def _foreign_first_name(word: str, surname: str) -> bool:
    """On text that is not Swedish: ``word`` is a listed first name and the pair no title-case subject ("Clinton Health")."""
    from redact.detect.foreign_shapes import orgish
    from redact.detect.name_words import F, classify_word, load_lexicons

    return classify_word(word, load_lexicons()) == F and not orgish([word, surname])
