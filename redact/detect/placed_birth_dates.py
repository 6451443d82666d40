"""Dates of birth read from where a date stands, not from a listed birth word.

Each new document writes its birth date with a cue word or in a form nobody listed ("Anna Lindqvist, fødd
12.III.1987, har ...", "Ansökan från Anna Lindqvist (geb. tis 3/4-87)", "Födelsedag (dd.mm.åååå): 12.03.1987" under
"Namn:", a column headed "Fdat" beside the names). What they share is the place of the date and its age: a date of
a person's birth stands where a person's details stand, and lies years before the document's own dates. So a date
(in any of the forms Swedish and foreign documents write dates, see ``DATE``) is read as a birth when

* it is set off right after a person's name (or "Surname, Given"), by a comma, a bracket, a dash or a colon, with
  at most four cue words or asides between ("Anna Lindqvist, fødd 12.03.1987, har", "Omid Karimi (DOB 3/4-87)");
* it is the value of a "Label: value" line in a block that names a person ("Namn: ...", "Personnummer: ...");
* it is a whole cell in a table row that holds a person's name, and no date in its column is recent (a year alone
  only under a birth's header: "Född", "Födelseår"; a month and a year under a birth's header or beside a home);
* it stands after a person's name in a table row that a PDF's reading joined into one line (``joined_row_dates``);
* a month and a year (or a year) with no cue stands between a person's name and the person's home or number
  ("Anna Lindqvist, 1987-03, Storgatan 4");

and its year lies at least two years before the document's own latest date (twelve for a year alone or a month and
a year, which are also a role's or a term's year), or it is a small child's, named so, born before a later date of
the document (``newborn_dates``). A label, a header or cue words that name an event (employment, purchase,
decision, arrival, death, membership, validity) keep their date: a date of purchase or of a decision beside a name
is no birth.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from functools import lru_cache

from redact.detect import context as ctx
from redact.detect.date_of_birth_abroad import MONTHS as ALL_MONTHS
from redact.detect.first_chars import compiled
from redact.detect.joined_row_dates import in_joined_row
from redact.detect.month_names import ORDINAL_DAY as _ORDINAL, ORDINALS, full_year
from redact.detect.newborn_dates import CHILD_WORD, before_a_later_date, child_named_before
from redact.detect.patterns import Rule, Verdict, compile_, real_date, rule_regex

# the months of every language the birth rules know, and the English abbreviations a passport writes
_MONTHS: dict[str, tuple[int, ...]] = {**ALL_MONTHS, **{k: (v,) for k, v in {
    "oct": 10, "sept": 9, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "nov": 11, "dec": 12, "okt": 10}.items() if k not in ALL_MONTHS}}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# Roman-numeral months, as Polish, Hungarian and older Swedish papers write them ("12.III.1987")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12}
_ROMAN_RE = "XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I|xii|xi|ix|x|viii|vii|vi|iv|v|iii|ii|i"
# a weekday before the date ("tisdag 3 mars 1987", "tis 3/3-87", "Tue, March 3, 1987"): part of the date written
_WEEKDAY = (r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?|mån|tis|ons|tors|tor|fre|lör|sön|"
            r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun")
_Y4 = r"(?:18|19|20)\d\d"
_DASH = ctx.DASH
# a space, or a line end where the rendering wrapped the date ("12 mars" / "1987")
_BR = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# Before each alternation of words (months, ordinals, weekdays): each of them begins with a letter, and re tries
# every word of a case-blind alternation at a position it reaches; a digit fails this one test instead (the
# rule tries the pattern at every digit of a page, about 40 µs each without it). The same matches: re, ignoring
# case, takes the Greek iota subscript (a mark, no letter) for the iota that opens Greek months, so it passes too.
_LETTER = r"(?=[^\W\d_]|\u0345)"
#: The alternations of words ``DATE`` may open with (a weekday, a day in words, a month), ignoring case.
DATE_OPENING_WORDS = (_WEEKDAY, _ORDINAL, _MONTH)

DATE = rf"""
    (?<![\w.,/:+–-])
    (?P<date>
      (?:{_LETTER}(?i:{_WEEKDAY})\.?,?{_BR}(?:(?i:den|the){_BR})?)?
      (?:
        # "1987-03-12", "1987.3.12", "1987/03/12", "1987. 3. 12" (Korean), "1987 03 12" (a form's boxes)
        (?P<iso_y>{_Y4})(?:(?P<isep>{_DASH}|[./])[ \t]?(?P<iso_m>\d\d?)(?P=isep)[ \t]?(?P<iso_d>\d\d?)
                        |[ ](?P<iso_m2>\d\d)[ ](?P<iso_d2>\d\d))
        # "1987年3月12日" (Chinese, Japanese)
      | (?P<cj_y>{_Y4})[ ]?年[ ]?(?P<cj_m>\d\d?)[ ]?月[ ]?(?P<cj_d>\d\d?)[ ]?日
      | (?P<c8>{_Y4}\d{{4}})
      | (?P<s_y>\d\d){_DASH}(?P<s_m>\d\d){_DASH}(?P<s_d>\d\d)
        # "12.03.1987", "12/3-87", "15/6 2004", "12-03-87", "7.9.62"
      | (?P<n_d>\d\d?)[ ]?(?P<nsep>[./-])[ ]?(?P<n_m>\d\d?)[ ]?(?:(?P=nsep)[ ]?(?:[ \t]*\n[ \t]*)?|{_BR}|{_DASH})(?P<n_y>{_Y4}|\d\d)
        # "12.III.1987", "12 III 1987", "12-iii-87"
      | (?P<r_d>\d\d?)(?P<rsep>[./ -])[ \t]?(?P<r_m>{_ROMAN_RE})(?:(?P=rsep)|\.)?(?:{_BR})?(?P<r_y>{_Y4}|\d\d)
        # "12 mars 1987", "3:e mars -87", "3. April 1979", "3rd of March 1987", "9 de octubre de 1986", "12 mars år 1987"
      | (?P<t_d>\d\d?)(?:\.|:[ae]|[ae]|er|st|nd|rd|th)?(?:{_BR})?(?:(?i:de|del|of){_BR})?{_LETTER}(?P<t_m>(?i:{_MONTH}))\.?,?{_BR}
        (?:(?i:de|del|do|of|år){_BR})?(?P<t_y>{_Y4}|[-–'’]\d\d)
        # the day in words ("den tolfte mars 1987", "tjugoförsta maj -87")
      | {_LETTER}(?P<w_d>(?i:{_ORDINAL})){_BR}{_LETTER}(?P<w_m>(?i:{_MONTH}))\.?,?{_BR}(?P<w_y>{_Y4}|[-–'’]\d\d)
        # "March 3, 1987", "mars 3rd 1987"
      | {_LETTER}(?P<e_m>(?i:{_MONTH}))\.?{_BR}(?P<e_d>\d\d?)(?:st|nd|rd|th|:[ae])?,?{_BR}(?P<e_y>{_Y4})
        # "12-Mar-1987", "12/MAR/87"
      | (?P<p_d>\d\d?)(?P<psep>[-/.]){_LETTER}(?P<p_m>(?i:{_MONTH}))(?P=psep)(?P<p_y>{_Y4}|\d\d)
        # "1987-03", "03/1987", "mars 1987", "i maj -87": a month and a year
      | (?P<ym_y>{_Y4})(?:{_DASH}|[./])(?P<ym_m>0[1-9]|1[0-2])
      | (?P<my_n>0?[1-9]|1[0-2])[/.](?P<my_ny>{_Y4})
      | {_LETTER}(?P<my_m>(?i:{_MONTH}))\.?,?{_BR}(?P<my_y>{_Y4}|[-–'’]\d\d)
      | (?P<c6>\d{{6}})
      | (?P<year>{_Y4})
      | (?P<short_year>[-–'’]\d\d)
      )
    )
    (?![\w]|[-–+:./]\d|/[A-Za-z])
"""
_DATE = compile_(DATE)
_DATE_ONLY = compile_(rf"[ \t]*{DATE}[ \t]*\Z")


def parse(m: re.Match[str]) -> tuple[int, bool] | None:
    """(year, is a whole date) of a real past date in ``m``, else None."""
    found = parse_date(m)
    return None if found is None else (found.year, True) if isinstance(found, _dt.date) else (found, False)


def parse_date(m: re.Match[str]) -> _dt.date | int | None:
    """The real past date in ``m``, its year alone for a year or a month and a year, else None."""
    g = m.groupdict()
    today = _dt.date.today()
    y: int
    if g["iso_y"]:
        y, mo, d = int(g["iso_y"]), int(g["iso_m"] or g["iso_m2"]), int(g["iso_d"] or g["iso_d2"])
    elif g["cj_y"]:
        y, mo, d = int(g["cj_y"]), int(g["cj_m"]), int(g["cj_d"])
    elif g["c8"]:
        y, mo, d = int(g["c8"][:4]), int(g["c8"][4:6]), int(g["c8"][6:])
    elif g["s_y"]:
        y, mo, d = full_year(g["s_y"]), int(g["s_m"]), int(g["s_d"])
    elif g["n_d"]:
        y, mo, d = full_year(g["n_y"]), int(g["n_m"]), int(g["n_d"])
        if not real_date(y, mo, d) and real_date(y, d, mo):
            mo, d = d, mo  # "04/23/1985": the month first, as the United States write it
    elif g["r_d"]:
        y, mo, d = full_year(g["r_y"]), _ROMAN[g["r_m"].lower()], int(g["r_d"])
    elif g["t_d"] or g["e_d"] or g["p_d"] or g["w_d"]:
        day, month, year = ((g["t_d"], g["t_m"], g["t_y"]) if g["t_d"] else (g["e_d"], g["e_m"], g["e_y"]) if g["e_d"]
                            else (g["p_d"], g["p_m"], g["p_y"]) if g["p_d"]
                            else (str(ORDINALS[g["w_d"].lower()]), g["w_m"], g["w_y"]))
        y, d = full_year(year), int(day)
        months = [n for n in _MONTHS[month.lower()] if real_date(y, n, d)]
        if not months:
            return None
        mo = months[0]
    elif g["c6"]:
        c = g["c6"]
        y, mo, d = full_year(c[:2]), int(c[2:4]), int(c[4:])
    else:
        written = g["ym_y"] or g["my_ny"] or g["my_y"] or g["year"] or g["short_year"]
        y = full_year(written)
        return y if 1880 <= y <= today.year else None
    if not real_date(y, mo, d) or _dt.date(y, mo, d) > today or y < 1880:
        return None
    return _dt.date(y, mo, d)


def born_on(written: str) -> _dt.date | None:
    """The whole past date ``written`` is, in any of the forms of ``DATE``, else None."""
    m = _DATE_ONLY.match(written)
    found = parse_date(m) if m is not None else None
    return found if isinstance(found, _dt.date) else None


_ANY_YEAR = re.compile(r"(?<![\d])(?:19|20)\d\d(?!\d)")


@lru_cache(maxsize=8)
def reference_year(text: str) -> int:
    """The year the document is written in, from its own dates: its latest year up to next year's, or this year
    when it writes no recent year (a page of birth dates alone, a short note)."""
    this = _dt.date.today().year
    years = [int(y) for y in _ANY_YEAR.findall(text) if int(y) <= this + 1]
    latest = max(years, default=this)
    return latest if latest >= this - 8 else this


# What a cue, a label or a header names when its date is an event's, not a birth's: a word beginning so.
_EVENT_STEMS = (
    "anställ", "beslut", "beslöt", "inkom", "ankom", "ansök", "köp", "inköp", "förvärv", "såld", "sålt", "flytt",
    "inflytt", "utflytt", "avled", "avlid", "död", "gift", "vigd", "vigsel", "skild", "skilsm", "utfärd", "giltig",
    "gäller", "registrer", "besök", "mötet", "ringde", "skrev", "fr.o.m", "t.o.m", "senast", "tidigast", "datera",
    "dnr", "ärende", "inskriv", "utskriv", "antagen", "antogs", "examen", "examin", "tillträd", "startdat",
    "slutdat", "avslut", "återbetal", "betald", "betalning", "förfall", "bokad", "bokning", "anmäl", "polisanm",
    "händelse", "olyck", "skadad", "skadedag", "incident", "levererad", "utbetal", "uppsagd", "uppsägn",
    "pensioner", "inträd", "utträd", "medlem", "issue", "expir", "valid", "arriv", "ankomst", "inres", "utres",
    "hired", "died", "death", "married", "deceas", "decid", "dated", "signed", "klockan", "vecka", "bevilj",
    "upphör", "utgång", "invald", "tillsatt", "utsedd", "förordnad", "avgång", "avgick", "uppdrag", "mandat",
    "period", "leverans", "faktura", "kvitto", "inlämn", "utlämn", "utlån", "lånad", "återlämn", "mottagen",
    "mottaget", "skickad", "postad", "stämplad", "besiktn", "utförd", "genomförd", "byggd", "uppförd", "renover",
    "grundad", "bildad", "ändrad", "upprättad", "undertecknad", "justerad", "protokoll", "sammanträd", "kallelse",
    "deadline", "yttrande", "domslut", "laga", "överklag", "verkställ", "gripen", "häktad", "anhållen", "inlagd",
    "inläggn", "operation", "diagnos", "vaccin", "läkarbesök", "tentamen", "visum", "uppehållstillst",
    "körkort", "kön", "kötid",
)
# whole words of a time or an event, prepositions of time and a date's own name
_EVENT_WORDS = frozenset({"d", "d.", "dat", "dat.", "datum", "date", "dag", "dagen", "tid", "år", "året", "då",
                          "när", "kl", "kl.", "v", "v.", "nr", "per", "om", "vid", "på", "i", "av", "med", "hos",
                          "mot", "under", "inom", "sen", "tom", "fom", "f.o.m.", "t.o.m.", "från", "till",
                          "mellan", "efter", "före", "innan", "sedan", "since", "from", "until", "sålde", "köpte",
                          "start", "slut", "ring", "möte", "möttes", "dom", "svar", "order", "lån", "kort",
                          "prov", "kurs", "termin", "läsår"})
# what may stand between a name and its birth date ("f.", "fødd", "DOB:", "geb. am", "born on the"): words, no digits
# a word, an aside in brackets, or the asterisk German and genealogical papers write for "born" ("(* 3. April 1979)")
_TOKEN = r"(?:[^\W\d_][^\s\d,()|;¦]{0,24}|\([^()\d\n]{1,30}\)|\*)"
_NAME = (r"[A-ZÅÄÖÉÜÁÍÓÚÑŞÇĆČŠŽ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?"
         r"(?:[ \t]+(?:[A-ZÅÄÖÉÜÁÍÓÚÑŞÇĆČŠŽ][^\W\d_'’-]*|[A-Z]\.)(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?){1,3}")
# the surname first and a comma ("Lindqvist, Anna"), as registers list persons
_INVERTED = r"[A-ZÅÄÖÉÜÁÍÓÚÑŞÇĆČŠŽ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?,[ \t]+[A-ZÅÄÖÉÜÁÍÓÚÑŞÇĆČŠŽ][^\W\d_]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?"
# what sets the date off after the name: a comma, a bracket, a dash between spaces, a colon
_SET_OFF = compiled(rf"(?<![\w-])(?P<name>{_INVERTED}|{_NAME})[ \t]*(?P<open>,|\(|(?<=[ \t])[–-](?=[ \t])|:)[ \t]*\n?[ \t]*"
                    rf"(?P<gap>(?:{_TOKEN}(?:[ \t]+|[ \t]*\n[ \t]*)){{0,4}})\Z")
# after the date: the bracket's end (words before it, "enl. pass"), or the clause's end, an aside in brackets first
_CLOSE_BRACKET = re.compile(r"[ \t]*(?P<words>[^\W\d_][^()\d\n]{0,30}?)?[ \t]*[),;]")
_CLOSE_BIRTH = re.compile(r"[ \t]+(?:(?:roku|r\.)(?=[ \t]*(?:[,;)]|\.|\n|\Z))|(?:in|i|w|we|à|en|u)[ \t]+[A-ZÅÄÖÉÜŁŚŻ])")
_CLOSE_COMMA = re.compile(r"[ \t]*(?:\((?P<words>[^()\d\n]{1,30})\)[ \t]*)?(?:[,;)]|\.(?![\w])|[ \t][–-][ \t]|\n|\Z)")
# an organisation's, a body's or a document's name before a dated comma or bracket
_NOT_A_NAME = re.compile(r"(?i)(?:styrelse|nämnd|fullmäktige|förvaltning|kommun|region|protokoll|beslut|möte|"
                         r"sammanträde|rätt|domstol|myndighet|verket|inspektion|avtal|lag|förordning|bolag|ab|"
                         r"skola|skolan|förening|klubb|kyrka|församling|stiftelse|institut|universitet|bank)\w*$")
_PLACE_FIRST = frozenset({"södra", "norra", "västra", "östra", "övre", "nedre", "stora", "lilla", "gamla", "nya"})


def _event(words: str) -> bool:
    """True when the words name an event, a date's kind or a preposition of time, not a birth."""
    for w in words.lower().replace("/", " ").split():
        w = w.strip(":.,()*=")
        if not w:
            continue
        if w in _EVENT_WORDS or any(w.startswith(s) for s in _EVENT_STEMS):
            return True
    return False


# the birth words' abbreviations, as whole words ("f.", Polish "ur.", Finnish "s.", English "b.")
_BIRTH_ABBREVIATIONS = frozenset({"f.", "ur.", "s.", "b.", "geb.", "nar.", "synt.", "rođ.", "szül.", "f.d.", "fdd"})
# what links a birth word to its date and names no event: "født i mars", "ur. w 1987", "geb. am", "født d."
_LINKS = frozenset({"i", "in", "im", "w", "we", "på", "den", "d.", "am", "on", "the", "of", "år", "året", "dag",
                    "dagen", "datum", "date", "dat.", "dnia", "le", "el", "il", "op"})


def _births(words: str) -> bool:
    """True when the words hold a birth stem of Swedish or a neighbour ("född", "födelse-", "fødd", "geb") or a
    birth word's abbreviation ("ur.", "s.")."""
    low = words.lower()
    return any(s in low for s in ("föd", "fød", "fæd", "geb", "born", "birth", "naiss", "nac", "nasc", "urod",
                                  "synt", "sünd", "dob", "d.o.b", "née", "né ", "fött", "fødsel")) or any(
        w.strip(":()") in _BIRTH_ABBREVIATIONS for w in low.split())


def _event_besides_birth(words: str) -> bool:
    """``_event`` of the words, a birth word's linking words ("i", "w", "den", "år") left out when a birth word
    stands among them: "født i mars 1987" names no event."""
    if not _births(words):
        return _event(words)
    return _event(" ".join(w for w in words.split() if w.lower().strip(":()") not in _LINKS))


def looks_like_name(name: str) -> bool:
    """Two to four capitalised words that may be a person's name: listed as a name, or unlisted and no ordinary word,
    no body's name, no place."""
    from redact.detect.name_words import F, S, X, classify_word, load_lexicons

    words = [w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w)]
    if not words or words[0].lower() in _PLACE_FIRST or any(_NOT_A_NAME.match(w) for w in words):
        return False
    if any(w.lower() in ctx.NOT_A_NAME for w in words):
        return False
    lex = load_lexicons()
    kinds = [classify_word(w, lex) for w in words]
    if kinds[0] == F or kinds[-1] == S:
        return True  # "Erik Holm": a listed given name first, or a listed surname last, whatever the words between
    if F in kinds:
        return X not in kinds[-1:]
    if kinds == [X, X] and words[0] in lex.first and words[1] in lex.last:
        return True  # "Per Lind", "Björn Berg": a given name and a surname that are also words, in a name's order
    return X not in kinds and len(words) >= 2


# a person's details after a month and a year set off by commas: a street and its number, a postal code, a
# personnummer or a telephone ("Anna Lindqvist, 1987-03, Storgatan 4"), not a case's, a page's or a room's number
_DETAILS_AFTER = re.compile(
    r"[ \t]*(?:(?!(?i:ärende|dnr|diarienr|bilaga|sida|sid|kl|klockan|rum|ref|nr|punkt|paragraf|vecka|v|beslut|"
    r"dom|mål|avsnitt|kapitel|tjänst|avdelning|enhet)(?![\w]))"
    r"[A-ZÅÄÖ][^\W\d_]+(?:[ \t]+[A-ZÅÄÖa-zåäö][^\W\d_]+)?"
    r"[ \t]+\d{1,4}[ \t]?[A-Ha-h]?(?![\w:.-]|[ \t]*(?:kr|st|%|år))|\d{3}[ ]?\d{2}[ \t]+[A-ZÅÄÖ]"
    r"|(?:19|20)?\d{6}[-+]\d{4}(?!\d)|0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2}(?!\d))")


def _after_name(text: str, m: re.Match[str], full: bool, child: bool = False) -> str | None:
    """The reason when the date is set off after a person's name (with cue words between), else None; ``child``:
    only when a child's noun or label names the person."""
    s = m.start("date")
    line_start = text.rfind("\n", 0, s) + 1
    # the name may stand on the line before, when the line wrapped after the comma or a cue word
    from_line = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else 0
    found = _SET_OFF.search(text, max(from_line, s - 140), s)
    if found is None:
        return None
    gap = found.group("gap")
    closed = (_CLOSE_BRACKET if found.group("open") == "(" else _CLOSE_COMMA).match(text, m.end("date"))
    if closed is None and _births(gap):
        # after a birth word the birthplace or Polish "roku" may follow ("geb. 1979 in Köln", "ur. w 1987 roku")
        closed = _CLOSE_BIRTH.match(text, m.end("date"))
    if closed is None:
        return None
    if _event_besides_birth(gap) or _event(closed.groupdict().get("words") or "") or not looks_like_name(
            found.group("name").replace(",", " ")):
        return None
    if child and not (child_named_before(text, found.start("name"), found.group("name")) or CHILD_WORD.search(gap)):
        return None
    if not full:
        # a year alone or a month and a year: after cue words, none a capitalised word (a place, a body); a month
        # and a year with no cue between a name and the person's home or number ("Anna Lindqvist, 1987-03,
        # Storgatan 4"): where a person's details stand
        comma_after = text[closed.end() - 1:closed.end()] == ","
        if (not gap.strip() and (_month_and_year(m) or m.group("year")) and found.group("open") == "," and comma_after
                and _DETAILS_AFTER.match(text, closed.end())):
            return "efter ett namn, före personens adress eller nummer"
        if not gap.strip() or any(w[:1].isupper() and not (w.isupper() or "." in w) for w in gap.split()):
            return None
    return "efter ett namn" + (f" och '{' '.join(gap.split())}'" if gap.strip() else "")


def _month_and_year(m: re.Match[str]) -> bool:
    """True for a month and a year ("1987-03", "03/1987", "mars 1987"), no day."""
    return bool(m.group("ym_y") or m.group("my_ny") or m.group("my_y"))


_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[^\W\d_][^\n:|¦\d=]{0,44}?)[ \t]*[:=][ \t]*\Z")
_BLOCK_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[^\W\d_][^\n:|¦\d=]{0,44}?)[ \t]*:")
_LINE_END = re.compile(r"[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?(?:\n|\Z)")
# a line of the block that names whose details these are: the name's or the identity number's label
PERSON_LABEL = re.compile(
    r"(?im)^[ \t]*[^\n:|]{0,30}(?:namn|personnummer|samordningsnummer|personnr|identitetsnummer|"
    r"(?<![\w])(?:name|nimi|nom|nombre|nome|naam|imię|ime|pnr|navn|fornavn|etternavn|efternavn|vorname|"
    r"nachname|familienname|nazwisko|surname|etunimi|sukunimi|prénom)(?![\w]))[^\n:|]{0,20}:")


def _block(text: str, at: int) -> str:
    """The lines around ``at`` up to a blank line, eight at most on either side."""
    start = at
    for _ in range(9):
        prev = text.rfind("\n", 0, max(0, start - 1))
        if prev < 0:
            start = 0
            break
        if not text[prev + 1:start].strip():
            break
        start = prev + 1
    end = at
    for _ in range(9):
        nxt = text.find("\n", end + 1)
        if nxt < 0:
            end = len(text)
            break
        if not text[end + 1:nxt].strip():
            break
        end = nxt
    return text[start:end]


def _in_label_block(text: str, m: re.Match[str], child: bool = False, year: bool = False) -> str | None:
    """The reason when the date is the value of a label line in a person's block, else None; ``child``: only when
    the label or the block's labels name a child ("Barnets namn:"); ``year``: a year alone, under a birth's label."""
    s = m.start("date")
    line_start = text.rfind("\n", 0, s) + 1
    found = _LABEL.search(text, line_start, s)
    if found is None or not _LINE_END.match(text, m.end("date")):
        return None
    label = found.group("label")
    if year and not _names_birth_year(label):
        return None
    if (_event(label) and not year) or PERSON_LABEL.match(label + ":"):
        return None
    block = _block(text, s)
    if not PERSON_LABEL.search(block):
        return None
    if child and not (CHILD_WORD.search(label) or any(CHILD_WORD.search(b.group("label"))
                                                         for b in _BLOCK_LABEL.finditer(block))):
        return None
    return f"värdet av '{' '.join(label.split())}' bland en persons uppgifter"


_CELL_SEP = re.compile(r"[ \t]*(?:\||¦|\t)[ \t]*")


def row_cells(line: str) -> list[str]:
    """The line's cells, split at "|", "¦" or a tab."""
    return _CELL_SEP.split(line)


_GIVEN_CELL = re.compile(r"[A-ZÅÄÖÉÜ][^\W\d_-]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?")
_SURNAME_CELL = re.compile(r"[A-ZÅÄÖÉÜ][^\W\d_'’-]+(?:-[A-ZÅÄÖÉÜ][^\W\d_]+)?")


def names_a_person(cells: list[str]) -> bool:
    """True when a table row's cells name a person: a cell without digits that reads as a name, or a given name and a
    surname in two cells side by side ("| Erik | Holm |"). The one test of every birth rule that reads a date or a
    year by the person's row it stands in."""
    return any(looks_like_name(c) for c in cells if c and not any(ch.isdigit() for ch in c)) or any(
        looks_like_name(f"{a} {b}") for a, b in zip(cells, cells[1:])
        if _GIVEN_CELL.fullmatch(a) and _SURNAME_CELL.fullmatch(b))


def _header_like(line: str) -> bool:
    """True when no cell of the line is a date or a long number: words, with a digit at most in a label ("Part 1")."""
    return not re.search(r"\d{3}", line) and not any(_DATE_ONLY.match(c) for c in row_cells(line) if c.strip())


def _in_person_row(text: str, m: re.Match[str], kind: str = "date") -> str | None:
    """The reason when the date is a whole cell in a table row with a person's name and no recent date in its
    column, else None. ``kind``: "date" for a whole date, "month" for a month and a year (its column's dates twelve
    years old, its header a birth's or its row a home's or a number's), "year" for a year alone (under a birth's
    header only), "child" for a recent whole date (under a header that names a child)."""
    s, e = m.start("date"), m.end("date")
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:s], text[e:line_end]
    if not re.search(r"(?:\||¦|\t)[ \t]*\Z", before) and before.strip():
        return None
    if not re.match(r"[ \t]*(?:\||¦|\t|\Z)", after):
        return None
    row = text[line_start:line_end]
    cells = row_cells(row)
    if len(cells) < 2:
        return None
    index = len(row_cells(before)) - 1
    if not names_a_person(cells):
        return None
    # the table's rows: the lines above and below with as many cells
    lines = text.split("\n")
    n = text.count("\n", 0, line_start)
    width = len(cells)
    top = n
    while top > 0 and len(row_cells(lines[top - 1])) == width and not _header_like(lines[top - 1]):
        top -= 1
    bottom = n
    while bottom + 1 < len(lines) and len(row_cells(lines[bottom + 1])) == width:
        bottom += 1
    ref = reference_year(text)
    # (a birth year's column may hold a child born this year; a child's column holds recent dates)
    bound = {"date": ref - 2, "month": ref - 12, "year": ref, "child": ref}[kind]
    for k in range(top, bottom + 1):
        cell = row_cells(lines[k])[index]
        d = _DATE_ONLY.match(cell)
        if d is not None and (p := parse(d)) is not None and p[0] > bound:
            return None  # a column with a recent date dates events: a purchase's, a visit's, a decision's
    # the header: the line above the rows when it holds words, split into cells or read apart by spaces
    header = ""
    above = lines[top - 1] if top > 0 else ""
    if _header_like(above) and (len(row_cells(above)) >= 2 or len(above.split()) >= 3) and len(above) <= 160:
        head = row_cells(above)
        if len(head) == width:
            header = head[index]
        else:
            # fewer header cells than the row's (some read as one): the column's header is the cell counted from
            # the left or from the right, so both are read
            right = index - (width - len(head))
            header = " ".join({head[min(index, len(head) - 1)], head[right] if right >= 0 else ""})
    if _event(header) and not _births(header):
        return None
    if kind == "year" and not _names_birth_year(header):
        return None  # a year of construction, of purchase, of employment, a member's year: no birth
    if kind == "month" and not (_births(header) or any(_DETAILS_AFTER.fullmatch(c) for c in cells)):
        return None
    if kind == "child" and not CHILD_WORD.search(above if _header_like(above) else ""):
        return None
    return "en cell i en rad med en persons namn" + (f" under '{header}'" if header else "")


def _names_birth_year(header: str) -> bool:
    """True when a header names a birth and no other event ("Född", "Födelseår", "Född år", "Fött år", "Geb.",
    "Year of birth", "Fødselsår"), not "Byggår" nor "Född/anställd"."""
    return _births(header) and not _event(" ".join(
        w for w in header.replace("/", " ").split() if w.lower().strip(":.()*") not in _EVENT_WORDS))


def _check(text: str, m: re.Match[str]) -> Verdict | None:
    """The date when it is old enough and stands where a person's details stand (see the module's rules)."""
    found = parse_date(m)
    if found is None:
        return None
    full = isinstance(found, _dt.date)
    year = found.year if isinstance(found, _dt.date) else found
    ref = reference_year(text)
    # this year's or last year's date beside a name dates what happened, not a birth (a child's birth aside)
    recent = year > ref - (2 if full else 12)
    if m.group("c6") or m.group("short_year"):
        reason = None if recent else _after_name(text, m, False)
    elif m.group("year"):
        # a year alone in a table's cell or as a label's value only under a birth's header or label ("Född",
        # "Födelseår", "Year of birth"): see _in_person_row, _in_label_block
        reason = ((None if recent else _after_name(text, m, False)) or _in_person_row(text, m, "year")
                  or _in_label_block(text, m, year=True))
    elif recent:
        if not isinstance(found, _dt.date) or not before_a_later_date(text, found):
            return None
        # a newborn's or a small child's birth: see newborn_dates
        reason = (_after_name(text, m, True, child=True) or _in_label_block(text, m, child=True)
                  or _in_person_row(text, m, "child"))
    else:
        reason = _after_name(text, m, full) or _in_label_block(text, m) or _in_person_row(
            text, m, "date" if full else "month") or in_joined_row(
                text, m, _DATE, parse, ref, looks_like_name, _event, _births, None if full else _DETAILS_AFTER)
    if reason is None:
        return None
    return Verdict(m.start("date"), m.end("date"), f"ett datum {reason}", 0.75 if full else 0.6)


# Where a date can begin: a digit, or a weekday's, a month's or an ordinal's word, after no word character
_STARTS = re.compile(r"(?<![\w.,/:+–-])(?:\d|[^\W\d_]+)")
_DAYS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
_WORD_STARTS = (frozenset(_MONTHS) | frozenset(ORDINALS) | frozenset(_DAYS) | {"tor"}
                | frozenset(f"{d}dag{e}" for d in _DAYS for e in ("", "en"))
                | frozenset(("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
                             "fri sat sun").split()))


class _AtDateStarts:
    """The date pattern tried only where a date can begin: its month and weekday alternations tried at every word
    would cost more than a set lookup per word."""

    pattern = _DATE

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        end = 0
        for start in _STARTS.finditer(text):
            i = start.start()
            if i < end or not (start.group()[0].isdigit() or start.group().lower() in _WORD_STARTS):
                continue
            m = _DATE.match(text, i)
            if m is not None:
                end = m.end()
                yield m


#: The rule ``date_of_birth`` adds to its own: a date by where it stands, whatever cue it has.
PLACED_BIRTH_DATE = Rule("date_where_a_persons_details_stand", _AtDateStarts(), score=0.75, check=_check,
                         gate=rule_regex(r"\d\d"))
