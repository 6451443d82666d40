"""A whole date opening a bracket whose next part is a personal identity number: "Ni (3 March 1990, NRIC
S8814207A, samordningsnummer …) medges", "sökanden (1986-02-14, personnummer saknas)".

A decision or a letter sets out whom it is about in one bracket: the person's birth date, then their identity or
passport number. The number's label says the bracket describes a person, so the date before it is their birth date
whatever names them (a pronoun, a role). A date of this or last year is an event's (as a case's date beside a case
number), and a case's or a register's label ("dnr") names no person: neither counts.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.date_of_birth_abroad import MONTHS
from redact.detect.patterns import Rule, Verdict, compile_rule, real_date, rule_regex

_MONTH = "|".join(re.escape(m) for m in sorted((m for m in MONTHS if " " not in m), key=len, reverse=True))
# the labels of a person's own number: Swedish, and as a foreign paper names its country's number
_ID_LABEL = (r"personnummer|personnr|pnr|samordningsnummer|samordningsnr|passnummer|passnr|pass|passport|"
             r"id-nummer|id-nr|identitetsnummer|id-kort|nric|fin|ssn|nie|dni|pesel|tfn|pan|cnp|jmbg|tz|"
             r"födelsenummer|fødselsnummer|henkilötunnus|hetu")
_DATE = (r"(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)"
         rf"|(?P<t_d>\d{{1,2}})\.?[ \t]+(?P<t_m>(?i:{_MONTH}))\.?[ \t]+(?P<t_y>(?:19|20)\d\d)"
         r"|(?P<n_d>\d{1,2})(?P<nsep>[./])(?P<n_m>\d{1,2})(?P=nsep)(?P<n_y>(?:19|20)\d\d)")
_BESIDE_ID = compile_rule(rf"\([ \t]*(?P<date>{_DATE})[ \t]*,[ \t\n]*(?i:{_ID_LABEL})(?![\w-])")


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    """The date when it is real and older than last year."""
    if m.group("iso_y"):
        y, mo, d = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
        dates = [(y, mo, d)]
    elif m.group("t_y"):
        y, d = int(m.group("t_y")), int(m.group("t_d"))
        dates = [(y, mo, d) for mo in MONTHS[m.group("t_m").lower()]]
    else:
        y, first, second = int(m.group("n_y")), int(m.group("n_d")), int(m.group("n_m"))
        dates = [(y, second, first), (y, first, second)]
    if y > _dt.date.today().year - 2 or not any(real_date(*date) for date in dates):
        return None
    return Verdict(m.start("date"), m.end("date"), "datum i parentes före ett personligt id-nummer", 0.75)


#: A birth date opening a bracket before a personal identity number's label.
BIRTH_DATE_BESIDE_ID = Rule("birth_date_beside_id_number", _BESIDE_ID, score=0.75, check=_check,
                            gate=rule_regex(r"\([ \t]*\d"))
