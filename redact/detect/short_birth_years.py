"""A birth year by its last two digits after "f." or "född" with no dash ("Anna Lindqvist (f. 87)", "Leo f. 19,
Ella f. 21", "| Erik Holm | f. 90 |").

The rule of ``date_of_birth`` reads a short year only after a dash or an apostrophe ("f. -87", "född '92"), since
two digits alone after a birth word may be anything's number. Lists of members, pupils or family write the year
bare. Two digits after the birth word are the person's birth year when the words before are a person's name (or
the cell opens in a row that names a person) and the clause or the cell ends after them: "f. 87 år sedan", "född
87 kg" and a case's "f. 12 §" are no birth year. Other short ways a birth year is written: before the Russian
mark of a birth year ("1987 г.р."), as the further years after one plural birth word ("födda 2019 och 2021"), and
as a living person's open span ("Anna Lindqvist (1987–)").
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.month_names import full_year
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex

_PATTERN = compile_rule(
    r"(?<![\w])(?P<cue>(?i:f\.|född|födda|föd\.))[ \t]*(?P<date>\d\d)"
    # the clause, the list's item or the cell ends after the year, or a place or a home follows ("f. 87 i Mora")
    r"(?=[ \t]*(?:[,;)|¦]|\.(?!\d)|\n|\Z|[ \t](?:och|samt|i|bor|är|var|har|hade|som|–|-)(?![\w])))")
# the name right before the cue, a bracket or a comma between: "Anna Lindqvist (", "Leo ", "Holm, Erik, "
_NAME_BEFORE = re.compile(
    r"(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?"
    r"(?:,?[ \t]+[A-ZÅÄÖÉÜ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?){0,3})"
    r"[ \t]*[,(]?[ \t]*\Z")
_CELL_START = re.compile(r"(?:\A|\n|[|¦\t])[ \t]*\Z")


def _name_before(text: str, start: int) -> bool:
    """True when a person's name (a listed given name alone, or two to four names) ends right before ``start``."""
    from redact.detect.name_words import F, classify_word, load_lexicons
    from redact.detect.placed_birth_dates import looks_like_name

    line_start = text.rfind("\n", 0, start) + 1
    m = _NAME_BEFORE.search(text, max(line_start, start - 80), start)
    if m is None:
        return False
    words = m.group("name").replace(",", " ").split()
    if len(words) == 1:
        return classify_word(words[0], load_lexicons()) == F
    return looks_like_name(" ".join(words[-4:]))


def _cell_in_person_row(text: str, start: int) -> bool:
    """True when ``start`` opens a table cell whose row holds a person's name."""
    from redact.detect.placed_birth_dates import names_a_person, row_cells

    line_start = text.rfind("\n", 0, start) + 1
    if not _CELL_START.search(text, line_start, start):
        return False
    line_end = text.find("\n", start)
    return names_a_person(row_cells(text[line_start:len(text) if line_end < 0 else line_end]))


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    """The two digits when they are a past year and the cue follows a person's name or opens a person's cell."""
    if full_year(m.group("date")) > _dt.date.today().year:
        return None
    if not (_name_before(text, m.start()) or _cell_in_person_row(text, m.start())):
        return None
    return Verdict(m.start("date"), m.end("date"), f"födelseår med två siffror efter '{m.group('cue').lower()}'",
                   0.6)


#: The rule ``date_of_birth`` adds: two digits of a birth year after "f." or "född" beside a name.
SHORT_BIRTH_YEAR = Rule("short_birth_year_after_name", _PATTERN, score=0.6, check=_check, needs=("f.", "föd"))

# A year before the Russian "г.р." ("год рождения", year of birth) or the Ukrainian "р.н.", in Cyrillic
# or transliterated ("Ivan Petrov, 1987 g.r."): the mark after the year says it is the birth's, as "född" before it.
_YEAR_MARKED = compile_rule(r"(?<![\w])(?P<date>(?:19|20)\d\d)[ \t]*(?:г\.?[ \t]?р\.|р\.[ \t]?н\.|(?i:g\.[ \t]?r\.))")


def _check_marked(text: str, m: re.Match[str]) -> Verdict | None:
    """The year before the mark when it is a past year."""
    if int(m.group("date")) > _dt.date.today().year:
        return None
    return Verdict(m.start("date"), m.end("date"), "år före 'г.р.' (födelseår)", 0.6)


#: A year of birth before its Russian or Ukrainian mark.
YEAR_BEFORE_BIRTH_MARK = Rule("year_before_birth_mark", _YEAR_MARKED, score=0.6, check=_check_marked,
                              needs=("г.", "g.r", "g. r", "р.", "г р"))


# The years of several births after one plural birth word, joined by "och", "resp." or commas ("födda 2019 och
# 2021", "born 2019 and 2021"): the first is the birth rule's, the others are births too.
_MORE_YEARS = compile_rule(
    r"(?<![\w])(?P<cue>(?i:födda|föddes|fødte|født|born))[ \t]+(?:(?i:år)[ \t]+)?(?:19|20)\d\d"
    r"(?:[ \t]*,[ \t]*(?:19|20)\d\d)*[ \t]*(?:,|[ \t](?i:och|resp\.?|respektive|samt|and|og))[ \t]+"
    r"(?P<date>(?:19|20)\d\d)(?![\w]|[-–/.:]\d)")


def _check_more(text: str, m: re.Match[str]) -> Verdict | None:
    """The last year of the list when it is a past year."""
    if int(m.group("date")) > _dt.date.today().year:
        return None
    return Verdict(m.start("date"), m.end("date"), f"ett födelseår till efter '{m.group('cue').lower()}'", 0.6)


#: Further birth years after one plural birth word.
MORE_BIRTH_YEARS = Rule("more_birth_years_after_a_birth_word", _MORE_YEARS, score=0.6, check=_check_more,
                        needs=("född", "födda", "født", "fødte", "born"))

# A year and an open dash in brackets right after a person's name: a living person's years, the birth's alone
# ("Anna Lindqvist (1987–)", "Erik Holm (f. 1990–)" is the cue rule's).
_OPEN_RANGE = compile_rule(r"(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:[ \t]+[A-ZÅÄÖÉÜ][^\W\d_'’-]+){1,3})[ \t]*\([ \t]*"
                       r"(?P<date>(?:19|20)\d\d)[ \t]*[–-][ \t]*\)")


def _check_open_range(text: str, m: re.Match[str]) -> Verdict | None:
    """The year when the words before the bracket are a person's name and the year is past."""
    from redact.detect.placed_birth_dates import looks_like_name

    if int(m.group("date")) > _dt.date.today().year or not looks_like_name(m.group("name")):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelseår i ett öppet årsspann efter ett namn", 0.6)


#: A living person's open span of years after the name.
OPEN_BIRTH_YEAR_RANGE = Rule("open_year_range_after_name", _OPEN_RANGE, score=0.6, check=_check_open_range,
                             gate=rule_regex(r"\d[ \t]*[–-][ \t]*\)"))


# A year after the English "b." ("born"), set off beside a person's name or a relative's noun, as an English note
# writes a spouse or a child ("his husband, b. 1979, is co-insured", "dottern, b. 2011, går i skolan", "Ama Owusu (b.
# 1988)"): the abbreviation alone is too short a cue anywhere else ("bilaga b. 1993"). The Romance languages' and
# Latin's "n." (Romanian "născut", Italian "nato", Spanish "nacido", Portuguese "nascido", "natus") likewise, as a
# note copies a Romanian or Italian paper's ("fratele, n. 1987"; "hans bror är n. 1987", the verb "is" between).
_BORN_ABBREVIATION = compile_rule(r"(?<![\w.])(?P<cue>[bn]\.)[ \t]+(?P<date>(?:19|20)\d\d)(?![\w]|[-–/.:]\d)")
_COPULA = r"[ \t]+(?:är|var|is|was)"
_NOUN_BEFORE = re.compile(rf"(?<![\w-])(?P<noun>[^\W\d_]{{3,}})(?:[ \t]*[,(]|{_COPULA})[ \t]*\Z")


def _person_noun_before(text: str, start: int) -> bool:
    """True when a relative's or a role's noun ("frun", "wife", "dottern") ends right before ``start``, then a comma
    or a bracket."""
    from redact.detect.lemmatizer import lemmatize
    from redact.detect.name_words import load_lexicons

    m = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    low, titles = m.group("noun").lower(), load_lexicons().titles
    return low in titles or lemmatize(low) in titles or low.removesuffix("n") in titles or low[:-2] in titles


def _check_born_abbreviation(text: str, m: re.Match[str]) -> Verdict | None:
    """The year when it is past and a person's name or noun stands right before the cue."""
    if int(m.group("date")) > _dt.date.today().year:
        return None
    if not (_name_before(text, m.start()) or _person_noun_before(text, m.start())):
        return None
    return Verdict(m.start("date"), m.end("date"), f"födelseår efter '{m.group('cue')}' (född) bredvid en person", 0.6)


#: A birth year after the English "b." or the Romance "n." beside a person.
BORN_ABBREVIATION_YEAR = Rule("year_after_born_abbreviation", _BORN_ABBREVIATION, score=0.6,
                              check=_check_born_abbreviation, needs=("b.", "n."))
