"""Further whole dates of birth after one plural birth word: "Hon har tre barn, födda 2012-02-09, 2015-10-30 och
2019-06-21", "barnen föddes 3 maj 2014 och 9 juli 2017"; and a second person's date after one singular birth word, the verb
left out: "Per är född 8 mars 1948 och jag 2 maj 1951", "hon föddes 1 juni 1960 och hennes bror 4 maj 1963", or a
year alone after a given name ("Eva är född 2 maj 1951, Per 1948"); and a birth date correcting the one before it: "inte född 1.1.1990 utan 17 juli 1989".

The birth rule of ``date_of_birth`` reads the date right after the birth word; the dates listed after it, joined
by commas and "och", "samt" or "respektive", are births of the same list (the years alone are
``short_birth_years``'s). Each later date is found from the separator before it, and the words before that must be
the birth word and the list's earlier dates, nothing else.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.first_chars import compiled
from redact.detect.month_names import MONTHS
from redact.detect.patterns import Rule, Verdict, compile_rule, real_date

_MONTH = "|".join(sorted({*MONTHS, *(m for m in MONTHS_ABROAD if " " not in m)}, key=lambda m: (-len(m), m)))
# a whole date as Swedish text writes it: "2015-10-30", "30 oktober 2015", "30/10 2015", "30/10-15", "20151030"; with
# dots, or with another language's month, as the person's paper writes it ("30.10.2015", "12 Nisan 1986")
_ONE_DATE = (rf"(?:(?:19|20)\d\d-\d\d?-\d\d?|\d{{1,2}}\.?[ \t]+(?i:{_MONTH})\.?[ \t]+(?:19|20)\d\d"
             rf"|\d{{1,2}}/\d{{1,2}}(?:[ \t]+|[-–])(?:19|20)?\d\d|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d"
             rf"|(?:19|20)\d{{6}})")
_SEP = r"(?:[ \t]*,[ \t]*\n?[ \t]*|[ \t\n]+(?i:och|samt|respektive|resp\.)[ \t]*\n?[ \t]*)"
_LATER = compile_rule(rf"(?P<sep>{_SEP})(?P<date>{_ONE_DATE})(?![\w]|[-/.]\d)")
# what stands before a later date: the plural birth word, then the dates before it in the list
_LIST_BEFORE = compiled(rf"(?<![\w])(?i:födda|föddes|fødte|born)[ \t\n]+(?:(?i:den)[ \t]+)?{_ONE_DATE}"
                        rf"(?:{_SEP}{_ONE_DATE})*\Z")
_REACH = 200
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d?)-(\d\d?)$")


def _past(value: str) -> bool:
    """False for an ISO date that does not exist or lies ahead; the other forms are left to their words."""
    m = _ISO.match(value)
    if m is None:
        return True
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return real_date(y, mo, d) and _dt.date(y, mo, d) <= _dt.date.today()


def _check_later(text: str, m: re.Match[str]) -> Verdict | None:
    """The date when the list before it opens with a plural birth word."""
    if not _past(m.group("date")):
        return None
    before = text[max(0, m.start() - _REACH):m.start()]
    if _LIST_BEFORE.search(before) is None:
        return None
    return Verdict(m.start("date"), m.end("date"), "ett födelsedatum till i en lista efter 'födda'", 0.75)


#: Later dates of a list of births after one plural birth word.
LISTED_BIRTH_DATES = Rule("listed_birth_dates_after_a_birth_word", _LATER, score=0.75, check=_check_later,
                          needs=("födda", "föddes", "fødte", "born"))


# a second person's birth date with the verb left out: "och" (or "medan"), the person (a pronoun, a name, a kinship
# word after a possessive), then the date ending the clause
# (or a person's noun in the definite form, as a case names the two of a couple or a family: "kvinnan är född 12 maj
# 1986, mannen 30.08.1981")
_PERSON_NOUN = (r"mannen|kvinnan|maken|makan|hustrun|frun|sambon|partnern|modern|mamman|fadern|pappan|sonen|dottern|"
                r"brodern|systern|barnet|pojken|flickan|sökanden|klienten")
_SUBJECT = (r"(?:jag|du|han|hon|hen|vi|ni|de|[A-ZÅÄÖ][a-zåäöéü]+(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+)?"
            rf"|(?:min|mitt|mina|hans|hennes|deras|sin|sitt|vår|vårt|er|ert)[ \t]+[a-zåäö]+|{_PERSON_NOUN})")
# (or a comma alone: "Per är född 8 mars 1948, Eva 2 maj 1951"; the second a year alone after "år": "Per är född 8
# mars 1948, Eva år 1951", or right after a person's given name or a person's word: "Eva är född 2 maj 1951, Per 1948")
_ELLIPTIC = compile_rule(rf"(?P<sep>(?:[ \t]*,?[ \t\n]+(?i:och|medan|samt)|[ \t]*,)[ \t\n]+(?P<subject>{_SUBJECT})[ \t]*"
                         rf"\n?[ \t]*(?:den[ \t]+|(?P<year_word>år)[ \t]+)?)"
                     rf"(?P<date>{_ONE_DATE}|(?:19|20)\d\d)(?![\w]|[-/.]\d)(?=[ \t]*(?:[.;,)]|\n|$))")
_PRONOUN_OR_NOUN = re.compile(rf"(?:jag|du|han|hon|hen|vi|ni|de|{_PERSON_NOUN})|(?:min|mitt|mina|hans|hennes|deras|sin"
                              rf"|sitt|vår|vårt|er|ert)[ \t]+[a-zåäö]+")


def _a_persons_subject(subject: str) -> bool:
    """True for a subject that is a person however the list holds its words: a pronoun, a person's noun, a
    possessive's kin, or a given name the name lists hold (a place's or a firm's name before a year is no one)."""
    if _PRONOUN_OR_NOUN.fullmatch(subject):
        return True
    from redact.detect.name_words import F, classify_word, load_lexicons

    return classify_word(subject.split()[0], load_lexicons()) == F
# what stands right before: one birth word (singular or plural, with "är"/"var" or not) and its date
_ONE_BEFORE = compiled(rf"(?<![\w])(?i:född|födda|föddes|fødd|født)[ \t\n]+(?:(?i:den)[ \t]+|år[ \t]+)?"
                       rf"(?:{_ONE_DATE}|(?:19|20)\d\d)\Z")


def _check_elliptic(text: str, m: re.Match[str]) -> Verdict | None:
    """The second person's date when the clause before it gives the first person's after a birth word."""
    year_alone = len(m.group("date")) == 4
    if not _past(m.group("date")) or (m.group("year_word") is not None and not year_alone):
        return None  # "år" only before a year alone
    if year_alone and (int(m.group("date")) > _dt.date.today().year or (
            m.group("year_word") is None and not _a_persons_subject(m.group("subject")))):
        return None  # a year ahead, or a year alone right after a place's or a thing's name: "…, Volvo 2019"
    if _ONE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) is None:
        return None
    return Verdict(m.start("date"), m.end("date"), "en andra persons födelsedatum efter 'född … och'", 0.75)


#: A second person's birth date with the verb left out after "född <date> och".
ELLIPTIC_BIRTH_DATE = Rule("second_birth_date_verb_left_out", _ELLIPTIC, score=0.75, check=_check_elliptic,
                           needs=("född", "födda", "föddes", "fødd", "født"))


# A birth date given as a correction of another: "inte född 1.1.1990 utan 17 juli 1989", "född 2 maj 1980, men
# egentligen 4 maj 1980": the date after "utan" or "men (egentligen)" stands for the same birth, and the wrong one
# is the person's recorded date as much
_CORRECTED = compile_rule(rf"(?P<sep>[ \t]*,?[ \t\n]+(?i:utan|men(?:[ \t]+egentligen)?)[ \t\n]+(?:(?i:den)[ \t]+)?)"
                          rf"(?P<date>{_ONE_DATE})(?![\w]|[-/.]\d)")


def _check_corrected(text: str, m: re.Match[str]) -> Verdict | None:
    """The corrected date when a birth word and a whole date stand right before the "utan" or "men"."""
    if not _past(m.group("date")) or _ONE_BEFORE.search(text[max(0, m.start() - 60):m.start()]) is None:
        return None
    return Verdict(m.start("date"), m.end("date"), "ett rättat födelsedatum efter 'född … utan'", 0.75)


#: A corrected birth date after "född <date> utan" or "men egentligen".
CORRECTED_BIRTH_DATE = Rule("corrected_birth_date", _CORRECTED, score=0.75, check=_check_corrected,
                            needs=("född", "födda", "föddes", "fødd", "født"))
