"""A body's acronym in brackets after its name is no person: "Inspektionen för vård och omsorg (IVO)".

A text names a body once in full and gives its short form in brackets after it; the tagger may read the short form's
capitals as a person's initials. The initials of the words before the bracket spell it, and among those words stand
words in small letters ("för vård och omsorg"), which a person's name has not: "Mirja Lindqvist Aho (MLA)" are her
initials and keep their mask, and so do a name's particles ("af", "van der"): the small word must be a word of four
letters at least.
"""

from __future__ import annotations

import re

from redact.types import Finding

# the acronym alone in its brackets
_BRACKETED = re.compile(r"\(([A-ZÅÄÖ]{2,6})\)")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_REACH = 8  # words of the body's name before the bracket


def _spells(acronym: str, words: list[str]) -> bool:
    """True when the words' initial letters, in order, hold the acronym's letters, its first the first word's."""
    if not words or words[0][0] != acronym[0]:
        return False
    at = 0
    for w in words:
        if at < len(acronym) and w[0].upper() == acronym[at]:
            at += 1
    return at == len(acronym)


def body_acronym(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a capital acronym in brackets that the body's name before it spells, with
    words in small letters among that name's (see the module docstring)."""
    m = _BRACKETED.match(text, start - 1) if start > 0 else None
    if m is None or m.end() != end + 1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    words = _WORD.findall(text[line_start:start - 1])[-_REACH:]
    acronym = m.group(1)
    for i in range(len(words)):
        name = words[i:]
        if (name[0][0].isupper() and any(w[0].islower() and len(w) >= 4 for w in name) and _spells(acronym, name)
                and any(w[0].upper() == acronym[-1] for w in name[-2:])):
            return True
    return False


# a number's label in small letters before the bracket ("skatte-id", "personnummer", "reg.nr")
_LABEL_BEFORE = re.compile(r"(?<![\w-])[a-zåäö][\w.-]*[ \t]*$")
_GAP = re.compile(r"[ \t]*:?[ \t]*")


def number_label_acronym(text: str, start: int, end: int, numbers: set[int]) -> bool:
    """True when ``text[start:end]`` is a capital acronym in brackets between a number's label in small letters and
    the number itself ("skatte-id (RMA) 155292716": the register's short name, which names the number, no one's
    initials); ``numbers`` are where the identifiers found begin."""
    m = _BRACKETED.match(text, start - 1) if start > 0 else None
    if m is None or m.end() != end + 1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    after = _GAP.match(text, m.end()).end()
    return after in numbers and _LABEL_BEFORE.search(text, line_start, start - 1) is not None


def drop_body_acronyms(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without persons that are a body's acronym in brackets after its name, or the short name of a
    number's register between the number's label and the number."""
    if "(" not in text:
        return findings
    numbers = {f.start for f in findings if f.category in ("ID_NUMBER", "PERSONNUMMER") and f.start is not None}
    return [f for f in findings if not (f.category == "PERSON" and f.start is not None and f.end is not None
                                        and (body_acronym(text, f.start, f.end)
                                             or number_label_acronym(text, f.start, f.end, numbers)))]
