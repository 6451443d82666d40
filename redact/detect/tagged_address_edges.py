"""The edges of an address the learned tagger proposes, where its span runs into the sentence around the home.

A letter in another language writes the home inside a sentence: "a w grudniu przeprowadza się do Bellevuevägen 31,
…" (Polish: "and in December she moves to"), "… Kaohsiung City 801,\\nin November she moves to …". The tagger may
take the clause's words before the street or the next line's opening words after the town's comma into the span;
they name no one and stay readable:

* before: two or more lower-case words (no abbreviation's dot, no digit) ahead of where a rule's address begins;
* after: a comma and a line end, then a line opening with a preposition or a conjunction and holding no digit;
* between: a span over two rules' addresses that adds only the clause's lower-case words between them adds nothing;
* an article in small letters after its preposition ("à la Médina, Sousse"): the clause's, not the place's;
* a number's label opening the span ("Budgivarnr KFM-BUD #4418"), or a mail subject's first word before a code
  ("Subject: Traveller 5512-K"): no part of a home;
* below: a line under the home's lines that opens with a number's label ("Kundnr HK-4471") or reads as a sentence
  of small words ("Nämnden avslår ansökan om bidrag"): the letter's body after its window, where the span ends.

Part of ``redact.detect.learned_spans``.
"""

from __future__ import annotations

import re

from redact.detect.foreign_words_beside_items import after_subject_label
from redact.detect.table_columns import names_a_number
from redact.types import Finding

# a word of letters and the space after it (the clause's words before the street are those in lower case)
_WORD = re.compile(r"([^\W\d_]+)[ \t]+")
# the small words a clause goes on with after an address, in the languages the letters are written in: English,
# Swedish, German, French, Spanish, Italian, Polish, Dutch, Irish (written by the project)
_GOES_ON = (r"in|on|at|and|but|since|from|until|then|when|i|och|men|på|sedan|från|till|när|im|und|aber|seit|ab|"
            r"en|et|mais|depuis|dès|y|pero|desde|e|ma|da|a|w|od|do|ale|oraz|op|maar|vanaf|agus")
# a number's own noun ending the label ("Budgivarnr", "Kundnummer"): a word that only heads a number's column as well
# ("prov", "sal") may be the home's or the room's own word
_NUMBER_NOUN = re.compile(r"(?i)(?:nr|nummer)$")
_TAIL = re.compile(rf",[ \t]*\n[ \t]*(?:{_GOES_ON})[ \t]+[^\d\n]*$")
# a line of the letter's body under the window: a number's label and its code, or a capitalised word and three small
# words or more with no digit and no comma (a home's lines part their pieces with commas and hold names or numbers)
_LABEL_LINE = re.compile(r"\n[ \t]*[^\W\d_][\w.-]*(?:nr|nummer|numret)\.?:?[ \t]+\S*\d")
# an article in small letters opening the span right after a preposition of its language ("à la Médina", "en el
# barrio …", "in der Altstadt"): the clause's, as a capitalised article ("La Paz", "El Alto") is the place's own name
_ARTICLE = re.compile(r"(?:la|le|les|el|los|las|il|lo|der|die|das|dem|den)[ \t]+(?=\w)")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:à|a|de|en|dans|sur|in|di|da|nel|nella|an|auf|aus|von|zu|bei)[ \t]+$")
_SENTENCE_LINE = re.compile(r"\n[ \t]*[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[a-zåäö]+){3,}(?=[ \t]*(?:[.!?]|\n|$))")


def _adds_clause_only(text: str, a: int, b: int, placed: list[Finding]) -> bool:
    """True when what the span holds beyond the rules' addresses is only a clause's lower-case words (two or more)
    between them: the span joins two homes over the sentence that links them."""
    spans = [(f.start, f.end) for f in placed if f.category == "ADDRESS" and f.start is not None and f.end is not None]
    covered = [(max(a, s), min(b, e)) for s, e in spans if s < b and a < e]
    if not covered:
        return False
    rest, pos = [], a
    for s, e in sorted(covered):
        rest.append(text[pos:s])
        pos = max(pos, e)
    rest.append(text[pos:b])
    words = [w for w in re.split(r"[\s,.;:]+", " ".join(rest)) if w]
    return len(words) >= 2 and all(w.isalpha() and w.islower() for w in words)


def address_edges(text: str, a: int, b: int, placed: list[Finding]) -> tuple[int, int]:
    """The tagger's address span ``a``–``b`` without the clause's words before a rule's address or after the
    town's comma (see the module's docstring)."""
    if _adds_clause_only(text, a, b, placed):
        return a, a
    if (w := _WORD.match(text, a, b)) is not None and _NUMBER_NOUN.search(w.group(1)) and names_a_number(w.group(1)):
        a = w.end()  # "Budgivarnr KFM-BUD #4418": a number's label before its code, no part of a home
    if ((w := _WORD.match(text, a, b)) is not None and after_subject_label(text, a)
            and any(c.isdigit() for c in text[w.end():b].split()[0] if text[w.end():b].split())):
        a = w.end()  # "Subject: Reiziger 441824-E": the subject's word before the reference, no part of a home
    if (w := _ARTICLE.match(text, a, b)) is not None and _PREPOSITION_BEFORE.search(text, max(0, a - 12), a):
        a = w.end()  # "à la Médina, Sousse": the clause's article after its preposition, no part of the place
    lead, words = a, 0
    while (w := _WORD.match(text, lead, b)) is not None and w.group(1).islower():
        lead, words = w.end(), words + 1
    if words >= 2 and any(f.category == "ADDRESS" and f.start == lead for f in placed):
        a = lead
    if (t := _TAIL.search(text, a, b)) is not None:
        b = t.start()
    body = [m.start() for m in (_LABEL_LINE.search(text, a, b), _SENTENCE_LINE.search(text, a, b)) if m is not None]
    if body:
        b = min(body)  # "… Israel" / "Kontrollnr …" / "Rätten upphäver …": the letter goes on below its window
    return a, b
