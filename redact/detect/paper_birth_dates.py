"""A date of birth as the person's identity paper gives it, with no birth word: "i mitt pass står 21.09.1988",
"enligt hennes somaliska id-kort är det 1990-03-15".

A passport's or an identity card's own dates (issued, valid until) lie within ten years of today, as no such paper is
issued for longer; a date the paper gives further back is its holder's birth. A paper called old or earlier may be
older than that, so only a nationality's word may stand before the paper's ("mitt somaliska pass"). A second version
of the same birth after a contrast word follows, as after a birth word ("..., men hos Försäkringskassan står 1 sep 1988"): see
``birth_date_forms``.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.birth_date_forms import SECOND_DATE, WRITTEN_ABROAD, _dates_of, check_second_version
from redact.detect.date_of_birth_abroad import _candidates
from redact.detect.patterns import Rule, Verdict, compile_rule, real_date

_PAPER = (r"(?<![\w])(?i:i|enligt|på)[ \t]+"
          r"(?:(?i:mitt|min|hans|hennes|hens|deras|sitt|sin|ditt|din|ert|er|det|den)[ \t]+)?"
          r"(?:[a-zåäö]+(?:ska|sk)[ \t]+)?"
          r"(?i:pass|passet|id-kort|id-kortet|identitetskort|identitetskortet|uppehållskort|uppehållskortet)"
          r"(?:[ \t]+|[ \t]*,[ \t]*)(?:(?i:står|anges|är)[ \t]+(?:(?i:det)[ \t]+)?)?")
_PAPER_DATE = compile_rule(rf"{_PAPER}{WRITTEN_ABROAD}")
_PAPER_TWO_DATES = compile_rule(rf"{_PAPER}{SECOND_DATE}")
#: Years a passport or an identity card is issued for at most.
_PAPER_YEARS = 10
_NEEDS = ("pass", "id-kort", "identitetskort", "uppehållskort")


def _before_any_paper(dates: list[tuple[int, int, int]]) -> bool:
    """True when every reading of the date is a real day more than the paper's years back."""
    today = _dt.date.today()
    limit = today.replace(year=today.year - _PAPER_YEARS, day=min(today.day, 28))
    return bool(dates) and all(real_date(y, mo, d) and _dt.date(y, mo, d) < limit for y, mo, d in dates)


def _check_paper_date(text: str, m: re.Match[str]) -> Verdict | None:
    found = _candidates(m)
    if found is None or not _before_any_paper([c for c in found[1] if real_date(*c)]):
        return None
    return Verdict(m.start("date"), m.end("date"), "datum i en id-handling, äldre än handlingen kan vara: födelsedatum")


def _check_second(text: str, m: re.Match[str]) -> Verdict | None:
    if not _before_any_paper(_dates_of(m.group("first"))):
        return None
    return check_second_version(text, m)


#: The rules ``date_of_birth`` adds.
PAPER_BIRTH_DATE = Rule("birth_date_in_identity_paper", _PAPER_DATE, score=0.75, check=_check_paper_date,
                        needs=_NEEDS)
PAPER_BIRTH_DATE_AGAIN = Rule("birth_date_in_identity_paper_again", _PAPER_TWO_DATES, score=0.75,
                              check=_check_second, needs=_NEEDS)
