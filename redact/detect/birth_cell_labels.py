"""The label a birth column's cell may carry before its date, as the clerk copied it from a foreign paper with the
date: another language's birth word ("urodz. 30.11.1969", "dz. 1990. g. 5. maijā"), a form's short label for the
date of birth (Turkish "D.T." for "doğum tarihi", English "b." for "born", the star "*") or the word for "the date"
(Somali "Taariikhda: 7/11/1993"). The column's header already says the cell is a birth date; the label is no part
of it and stays unmasked."""

from __future__ import annotations

import re

from redact.detect.birth_cues_abroad import CUE_PATTERNS

# the form labels no running text uses as a birth word alone: the Turkish "D.T." ("doğum tarihi"), the English "b."
# ("born"), the Somali "taariikhda" ("the date"), the genealogists' star for "born" ("* 1983", "* 12.04.1966", as
# German and Nordic papers write it); the Swahili "tarehe" ("the date") is read with the date it opens,
# masked whole with it (table_values)
_FORM_LABELS = (r"d\.[ ]?t\.", r"b\.", "taariikhda", r"\*")
_WORDS = "|".join((*(p.replace(" ", "[ ]") for p in CUE_PATTERNS), *_FORM_LABELS))
# (the linking word a birth word keeps before its date: "nato il", "née le", "geboren am", "født den")
_LABEL = re.compile(rf"(?i)(?:{_WORDS})(?![^\W\d_])[ \t]*:?[ \t]*(?:(?:il|le|el|am|den|op|on|dnia|da)[ \t]+)?(?=\d)")


def birth_cell_label(value: str) -> int:
    """The length of the birth word or date label opening a birth column's cell before its date, or 0."""
    m = _LABEL.match(value)
    return m.end() if m else 0
