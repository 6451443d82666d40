"""A month's name in any language read as a person ("τον Ιούνιο", "en Junio"): a word of a date, no one's name.

A sentence in another language names a month on its own ("και τον Ιούνιο", and in June); capitalised in the
language's own way, or at a line's start, the name rules may take it for a name. A person's finding that is one
month's full name and nothing else, in another language the birth rules know, is dropped, unless the lists hold the word
as a name ("June", "August" are given names too); a Swedish month's name is left to the name rules (a Swedish text
writes its months in small letters, and "Maj" alone is more likely a woman).
"""

from __future__ import annotations

from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.month_names import MONTHS
from redact.types import Finding

_AROUND = "()[].,;:!? \t\n"


def month_word(word: str) -> bool:
    """True for one month's name in another language the birth rules know, no Swedish one and no listed name."""
    from redact.detect.name_words import no_listed_name

    w = word.strip(_AROUND)
    # a full name, written as a word (an abbreviation, "Lis", "Kwi", "NOB", is as likely someone's initials)
    return len(w) >= 5 and w[1:].islower() and " " not in w and w.lower() in MONTHS_ABROAD and w.lower() not in MONTHS and no_listed_name(w)


def drop_month_words(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that are a month's name alone (see the module)."""
    return [f for f in findings if not (f.category == "PERSON" and f.start is not None and f.end is not None
                                        and month_word(text[f.start:f.end]))]
