"""The label a birth column's cell may carry before its date, as the clerk copied it from a foreign paper with the
date: another language's birth word ("urodz. 30.11.1969", "dz. 1990. g. 5. maijā"), a form's short label for the
date of birth (Turkish "D.T." for "doğum tarihi", English "b." for "born", the star "*", the ring "°") or the word
for "the date" (Somali "Taariikhda: 7/11/1993"). The column's header already says the cell is a birth date; the label is
no part of it and stays unmasked. So do the words after the date and a few other words before it (``birth_cell_core``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect.birth_cues_abroad import CUE_PATTERNS
from redact.detect.first_chars import compiled

# the form labels no running text uses as a birth word alone: the Turkish "D.T." ("doğum tarihi"), the English "b."
# ("born"), the Somali "taariikhda" ("the date"), the genealogists' star for "born" ("* 1983", "* 12.04.1966", as
# German and Nordic papers write it), and the ring for "born" of French, Belgian and Dutch papers and family trees
# ("° 23/04/1984"); the Swahili "tarehe" ("the date") is read with the date it opens, masked whole with it
# (table_values)
_FORM_LABELS = (r"d\.[ ]?t\.", r"b\.", "taariikhda", r"\*", "°")
_WORDS = "|".join((*(p.replace(" ", "[ ]") for p in CUE_PATTERNS), *_FORM_LABELS))
# (the linking word a birth word keeps before its date: "nato il", "née le", "geboren am", "født den")
# (before a year by its last two digits with its dash too: "s. -77", as a Finnish clerk writes "born in '77")
_LABEL = compiled(rf"(?i)(?:{_WORDS})(?![^\W\d_])[ \t]*:?[ \t]*(?:(?:il|le|el|am|den|op|on|dnia|da)[ \t]+)?"
                  r"(?=\d|-\d\d$)")


def birth_cell_label(value: str) -> int:
    """The length of the birth word or date label opening a birth column's cell before its date, or 0."""
    m = _LABEL.match(value)
    return m.end() if m else 0


# What else a birth column's cell may hold around its date, no part of it: after the date a bracketed word, the
# paper's or the country's it was read from ("11/02/1987 (AU)", "1358 (tazkira)"), or a word of the person's
# language that marks it as a birth or its year as a year ("1983 doğumlu", "12.05.1971 г.р.", "03.02.1989 р.н.",
# "17.09.1992-ci il"); before the date one or two short words ("ngày 5/11/1979", "nac. 03/08/91", "nyfödd
# 2024-02-11", "f. på julafton 1948"); around it an age with the date in brackets ("61 let (1964)"). A bracket
# may hold two words ("5/3/1967 (âm lịch)", the Vietnamese lunar calendar's mark), and the death's year may follow
# the birth's in a dead person's row ("1922, död 2026", "1931 – d. 2019"): the death is no birth date. The person's
# age after a comma, in any language's word for years ("1938, 89 år"), says the year is the birth's; it stays
# readable as the bracketed age does.
_TAIL = re.compile(r"(?:[ \t]*\([^\W\d_][^\W\d_.]{0,15}(?:[ ][^\W\d_][^\W\d_.]{0,10})?\)"
                   r"|[ \t]*,[ \t]*\d{1,3}[ \t]*(?i:år|years?|yrs?\.?|lat|let|ans|jahre|anni|años|vuotta|éves|godina"
                   r"|года|лет|років|yaş|sano|v\.)"
                   r"|[ \t]*[,;–-][ \t]*(?i:död|d\.|avliden|†)[ \t]*(?:\d{1,2}[ ./-]\d{1,2}[ ./-])?(?:19|20)\d\d"
                   r"|(?:[ \t]+|-)[^\W\d_]{1,10}(?:\.[^\W\d_]{1,3})*\.?(?:[ \t]+[^\W\d_]{1,4}\.?)?)$")
# (in lower case: "SI 2027/0418", "ROC 75/06/21" open a case's number or an era's date, no label)
_LEAD = re.compile(r"^(?:[^\W\d_A-ZÅÄÖÀ-ÞΑ-ΩА-Я][^\W\d_]{0,7}\.?[ \t]+){1,2}(?=\d|[^\W\d_]+[ \t]+\d)")
_YEAR = re.compile(r"\d{2,4}")
_AGE_AROUND = re.compile(r"^\d{1,3}[ \t]*(?:[^\W\d_]{1,5}\.?[ \t]*)?\((?=[^()]+\)$)")


def birth_cell_core(value: str, fits: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of the date inside the words around it in a birth column's cell, when what is left ``fits`` as a
    birth value, else None (the cell's whole value is tried by the caller first)."""
    if (age := _AGE_AROUND.match(value)) is not None and fits(value[age.end():-1]):
        return age.end(), len(value) - 1
    tail = _TAIL.search(value)
    lead = _LEAD.match(value)
    end = tail.start() if tail else len(value)
    for a, b in ((0, end), (lead.end() if lead else 0, len(value)), (lead.end() if lead else 0, end)):
        # (after a word a whole date only: "Hamn 1361" is no birth year behind a label)
        if (a, b) != (0, len(value)) and a < b and not (a and _YEAR.fullmatch(value[a:b])) and fits(value[a:b]):
            return a, b
    return None
