"""The dot after a date's year that belongs to the date: Croatian, Serbian, Bosnian and Slovene write the year as an
ordinal, with a dot ("rođen 9. travnja 1983.", "4 marta 1980.").

Where the sentence goes on after such a date, the date rules read the dot with it already; at a sentence's end the
one dot is both the date's and the full stop's, and a registrar masks it with the date. Only a date with a South
Slavic month's name takes it: a Swedish date's dot at a sentence's end ("född 3 maj 1975."), a Norwegian or German
one's ("2. april 1991.") and a numeric date's ("17.03.1958.") stay the sentence's, as before.
"""

from __future__ import annotations

import re

from redact.detect.birth_cues_abroad import MONTH_LISTS
from redact.detect.month_names import MONTHS as SWEDISH_MONTHS

# the months as Croatian, Bosnian, Serbian and Slovene dates name them, in Latin letters and in Cyrillic; not those
# spelled as ours ("maj", "april", "juni"): "född 3 maj 1975." ends a Swedish sentence
_SOUTH_SLAVIC = frozenset(name for language, names in MONTH_LISTS.items()
                          if language.startswith(("croatian", "bosnian", "serbian", "slovenian", "macedonian"))
                          for name in names if name and name not in SWEDISH_MONTHS)
# the day, with its ordinal dot or without, the month's name and the year
_DAY_MONTH_YEAR = re.compile(r"\d{1,2}\.?[ \t]?(?P<month>[^\W\d_]{3,13})[ \t\n]+(?:19|20)\d\d")
# what may follow the dot: the line's end, a space, a closing bracket or quote (no more digits or letters of a word)
_AFTER_DOT = re.compile(r"(?:[ \t\n)\]\"'”’]|$)")


# a numeric date after a South Slavic birth word ("rođen", "rojena", "рођен"): the language's own ordinal dot follows
# the year; where the line ends with it, the dot is the date's, and where a sentence follows it on the line it stays
# the full stop ("рођен 17.03.1958. Han har pass.")
_NUMERIC = re.compile(r"\d{1,2}\.[ ]?\d{1,2}\.[ ]?(?:19|20)\d\d")
_SOUTH_SLAVIC_BORN = re.compile(r"(?i)(?<![\w])(?:rođen|rodjen|rojen|рођен|роден)a?[ \t]*[:,]?[ \t]*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def with_year_dot(text: str, start: int, end: int) -> int:
    """The end of the date ``text[start:end]``, past the dot after its year when the date's language writes one."""
    if end >= len(text) or text[end] != "." or not _AFTER_DOT.match(text, end + 1):
        return end
    m = _DAY_MONTH_YEAR.fullmatch(text, start, end)
    if m is not None and m.group("month").lower() in _SOUTH_SLAVIC:
        return end + 1
    if (_NUMERIC.fullmatch(text, start, end) and _LINE_END.match(text, end + 1)
            and _SOUTH_SLAVIC_BORN.search(text, max(0, start - 24), start)):
        return end + 1  # "rođen 21.5.1962." ending its line: no sentence follows to claim the dot
    return end
