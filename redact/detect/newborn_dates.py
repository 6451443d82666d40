"""A newborn's or a small child's date of birth, which lies within the document's own last two years.

The birth-date rules that read a date by its place (after a name, in a person's block or row) hold a date of this
year or the last as an event's: when someone called, applied or was decided about. A parental-benefit decision, a
child-care placement or a child-health note writes a child's birth in the same places ("barnet Leo (2025-11-03)",
"Barnets namn: ..." above the date, a row under "Barn"). Such a date is a birth when the words say the person is a
child (a child's noun or label right before the name, a child's label in the block, a child's header over the row)
and the date lies before a later date the document writes (the application, the decision): a birth precedes what
is decided about it.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from redact.detect.month_names import MONTHS as _MONTHS
from redact.detect.patterns import real_date

# a child's noun or label, in any of its forms, and a neighbour's or English word for it
_CHILD = (r"barn|barnet|barnen|barnets|spädbarn|spädbarnet|spädbarnets|nyfödd|nyfödda|nyfödde|bebis|bebisen|"
          r"son|sonen|sonens|dotter|dottern|dotterns|pojken|flickan|tvilling|tvillingen|tvillingarna|fosterbarn|"
          r"fosterbarnet|adoptivbarn|adoptivbarnet|barnbarn|barnbarnet|lillebror|lillasyster|child|baby|infant|"
          r"newborn|daughter|kind")
#: a child's noun or label right before a name: "barnet Leo", "sonen Arash", "Nyfödd: Maja", "Barn 1: Ella"
CHILD_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:{_CHILD})(?:[ \t]+\d)?[ \t]*[:(]?[ \t]*\Z")
#: a child's word anywhere in a label or a header ("Barnets namn", "Barn", "Nyfödd")
CHILD_WORD = re.compile(rf"(?i)(?<![\w-])(?:{_CHILD})(?![\w])|(?<![\w-])barn[a-zåäö]{{0,6}}(?=namn|[ :]|\Z)")

# a preposition of a meeting, a letter or a decision before the child's noun
_MET_BEFORE = re.compile(r"(?i)(?<![\w])(?:med|av|från|hos|till|mot|vid|mellan|enligt)[ \t]+(?:[^\W\d_]+[ \t]+)?\Z")

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# the document's own whole dates: ISO ("2026-05-02"), "2.5.2026" / "2/5 2026", "2 maj 2026"
_DOC_DATE = re.compile(rf"(?<![\d])(?:(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
                       rf"|(?P<d2>\d\d?)[./](?P<m2>\d\d?)(?:[./]|[ ])(?P<y2>(?:19|20)\d\d)"
                       rf"|(?P<d3>\d\d?)[ \t]+(?P<m3>(?i:{_MONTH}))[ \t]+(?P<y3>(?:19|20)\d\d))(?![\d])")


@lru_cache(maxsize=4)
def document_dates(text: str) -> tuple[_dt.date, ...]:
    """Every whole date the text writes in the usual Swedish forms, up to today."""
    # asked once for each recent date of a page (a log of this year's dates asks dozens of times): read the page once
    today = _dt.date.today()
    out = []
    for m in _DOC_DATE.finditer(text):
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        elif m.group("y2"):
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        else:
            y, mo, d = int(m.group("y3")), _MONTHS[m.group("m3").lower()], int(m.group("d3"))
        if real_date(y, mo, d) and _dt.date(y, mo, d) <= today:
            out.append(_dt.date(y, mo, d))
    return tuple(out)


def before_a_later_date(text: str, born: _dt.date) -> bool:
    """True when the document writes a later date than ``born`` (its application's, its decision's) within two
    years of it: the child was born before what the document decides."""
    return any(born < d and (d - born).days <= 731 for d in document_dates(text))


def child_named_before(text: str, start: int, name: str = "") -> bool:
    """True when a child's noun or label stands right before ``start`` on its line ("barnet Leo", "Nyfödd: Maja"),
    or opens the words read as the name (``name``: "Sonen Arash Karimi", "Barnet Leo Lindqvist")."""
    line_start = text.rfind("\n", 0, start) + 1
    first = name.split(None, 1)[0] if len(name.split()) > 1 else ""
    before = CHILD_BEFORE.search(text[max(line_start, start - 40):start])
    if before is None and not (first and CHILD_BEFORE.search(first)):
        return False
    # "samtal med sonen Arash, 12 juni 2025": the day the child was met, written to or about, no birth
    at = max(line_start, start - 40) + before.start() if before is not None else start
    return not _MET_BEFORE.search(text[max(line_start, at - 30):at])
