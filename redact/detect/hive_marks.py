"""A beekeeper's marks on the hives ("kuporna JN-03 och JN-07", "kuporna är märkta JN-01 till JN-14"). Read by
``labelled_id``'s recognizer.

A keeper marks each hive with letters of their own (the initials, the apiary's letters) and the hive's number, as the
county's register of apiaries knows them: the mark leads to the keeper as a farm animal's ear tag leads to the herd's
(``ear_tags``). So a code of letters and digits right after the hives' word, or after the word and "märkta" or
"numrerade", is the keeper's, and so are the further codes listed after it ("till", "och", a comma). A hive's number
alone ("kupa 3") names no one and stays.
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compiled
from redact.detect.patterns import Rule, Verdict, compile_rule

# the hives' word in its forms, with the bees' own compound; "samhälle" alone is also a town and stays out
_HIVE = (r"(?:bi)?kupa|(?:bi)?kupan|(?:bi)?kupans|(?:bi)?kupor|(?:bi)?kuporna|(?:bi)?kupornas"
         r"|bisamhälle|bisamhället|bisamhällen|bisamhällena")
# the keeper's letters and the hive's number, joined by a dash or a space or written together ("JN-03", "KL 12",
# "AB7")
_CODE = r"[A-ZÅÄÖ]{1,4}(?:-|[ \u00a0])?\d{1,4}[a-z]?"
_STOP = r"(?![\w-]|[.,/]\d)"
# the hives' word, what the sentence says of them ("är märkta", "numrerade", "med märket"), then the first mark
_FIRST = compile_rule(rf"(?<![\w-])(?i:{_HIVE})(?:[ \t\u00a0]+(?i:är|var|blev|har|hade|med))?"
                      r"(?:[ \t\u00a0]+(?i:märkta|märkt|numrerade|numrerad|märket|märkena|märkning(?:en)?|nr\.?|nummer))?"
                      rf"[ \t\u00a0]*:?[ \t\n\u00a0]+(?P<value>{_CODE}){_STOP}")
# a further mark of the same list: a comma, "och", "till" or a dash between
_NEXT = compile_rule(rf"(?P<sep>[ \t\u00a0]*(?:,|–|(?<=[ \t\u00a0])-)[ \t\n\u00a0]*|[ \t\n\u00a0]+(?i:och|till|samt|t\.o\.m\.)"
                     rf"[ \t\n\u00a0]+)(?P<value>{_CODE}){_STOP}")
# what stands before a further mark: the hives' word and the marks listed since it
_LIST_BEFORE = compiled(rf"(?<![\w-])(?i:{_HIVE})[^.!?\n]{{0,30}}?{_CODE}"
                        rf"(?:(?:[ \t\u00a0]*(?:,|–|-)[ \t\n\u00a0]*|[ \t\n\u00a0]+(?i:och|till|samt|t\.o\.m\.)[ \t\n\u00a0]+)"
                        rf"{_CODE})*\Z")
_REACH = 120


def _letters(code: str) -> str:
    return re.match(r"[A-ZÅÄÖ]+", code).group()


def _check_first(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "biodlarens märkning av kuporna")


def _check_next(text: str, m: re.Match[str]) -> Verdict | None:
    before = text[max(0, m.start() - _REACH):m.start()]
    found = _LIST_BEFORE.search(before)
    if found is None:
        return None
    first = re.search(_CODE, found.group()[len(re.match(rf"(?i:{_HIVE})", found.group()).group()):])
    if first is None or _letters(first.group()) != _letters(m.group("value")):
        return None  # the keeper's own letters on every hive of the list
    return Verdict(m.start("value"), m.end("value"), "biodlarens märkning av kuporna (fler i listan)")


RULES = (Rule("hive_mark", _FIRST, score=0.8, check=_check_first, needs=("kup", "bisamh")),
         Rule("hive_mark_listed", _NEXT, score=0.8, check=_check_next, needs=("kup", "bisamh")))
