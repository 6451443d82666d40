"""Two shapes of a date of birth after a Swedish birth word that the rule of ``date_of_birth`` does not read alone.

* The date written as another country writes it: a Swedish document quotes a foreign paper's date as it stands
  ("född 9 de octubre de 1986", "född 14. Oktober 1963", "f. 11/30/1989 enligt hans amerikanska handlingar",
  "född 1979. április 3."). The Swedish rule knows Swedish and English months and reads "11/30" day first only.
* A second version of the same birth date in the same sentence: a passport and the population register
  disagree, or a person states another date ("födelsedatumet 01/01/1990, medan folkbokföringen har 1990-03-15",
  "född 3 maj 1979 enligt passet men 5 mars 1979 enligt intyget"). The second date has no birth word of its own;
  the contrast word between the two and a year that differs by one at most say it is the same birth, written
  another way. After "respektive" the second date is another person's birth in the same list ("födda 2010-03-01
  respektive 2012-05-06"), whatever its year.

* The same birth date converted to our calendar: a paper's date in its own calendar, then "alltså", "motsvarar",
  "dvs." and our date ("född 19 Aban 1402, alltså 10 november 2023", "födelsedatum i intyget, 3 Gelawêj 2725,
  motsvarar 25 juli 2025"). The conversion word after a date in a sentence that names the birth says the second
  date is the birth again, whatever its year (the calendars count years apart); so does a first date the page
  already holds as a birth date, in a birth column above the note (``with_converted_births``). Our date in
  brackets right after the paper's does the same ("född 2 Jumada al-ula 1411 (den 19 november 1990)"): the
  bracket glosses the date before it, and a birth word a few words before that date says whose.

The patterns are completed with the Swedish birth words in ``date_of_birth``; the checks are here.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from redact.detect.birth_words import kept_birthday
from redact.detect.date_of_birth_abroad import _DATE as FOREIGN_DATE
from redact.detect.date_of_birth_abroad import _candidates
from redact.detect.patterns import Verdict, compile_, real_date
from redact.types import Finding

#: The date part of a birth date written as another country writes it (the Swedish birth word goes before it).
WRITTEN_ABROAD = FOREIGN_DATE

# A limit a rule or a form sets, no one's birth: "född före den 1 januari 1950", "born before July 1, 1936".
_LIMIT = re.compile(r"(?i)(?<![\w])(?:före|efter|innan|mellan|senast|tidigast|before|after|prior[ \t]+to|between|"
                    r"until|since)(?![\w])")


def _past_dates(m: re.Match[str]) -> list[tuple[int, int, int]]:
    """Every real date up to today that the date of ``m`` may be (none for a year alone)."""
    found = _candidates(m)
    if found is None:
        return []
    today = _dt.date.today()
    return [(y, mo, d) for y, mo, d in found[1] if real_date(y, mo, d) and _dt.date(y, mo, d) <= today]


def check_written_abroad(text: str, m: re.Match[str]) -> Verdict | None:
    """A whole past date after a Swedish birth word, day first as most of the world writes it, month first
    ("11/30/1989") when only that is a date; a year alone is the Swedish rule's."""
    if _LIMIT.search(text, m.start(), m.start("date")) or kept_birthday(text, m) or not _past_dates(m):
        return None
    kind = _candidates(m)[0]  # (a date, so not None)
    return Verdict(m.start("date"), m.end("date"), f"{kind} skrivet som i utlandet efter ett födelseord")


# A whole date in any of the usual shapes, without groups of its own (read again with FOREIGN_DATE to check it).
_ANY = (r"(?:(?:19|20)\d\d[-./]\d\d[-./]\d\d"
        r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
        r"|\d{1,2}(?:\.|:e|e|er|st|nd|rd|th)?[ \t]+(?:(?i:de|of)[ \t]+)?[^\W\d_]{3,11}\.?,?[ \t]+(?:(?i:de)[ \t]+)?(?:19|20)\d\d"
        r"|[^\W\d_]{3,11}\.?[ \t]+\d{1,2},?[ \t]+(?:19|20)\d\d)")
# Words between the two dates: letters, spaces, commas, brackets and one line end (a wrapped line), no digit.
_BETWEEN = r"(?:[ \t,()/–-]|\n(?![ \t]*\n)|[^\W\d_]|\.(?=[ \t]*[a-zåäö]))"
#: The two dates after a Swedish birth word: the first is the rule's own, the second its other version.
SECOND_DATE = rf"(?P<first>{_ANY})(?P<between>{_BETWEEN}{{2,90}}?)(?<![\w])(?P<second>{_ANY})(?![\w]|[-+:./]\d)"

_ALONE = compile_(rf"{FOREIGN_DATE}$")
# the words that set a second version of a date against the first ("medan", "men", "eller", "alternativt")
_CONTRAST = re.compile(r"(?i)(?<![\w])(?:medan|men|eller|alternativt|snarare|respektive|resp\.)(?![\w])")
_LIST = re.compile(r"(?i)(?<![\w])(?:respektive|resp\.)(?![\w])")
_MAX_WORDS = 8


def _dates_of(written: str) -> list[tuple[int, int, int]]:
    m = _ALONE.match(" ".join(written.split()))
    return _past_dates(m) if m is not None else []


def check_second_version(text: str, m: re.Match[str]) -> Verdict | None:
    """The second date when the words between set it against the first: a contrast word, no more than eight
    words, the same year or the next (any year after "respektive")."""
    between = m.group("between")
    if _LIMIT.search(text, m.start(), m.start("first")) or not _CONTRAST.search(between):
        return None
    if len(between.split()) > _MAX_WORDS:
        return None
    first, second = _dates_of(m.group("first")), _dates_of(m.group("second"))
    if not first or not second:
        return None
    if not _LIST.search(between) and min(abs(a[0] - b[0]) for a in first for b in second) > 1:
        return None  # "född 1950-02-03 men flyttade hit 2001-04-04": another event's date, not the birth again
    return Verdict(m.start("second"), m.end("second"), "en andra uppgift om samma födelsedatum")


# A date as any calendar writes it (a day, a month's word and a year with its endings, or figures), the conversion
# word, and a whole date of ours: a Swedish month's name or figures.
# (the month first too, as an English rendering writes it: "Meskerem 4, 1983 E.C.")
_ERA = r"(?:[ \t]*\(?[A-Z]\.[A-Z]\.\)?)?"
_ANY_CALENDAR = (rf"(?:\d{{1,2}}[^\W\d_]{{0,2}}\.?[ \t]+[^\W\d_]{{2,12}}\.?[ \t]+\d{{4}}[^\W\d_]{{0,2}}{_ERA}"
                 rf"|[^\W\d_]{{2,12}}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}{_ERA}"
                 r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})")
_CONVERTED = r"(?i:alltså|motsvarar|motsvarande|dvs\.?|det[ \t]+vill[ \t]+säga|i[ \t]+vår[ \t]+kalender)"
CONVERTED_DATE = compile_(
    rf"(?<![\w.])(?P<first>{_ANY_CALENDAR}),?[ \t]+(?:\n[ \t]*)?{_CONVERTED}:?[ \t]+(?:\n[ \t]*)?(?:(?i:den)[ \t]+)?"
    rf"(?P<date>(?P<d>\d{{1,2}})[ \t]+(?P<m>[a-zåäö]{{3,9}})[ \t]+(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))(?![\w]|[-+:./]\d)")
CONVERTED_NEEDS = ("alltså", "motsvara", "dvs", "vill säga", "vår kalender")
# a birth word before the first date, in the same sentence
_BIRTH_BEFORE = re.compile(r"(?i)(?<![\w])(?:född|födda|föddes|fött|f\.|födelse\w*|födseln)(?![\w])")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t]+[A-ZÅÄÖ])|\n[ \t]*\n")


def past_day(m: re.Match[str]) -> bool:
    """True when our date after the conversion word is a real day before today."""
    from redact.detect.month_names import MONTHS

    if m.group("d"):
        month = MONTHS.get(m.group("m").lower())
        if month is None:
            return False
        y, mo, d = int(m.group("y")), month, int(m.group("d"))
    else:
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    return real_date(y, mo, d) and _dt.date(y, mo, d) <= _dt.date.today()


def check_converted_date(text: str, m: re.Match[str]) -> Verdict | None:
    """Our date after a conversion word, when a birth word stands before the first date in the same sentence and our
    date is a real past day."""
    if not past_day(m):
        return None
    start = max(0, m.start() - 150)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, start, m.start())]
    if not _BIRTH_BEFORE.search(text, ends[-1] if ends else start, m.start()):
        return None
    return Verdict(m.start("date"), m.end("date"), "samma födelsedatum omräknat till vår kalender")


def with_converted_births(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """The findings, with our date after a conversion word added as a date of birth when the date before the word is
    one the page already holds as a birth date (a column of births has "3 Hamal 1370"; a note below says "3 Hamal
    1370 motsvarar 23 mars 1991"): the same birth, converted, though the note's sentence names no birth."""
    if not any(n in text.lower() for n in CONVERTED_NEEDS):
        return findings
    births = {" ".join(f.text.split()) for f in findings if f.category == "DATE_OF_BIRTH" and f.status != "rejected"}
    if not births:
        return findings
    added = []
    for m in CONVERTED_DATE.finditer(text):
        a, b = m.span("date")
        if (" ".join(m.group("first").split()) not in births or not past_day(m)
                or any(f.category == "DATE_OF_BIRTH" and (f.start or 0) <= a and b <= (f.end or 0) for f in findings)):
            continue
        added.append(Finding(id=f"p{page}-c{a}", page=page, start=a, end=b, text=text[a:b], category="DATE_OF_BIRTH",
                             score=0.75, detector="date_of_birth",
                             reason="samma födelsedatum omräknat till vår kalender som sidans födelsedatum före det"))
    if not added:
        return findings
    merged = sorted(findings + added, key=lambda f: (f.start or 0, f.end or 0, f.category))
    return [replace(f, id=f"p{page}-{n}") for n, f in enumerate(merged)]


# Our whole date alone in brackets right after another date's year ("... 1411 (den 19 november 1990)").
CONVERTED_IN_BRACKETS = compile_(
    r"(?<=\d)[ \t]*\([ \t]*(?:(?i:den)[ \t]+)?"
    r"(?P<date>(?P<d>\d{1,2})[ \t]+(?P<m>[a-zåäö]{3,9})[ \t]+(?P<y>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))[ \t]*\)")
CONVERTED_IN_BRACKETS_NEEDS = ("föd", "fött", "f.")
# the birth word, then the paper's whole date in two to six words (a day, a month of up to three words, a year; a year
# alone is no date to convert), a line break allowed where a rendering wrapped it
_BIRTH_THEN_DATE = re.compile(r"(?i)(?<![\w])(?:född|födda|föddes|fött|f\.|födelsedatum|födelsedatumet)"
                              r"\s+(?:den\s+)?(?:\S+\s+){1,5}\S*\d$")
_LOOK_BACK = 100


def check_converted_in_brackets(text: str, m: re.Match[str]) -> Verdict | None:
    """Our past date in brackets when the whole date before the bracket follows a birth word."""
    start = max(0, m.start() - _LOOK_BACK)
    if not _BIRTH_THEN_DATE.search(text, start, m.start()) or _LIMIT.search(text, start, m.start()):
        return None
    return check_converted_date(text, m)
