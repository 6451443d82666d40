"""The dates a cell under a headed column may hold: a birth date in any common form or a country's own, a
year alone under a birth column's header, several birth dates listed in one cell; and the plain date shapes the
other columns tell from their values.

Part of ``redact.detect.table_columns`` (which see): ``redact.detect.table_values.value_fits`` asks these.
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.birth_cell_labels import birth_cell_core, birth_cell_label
from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.birth_dates_anno_domini import anno_domini_birth_value
from redact.detect.birth_value_shapes import more_birth_value
from redact.detect.birth_words import month_and_year_alone
from redact.detect.calendar_birth_dates import calendar_birth_value
from redact.detect.coptic_birth_dates import coptic_birth_value
from redact.detect.era_birth_dates import era_birth_value
from redact.detect.first_chars import compiled
from redact.detect.month_names import MONTHS, ORDINAL_COLON_ENDING, ORDINAL_DAY
from redact.detect.romanised_birth_dates import romanised_birth_value
from redact.detect.table_header_words import BIRTH
from redact.detect.table_headers import header_kind
from redact.detect.weekday_names import weekday_opening
from redact.detect.worded_birth_dates_abroad import worded_birth_value


# a birth date in any common form: "2012-04-19", "120419", "3.1.2013", "14/7 2011" (the year after a space), "5 maj 2012",
# "den 5 maj 2012", "5 maj -12" (the year's last two digits), "May 5, 2012"
# the months other countries name in two words ("Kanun al-Thani", "kanûna paşîn"): a one-word month's place in the
# date holds them too
_TWO_WORD_MONTH = "|".join(r"\s+".join(re.escape(part) for part in name.split())
                           for name in sorted(MONTHS_ABROAD, key=len, reverse=True) if " " in name)
# (and the day joined to its month by a dash, as Uzbek writes it: "7-aprel 1988")
_ONE_WORD_MONTH = "|".join(re.escape(name) for name in sorted(MONTHS_ABROAD, key=len, reverse=True)
                           if " " not in name and name.isalpha())
_BIRTH_VALUE = compiled(
    rf"^(?:\d{{1,2}}\.?\s+(?i:{_TWO_WORD_MONTH})\s+(?:19|20)\d\d|\d{{1,2}}-(?i:{_ONE_WORD_MONTH})\s+(?:19|20)\d\d|"
    # (a dotted date keeps a dot after its day as Hungarian papers write it: "2014.11.02."; some registers print the
    # parts apart by spaces: "1948 07 23")
    r"(?:19|20)\d\d[-/.]?\d\d[-/.]?\d\d(?:(?<=\.\d\d)\.)?|(?:19|20)\d\d[ ]\d\d[ ]\d\d|\d\d(?:0[1-9]|1[0-2])\d\d|"
    # (the year first with the month and the day in one digit where they have one, as Chinese papers write it:
    # "1962.4.9"; one separator throughout; with the Hungarian closing dot too: "1987.3.12.")
    # (the year by its last two digits after an apostrophe, as an Italian or English form writes it: "14/06/'76";
    # or after a dash behind the month's dot, as a register writes the short year: "30.10.-52")
    r"(?:19|20)\d\d(?:\.\d{1,2}\.\d{1,2}\.?|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2})|\d{1,2}[-/.]\d{1,2}(?:[-/.]['’]?|\.[-–]|\s+[-–'’]?)(?:19|20)?\d\d|"
    # (the word "år" before the year, as a formal Swedish date writes it: "den 7 mars år 1950")
    rf"(?:den\s+)?\d{{1,2}}(?:{ORDINAL_COLON_ENDING}|:?e?)\s+[a-zåäöA-ZÅÄÖ]{{3,9}}\.?\s+(?:[Åå]r\s+(?=(?:19|20)\d\d))?"
    r"(?:(?:19|20)\d\d|[-–'’]\d\d)|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|"
    # as other countries write it: "3. April 1979", "3 de marzo de 1985", "12. 03. 1987.", "1979. április 3."
    # (the Somali day with its article: "9-ka Sebtembar 1988", "1-da Luulyo 1991", the Turkmen day's ordinal ending:
    # "17-nji oktýabr 1989", the Kurmanji day with its ezafe: "4ê Gulanê 1990"; the year
    # first with the Georgian year's word: "2000 წ. 21 მაისი")
    # (the Spanish "del" before the year: "12 de marzo del 1983"; the Romansh "da", the Friulian and Corsican "di"
    # before the month and the Friulian "dal" before the year: "7 da schaner 1979", "3 di avrîl dal 1985"; the
    # Catalan and Occitan "de" elided before a vowel: "4 d'octubre de 1982"; the Esperanto day's "-a")
    r"\d{1,2}(?:\.|er|st|nd|rd|th|-(?:ka|da|ta|ga|a|nj[iy])|ê)?\s+(?:(?:de|da|di|of)\s+|d['’])?[^\W\d_]{3,13}\.?\s+(?:d[ea]l?\s+)?(?:19|20)\d\d\.?|"
    r"(?:19|20)\d\d\s?წ\.\s+\d{1,2}\s+[^\W\d_]{3,13}|"
    r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\.?|\d{1,2}([-/])[A-Za-z]{3}\1(?:19|20)\d\d|"
    r"(?:19|20)\d\d\.?\s+(?:m\.\s+)?[^\W\d_]{3,13}\.?(?:\s+mėn\.)?\s+\d{1,2}\.?(?:\s+d\.)?|"
    # the year, "gada" and the day before the month, as Latvian papers write it: "1979. gada 4. marts"
    r"(?:19|20)\d\d\.\s+(?:gada|g\.)\s+\d{1,2}\.\s+[^\W\d_]{3,13}|"
    # the month by its number after its word or before its sign: "ngày 6 tháng 9 năm 1978", "1978年9月6日"
    r"(?:[Nn]gày\s+)?\d{1,2}\s+(?:tháng|thg)\s+\d{1,2},?\s+(?:năm\s+)?(?:19|20)\d\d|"
    r"(?:19|20)\d\d\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]|"
    # the year, the month and the day each with its dot and a space, as Korean papers write it: "1999. 7. 25."
    r"(?:19|20)\d\d\.\s\d{1,2}\.\s\d{1,2}\.?"
    # the month in Roman numerals, as Polish, Hungarian and Ukrainian papers write it: "8.IV.1979", "7 VII 1991"
    r"|\d{1,2}(?:\.\s?|\s|-|/)(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?:\.\s?|\s|-|/)(?:19|20)\d\d\.?)"
    # the year's word after the date: Bulgarian and Russian "г." ("17.04.1986 г."), Serbian "god.", Polish "r.",
    # Ukrainian "р." and "року", Kazakh "ж." and "жылы", Georgian "წ."
    r"(?:\s(?:г\.|год\.|година|года|[Gg]od\.|godine|r\.|р\.|року|ж\.|жылы|წ\.))?$"
)
# the separators of several birth dates listed in one cell, as the children's names beside them are ("Sagal, Idil" |
# "12/3 2016, 8/10 2019"; "2016-03-12 och 2019-10-08"; "12.03.2016; 08.10.2019")
# (two persons' dates "respektive" in the order of the names beside them: "1968 resp. 1972" under "Född")
# (two persons' dates joined by a slash, as two names are: "1950-03-04 / 1952-07-08", "1968/1972"; not the slash inside
# one date, "12/3 2016": only after a year or an ISO date's day)
_LIST_SEP = re.compile(r"[ \t]*(?:[,;&]|[ \t](?:och|resp\.|respektive)(?=[ \t])|[ \t]/(?=[ \t])"
                       r"|(?:(?<=(?<!\d)(?:19|20)\d\d)|(?<=\d\d-\d\d))/(?=[ \t]*\d))[ \t]*")


def birth_dates_listed(value: str, header: str = "") -> list[tuple[int, int]] | None:
    """The spans of the birth dates a cell lists (two or more, each a birth date whole, or a year alone under a
    birth column's ``header``), else None."""
    spans, pos = [], 0
    for m in [*_LIST_SEP.finditer(value), None]:
        a, b = (m.start(), m.end()) if m else (len(value), len(value))
        part = value[pos:a]
        lead = len(part) - len(part.lstrip())
        if not _one_birth_value(part.strip(), header):
            return None
        spans.append((pos + lead, pos + len(part.rstrip())))
        pos = b
    return spans if len(spans) >= 2 else None


# a year alone where the birth date would stand ("1951" under "Född"): all the writer knew of the birth, and as much
# a birth as "född 1951" in running text; only under a header that names the birth (no header given: no year)
# (or by its last two digits after a dash or an apostrophe, as a register's column writes it: "-58", "’69")
_YEAR_ALONE = re.compile(r"^(?:(?:19|20)\d\d|[-–'’]\d\d)$")


# (or a year of the Iranian calendar, as an Afghan tazkira gives no more: "1359", 1980 in ours; from 1300, 1921 in ours)
_SOLAR_YEAR_ALONE = re.compile(r"^1[34]\d\d$")
_SOLAR_YEAR_BEHIND = 621


def birth_year_alone(value: str, header: str) -> bool:
    """True for a year alone, not after this one, under a birth column's header ("Född", "Födelsedatum")."""
    from redact.detect.month_names import full_year

    if not header.strip():
        return False
    if _SOLAR_YEAR_ALONE.match(value):
        return 1300 <= int(value) <= _dt.date.today().year - _SOLAR_YEAR_BEHIND and header_kind(header) == BIRTH
    return bool(_YEAR_ALONE.match(value)) and full_year(value) <= _dt.date.today().year and header_kind(header) == BIRTH


# a date in digits alone ("2026-05-14", "14/5"): no home, no bank account, no identifier
_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$")


# a date with the month's name, whole or short ("1 okt", "15 december 2026"): a move-in's or a deadline's day; a
# dateline's "den" before it too ("den 16 november 2027", read under the last column of the table above it)
_MONTH_DATE = re.compile(r"(?i)^(?:den[ \t]+)?\d{1,2}(?:\.|:e|:a)?[ \t]+(?:jan|feb|febr|mar|mars|apr|april|maj|jun|juni|jul|juli|aug|"
                         r"sep|sept|okt|nov|dec|januari|februari|augusti|september|oktober|november|december)\.?"
                         r"(?:[ \t]+(?:19|20)\d\d)?$")


# "den" before a date, or its short form "d." ("d. 14 maj 2013"), as a clerk writes it in a birth column's cell too
# (the birth word itself too, where a cell repeats it before a year: "f. 77" under "Gäldenär f.")
_DATE_ARTICLE = re.compile(r"(?i)(?:den\s+|d\.\s*|(?P<born>f\.|född)\s*)(?=\d)")
# (the Danish and Norwegian "d." before a day with its ordinal dot, "d. 3. maj 1977": part of how that date is written;
# the Swedish "d. 14 maj 2013" keeps it readable as "den")
_SHORT_ARTICLE = re.compile(r"(?i)d\.\s*(?=\d{1,2}\.\s)")
_TWO_DIGITS = re.compile(r"\d\d$")
# the definite article before a date in French, Spanish, Italian and English ("le 3 mars", "el 4 de mayo", "il 9
# aprile", "the 4th of May")
_FOREIGN_DATE_ARTICLE = re.compile(r"(?i)(?:le|el|il|the)[ \t]+")
# the Swahili "tarehe" ("the date") that a Tanzanian or Kenyan paper's date opens with, copied into the cell with it
# ("tarehe 4 Aprili 1976"): the cell is still a date, masked whole
_DATE_WORD_ABROAD = re.compile(r"(?i)tarehe\s+(?=\d)")
# the Eastern Arabic and the Persian digits, as an Iranian or an Afghan paper's date is copied ("۱۳۶۲/۰۲/۱۷")
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


# a date with its day in words, as a clerk writes a birth date out ("femte maj 1938", "den tjugoförsta mars 1950",
# "sjunde mars år 1950"),
# the month by its short name with its dot too ("tjugotredje sept. 1947")
_WORDED_DAY_DATE = re.compile(rf"(?i)^(?:den\s+)?(?:{ORDINAL_DAY})\s+(?:{'|'.join(MONTHS)})\.?\s+(?:år\s+)?(?:19|20)\d\d$")
# a person's age in brackets after a birth year or date, in any language's word for years ("1986 (41 lat)", "1979 (46
# år)", "1990 (35 years)")
_AGE_AFTER = re.compile(r"\s*\(\s*\d{1,3}(?:\s+(?:år|lat|let|years?|yrs?\.?|ans|jahre|anni|años|vuotta|éves|godina|"
                        r"года|лет|років|yaş|sano))?\s*\)$", re.IGNORECASE)


def birth_article(value: str) -> int:
    """The length of the "den" or "d." that opens a birth column's cell before its date (no part of the date), or of
    a foreign paper's birth label copied with it ("urodz.", "D.T.:"), or 0."""
    m = _DATE_ARTICLE.match(value)
    return m.end() if m else birth_cell_label(value)


def _one_birth_value(v: str, header: str) -> bool:
    """True when ``v`` is one birth date, a birth year or a month and a year as a birth column's cell writes it (its
    weekday before it too, part of the date written: "ons. 11 juli 1951")."""
    if _one_birth_date(v, header):
        return True
    day = weekday_opening(v)
    return bool(day) and _one_birth_date(v[day:], header)


def _one_birth_date(v: str, header: str) -> bool:
    """True when ``v`` is one birth date, a birth year or a month and a year, its weekday left out."""
    v = v[birth_article(v):].translate(_WESTERN_DIGITS)
    v = v[word.end():] if (word := _DATE_WORD_ABROAD.match(v)) else v
    v = _AGE_AFTER.sub("", v)  # "1986 (41 lat)": the age the year gives, in brackets after it
    # (a date of another calendar too: "1 farvardin 1358", "3 Ramadan 1434": see calendar_birth_dates)
    return (bool(_BIRTH_VALUE.match(v)) or birth_year_alone(v, header) or month_and_year_alone(v)
            or calendar_birth_value(v) or era_birth_value(v) or bool(_WORDED_DAY_DATE.match(v))
            or worded_birth_value(v) or more_birth_value(v) or romanised_birth_value(v) or coptic_birth_value(v)
            # "8th January A.D. 1987": the Christian era's mark inside the date (birth_dates_anno_domini)
            or anno_domini_birth_value(v, lambda core: _one_birth_date(core, header)))


def _birth_value(v: str, header: str) -> bool:
    """True when ``v`` is a birth date as a birth column's cell writes it, or several listed in one cell."""
    return _one_birth_value(v, header) or birth_dates_listed(v, header) is not None


def birth_cell_span(value: str, header: str) -> tuple[int, int]:
    """The span a birth column's cell masks: past the article before the date ("d. 14 maj 2013"), or the date alone
    inside the words around it ("1983 doğumlu", "ngày 5/11/1979")."""
    if not _birth_value(value, header) and (core := birth_cell_core(
            value, lambda part: _birth_value(part, header))) is not None:
        # (the article a French, Spanish, Italian or English date is written with is part of how it is written, as
        # the whole date in running text: "le 3 mars 1981", "el 4 de mayo de 1979"; the Swedish "den" stays readable)
        return (0, core[1]) if _FOREIGN_DATE_ARTICLE.fullmatch(value[:core[0]]) else core
    # (the short "d." is written as part of a Danish or Norwegian date, "d. 3. maj 1977", and masked with it; the
    # word "den", the Swedish "d." and a foreign birth label stay readable)
    article = birth_article(value)
    return (0 if _SHORT_ARTICLE.match(value) else article), len(value)


def birth_value_fits(v: str, header: str) -> bool:
    """True when the stripped cell ``v`` can be what a birth column under ``header`` holds (see value_fits)."""
    if (born := _DATE_ARTICLE.match(v)) and born.group("born") and _TWO_DIGITS.match(v[born.end():]):
        return bool(header.strip()) and header_kind(header) == BIRTH  # "f. 77": a birth year by its two digits
    # (or the date with a word or a bracket around it: "1983 doğumlu", "ngày 5/11/1979": see birth_cell_labels)
    return _birth_value(v, header) or birth_cell_core(v, lambda core: _birth_value(core, header)) is not None
