"""Dates of birth: a real date (or a year) right after a birth word ("född", "f.", "födelsedatum").

Only the date is reported, not the birth word. Any other date is not a hit.
"""

from __future__ import annotations

import datetime as _dt
import re

from presidio_analyzer import RecognizerResult

from redact.detect import context as ctx
from redact.detect.birth_cues_abroad import NEEDLES as _ABROAD_NEEDLES
from redact.detect.birth_words import (
    AGE_AND_YEAR, AGE_AS_DATE, AGE_AS_DATE_NEEDS, AGE_NEEDS, AGE_TURNED_NEEDS, AGE_TURNED_ON_DATE, BIRTH_COMPOUND,
    DATE_THEN_BIRTH_NEEDS, DATE_THEN_BIRTH_NOUN, MONTH_YEAR, YEAR_AND_AGE, check_age_and_year, check_age_as_date,
    check_age_turned_on_date, check_date_then_birth_noun, kept_birthday,
)
from redact.detect.calendar_birth_dates import (
    BUDDHIST_ERA_BIRTH, HEBREW_ETHIOPIAN_BIRTH, KURDISH_BIRTH, KURDISH_NEEDS, LUNAR_HIJRI_BIRTH, SOLAR_HIJRI_BIRTH,
    SOLAR_HIJRI_NEEDS, check_buddhist_era, check_hebrew_or_ethiopian, check_kurdish, check_lunar_hijri,
    check_solar_hijri,
)
from redact.detect.birth_date_forms import (
    CONVERTED_DATE, CONVERTED_IN_BRACKETS, CONVERTED_IN_BRACKETS_NEEDS, CONVERTED_NEEDS, SECOND_DATE, WRITTEN_ABROAD,
    check_converted_date, check_converted_in_brackets, check_second_version, check_written_abroad,
)
from redact.detect.date_of_birth_abroad import (
    BIRTH_ABROAD, HOME_CUE_MONTH_ABROAD, HOME_CUE_NEEDS, check_birth_abroad, check_home_cue_month_abroad,
)
from redact.detect.month_names import MONTHS, ORDINAL_COLON_ENDING, ORDINAL_DAY as _ORDINAL, ORDINALS, full_year
from redact.detect.converted_birth_years import (
    CONVERTED_BIRTH_YEAR, CONVERTED_FROM_BIRTH_YEAR, NAMED_CALENDAR_CONVERTED,
)
from redact.detect.feast_day_dates import FEAST_DATE
from redact.detect.paper_birth_dates import PAPER_BIRTH_DATE, PAPER_BIRTH_DATE_AGAIN
from redact.detect.romanised_birth_dates import ROMANISED_BIRTH, ROMANISED_NEEDS, check_romanised
from redact.detect.calendar_dates_beside_names import CALENDAR_DATE_BESIDE_NAME
from redact.detect.coptic_birth_dates import COPTIC_BIRTH, COPTIC_NEEDS, check_coptic
from redact.detect.era_birth_dates import (
    ERA_BIRTH, ERA_NEEDS, JAPANESE_ERA_BIRTH, JAPANESE_ERA_NEEDS, check_era, check_japanese_era,
)
from redact.detect.worded_birth_dates_abroad import WORDED_BIRTH, WORDED_NEEDS, check_worded
from redact.detect.birth_words_after_dates import RULES as _DATE_THEN_BIRTH_WORD_RULES
from redact.detect.native_digit_dates import NATIVE_DIGIT, InOurDigits
from redact.detect.newborn_dates import before_a_later_date, child_named_before
from redact.detect.placed_birth_dates import PLACED_BIRTH_DATE, born_on
from redact.detect.birth_dates_beside_ids import BIRTH_DATE_BESIDE_ID
from redact.detect.birth_dates_of_numbers import BIRTH_DATE_OF_NUMBER
from redact.detect.birth_date_lists import CORRECTED_BIRTH_DATE, ELLIPTIC_BIRTH_DATE, LISTED_BIRTH_DATES
from redact.detect.sexagenary_birth_dates import LUNAR_DATE, LUNAR_NEEDS, check_lunar_birth
from redact.detect.short_birth_years import (
    BORN_ABBREVIATION_YEAR, MORE_BIRTH_YEARS, OPEN_BIRTH_YEAR_RANGE, SHORT_BIRTH_YEAR, YEAR_BEFORE_BIRTH_MARK,
)
from redact.detect.patterns import Rule, SwedishPatternRecognizer, Verdict, compile_rule, leading_letters, real_date, rule_regex
from redact.detect.year_dots import with_year_dot

SP, DASH = ctx.SP, ctx.DASH
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# (the nouns in their definite forms too: "i passet står födelsedatumet 01/01/1990")
_BIRTH_WORD = (r"(?:född|födda|föddes|födelsedatumet|födelsedagen|födelseåret|födelsetiden|"
               r"födelsedatum|födelsedag|födelseår|födelsetid|födelsedata|f\.|f-datum|f\.[ ]?datum|"
               rf"fdatum|f-dat\.?|born|date[ ]of[ ]birth|birth[ ]?date|birthday|dob|d\.o\.b\.|{BIRTH_COMPOUND})")
# the noun of the birth itself: a date right after it is the birth's ("sedan födseln (1951-02-11)", "efter födseln
# 2019-04-02"); no words between, as "före födseln hölls mötet den ..." dates something else
_BIRTH_NOUN = r"(?:födseln|födsel|födelsen)"
# Up to three words may stand between the birth word and the date: "född i Malmö den 3 maj 1990", the last with
# a colon where the words say where the date is read ("födelsedatum enligt passet: 4.9.1970"), an aside in
# commas or brackets ("födelsedatum, enligt brevet, är", "födelsedatum (enligt passet)").
# A form's longer label, up to its colon on the same line, says whose birth the field holds: "Födelsedatum för barn i
# hushållet: 11 maj 2018", "Födelsedatum för den som ansökan gäller: …" (the words lowercase, a colon ends them).
_LABEL_PHRASE = rf"{SP}+(?:[a-zåäö]+{SP}+){{3,6}}[a-zåäö]+:{SP}*\n?[ \t]*"
# Where the date is read, in up to four words, and a linking verb say the same ("födelsedag i den gamla kalendern är",
# "födelsedatum enligt det danska passet var"), as a relative clause too ("Ert födelsedatum, som i hyresavtalet
# står som").
_WHERE_THEN_LINK = (rf"(?:,?{SP}+(?i:som))?{SP}+(?i:i|enligt){SP}+(?:[^\W\d_]+{SP}+){{0,2}}[^\W\d_]+,?(?:{SP}+|{SP}*\n[ \t]*)"
                    rf"(?i:är|var|blir|(?:står|anges)(?:{SP}+|{SP}*\n[ \t]*)som)(?:{SP}+|{SP}*\n[ \t]*)")
_GAP = (rf"(?::?{SP}*\n?[ \t]*|,?{SP}+(?:\(?[\wåäöÅÄÖ.,]+\)?:?(?:{SP}+|{SP}*\n[ \t]*)){{1,3}}?"  # the date may begin the next line
        rf"|{_LABEL_PHRASE}|{_WHERE_THEN_LINK})")
_BR = rf"(?:{SP}|{SP}*\n{SP}*)"  # a space, or a line break where a rendering wrapped the date ("12" / "april 2005")
# "år" before a whole year, as a formal Swedish date writes it ("den 7 mars år 1950"): part of the date
_YEAR_WORD = rf"(?:(?i:år){_BR}(?=(?:18|19|20)\d\d))?"
_DATE = rf"""
    (?P<date>
        # (a whole date of the 1800s too: "född 14 maj 1859" in a museum's or an archive's account of the dead, whose
        # data are masked like the living's; a year alone stays from 1880, as a building's or a firm's is older)
        # a line may break after a dash ("född 2011-" / "03-05")
        # or with stops, as some countries' papers write it ("1987.03.21")
        # (a month or a day of one digit too, "1992-4-3", or spaces between, as a form's boxes are read: "1992 04 03")
        (?P<iso_y>(?:18|19|20)\d\d)(?:(?:{DASH}|\.)(?:[ \t]*\n[ \t]*)?(?P<iso_m>\d\d?)(?:{DASH}|\.)(?:[ \t]*\n[ \t]*)?(?P<iso_d>\d\d?)
                                |[ ](?P<iso_m2>\d\d)[ ](?P<iso_d2>\d\d))
        # the year by its last two digits after a dash or an apostrophe ("3 mars -87", "3 mars '87")
        # (the word "år" before the year, as a formal Swedish date writes it: "den 7 mars år 1950")
      | (?P<t_d>\d{{1,2}})(?:{ORDINAL_COLON_ENDING}|:?(?:e|st|nd|rd|th)?){_BR}(?P<t_m>(?i:{_MONTH}))\.?,?{_BR}{_YEAR_WORD}(?P<t_y>(?:18|19|20)\d\d|[-–'’]?\d\d)
        # the short ISO form, the year by its last two digits ("87-03-21")
      | (?P<s_y>\d\d){DASH}(?P<s_m>\d\d){DASH}(?P<s_d>\d\d)
      | (?P<w_d>(?i:{_ORDINAL})){_BR}(?P<w_m>(?i:{_MONTH}))\.?,?{_BR}{_YEAR_WORD}(?P<w_y>(?:18|19|20)\d\d)
      | (?P<e_m>(?i:{_MONTH}))\.?{_BR}(?P<e_d>\d{{1,2}})(?:st|nd|rd|th)?,?{_BR}(?P<e_y>(?:18|19|20)\d\d)
        # (the year by its last two digits after a space and a dash or an apostrophe: "3/5 -91", "3/5 '91")
      | (?P<n_d>\d{{1,2}})[./](?P<n_m>\d{{1,2}})(?:[./]|{SP}(?:[-–'’](?=\d\d(?!\d)))?|{DASH}|{SP}*\n{SP}*(?=(?:19|20)\d\d))(?P<n_y>(?:19|20)?\d\d)
      | {MONTH_YEAR}
        # a feast's day and its year ("född på julafton 1944"): see feast_day_dates
      | {FEAST_DATE}
        # a month and a year in digits ("född 1987-03", "f. 03/1987")
      | (?P<ym_y>(?:19|20)\d\d)[-/.](?P<ym_m>0[1-9]|1[0-2])(?![\d])
      | (?P<mn_m>0?[1-9]|1[0-2])/(?P<mn_y>(?:19|20)\d\d)
      | (?P<c8>(?:19|20)\d{{6}})
      | (?P<c6>\d{{6}})
        # (with the Georgian year's word after it, inside the date: "född 1976 წ.")
      | (?P<year>(?:19|20)\d\d)(?!-tal)(?:[ \t]?წ\.)?
        # a year by its last two digits after a dash or an apostrophe ("f. -87", "född '92")
      | (?P<short_year>[-–'’]\d\d)
    )
    (?![\w]|[-+:./]\d)
"""
# the date may stand in brackets after the birth word ("född (1951-02-11)", "sedan födseln (1951-02-11)")
_DOB = compile_rule(rf"(?<![\w])(?:(?i:{_BIRTH_WORD}){_GAP}|(?i:{_BIRTH_NOUN}):?{_BR})(?:\([ \t]*)?(?:(?i:den){_BR})?{_DATE}")

# the same birth word before a date as another country writes it ("född 9 de octubre de 1986", "f. 11/30/1989"), and
# before two versions of one birth date ("födelsedatumet 01/01/1990, medan folkbokföringen har 1990-03-15"): see
# birth_date_forms
_DOB_WRITTEN_ABROAD = compile_rule(rf"(?<![\w])(?i:{_BIRTH_WORD}){_GAP}(?:\([ \t]*)?(?:(?i:den){_BR})?{WRITTEN_ABROAD}")
_DOB_TWICE = compile_rule(rf"(?<![\w])(?i:{_BIRTH_WORD}){_GAP}(?:\([ \t]*)?(?:(?i:den){_BR})?{SECOND_DATE}")


#: Days a whole date after the written-out birth word may lie after today's: "född" says the birth has happened, so a
#: later date means a document dated ahead of this machine's clock (a letter of next month, a clock behind), never a
#: due date ("f." may be "före": "betala f. 2027-01-31" keeps today's limit)
_BORN_AHEAD_DAYS = 366


def _parse(m: re.Match[str], ahead: int = 0) -> tuple[str, bool] | None:
    """(kind, is a full date) when the date in ``m`` exists (a whole date up to ``ahead`` days after today), else
    None."""
    g = m.groupdict()
    this_year = _dt.date.today().year
    if g["iso_y"]:
        y, mo, d, kind = int(g["iso_y"]), int(g["iso_m"] or g["iso_m2"]), int(g["iso_d"] or g["iso_d2"]), "YYYY-MM-DD"
    elif g["t_d"]:
        y, mo, d, kind = full_year(g["t_y"]), MONTHS[g["t_m"].lower()], int(g["t_d"]), "D month YYYY"
    elif g["s_y"]:
        y, mo, d, kind = full_year(g["s_y"]), int(g["s_m"]), int(g["s_d"]), "YY-MM-DD"
    elif g["w_d"]:
        y, mo, d, kind = int(g["w_y"]), MONTHS[g["w_m"].lower()], ORDINALS[g["w_d"].lower()], "day in words, month YYYY"
    elif g["e_m"]:
        y, mo, d, kind = int(g["e_y"]), MONTHS[g["e_m"].lower()], int(g["e_d"]), "month D, YYYY"
    elif g["n_d"]:
        y = int(g["n_y"])
        if y < 100:
            y += 2000 if 2000 + y <= this_year else 1900
        mo, d, kind = int(g["n_m"]), int(g["n_d"]), "D/M YYYY"
    elif g["feast"]:
        y = int(g["feast_y"])
        return ("feast day YYYY", True) if 1880 <= y <= this_year else None
    elif g["short_year"]:
        y = full_year(g["short_year"])
        return ("year", False) if 1880 <= y <= this_year else None
    elif g["my_m"] or g["ym_y"] or g["mn_y"]:
        y = full_year(g["my_y"] or g["ym_y"] or g["mn_y"])
        return ("month YYYY", False) if 1880 <= y <= this_year else None
    elif g["c8"]:
        c = g["c8"]
        y, mo, d, kind = int(c[:4]), int(c[4:6]), int(c[6:]), "YYYYMMDD"
    elif g["c6"]:
        c = g["c6"]
        y = int(c[:2])
        y += 2000 if 2000 + y <= this_year else 1900
        mo, d, kind = int(c[2:4]), int(c[4:]), "YYMMDD"
        if not real_date(y, mo, d):
            # the day first, as the Nordic neighbours' papers write a birth ("född 310781"): read so only when the
            # Swedish order makes no date
            d, mo, y = int(c[:2]), int(c[2:4]), int(c[4:])
            y += 2000 if 2000 + y <= this_year else 1900
            kind = "DDMMYY"
    else:
        y = int(g["year"])
        return ("year", False) if 1880 <= y <= this_year else None
    if not real_date(y, mo, d) or _dt.date(y, mo, d) > _dt.date.today() + _dt.timedelta(days=ahead):
        return None
    return kind, True


# "born before July 1, 1936": a limit that a rule or a form sets, no one's birth date.
_THRESHOLD = re.compile(r"\b(?:before|after|prior[ \t]+to|between|until|since)\b", re.IGNORECASE)


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    if _THRESHOLD.search(text, m.start(), m.start("date")):
        return None
    if kept_birthday(text, m):
        return None
    word = m.group().split(None, 1)[0].rstrip(":").lower()
    parsed = _parse(m, _BORN_AHEAD_DAYS if word in ("född", "födda", "föddes", "fött") else 0)
    if parsed is None:
        return None
    kind, full = parsed
    if not full and (word.endswith(",") or "(" in text[m.start():m.start("date")]):
        return None  # "född, uppvuxen och bosatt 1999": after an aside only a whole date is the birth's
    if not full and len(text[m.start():m.start("date")].split()) > 4:
        return None  # "född och uppvuxen i en by: 1999": after a long label phrase only a whole date
    score = (0.6 if kind in ("YYMMDD", "DDMMYY") else None) if full else 0.6
    return Verdict(m.start("date"), m.end("date"), f"{kind} after '{word}'", score)


# A whole date in brackets right after a person's full name is their birth date ("Mehdi Rostamzadeh (3 februari 1964)
# kallas", "Kateryna Bondarenko (1998-07-30) har"): two to four capitalised words, then the bracketed date alone.
_NAME_THEN_DATE = compile_rule(
    rf"(?<![\w-])(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?(?:[ \t]+[A-ZÅÄÖÉÜ][^\W\d_'’-]*(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?){{1,3}})"
    rf"[ \t]*\([ \t]*(?:(?i:f\.|född){SP}+)?{_DATE}[ \t]*\)"
)
# an organisation's, a meeting's or a document's name before a bracketed date: the date of its act, nobody's birth
_NOT_A_NAME = re.compile(r"(?i)(?:styrelse|nämnd|fullmäktige|förvaltning|kommun|region|protokoll|beslut|möte|"
                         r"sammanträde|rätt|domstol|myndighet|verket|inspektion|avtal|lag|förordning|bolag|AB)\w*$")


# A whole date in brackets after a relative's or a role's noun and one given name: the person's birth date
# ("barnet Zofia (3 februari 2020)", "dottern Leia (2012-09-03)"); the noun says the word is a person.
_KIN_NAME_THEN_DATE = compile_rule(
    rf"(?<![\w-])(?P<kin>[a-zåäö]{{3,}})[ \t]+(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?)"
    rf"[ \t]*\([ \t]*(?:(?i:f\.|född){SP}+)?{_DATE}[ \t]*\)"
)


def _check_kin_name_then_date(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.name_words import load_lexicons

    if not _is_title(m.group("kin"), load_lexicons()):
        return None
    return _check_name_then_date(text, m)


def _check_name_then_date(text: str, m: re.Match[str]) -> Verdict | None:
    if any(_NOT_A_NAME.match(w) for w in m.group("name").split()):
        return None
    if m.group("year") or m.group("c6") or m.group("c8"):
        return None  # a year alone or a run of digits: no date written for a reader
    parsed = _parse(m)
    if parsed is None or not parsed[1]:
        return None
    y = full_year(next(g for g in (m.group("iso_y"), m.group("t_y"), m.group("w_y"), m.group("e_y"), m.group("n_y"),
                                m.group("s_y"), m.group("feast_y")) if g))
    if y > _dt.date.today().year - 2 and not _newborn(text, m):
        return None  # this year's or last year's date beside a name: when something happened, not a birth
    return Verdict(m.start("date"), m.end("date"), f"{parsed[0]} i parentes efter ett namn")


def _newborn(text: str, m: re.Match[str]) -> bool:
    """True when a child's noun or label names the person and the document writes a later date (see newborn_dates)."""
    born = born_on(" ".join(m.group("date").split()))
    return (born is not None and child_named_before(text, m.start("name"), m.group("name"))
            and before_a_later_date(text, born))


# A whole date set off by commas right after a person's name is their birth date, as an apposition ("Stina Holm,
# 1931-02-07, har god man", "hennes dotter Leia, 3.9.2012, går i ettan"): the sentence goes on in lower case after
# the second comma. A place, a heading or a signature before a dated comma ("Möte i Dalby, 2019-05-02, kl. 9";
# "Anna Ek, 2019-05-02, Handläggare") is no name or is no apposition.
_NAME_COMMA_DATE = compile_rule(
    rf"(?<![\w-])(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?(?:[ \t]+[A-ZÅÄÖÉÜ][^\W\d_'’-]*(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?){{0,3}})"
    rf",[ \t]*\n?[ \t]*{_DATE},[ \t]*\n?[ \t]*(?=[a-zåäö])"
)


def _check_name_comma_date(text: str, m: re.Match[str]) -> Verdict | None:
    return _name_and_date(text, m, event_veto=True)


# a label with a number after a dated comma is the letter's case, page or room, no home ("Ärende 118", "Bilaga 2")
_NOT_A_HOME_WORD = (r"(?i:ärende|ärendenummer|dnr|diarienummer|diarienr|bilaga|sida|sid|kl|klockan|rum|ref|nr|punkt|"
                    r"paragraf|beslut|dom|mål|avsnitt|kapitel|vecka|v)(?![\w])")


# A whole date set off by commas between a person's name and a street or village with its number: the person's
# birth date between their name and their home, as a letter's sender or a complainant is given ("klagomål från
# Nils Berg, 4 maj 1941, Åsvägen 3, Myrbyn:"). Even after "från" or "med" the date is no meeting's: a home follows.
_NAME_DATE_HOME = compile_rule(
    rf"(?<![\w-])(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?(?:[ \t]+[A-ZÅÄÖÉÜ][^\W\d_'’-]*(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?){{0,3}})"
    rf",[ \t]*\n?[ \t]*{_DATE},[ \t]*\n?[ \t]*"
    rf"(?=(?!{_NOT_A_HOME_WORD})[A-ZÅÄÖ][^\W\d_]+(?:[ \t]+[A-ZÅÄÖ][^\W\d_]+)?[ \t]+\d{{1,4}}[ \t]?[A-Ha-h]?(?![\w:.-]))"
)


def _check_name_date_home(text: str, m: re.Match[str]) -> Verdict | None:
    return _name_and_date(text, m, event_veto=False)


def _name_and_date(text: str, m: re.Match[str], event_veto: bool) -> Verdict | None:
    """The date of ``m`` when the words before it are a person's name (see the two rules above)."""
    from redact.detect.name_words import F, classify_word, load_lexicons

    words = m.group("name").split()
    lex = load_lexicons()
    # the name begins at a listed first name ("För Elna Bergander": the sentence's first word is no part of it)
    first = next((i for i, w in enumerate(words) if classify_word(w.split("-")[0], lex) == F), None)
    if first is None and _unlisted_given_name_and_surname(words, lex):
        first = 0  # "Omid Karimi, 4 mars 1977, har flyttat": a given name no list holds before a listed surname
    if first is None and len(words) >= 2 and _title_before(text, m.start(), lex):
        first = 0  # "hans farmor Gladys Llancaqueo, 12.11.1951, hämtar": a relative's or a role's noun names a person
    if first is None and len(words) >= 3 and _is_title(words[0], lex):
        first = 1  # "Grannen Gladys Llancaqueo, 3.4.1950, klagar": the noun opens the sentence
    if first is None or any(_NOT_A_NAME.match(w) for w in words[first:]):
        return None
    if event_veto and first == 0 and _EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "samtal med Anna Ek, 2019-05-02, om bygglovet": when someone was met or wrote, not a birth
    return _check_name_then_date(text, m)


_WORD_BEFORE = re.compile(r"(?<![\w-])([a-zåäö]+)[ \t]+$")


def _is_title(word: str, lex) -> bool:
    """A relative's or a role's noun, in any form ("farmor", "Grannen", "handläggaren")."""
    from redact.detect.lemmatizer import lemmatize

    low = word.lower()
    # the definite form the lemmatizer may not know ("grannen", "kusinen")
    definite = (low[:-1], low[:-2]) if low.endswith("en") else ()
    return low in lex.titles or lemmatize(low) in lex.titles or any(d in lex.titles for d in definite)


def _title_before(text: str, start: int, lex) -> bool:
    """True when the word right before ``start`` on its line is a relative's or a role's noun in lower case
    ("farmor", "grannen", "handläggare"): the capitalised words after it are a person's name."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and _is_title(m.group(1), lex)


# the first word of a place's name ("Södra Sandby", "Övre Ekby"), never a given name
_PLACE_FIRST = frozenset({"södra", "norra", "västra", "östra", "övre", "nedre", "stora", "lilla", "gamla", "nya"})


def _unlisted_given_name_and_surname(words: list[str], lex) -> bool:
    """Two or three words, the last a listed surname, none a listed ordinary word nor a place's first word."""
    from redact.detect.name_words import S, X, classify_word

    return (2 <= len(words) <= 3 and classify_word(words[-1], lex) == S and words[0].lower() not in _PLACE_FIRST
            and not any(classify_word(w, lex) == X for w in words))


# A whole date set off by a comma after a relative's noun and the relative's name, ending the sentence or the clause
# or before the next relative ("i mål om vårdnad om sonen Arash, 12 juni 2017.", "hennes dotter Leia Ek, 3.9.2012;",
# "dottern Ella, 17/3 2022 och sonen Leo, 3/5 2019."): the noun says the words are a person and the date is theirs,
# the way a child is named in a case. Only a relative's noun, not a role's ("beslutat av handläggaren Anna Ek,
# 2019-05-02." dates the act, as "fru Ek" is a title), and not after a meeting's or a letter's preposition.
_RELATIVE = (r"son|sonen|dotter|dottern|barn|barnet|barnbarn|barnbarnet|bror|brodern|syster|systern|mor|modern|far|"
             r"fadern|mamma|mamman|pappa|pappan|farmor|farfar|mormor|morfar|make|maken|maka|makan|hustru|hustrun|"
             r"frun|sambo|sambon|styvson|styvsonen|styvdotter|styvdottern|fosterbarn|fosterbarnet|kusin|kusinen|"
             r"brorson|brorsdotter|systerson|systerdotter|dotterdotter|dotterson|sonson|sondotter")
_RELATIVE_NAME_DATE_END = compile_rule(
    rf"(?<![\w-]){leading_letters(_RELATIVE)}(?i:{_RELATIVE})[ \t]+"
    rf"(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?(?:[ \t]+[A-ZÅÄÖÉÜ][^\W\d_'’-]*(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?){{0,2}})"
    rf",[ \t]*\n?[ \t]*{_DATE}(?=[ \t]*(?:[.;)]|\n|$)|[ \t]+(?:och|samt)[ \t])"
)


def _check_relative_name_date_end(text: str, m: re.Match[str]) -> Verdict | None:
    if _EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "samtal med sonen Arash, 12 juni 2019.": when the relative was met, not a birth
    return _check_name_then_date(text, m)


# A given name alone and a whole date after a comma or in brackets as a table's cell, or as one of the cell's
# children, or after a relative's label ("| Ella, 17/3 2022 |", "Ella (2022-03-17)", "Ella, 17/3 2022; Leo, 3.5.2019",
# "Barn: Ella, 17/3 2022"): a child listed with the date that tells the children apart, their birth. A full name with
# a date in a cell may be a signature and its date, so the name is one given name: a listed one, or a name no list
# holds in a list of such cells where another's name is listed ("Ella, 17/3 2022" above "Sana, 14.9.2021"); a place
# before a date ("Sälvik, 2019-05-02") heads a letter and is no given name.
_GIVEN_NAME_DATE_CELL = compile_rule(
    rf"(?m)(?<![\w-])(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?)(?:,|[ \t]*(?P<br>\())[ \t]*{_DATE}"
    rf"(?(br)[ \t]*\))(?=[ \t]*(?:$|\||;|och[ \t]))"
)
# what opens the cell's child before the name: the line or cell, a list's ";" or "och", a relative's label
_CELL_OPENS = re.compile(rf"(?m)(?:^|\||;|[ \t]och|(?<![\w-])(?i:{_RELATIVE}|barnen):)[ \t]*$")


def _check_given_name_date_cell(text: str, m: re.Match[str]) -> Verdict | None:
    from redact.detect.name_words import F, U, classify_word, load_lexicons

    if not _CELL_OPENS.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
        return None
    lex = load_lexicons()
    name = m.group("name")
    if classify_word(name.split("-")[0], lex) != F:
        if classify_word(name, lex) != U or name.lower() in ctx.NOT_A_NAME or _place_name(name, text):
            return None
        if not any(classify_word(o.group("name").split("-")[0], lex) == F and _CELL_OPENS.search(
                text, text.rfind("\n", 0, o.start()) + 1, o.start()) for o in _GIVEN_NAME_DATE_CELL.finditer(text)):
            return None
    return _check_name_then_date(text, m)


def _place_name(word: str, text: str) -> bool:
    """A town the page writes after a postal code or names a body after ("Sälviks kommun"), or a country."""
    from redact.detect.places import countries, place_words, postal_towns

    return (word.casefold(),) in countries() or word in postal_towns(text) or word in place_words(text)


# a preposition before the name: a meeting with, a letter from, a decision by the person on that date
_EVENT_BEFORE = re.compile(r"(?<![\w-])(?:med|av|från|hos|enligt|till|mot|vid|mellan)[ \t]+$")


# what one of the birth words holds ("fött" the participle's neuter: "barnet är fött 2019-05-02")
_BIRTH_NEEDS = ("föd", "fött", "f.", "f-dat", "fdat", "born", "birth", "dob", "d.o.b")


class DateOfBirthRecognizer(SwedishPatternRecognizer):
    """Birth dates and birth years introduced by a Swedish birth word."""

    ENTITY = "DATE_OF_BIRTH"
    NAME = "date_of_birth"
    CONTEXT = ctx.DATE_OF_BIRTH

    def analyze(self, text: str, entities: list[str] | None, nlp_artifacts=None) -> list[RecognizerResult]:
        """Every rule's dates, each with the dot after its year where its language writes one (see year_dots)."""
        results = super().analyze(text, entities, nlp_artifacts)
        for r in results:
            r.end = with_year_dot(text, r.start, r.end)
        return results
    RULES = (Rule("birth_date", _DOB, score=0.85, check=_check, needs=_BIRTH_NEEDS),
             Rule("birth_date_written_abroad", _DOB_WRITTEN_ABROAD, score=0.85, check=check_written_abroad,
                  needs=_BIRTH_NEEDS),
             Rule("birth_date_second_version", _DOB_TWICE, score=0.75, check=check_second_version,
                  needs=_BIRTH_NEEDS),
             # the same birth converted to our calendar ("född 19 Aban 1402, alltså 10 november 2023"): birth_date_forms
             Rule("birth_date_converted", CONVERTED_DATE, score=0.75, check=check_converted_date, needs=CONVERTED_NEEDS),
             Rule("birth_date_converted_in_brackets", CONVERTED_IN_BRACKETS, score=0.75,
                  check=check_converted_in_brackets, needs=CONVERTED_IN_BRACKETS_NEEDS),
             # another language's birth word ("født", "geb.", "née le", "data urodzenia"), as foreign papers are quoted
             Rule("birth_date_abroad", BIRTH_ABROAD, score=0.85, check=check_birth_abroad, needs=_ABROAD_NEEDLES),
             # a Swedish birth word before another language's month ("f. 7. Mai 1994"), as the foreign paper writes it
             Rule("birth_date_month_abroad", HOME_CUE_MONTH_ABROAD, score=0.85, check=check_home_cue_month_abroad,
                  needs=HOME_CUE_NEEDS),
             # a date of the Iranian calendar after a birth word ("född 1 farvardin 1362"): see calendar_birth_dates
             Rule("birth_date_solar_hijri", SOLAR_HIJRI_BIRTH, score=0.85, check=check_solar_hijri,
                  needs=SOLAR_HIJRI_NEEDS),
             # a date of the Islamic calendar after a birth word ("född 3 Ramadan 1434"): see calendar_birth_dates
             Rule("birth_date_lunar_hijri", LUNAR_HIJRI_BIRTH, score=0.85, check=check_lunar_hijri,
                  needs=SOLAR_HIJRI_NEEDS),
             # a Thai paper's date of the Buddhist era after a birth word ("född 4/2/2519"): see calendar_birth_dates
             Rule("birth_date_buddhist_era", BUDDHIST_ERA_BIRTH, score=0.85, check=check_buddhist_era,
                  needs=SOLAR_HIJRI_NEEDS),
             # a date of the Hebrew or the Ethiopian calendar after a birth word ("född 4 Kislev 5751", "född 9
             # Meskerem 1979"): see calendar_birth_dates
             Rule("birth_date_hebrew_ethiopian", HEBREW_ETHIOPIAN_BIRTH, score=0.85, check=check_hebrew_or_ethiopian,
                  needs=SOLAR_HIJRI_NEEDS),
             # a romanised date of another calendar or language after a birth word ("född 1 Boishakh 1393", "född
             # 1988nyeon 2wol 14il"): see romanised_birth_dates
             Rule("birth_date_romanised", ROMANISED_BIRTH, score=0.85, check=check_romanised, needs=ROMANISED_NEEDS),
             # a date of the Kurdish calendar after a birth word ("född 3 Gelawêj 2725"): see calendar_birth_dates
             Rule("birth_date_kurdish", KURDISH_BIRTH, score=0.85, check=check_kurdish, needs=KURDISH_NEEDS),
             # a date of another calendar set off after a person's name, no birth word ("Yael Cohen, 12 Adar II
             # 5738,"): see calendar_dates_beside_names
             CALENDAR_DATE_BESIDE_NAME,
             # a Vietnamese lunar date with the year's stem and branch ("mùng 9 tháng 5 năm Canh Tuất") in a sentence
             # a birth word opens: see sexagenary_birth_dates
             Rule("birth_date_sexagenary", LUNAR_DATE, score=0.85, check=check_lunar_birth, needs=LUNAR_NEEDS),
             # a date of a Japanese era after a birth word ("född H3.4.12", "f. Shōwa 58.4.12"): see era_birth_dates
             Rule("birth_date_japanese_era", JAPANESE_ERA_BIRTH, score=0.85, check=check_japanese_era,
                  needs=JAPANESE_ERA_NEEDS),
             # the Japanese era's date with its words ("född Shōwa 58-nen 3-gatsu 14-nichi") or the Nepali Bikram
             # Sambat's ("född 2067/03/14 B.S."): see era_birth_dates
             Rule("birth_date_era", ERA_BIRTH, score=0.85, check=check_era, needs=ERA_NEEDS),
             # a date of the Coptic calendar after a birth word ("född 14 Parmouti 1684 A.M."): see coptic_birth_dates
             Rule("birth_date_coptic", COPTIC_BIRTH, score=0.85, check=check_coptic, needs=COPTIC_NEEDS),
             # a Spanish or Portuguese date with its day in words ("född den tres de enero de 2002"): see
             # worded_birth_dates_abroad
             Rule("birth_date_worded_abroad", WORDED_BIRTH, score=0.85, check=check_worded, needs=WORDED_NEEDS),
             # a date in another script's digits after another language's birth word ("تاريخ الميلاد: ١٢/٠٣/١٩٧٨"), or
             # a Buddhist-era date in Thai digits ("วันเกิด ๑๒ มี.ค. ๒๕๒๑"): see native_digit_dates
             Rule("birth_date_abroad_native_digits", InOurDigits(BIRTH_ABROAD), score=0.85, check=check_birth_abroad,
                  gate=NATIVE_DIGIT),
             Rule("birth_date_buddhist_era_native_digits", InOurDigits(BUDDHIST_ERA_BIRTH), score=0.85,
                  check=check_buddhist_era, gate=NATIVE_DIGIT),
             # a date before its birth word, as German, Dutch, Turkish, Hungarian, Japanese, Chinese and Korean write
             # it ("am 12. März 1978 geborene", "12.03.1978 doğumlu", "1978年3月12日生まれ"): see birth_words_after_dates
             *_DATE_THEN_BIRTH_WORD_RULES,
             # an age beside a year that adds up to this year ("12 år (2013)", "1981 (44 år)"): see birth_words
             Rule("birth_year_after_age", AGE_AND_YEAR, score=0.75, check=check_age_and_year, needs=AGE_NEEDS),
             Rule("birth_year_before_age", YEAR_AND_AGE, score=0.75, check=check_age_and_year, needs=AGE_NEEDS),
             # the age turned and the birth date in one sentence ("fyller 50 den 9.5.1977"): see birth_words
             Rule("birth_date_of_age_turned", AGE_TURNED_ON_DATE, score=0.8, check=check_age_turned_on_date,
                  needs=AGE_TURNED_NEEDS),
             # an age given as the birth's month and year or its date ("Uppgiven ålder: mars 2011"): birth_words
             Rule("age_as_birth_date", AGE_AS_DATE, score=0.75, check=check_age_as_date, needs=AGE_AS_DATE_NEEDS),
             # a whole date the words after it call someone's birthday ("den 3 juni 1951, hans födelsedag"): birth_words
             Rule("date_before_birth_noun", DATE_THEN_BIRTH_NOUN, score=0.8, check=check_date_then_birth_noun,
                  needs=DATE_THEN_BIRTH_NEEDS),
             Rule("date_after_name", _NAME_THEN_DATE, score=0.75, check=_check_name_then_date, gate=rule_regex(r"\(\s*\d")),
             Rule("date_set_off_after_name", _NAME_COMMA_DATE, score=0.75, check=_check_name_comma_date,
                  gate=rule_regex(r",[ \t]*\n?[ \t]*\d")),
             Rule("date_between_name_and_home", _NAME_DATE_HOME, score=0.75, check=_check_name_date_home,
                  gate=rule_regex(r",[ \t]*\n?[ \t]*\d")),
             Rule("date_after_kin_and_name", _KIN_NAME_THEN_DATE, score=0.75, check=_check_kin_name_then_date,
                  gate=rule_regex(r"\(\s*\d")),
             Rule("date_ending_relatives_name", _RELATIVE_NAME_DATE_END, score=0.75, check=_check_relative_name_date_end,
                  gate=rule_regex(r",[ \t]*\n?[ \t]*\d")),
             Rule("date_after_given_name_in_cell", _GIVEN_NAME_DATE_CELL, score=0.75, check=_check_given_name_date_cell,
                  gate=rule_regex(r"[,(][ \t]*\d")))

# a date by where it stands (after a name, in a person's block or row), whatever its cue: see placed_birth_dates;
# a birth year's two digits after "f." beside a name, a year before "г.р.", more years after "födda", a living
# person's open span: see short_birth_years; more whole dates after "födda": see birth_date_lists; a date in
# brackets before an identity number's label: see birth_dates_beside_ids; a year or a date converted from another
# calendar that no whole date after a birth word gives: see converted_birth_years; a date an identity paper gives
# that lies further back than any such paper's own: see paper_birth_dates; a written date that is the birth date of
# a personnummer beside it: see birth_dates_of_numbers
DateOfBirthRecognizer.RULES = (*DateOfBirthRecognizer.RULES, PLACED_BIRTH_DATE, SHORT_BIRTH_YEAR,
                               YEAR_BEFORE_BIRTH_MARK, MORE_BIRTH_YEARS, OPEN_BIRTH_YEAR_RANGE, LISTED_BIRTH_DATES,
                               ELLIPTIC_BIRTH_DATE, CORRECTED_BIRTH_DATE, BIRTH_DATE_BESIDE_ID, BORN_ABBREVIATION_YEAR,
                               CONVERTED_BIRTH_YEAR, CONVERTED_FROM_BIRTH_YEAR, NAMED_CALENDAR_CONVERTED,
                               PAPER_BIRTH_DATE, PAPER_BIRTH_DATE_AGAIN, BIRTH_DATE_OF_NUMBER)
