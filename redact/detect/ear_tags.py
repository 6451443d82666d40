"""A farm animal's ear tag by its shape: the country's letters, the herd's production-site number (six digits), a
dash and the animal's number ("SE 044718-0291", "SE044718-02917", "SE 044718-0291-3"). Read by ``labelled_id``'s
recognizer.

The production-site number belongs to one keeper's herd, so the tag leads to a person however the sentence
names it ("korna var märkta i serien SE 044718-0291 och framåt", "kalven SE 044718-0307 saknades"); without a
label the phone rule would read "044718-0291" as a number in area 044 and leave the letters readable. A company's
organisation number written with the country's letters ("SE 556677-8899") is no tag.

A reindeer owner's earmark after its word ("renmärke Biellu 2207/Ga", "renmärkesnummer 4418"): the register of
earmarks gives each mark to one owner, and the mark's name, its number and the village's letters after a slash are
all the register's entry.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, compile_rule, luhn_ok, rule_regex

_EAR_TAG = compile_rule(r"(?<![\w-])(?P<value>SE[ \u00a0]?\d{6}-\d{4,5}(?:-\d)?)(?![\w]|[-/.]\d)")
# an organisation number: a group digit, a third digit of 2 or more (no month), four digits after the dash, Luhn
_ORG_NUMBER = re.compile(r"[1-9]\d[2-9]\d{3}-\d{4}")


def _check_ear_tag(text: str, m: re.Match[str]) -> Verdict | None:
    number = m.group("value")[2:].strip()
    if _ORG_NUMBER.fullmatch(number) and luhn_ok(number.replace("-", "")):
        return None
    return Verdict(m.start("value"), m.end("value"), "öronmärke: landets bokstäver, produktionsplatsens nummer och djurets")


# the word, "nr" or a colon maybe, then the mark: its name maybe, its number, the village's letters after a slash
_REINDEER_MARK = compile_rule(
    r"(?<![\w-])(?i:renmärke(?:t|n|na)?|renmärkes(?:nummer|numret|nr\.?))(?:[ \t\u00a0]+(?i:nr\.?|nummer))?"
    r"(?:[ \t\u00a0]*:)?[ \t\u00a0]*\n?[ \t\u00a0]*"
    r"(?P<value>(?:[A-ZÅÄÖÁČĐŊŠŦŽ][a-zåäöáčđŋšŧžï]{2,15}[ \u00a0])?\d{1,6}(?:[ \u00a0]?/[ \u00a0]?[A-ZÅÄÖÁČŠ][\wáčđŋšŧž]{0,5})?)"
    r"(?![\w]|[-/.,]\d)")


def _check_reindeer_mark(text: str, m: re.Match[str]) -> Verdict | None:
    return Verdict(m.start("value"), m.end("value"), "renmärke: registrerat på en renägare")


RULES = (Rule("ear_tag", _EAR_TAG, score=0.8, check=_check_ear_tag, gate=rule_regex(r"SE[ \u00a0]?\d{6}-")),
         Rule("reindeer_earmark", _REINDEER_MARK, score=0.8, check=_check_reindeer_mark, needs=("renmärk",)))
