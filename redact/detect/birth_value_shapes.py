"""More shapes of a whole birth date a birth column's cell may hold, as the clerk copied it from the person's paper.

A month's short name and the year by its last two digits ("23 Feb 88"), a month's short name in any script between
dashes, the year in four digits or two ("4-Μαρ-1966", "17-okt-84"), a comma after the month ("2nd March, 1990", "9
de octubre, 1983"), the year first with its word and the day joined to the month by a dash, as Uzbek papers write it
("1988-yil 7-aprel"), or the year's word apart, as Kazakh ones do ("1988 ж. 7 сәуір"), or with the month before the
day, as Armenian ones do ("1975 թ. մարտի 14"), a Tagalog day's ordinal with the month after "ng" ("Ika-4 ng Hulyo
1990"), a Maltese day with "ta'" before the month ("fit-12 ta' Marzu 1985"), a Finnish month's genitive before the
day's word ("kesäkuun 3. päivä 1941") or its partitive after the day and the word ("3 päivä huhtikuuta 1938"), a
Chinese paper's year, month and day in pinyin or a Mongolian's, each figure with its word after it ("1979 nian 11 yue 3 ri", "1985 оны 4 сарын 12"), a feast's day with its year
("midsommarafton 1961"), the figures in a form's boxes ("12 03 1978", "4 1 1950") and a month in Roman numerals
("12.III.78", "1978. IV. 12."), the day's ordinal ("1:a maj 1977", "the 4th of May 1971", "16de maart 1992"), the
year before the day and the month ("1978, 3 juni"), the year first in the ISO order with the month's name ("1988-okt-03"), the year first as Basque writes it ("1979ko urtarrilaren 7a")
and the compact form of military and airline papers ("03MAY2017"). The month's word must be a month's name in a language the project knows, so that a code's letters
("12-ABC-1968") are no date.
"""

from __future__ import annotations

import re

from redact.detect.birth_cues_abroad import MONTHS_ABROAD
from redact.detect.birth_day_year_words import day_year_word_birth_value
from redact.detect.date_of_birth_abroad import ROMAN_MONTH
from redact.detect.feast_day_dates import feast_day_value
from redact.detect.month_names import MONTHS, ORDINAL_COLON_ENDING

_SHAPES = (
    re.compile(r"(?P<d>\d{1,2})\.? (?P<m>[^\W\d_]{3,12})\.? \d\d"),
    # (the short year's dash or apostrophe right against the month's dot, as a register writes it: "12 aug.-42")
    re.compile(r"(?P<d>\d{1,2})\.? (?P<m>[^\W\d_]{3,12})\.[-–'’]\d\d"),
    re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/. ])(?P<m>[^\W\d_]{3,12})\.?(?P=sep)(?:19|20)?\d\d"),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th|\.)? (?:de )?(?P<m>[^\W\d_]{3,12})\.?, (?:19|20)\d\d"),
    re.compile(r"(?:19|20)\d\d[- ]?[^\W\d_]{1,5}\.? (?P<d>\d{1,2})[- ]?(?P<m>[^\W\d_]{3,12})"),
    re.compile(r"(?:19|20)\d\d[ ]?[^\W\d_]{1,5}\. (?P<m>[^\W\d_]{3,12}) (?P<d>\d{1,2})"),
    re.compile(r"(?i:ika)[- ]?(?P<d>\d{1,2}) (?i:ng) (?P<m>[^\W\d_]{3,12}),? (?:19|20)\d\d"),
    # the Maltese day, its "fi" ("on") joined to the article or not, and "ta'" ("of") before the month ("fit-12 ta'
    # Marzu 1985", "12 ta' Marzu 1985")
    re.compile(r"(?:(?i:f(?:i[tdnsrxzlżċ]|l))-)?(?P<d>\d{1,2}) (?i:ta)['’] (?P<m>[^\W\d_]{3,12}) (?:19|20)\d\d"),
    re.compile(r"(?P<m>[^\W\d_]{3,12}) (?P<d>\d{1,2})\.? (?i:päivä(?:nä)?),? (?:19|20)\d\d"),
    # (and the day, its word and the month's partitive after them: "3 päivä huhtikuuta 1938")
    re.compile(r"(?P<d>\d{1,2})\.? (?i:päivä(?:nä)?) (?P<m>[^\W\d_]{3,12}) (?:19|20)\d\d"),
    # the month's name in a script whose letters carry marks of their own, or of two letters ("12 मार्च 1978", "3 مه
    # 1985"), or in two words ("12 كانون الثاني 1978")
    re.compile(r"(?P<d>\d{1,2})\.? (?P<m>[^\W\d_][^\s\d.,]{1,15}(?: [^\s\d.,]{2,10})?)\.? (?:19|20)\d\d"),
    # the day's ordinal, Swedish or English, with the English article and "of" ("1:a maj 1977", "the 4th of May 1971")
    # (and of other languages: Dutch "16de maart 1992", "1ste mei", French "1er mai", "2ème juin"; Greek "5η Οκτωβρίου
    # 1958", the day's feminine ordinal; the year by its last two digits after an apostrophe: "5th Jan '82")
    re.compile(rf"(?:(?i:the) )?(?P<d>\d{{1,2}})(?:{ORDINAL_COLON_ENDING}|st|nd|rd|th|de|ste|e|er|ème|eme|º|°|η|ης) "
               r"(?:of )?(?P<m>[^\W\d_]{3,12})\.?,? (?:(?:19|20)\d\d|['’]\d\d)"),
    # the year first, then the day and the month ("1978, 3 juni", "1978 3. Juni")
    re.compile(r"(?:19|20)\d\d,? (?P<d>\d{1,2})\.? (?P<m>[^\W\d_]{3,12})\.?"),
    # the year first in the ISO order with the month's name or short name between its dashes or slashes, as a
    # system prints it ("1988-okt-03", "1979/Feb/14")
    re.compile(r"(?:19|20)\d\d(?P<sep>[-/])(?P<m>[^\W\d_]{3,12})\.?(?P=sep)(?P<d>\d{1,2})"),
    # the day, the month's short name and the year run together, as military and airline papers write it ("03MAY2017",
    # "14FEB88")
    re.compile(r"(?P<d>\d\d)(?P<m>[A-Za-z]{3})(?:19|20)?\d\d"),
    # the month first with the Spanish "de" before the year, as Latin America and the United States write it ("agosto
    # 3 de 1984")
    re.compile(r"(?P<m>[^\W\d_]{3,12})\.? (?P<d>\d{1,2}),? (?i:de) (?:19|20)\d\d"),
    # the year first with its Basque "-ko", "of", the month's genitive and the day with its article ("1979ko
    # urtarrilaren 7a", "1991-eko urriaren 3an")
    re.compile(r"(?:19|20)\d\d-?e?ko (?P<m>[^\W\d_]{3,14}) (?P<d>\d{1,2})(?:-?an?)?"),
    # the month in a passport's two languages, a slash between ("14 JUL/JUIL 1983", "3 FEB/FÉV 1979")
    re.compile(r"(?P<d>\d{1,2}) (?P<m>[^\W\d_]{3,12})\.?/(?P<m2>[^\W\d_]{3,12})\.? (?:19|20)\d\d"),
)


# the pinyin words for year, month and day after each figure, as a Chinese paper's date is romanised
# ("1979 nian 11 yue 3 ri"), and the Mongolian genitives of year and month after theirs ("1985 оны 4 сарын 12", the
# month's ordinal word or the day's word written out or not: "4 дүгээр сарын 12-ны өдөр")
_PINYIN = re.compile(r"(?i)(?:19|20)\d\d[ ]?nian (?P<m>\d{1,2})[ ]?yue (?P<d>\d{1,2})[ ]?(?:ri|hao)"
                     r"|(?:19|20)\d\d[ ]?(?i:оны) (?P<mm>\d{1,2})(?:[ ]?-?(?i:р|дүгээр|дугаар))? (?i:сарын) "
                     r"(?P<md>\d{1,2})(?:[ ]?-?(?i:ний|ны|нд))?(?: (?i:өдөр))?")


# the day, the month and the year in figures with spaces between, as a form's boxes hold them ("12 03 1978"); the month
# in Roman numerals with the year's last two digits or the year first ("12.III.78", "1978. IV. 12.", "1978-IV-12")
_FIGURES = re.compile(r"(?P<d>\d{1,2}) (?P<m>\d{1,2}) (?:19|20)\d\d"
                      rf"|\d{{1,2}}(?:\. ?| |-|/)(?:{ROMAN_MONTH})(?:\. ?| |-|/)\d\d"
                      rf"|(?:19|20)\d\d\. ?(?:{ROMAN_MONTH})\. ?(?:0?[1-9]|[12]\d|3[01])\.?"
                      # the ISO order with the month in Roman numerals ("1978-IV-12", "1978/XI/08")
                      rf"|(?:19|20)\d\d(?P<isep>[-/])(?:{ROMAN_MONTH})(?P=isep)(?:0[1-9]|[12]\d|3[01])")


def _month(word: str) -> bool:
    low = word.lower()
    return low in MONTHS or low in MONTHS_ABROAD


def more_birth_value(value: str) -> bool:
    """True for a cell holding nothing but a whole birth date in one of the shapes above."""
    v = " ".join(value.split())
    if feast_day_value(v) or day_year_word_birth_value(v):
        return True
    if (figures := _FIGURES.fullmatch(v)) is not None:
        return figures.group("d") is None or (1 <= int(figures.group("d")) <= 31 and 1 <= int(figures.group("m")) <= 12)
    if (pinyin := _PINYIN.fullmatch(v)) is not None:
        month, day = pinyin.group("m", "d") if pinyin.group("m") else pinyin.group("mm", "md")
        return 1 <= int(month) <= 12 and 1 <= int(day) <= 31
    return any((m := shape.fullmatch(v)) is not None and _month(m.group("m")) and 1 <= int(m.group("d")) <= 31
               and _month(m.groupdict().get("m2") or m.group("m")) for shape in _SHAPES)
