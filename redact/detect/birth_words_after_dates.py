"""Dates of birth before their birth word, as the languages that put the verb last write them: German and Dutch
("der am 12.03.1978 geborene Antragsteller", "sie ist am 12. März 1978 in Köln geboren", "op 12 maart 1978 te
Utrecht geboren"), Turkish ("12.03.1978 doğumlu"), Hungarian ("1978. március 12-én Pécsett született"), Japanese,
Chinese and Korean ("1978年3月12日生まれ", "1978年3月12日出生", "1978년 3월 12일생"), Mongolian ("1978 оны 3 сарын 12-нд
төрсөн").

The rules of ``date_of_birth_abroad`` read the date after its birth word; here the word follows the date, a place
between them at most ("in Köln", "te Utrecht", "Pécsett"). A whole real date of the past only (a year alone before
"geborene" is a cohort as often as a birth: "die 1990 geborenen Kinder"; the Turkish word for one person born in a
year reads a year alone: "1978 doğumlu"), and none after a word that makes it a
limit ("die nach dem 1.1.2000 geborenen Kinder", "vor dem 3. Mai 1990 geboren").
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from redact.detect.date_of_birth_abroad import _DATE, _candidates, _S
from redact.detect.patterns import Rule, Verdict, compile_, real_date

# the birth words that follow their date, in their inflected forms ("geborene", "geborenen"), with and without their
# marks, and a person's own "I was born" after the date (Hungarian "születtem", Turkish "doğdum", "doğumluyum"; "he or
# she was born", "doğumludur"), and Afrikaans
# (the Turkish "he or she was born" and its past of report too, "doğdu", "doğmuş"; and romanised Urdu and Hindi, whose
# verb closes the sentence: "11 Janwari 2004 ko paida hui", "I was born on …")
_AFTER = (r"geboren|geborene|geborener|geborenen|geborenes|doğumlu|dogumlu|doğumluyum|dogumluyum|doğumludur|"
          r"dogumludur|született|szuletett|születtem|szulettem|"
          # (the Luxembourgish "born", after the date as the German is: "Ech sinn den 30. Mäerz 2004 gebuer")
          r"gebuer|gebuerene?n?|"
          r"doğdum|dogdum|doğdu|dogdu|doğmuştur|dogmustur|gebore|paida[ \t]+hu(?:a|i|ay|e|wa)|peda[ \t]+hu(?:a|i|wa)|"
          # (the Azerbaijani "was born", "I was born": "anadan olub", "anadan olmuşam", "doğulmuşam")
          r"anadan[ \t]+ol(?:ub|muşam|muşdur|muş|du|dum)|doğulmuşam|doğulub"
          # (the Mongolian "born", "төрсөн", after the year's, the month's and the day's words: "… 3-нд төрсөн")
          r"|төрсөн|"
          # the Kazakh "I was born", "born", after a date whose month stands in the locative ("… 26 ақпанда туғанмын")
          r"туғанмын|туылғанмын|туған|туылған")
# the place between the date and the word: its preposition and a capitalised name ("in Köln", "te Utrecht", "zu
# Lübeck"), or a Hungarian place in its own case ("Pécsett", "Budapesten")
# (a Turkish place in its own case after its apostrophe: "Ankara'da")
# (a Mongolian place in Cyrillic before its word "in the town", "in the province": "Дархан хотод", "Сэлэнгэ аймагт")
_PLACE = (rf"(?:{_S}(?:(?i:in|te|zu|à|en|a|w|v|u|i){_S})?[A-ZÅÄÖÉÜŞÇİŁŻА-ЯЁӨҮ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?"
          r"(?:['’][^\W\d_]{1,4}|[ ](?:хотод|аймагт|сумд|суманд|дүүрэгт))?)?,?")
# the word for "on the date" a Turkish or Azerbaijani date is written with before its verb ("4 Mart 2003 tarihinde
# doğdum"), and the Urdu and Hindi postposition "on" ("… 2004 ko paida hui")
# (the Azerbaijani year's ordinal ending and "il", "year", glued to it before: "12 may 2003-cü il tarixində")
_ON_THE_DATE = rf"(?:-c[iıuü]{_S}il)?(?:{_S}(?i:tarihinde|tarihte|tarixində|tarixinde|ko))?"
_DATE_THEN_WORD = compile_(rf"(?<![\w.,/:-]){_DATE}{_ON_THE_DATE}{_PLACE}{_S}(?P<cue>(?i:{_AFTER}))(?![^\W\d_])")
_WORD = re.compile(rf"(?i)(?<![^\W\d_])(?:{_AFTER})(?![^\W\d_])")
_REACH = 90  # how far before its word a date and a place may begin


class _BeforeWords:
    """The date pattern tried only just before each birth word: the whole text tried at every position costs more."""

    pattern = _DATE_THEN_WORD

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches that end with a birth word, each tried from up to ``_REACH`` characters before it."""
        done = 0
        for word in _WORD.finditer(text):
            pos = max(done, word.start() - _REACH)
            while (m := self.pattern.search(text, pos, word.end())) is not None and m.end() != word.end():
                pos = m.start() + 1
            if m is not None:
                done = m.end()
                yield m


DATE_THEN_BIRTH_WORD = _BeforeWords()
# the date and its signs in Japanese, Chinese and Korean, the birth's sign glued to it: "生まれ", "生", "出生", "생"
DATE_THEN_BIRTH_SIGN = compile_(
    r"(?<!\d)(?P<date>(?P<y>(?:19|20)\d\d)[ ]?[年년][ ]?(?P<m>\d{1,2})[ ]?[月월][ ]?(?P<d>\d{1,2})[ ]?[日일])"
    r"[ ]?(?:生まれ|出生|生|출생|생)")
# a word before the date that makes it a limit or a span, not a birth: "vor", "nach", "ab", "bis", "zwischen",
# "seit", Dutch "voor", "na", "tussen", "sinds", English "before", "after"; an article may stand between ("nach dem")
_LIMIT_BEFORE = re.compile(r"(?i)(?<![\w])(?:vor|nach|ab|bis|zwischen|seit|voor|vóór|na|tussen|sinds|before|after|"
                           r"until|since|önce|sonra)(?:[ \t]+(?:dem|den|der|het|de|the))?[ \t]+(?:(?:am|op|on)[ \t]+)?$")


def _past_day(year: int, month: int, day: int) -> bool:
    return real_date(year, month, day) and _dt.date(year, month, day) <= _dt.date.today()


def check_date_then_birth_word(text: str, m: re.Match[str]) -> Verdict | None:
    """The whole date before its birth word, when it is a real past day and no limit's word stands before it."""
    if _LIMIT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    found = _candidates(m)
    if found is None and _birth_year_of_one(text, m):
        return Verdict(m.start("date"), m.end("date"), f"år före '{m.group('cue').lower()}'", 0.75)
    if found is None or not any(_past_day(y, mo, d) for y, mo, d in found[1]):
        return None
    return Verdict(m.start("date"), m.end("date"), f"{found[0]} före '{m.group('cue').lower()}'")


# Turkish "doğumlu", "born in", right after a year is one person's birth year ("1978 doğumlu Ayşe"); a cohort takes
# the plural ("1990 doğumlular"), which the word's end already leaves out
_ONE_PERSONS_WORD = frozenset({"doğumlu", "dogumlu", "doğumluyum", "dogumluyum", "doğumludur", "dogumludur"})


def _birth_year_of_one(text: str, m: re.Match[str]) -> bool:
    """True for a year alone right before the Turkish word for one person born in it, a living person's year."""
    year = m.groupdict().get("year")
    return (year is not None and m.group("cue").lower() in _ONE_PERSONS_WORD
            and not text[m.end("date"):m.start("cue")].strip() and 1900 <= int(year) <= _dt.date.today().year)


def check_date_then_birth_sign(text: str, m: re.Match[str]) -> Verdict | None:
    """The Japanese, Chinese or Korean date before the birth's sign, when it is a real past day."""
    if not _past_day(int(m.group("y")), int(m.group("m")), int(m.group("d"))):
        return None
    return Verdict(m.start("date"), m.end("date"), "datum före tecknet för född (japanska, kinesiska, koreanska)")


#: the two rules, for ``date_of_birth``
RULES = (
    Rule("birth_date_before_birth_word", DATE_THEN_BIRTH_WORD, score=0.85, check=check_date_then_birth_word,
         needs=("geboren", "doğumlu", "dogumlu", "született", "szuletett", "születtem", "szulettem", "doğdu",
                "dogdu", "doğmuş", "dogmus", "gebore", "gebuer", "paida", "peda", "anadan", "doğul", "төрсөн", "туған",
                "туылған")),
    Rule("birth_date_before_birth_sign", DATE_THEN_BIRTH_SIGN, score=0.85, check=check_date_then_birth_sign,
         needs=("生", "생")),
)
