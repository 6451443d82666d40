"""Spans read as a person's name that name a place, a lettered building or a firm: "Stora Karlsö", "Paviljong C",
"inkassobolaget Lindorff".

A place's name led by its size or its quarter ("Stora", "Lilla", "Norra", "Övre") alone in a table's cell is no
one's: no first name is spelt so. A word with a capital letter after it, where the document writes the same word
with another letter too ("Paviljong B", "Paviljong C"; "Hus A", "Hus D"), is a series of buildings or sections, the
letter telling them apart. A word right after a firm's noun in the definite form ("inkassobolaget Lindorff", "bemanningsföretaget
Vikarium") is the firm's name. A listed first name stays a person's in every case ("Norra Anna" is no place, "Anna
B" and "Anna C" are two persons, "bolaget Anna" may be Anna's).
"""

from __future__ import annotations

import re

# a place's size or quarter before its name ("Stora Karlsö", "Lilla Edet", "Norra Kvarken", "Övre Soppero")
_PLACE_LEAD = frozenset({"Stora", "Lilla", "Norra", "Södra", "Östra", "Västra", "Övre", "Nedre", "Mellersta",
                         "Yttre", "Inre", "Gamla"})
_LEAD_AND_NAME = re.compile(r"^(?P<lead>[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖa-zåäö]+)?)$")
# a word and a capital letter alone after it ("Paviljong C", "Hus B")
_WORD_AND_LETTER = re.compile(r"^(?P<word>[A-ZÅÄÖ][a-zåäö]{2,})[ \t]+(?P<letter>[A-ZÅÄÖ])$")
# a firm's noun in the definite form, a compound's end, right before the word ("inkassobolaget ", "företaget ")
_FIRM_NOUN_BEFORE = re.compile(r"(?<![\w-])[a-zåäö]*(?:bolaget|företaget|firman|koncernen)[ \t]+$")


def _listed_first(word: str) -> bool:
    """True for a word a first-name list holds."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    return classify_word(word, load_lexicons()) == F


def _no_listed_name(word: str) -> bool:
    """True for a word no name list holds."""
    from redact.detect.name_words import F, S, classify_word, load_lexicons

    return classify_word(word, load_lexicons()) not in (F, S)


def _lettered_series(word: str, letter: str, text: str) -> bool:
    """True when ``text`` writes ``word`` with another capital letter after it too ("Paviljong B" beside "C")."""
    return any(m.group(1) != letter for m in re.finditer(rf"(?<![\w-]){re.escape(word)}[ \t]+([A-ZÅÄÖ])(?![\w-])",
                                                         text))


def _cell(text: str, start: int | None, span: str) -> bool:
    """True when ``span`` at ``start`` is a line of ``text`` of its own: a table's cell read one cell a line."""
    if start is None:
        return False
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start + len(span))
    return text[lo:len(text) if hi < 0 else hi].strip() == span.strip()


def names_place_unit_or_firm(span: str, text: str, start: int | None) -> bool:
    """True for a span that is a place led by its size or quarter, one of a series of lettered buildings or a firm
    after its noun (see the module's docstring)."""
    t = " ".join(span.split())
    m = _LEAD_AND_NAME.match(t)
    if m and m.group("lead") in _PLACE_LEAD and not _listed_first(m.group("name")) and _cell(text, start, span):
        # "Stora Karlsö" alone in a cell: an island, a village, a quarter by its size or side (in a sentence the
        # span is left as it is: a home's sentence is read by the address rules around it)
        return True
    m = _WORD_AND_LETTER.match(t)
    if m and _no_listed_name(m.group("word")) and _lettered_series(m.group("word"), m.group("letter"), text):
        return True  # "Paviljong C" beside "Paviljong B": a series of buildings, the letter telling them apart
    if start is not None and " " not in t and _FIRM_NOUN_BEFORE.search(text, max(0, start - 30), start):
        return _no_listed_name(t.strip(".,:;"))  # "inkassobolaget Lindorff": the firm's name after its noun
    return False
