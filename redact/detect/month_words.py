"""A month's name in any language read as a person ("τον Ιούνιο", "en Junio"): a word of a date, no one's name.

A sentence in another language names a month on its own ("και τον Ιούνιο", and in June); capitalised in the
language's own way, the name rules may take it for a name. A person's finding that is one month's full name and
nothing else, in another language the birth rules know, is dropped when it stands in that sentence: after a word in
small letters or before a number, where the text is not Swedish (a word in another alphabet is never in a Swedish sentence). The same word alone after a label or a greeting
("Kontaktperson: Marzo", "Querida Junio,") or in a Swedish sentence is a surname or a given name and stays, and so
does a word the lists hold as a name ("June", "August"); a Swedish month's name is left to the name rules (a Swedish
text writes its months in small letters, and "Maj" alone is more likely a woman).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.month_names import MONTHS
from redact.types import Finding

_AROUND = "()[].,;:!? \t\n"
# a sentence's word in small letters right before the month on its line ("τον", "en", "di", "в")
_WORD_BEFORE = re.compile(r"(?<!\S)([^\W\d_]+)[ \t\u00a0]+$")
_NUMBER_AFTER = re.compile(r"[ \t\u00a0,]*\d")


def month_word(word: str) -> bool:
    """True for one month's name in another language the birth rules know, no Swedish one and no listed name."""
    from redact.detect.name_words import no_listed_name

    w = word.strip(_AROUND)
    # a full name, written as a word (an abbreviation, "Lis", "Kwi", "NOB", is as likely someone's initials)
    return len(w) >= 5 and w[1:].islower() and " " not in w and w.lower() in MONTHS_ABROAD and w.lower() not in MONTHS and no_listed_name(w)


def _latin(word: str) -> bool:
    """True when every letter of ``word`` is a Latin one."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())


def _in_foreign_sentence(text: str, start: int, end: int, swedish_at: Callable[[int], bool]) -> bool:
    """True when the word at ``start``–``end`` stands inside a sentence that is not Swedish (see the module)."""
    # the page's language says nothing of a word in another alphabet (the languages it knows are written in Latin
    # letters), and such a word stands in no Swedish sentence
    if swedish_at(start) and _latin(text[start:end]):
        return False
    line = text.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(text, line, start)
    return bool(before and before.group(1)[0].islower()) or bool(_NUMBER_AFTER.match(text, end))


def drop_month_words(findings: list[Finding], text: str, swedish_at: Callable[[int], bool]) -> list[Finding]:
    """The findings without persons that are a month's name alone in another language's sentence (see the module)."""
    return [f for f in findings if not (f.category == "PERSON" and f.start is not None and f.end is not None
                                        and month_word(text[f.start:f.end])
                                        and _in_foreign_sentence(text, f.start, f.end, swedish_at))]
