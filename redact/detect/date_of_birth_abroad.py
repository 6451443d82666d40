"""Dates of birth after another language's birth word, as Swedish documents quote foreign papers: "født
12.03.1987", "geb. 03.04.1979", "geboren am 3. April 1979", "s. 5.6.1990", "née le 4 mai 1985", "nacido el 3 de
marzo de 1985", "data urodzenia: 3 marca 1979", "rođen 12. 03. 1987.", "1990 m. birželio 5 d.", "dzimusi 1991. gada
12. oktobrī", "doğum tarihi 12 Mart 1987", "ur. 12.IV.1978 r.", "төрсөн огноо 1984 оны 6 сарын 15". The words
and months are in ``birth_cues_abroad``; only the date is reported.

Between the word and the date stand at most a place (with its preposition: "født i Bergen", "née à Lyon",
"syntynyt Helsingissä") and a linking word ("am", "le", "el", "il", "op", "dnia", "den"), or a colon: a title
("Geboren in Berlin" then a date of its own) keeps its date.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from redact.detect import context as ctx
from redact.detect.day_words_abroad import DAY_WORD, day_of
from redact.detect.birth_cues_abroad import ABBREVIATED, ANCHORS, CUE_PATTERNS, MONTHS_ABROAD
from redact.detect.month_names import MONTHS as SWEDISH_MONTHS
from redact.detect.month_names import ORDINAL_COLON_ENDING, full_year
from redact.detect.patterns import Verdict, compile_, compile_rule, real_date
from redact.detect.weekday_names import WEEKDAY_WORDS

SP = ctx.SP
#: a month in Roman numerals, as Polish, Czech, Hungarian and Ukrainian papers write it ("12.IV.1978"), longest first
ROMAN_MONTH = "XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I"
_ROMAN = {r: n for n, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)}
# the months at home and a passport's English "oct" ("12-OCT-1987"); a name that is a month at home and another
# abroad stands for every number it may be
HOME_MONTHS = {**SWEDISH_MONTHS, "oct": 10}
MONTHS: dict[str, tuple[int, ...]] = {**{k: (v,) for k, v in HOME_MONTHS.items()}, **MONTHS_ABROAD}
for _name, _n in HOME_MONTHS.items():
    MONTHS[_name] = tuple(sorted(set(MONTHS.get(_name, ())) | {_n}))
# (a month of two words, "Kanun al-Thani", with its space spelled out: the date pattern is verbose and drops bare
# spaces)
_MONTH = "|".join(rf"{SP}+".join(re.escape(part) for part in name.split(" "))
                  for name in sorted(MONTHS, key=len, reverse=True))
_CUE = "|".join(p.replace(" ", f"{SP}+") for p in CUE_PATTERNS)
# a place's preposition before where the person was born ("i Bergen", "à Lyon", "w Krakowie", "u Zenici", "te
# Utrecht") and the linking words before the date ("am", "le", "el", "il", "op", "dnia", "den", "on the")
_PLACE_PREP = r"i|in|à|a|en|em|w|we|u|te|ve|di|da|na|no|at|kod|ở"
# ("d." is the Danish and Norwegian "den": "født d. 12.03.1987"; Swahili "tarehe" is "the date": "alizaliwa tarehe
# 4 Aprili 1976"; Bulgarian and Macedonian "на": "родена на 3 юли 1959")
# (English "the" before an ordinal day is the date's own: "born on the 2nd of August 1984")
_ORDINAL_DAY_NEXT = r"(?![ \t]+\d{1,2}(?:st|nd|rd|th))"
_LINK = (rf"më|am|den|d\.|le|el|il|op|on(?:[ ]the{_ORDINAL_DAY_NEXT})?|the{_ORDINAL_DAY_NEXT}|dnia|dne|dana|a|em|no|la|lo"
         # (the Portuguese "on the day" before the date: "nasci no dia 9 de março de 2001")
         r"|de|ngày|vom|el[ ]día|(?:no|em|ao)[ ]dia|dia|ден"
         r"|tarehe|на"
         # (the Malagasy "on the", "tamin'ny", and the Lingala "on", "na": "teraka tamin'ny 28/03/2003", "abotamaki
         # na 3 sánzá ya zómi 1990")
         r"|tamin['’]ny|na"
         # (Tagalog "noong", "on", and the Arabic "في", "in": "ipinanganak noong 3 Mayo 1984", "ولد في 12.03.1978")
         r"|noong|في"
         # (the Galician and Portuguese article "o", "the", before the day: "naceu o 3 de xullo de 1979")
         r"|o"
         # (the Greek "on the", "στις": "γεννήθηκε στις 12 Μαρτίου 1978"; the Irish "on the", "ar an", and "on", "ar",
         # before a day written in figures: "rugadh mé ar 4 Bealtaine 1980")
         r"|στις|ar[ ]an|ar"
         # (the Maltese "on the day of", "nhar": "twelidt nhar 14/01/2003")
         r"|nhar")
_S = rf"(?:{SP}+|{SP}*\n{SP}*)"  # a space, or a line end where the text wrapped
# the verb "is" of a sentence that states the date ("Min fødselsdato er 3. februar 1961", "my date of birth is …",
# "Geburtsdatum ist …", "mi fecha de nacimiento es …"); or "am" after the birth word where the person tells their
# own birth (Bosnian, Croatian and Serbian "rođen sam …", Bulgarian "родена съм на …", Macedonian "роден сум …",
# Slovene "rojena sem …"); or the verb and its subject after the birth word put first, as German and Dutch say it
# ("Geboren bin ich am 4. Juli 1990", "geboren ben ik op …", "geboren wurde er am …")
_IS = (r"bin[ ]ich|ben[ ]ik|(?:ist|wurde|werd)[ ](?:ich|er|sie|hij|zij)|er|ist|is|es|est|è|é|je|jest|on|är|sam|сам"
       r"|съм|сум|sem")
_GAP = (rf"(?:[ \t]*[:=：][ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|{SP}+)"
        rf"(?:(?:(?i:{_PLACE_PREP}){_S})?[A-ZÅÄÖÉÜŞÇİŁŻ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?,?{_S})?"
        rf"(?:(?i:{_IS}){_S})?(?:(?i:{_LINK}):?{_S})?"
        # the Maltese "in", "on", joined to its article before a date in figures ("twelidt fl-12.03.2004",
        # "fit-4/5/1990"); before a month's name it is the date's own ("fit-12 ta' Marzu 1985", read with the date)
        r"(?:(?i:f(?:i[tdnsrxzlżċ]|l))-(?=\d{1,2}[./-]\d))?"
        # the weekday before the date, no part of it in running text ("née le mardi 3 mars 1987", "syntynyt
        # keskiviikkona 11. heinäkuuta 1951")
        rf"(?:(?i:{WEEKDAY_WORDS})(?i:en|na)?\.?,?{_S}(?:(?i:den|the|le|el|il){_S})?)?")
_BR = rf"(?:{SP}|{SP}*\n{SP}*)"
# the Christian era's mark before the year, as papers in English write it inside the date ("8th January A.D. 1987",
# "January 8, AD 1987"; see birth_dates_anno_domini)
_ERA = r"(?:A\.[ ]?D\.|AD|C\.[ ]?E\.)"
# the Azerbaijani year's ordinal ending and "il", "year", glued to it by a dash ("1981-ci il"), and the day's endings
# ("2-si", "14-ü", "6-sı", "9-u", "1-i", "3-cü")
_AZ_YEAR = r"-(?i:c[iıuü])[ \t]+(?i:il)"
_AZ_DAY = r"s?[iıuü]|nc[iıuü]|c[iıuü]"
# what may follow the dot a date keeps after its year (Hungarian "2014.11.02.", Croatian "4. oktobra 1984."): the
# sentence going on, or the sentence's own full stop after it ("rođen 4. oktobra 1984.."); a dot alone at a
# sentence's end is its full stop
_DATE_DOT_NEXT = r"(?=[,;:).]|[ \t]+[a-zåäöа-я])"
# the endings of a Lithuanian ordinal day after its dash, as a sentence says "on the 9th" ("gegužės 9-ąją"), names the
# day ("9-oji", "9-ji") or dates from it ("9-osios")
_LITHUANIAN_ORDINAL = r"ąją|ąja|oji|ji|osios|ąsias"
_DATE = rf"""
    (?P<date>(?:
        # the month by its number after the month's word: Vietnamese "ngày 6 tháng 9 năm 1978" (day, month, year
        # each after its word; the month's word short as a phone or a form writes it: "3 thg 3, 2004"), Chinese, Japanese and Korean "1978年9月6日", "1978년 9월 6일" (each before its sign)
        (?:(?i:ngày){_BR})?(?P<v_d>\d{{1,2}}){_BR}(?i:tháng|thg){_BR}(?P<v_m>\d{{1,2}}),?{_BR}(?:(?i:năm){_BR})?
        (?P<v_y>(?:19|20)\d\d)
      | (?P<c_y>(?:19|20)\d\d)[ ]?[年년][ ]?(?P<c_m>\d{{1,2}})[ ]?[月월][ ]?(?P<c_d>\d{{1,2}})[ ]?[日일]
        # the same signs' words in Latin letters, Chinese pinyin and romanised Korean: "1992 nian 3 yue 8 ri",
        # "1992 nyeon 3 wol 8 il"
      | (?P<cr_y>(?:19|20)\d\d)[ \t]?(?i:ni[aá]n|nyeon)[ \t]?(?P<cr_m>\d{{1,2}})[ \t]?(?i:yu[eè]|wol)[ \t]?
        (?P<cr_d>\d{{1,2}})[ \t]?(?i:r[iì]|hao|il)(?![\w])
      | (?P<iso_y>(?:19|20)\d\d)(?P<isep>[-./])(?P<iso_m>\d\d)(?P=isep)(?P<iso_d>\d\d)
        # (a date with dots has one after its last part too in Hungarian: "1979.05.06., har"; read with it when the
        # sentence goes on, a full stop's dot being no part of the date)
        (?:(?<=\.\d\d)\.{_DATE_DOT_NEXT})?
        # Korean papers' year, month and day each with its dot and a space: "1999. 7. 25."
      | (?P<k_y>(?:19|20)\d\d)\.[ ](?P<k_m>\d{{1,2}})\.[ ](?P<k_d>\d{{1,2}})\.?
        # "3. April 1979", "1er mai 1985", "3 de marzo de 1985", "5. kesäkuuta 1990", "3rd of March 1987"
      # (the day's dot may stand right against the month: "7.Mai 1994")
      # (the Somali day keeps its article, "-ka" or after some figures "-da", "-ta", "-ga": "9-ka Sebtembar 1988",
      # "1-da Luulyo 1991")
      # (a day with its dot has one after the year too in Croatian, Serbian and Bosnian: "4. oktobra 1984."; read
      # with it when the sentence goes on after it, a full stop's dot being no part of the date)
      # (the Tagalog day with its ordinal "ika-" and "ng", "of", before the month: "ika-12 ng Marso 1978"; the
      # Maltese "ta'", with the day's "fi", "on", joined to its article: "fit-12 ta' Marzu 1985"; the Finnish
      # "päivänä", "on the day", of a formal date, or "päivä", "the day", as a register writes it: "14 päivänä
      # kesäkuuta 1953", "14 päivä kesäkuuta 1953"; the Catalan "de" elided before a
      # vowel: "4 d'octubre de 1982"; the Romansh "da" and the Friulian and Corsican "di", "of", before the month,
      # the Friulian "dal" before the year: "7 da schaner 1979", "3 di avrîl dal 1985"; the Esperanto day's "-a":
      # "2-a de aŭgusto 1969"; Swedish ordinals "12:te mars 1961"; a passport's month in two languages,
      # "14 JUL/JUIL 1983"; the Uzbek day joined to its month by a dash: "7-aprel 1988"; the Turkmen day's ordinal
      # ending after its dash: "17-nji oktýabr 1989"; the Greek day's
      # feminine ordinal: "5η Οκτωβρίου 1958"; the era's mark before the year: "8th January A.D. 1987")
      | (?:(?i:the)[ \t]+(?=\d{{1,2}}(?:st|nd|rd|th)))?(?:(?i:ika)-?|(?i:f(?:i[tdnsrxzlżċ]|l))-)?(?P<t_d>\d{{1,2}})(?:(?P<t_dot>\.){_BR}?|-(?=(?i:{_MONTH})[ \t,.])|(?:er|º|°|st|nd|rd|th|{ORDINAL_COLON_ENDING}|[ae]|-(?:ka|da|ta|ga|a|nj[iy])|ê|de|ste|ème|eme|ης|η)?{_BR})(?:(?i:de|del|da|di|of|ng|ta['’]|päivänä|päivä){_BR}|(?i:d)['’])?
        (?P<t_m>(?i:{_MONTH}))\.?(?:/(?P<t_m2>(?i:{_MONTH}))\.?)?,?{_BR}(?:(?i:de|del|dal|do|of){_BR})?(?:{_ERA}{_BR})?(?P<t_y>(?:19|20)\d\d)
        (?(t_dot)(?:\.{_DATE_DOT_NEXT})?)
        # the day in words: "cuatro de mayo de 1966", "vinte e um de março de 1980", "the fourth of May 1966"
      | (?:(?i:the|le|il|el|o)[ \t]+)?(?P<w_d>(?i:{DAY_WORD})){_BR}(?:(?i:de|del|di|of){_BR})?
        (?P<w_m>(?i:{_MONTH}))\.?,?{_BR}(?:(?i:de|del|do|of){_BR})?(?P<w_y>(?:19|20)\d\d)
        # the year first: Hungarian "1979. április 3.", Lithuanian "1990 m. birželio 5 d."
      # (the Hungarian day with its case ending: "1976. szeptember 2-án", "1981. május 1-jén")
      # (the month abbreviated with its dot: "1996. okt. 2.")
      # (the Lithuanian month's word abbreviated after it: "1979 m. kovo mėn. 14 d.")
      | (?P<y_y>(?:19|20)\d\d)\.?(?:[ \t]?(?i:m)\.)?{_BR}(?P<y_m>(?i:{_MONTH}))\.?(?:{_BR}(?i:mėn)\.)?{_BR}(?P<y_d>\d{{1,2}})
        # (and the day's own dot where a comma or a bracket follows it, or the sentence goes on: "1979. május 3., med",
        # "1961. október 9. i Pécs"; the Lithuanian ordinal's ending: "2001 m. gegužės 9-ąją")
        (?:[ \t]?(?i:d)\.|-(?i:j?[áé]n|i|{_LITHUANIAN_ORDINAL})(?![\w])|\.{_DATE_DOT_NEXT})?
        # the year first, a comma, then the day and the month, as a date is said with the year put first ("1978, 3
        # juni", "1978, 3. Juni"); not where another year follows the month (then the month's year is that one)
      | (?P<yd_y>(?:19|20)\d\d),?{_BR}(?P<yd_d>\d{{1,2}})\.?{_BR}(?P<yd_m>(?i:{_MONTH}))(?!{_BR}\d)
        # the year with the Georgian year's word "წ." first, then the day and the month: "2000 წ. 21 მაისი" (or the
        # word whole in its genitive, "of the year", a sentence's day in the dative after it: "2000 წლის 21 მაისს");
        # the Turkic languages' year word the same way, Kazakh "жылғы", Kyrgyz "жылы", Uzbek "yil" (in Cyrillic
        # "йил"), Turkmen "ýyl", Azerbaijani "il" after the year's ending ("1984-cü il"), a dash joining the words to
        # their figures as Uzbek writes it: "1984 жылғы 19 ақпан", "1984-yil 19-fevral", "1984 йил 19 февраль"
      | (?P<g_y>(?:19|20)\d\d)(?:[ \t]?წ\.|[ \t]წლის|[ \t-]?(?i:жылғы|жылы|жылдын|yil|yilgi|йил|йилги|ýyl|ýylyň)
                               |{_AZ_YEAR})
        {_BR}(?P<g_d>\d{{1,2}})(?:-|{_BR})(?P<g_m>(?i:{_MONTH}))
        # the year first, then "gada" ("of the year") and the day before the month: Latvian "1979. gada 4. marts"
      | (?P<l_y>(?:19|20)\d\d)\.{_BR}(?i:gada|g\.){_BR}(?P<l_d>\d{{1,2}})\.{_BR}(?P<l_m>(?i:{_MONTH}))
        # a passport's or a form's "12-Mar-1987", "12/MAR/1987", or run together as military and airline papers
        # write it ("03MAY2017")
        # (the year by its last two digits too, the month's word saying it is a date: "4-Nov-80", "12/MAR/87")
      | (?P<p_d>\d{{1,2}})(?P<psep>[-/]|(?<=\d\d)(?=[A-Z]{{3}}\d))(?P<p_m>(?i:{_MONTH}))(?P=psep)(?P<p_y>(?:19|20)\d\d|\d\d)
        # and the year first, as a system writes the ISO order with the month's short name: "1986-Jun-04"
      | (?P<pi_y>(?:19|20)\d\d)(?P<pisep>[-/])(?P<pi_m>(?i:{_MONTH}))(?P=pisep)(?P<pi_d>\d{{1,2}})
        # (the Finnish month in the genitive before the day and its "päivänä", "on the day": "toukokuun 9. päivänä
        # 2001", or "päivä", "the day", as a register writes it: "kesäkuun 3. päivä 1941"; the month short with
        # its dot in the US order: "Jul. 4, 1978")
        # (and the Spanish "de" before the year where the month goes first, as Latin America and the United States
        # write it: "enero 27 de 1981")
      | (?P<e_m>(?i:{_MONTH}))\.?{_BR}(?P<e_d>\d{{1,2}})(?:st|nd|rd|th|\.{_BR}(?i:päivänä|päivä))?,?{_BR}
        (?:(?i:de){_BR})?(?:{_ERA}{_BR})?(?P<e_y>(?:19|20)\d\d)
        # a month and a year, all some papers give ("toukokuussa 1979", Finnish "in May 1979")
      | (?P<my_m>(?i:{_MONTH})){_BR}(?P<my_y>(?:19|20)\d\d)
        # "12.03.1987", "12. 03. 1987." (Croatian), "12-03-1987" (Dutch), "03/04/1979"
        # (the year by its last two digits after a dash or an apostrophe behind the month's dot: "30.10.-52",
        # "30.10.'52")
      | (?P<n_d>\d{{1,2}})(?P<nsep>[./-])(?:[ \t]?|[ \t]*\n[ \t]*)(?P<n_m>\d{{1,2}})(?P=nsep)
        (?:[ \t]?|[ \t]*\n[ \t]*)(?P<n_y>(?:19|20)?\d\d|(?<=\.)[-–'’]\d\d)
        # (and after the year in Serbian and Croatian: "рођен 01.12.1961., har", "14. 9. 1979. och")
        (?:(?:(?<=\.\d{{4}})|(?<=\.[ \t]\d{{4}}))\.{_DATE_DOT_NEXT})?
        # the month in Roman numerals, as Polish, Czech, Hungarian and Ukrainian papers write it: "12 IV 1978",
        # "12.IV.1978", "12-IV-1978", "12. IV. 1978 r.", the year first in Hungarian ("1978. IV. 12.")
      # (a day with its dot keeps one after the year too, as Croatian papers write it: "5. VII. 1978., och")
      | (?P<r_d>\d{{1,2}})(?:(?P<r_dot>\.){_BR}?|{_BR}|[/-])(?P<r_m>{ROMAN_MONTH})(?:\.?{_BR}|[./-])(?P<r_y>(?:19|20)\d\d)
        (?(r_dot)(?:\.{_DATE_DOT_NEXT})?)
      | (?P<ry_y>(?:19|20)\d\d)\.[ \t]?(?P<ry_m>{ROMAN_MONTH})\.[ \t]?(?P<ry_d>\d{{1,2}})(?:\.{_DATE_DOT_NEXT})?
        # (and in the ISO order, a dash or a slash between: "1961-V-30", "1978/XI/08")
      | (?P<ri_y>(?:19|20)\d\d)(?P<risep>[-/])(?P<ri_m>{ROMAN_MONTH})(?P=risep)(?P<ri_d>\d{{1,2}})
        # the day, the month and the year in figures with spaces between, as a form's boxes hold them: "12 03 1978", "4 1 1950"
      | (?P<sp_d>\d{{1,2}})[ ](?P<sp_m>\d{{1,2}})[ ](?P<sp_y>(?:19|20)\d\d)
        # Azerbaijani, the year first with its ordinal ending and "il" ("year"), the month in the genitive, the day
        # with its ending: "1981-ci il fevralın 2-si" ("the 2nd of February of the year 1981")
      | (?P<az_y>(?:19|20)\d\d){_AZ_YEAR}{_BR}(?P<az_m>(?i:{_MONTH})){_BR}(?P<az_d>\d{{1,2}})(?:-(?i:{_AZ_DAY}))?
        # Mongolian: the year, the month and the day each before its word ("1978 оны 3 сарын 12", "3-р сарын 12-ны")
      | (?P<mn_y>(?:19|20)\d\d){_BR}(?i:оны){_BR}(?P<mn_m>\d{{1,2}})(?:[ ]?-?(?i:р|дүгээр|дугаар))?{_BR}(?i:сарын){_BR}
        (?P<mn_d>\d{{1,2}})(?:[ ]?-?(?i:ний|ны|нд))?(?:{_BR}(?i:өдөр))?
      | (?P<year>(?:19|20)\d\d)
    )
    # the year's word after the date, inside it: Bulgarian and Russian "г." ("17.04.1986 г."), Serbian "god."
    # and "godine", Polish "r.", Ukrainian "р." and "року", Kazakh "ж." and "жылы",
    # Georgian "წ." ("1976 წ.")
    (?:[ \u00a0](?:г\.|год\.|година|года|(?i:god\.|godine)|r\.|р\.|року|ж\.|жылы|წ\.))?
    )
    (?![\w]|[-+:/]\d|\.\d)
"""
_PATTERN = compile_(rf"(?<![\w])(?P<cue>(?i:{_CUE}))(?![^\W\d_]){_GAP}{_DATE}")


class _AtCues:
    """The pattern tried only where a cue's word stands: a hundred cues in one alternation tried at every
    character cost more than finding their longest words with ``str.find`` and matching at the cue's start."""

    def __init__(self, pattern: re.Pattern[str], anchors: tuple[tuple[str, int], ...]) -> None:
        self.pattern, self.anchors = pattern, anchors

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = text.lower()
        if len(low) != len(text):
            yield from self.pattern.finditer(text)  # a letter that lowercases to two ("İ"): positions would shift
            return
        at: set[int] = set()
        for word, before in self.anchors:
            i = low.find(word)
            while i >= 0:
                at.add(_back(text, i, before))
                i = low.find(word, i + 1)
        end = 0
        for i in sorted(at):
            if i < end or (i and (text[i - 1].isalnum() or text[i - 1] == "_")):
                continue
            m = self.pattern.match(text, i)
            if m is not None:
                end = m.end()
                yield m


def _back(text: str, i: int, words: int) -> int:
    """Where the word ``words`` words before position ``i`` begins."""
    for _ in range(words):
        while i and text[i - 1].isspace():
            i -= 1
        while i and (text[i - 1].isalnum() or text[i - 1] in ".-/'’"):
            i -= 1  # the word's letters and inner signs, not a bracket or a quote before it
    return i


BIRTH_ABROAD = _AtCues(_PATTERN, ANCHORS)
# "Nato" is the alliance in Swedish; Italian's "born" is in lowercase or before its "il" / "a" ("Nato il")
_NOT_A_CUE = frozenset({"Nato", "NATO"})
_ITALIAN_LINK = re.compile(r"[ \t]+(?:il|a)[ \t:]", re.IGNORECASE)


def _candidates(m: re.Match[str]) -> tuple[str, list[tuple[int, int, int]]] | None:
    """The date's kind and every (year, month, day) it may be; None for a year alone."""
    g = m.groupdict()
    if g["iso_y"]:
        return "YYYY-MM-DD", [(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))]
    if g["v_y"]:
        return "D tháng M năm YYYY", [(int(g["v_y"]), int(g["v_m"]), int(g["v_d"]))]
    if g["c_y"]:
        return "YYYY年M月D日", [(int(g["c_y"]), int(g["c_m"]), int(g["c_d"]))]
    if g["cr_y"]:
        return "YYYY nian M yue D ri", [(int(g["cr_y"]), int(g["cr_m"]), int(g["cr_d"]))]
    if g["k_y"]:
        return "YYYY. M. D.", [(int(g["k_y"]), int(g["k_m"]), int(g["k_d"]))]
    for d, mo, y, kind in (("t_d", "t_m", "t_y", "D month YYYY"), ("y_d", "y_m", "y_y", "YYYY month D"),
                           ("e_d", "e_m", "e_y", "month D, YYYY"), ("p_d", "p_m", "p_y", "D-Mon-YYYY"),
                           ("l_d", "l_m", "l_y", "YYYY. gada D. month"), ("g_d", "g_m", "g_y", "YYYY წ. D month"),
                           ("yd_d", "yd_m", "yd_y", "YYYY, D month"),
                           ("pi_d", "pi_m", "pi_y", "YYYY-Mon-D"), ("az_d", "az_m", "az_y", "YYYY-ci il month D")):
        if g[d]:
            return kind, [(full_year(g[y]), n, int(g[d])) for n in MONTHS[" ".join(g[mo].lower().split())]]
    if g["w_d"]:
        return "day in words month YYYY", [(int(g["w_y"]), n, day_of(g["w_d"]))
                                           for n in MONTHS[" ".join(g["w_m"].lower().split())]]
    for d, mo, y, kind in (("r_d", "r_m", "r_y", "D.ROMAN.YYYY"), ("ry_d", "ry_m", "ry_y", "YYYY. ROMAN. D."),
                           ("ri_d", "ri_m", "ri_y", "YYYY-ROMAN-D")):
        if g[d]:
            return kind, [(int(g[y]), _ROMAN[g[mo]], int(g[d]))]
    for d, mo, y, kind in (("sp_d", "sp_m", "sp_y", "DD MM YYYY"), ("mn_d", "mn_m", "mn_y", "YYYY оны M сарын D")):
        if g[d]:
            return kind, [(int(g[y]), int(g[mo]), int(g[d]))]
    if g["my_m"]:
        return "month YYYY", [(int(g["my_y"]), n, 1) for n in MONTHS[" ".join(g["my_m"].lower().split())]]
    if g["n_d"]:
        y, first, second = full_year(g["n_y"]), int(g["n_d"]), int(g["n_m"])
        # day first as most of the world writes it; month first ("04/23/1985") when only that is a date
        return "D.M.YYYY", [(y, second, first), (y, first, second)]
    return None


def check_birth_abroad(text: str, m: re.Match[str]) -> Verdict | None:
    """The date after another language's birth word when it is a real past date (a year alone after a whole
    word, never after an abbreviation)."""
    cue = m.group("cue")
    if cue in _NOT_A_CUE and not _ITALIAN_LINK.match(text, m.end("cue")):
        return None
    if cue.endswith("."):
        # an abbreviation after a space or a bracket, never after initials ("M.S. 2026-11-04", "J. S. 2026-12-01":
        # a signer's, not Finnish "s."); "S." in capitals only as a label with its colon ("S.: 5.6.1990")
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isspace() or before in "(["):
            return None
        if cue == "S." and not text.startswith(":", m.end("cue")):
            return None
    found = _candidates(m)
    today = _dt.date.today()
    if found is None:
        y = int(m.group("year"))
        if cue.lower() in ABBREVIATED or len(cue) <= 2 or not 1880 <= y <= today.year:
            return None
        return Verdict(m.start("date"), m.end("date"), f"year after '{cue.lower()}'", 0.6)
    kind, dates = found
    if not any(real_date(y, mo, d) and _dt.date(y, mo, d) <= today for y, mo, d in dates):
        return None
    return Verdict(m.start("date"), m.end("date"), f"{kind} after '{cue.lower()}'")


# A Swedish birth word before a date written the way the person's own country writes it: "f. 7. Mai 1994" (German),
# "född 14. Oktober 1981", "född 3 maaliskuuta 1990", "f. 5. desember 1979": a Swedish text quotes the foreign
# paper's date as it stands. Only a date with a month's name (the Swedish rule reads the months at home and the
# numeric forms); the day may carry its ordinal dot.
_HOME_CUE = r"född|födda|föddes|f\.|födelsedatum|födelsedag"
HOME_CUE_MONTH_ABROAD = compile_rule(rf"(?<![\w])(?P<cue>(?i:{_HOME_CUE}))(?![^\W\d_]){_GAP}{_DATE}")
HOME_CUE_NEEDS = ("föd", "f.")


def check_home_cue_month_abroad(text: str, m: re.Match[str]) -> Verdict | None:
    """The date with another language's month name after a Swedish birth word, when it is a real past date."""
    # (or by the month's number after its word or before its sign, which the Swedish rule does not read either)
    if not any(m.group(g) for g in ("t_m", "y_m", "e_m", "p_m", "pi_m", "l_m", "g_m", "v_m", "c_m", "cr_m", "k_m",
                                    "my_m", "r_m", "ry_m", "ri_m", "mn_m")):
        return None
    return check_birth_abroad(text, m)
