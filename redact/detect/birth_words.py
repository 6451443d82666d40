"""Birth words by their stem, and a birth's month and year, for the rule of ``date_of_birth``.

The rule listed its birth words one by one ("född", "födelsedatum", "födelsetiden", ...), and each new document used
one more ("födelsetidpunkt", "födelseuppgiften", "nyfödd", "förstfödda"). Swedish makes its birth words from two
stems, the participle "född" and the noun "födelse-" / "födsel-", so any word built on them is a birth word, with
a few that name no date: a birth's place, country, parish, name, weight or length, the number and the documents
("födelseort", "födelsenummer", "födelsebevis", "födelsevikt"), and the food words of the same letters ("föda",
"födoämne"). A birth word before a month and a year alone dates the birth too ("född i Mora i mars 1987"), and an
age beside a year that adds up to this year gives the birth year ("12 år (2013)", "1981 (44 år)"); an age given as a
month and a year or a date after "ålder:" is the birth's ("Uppgiven ålder: mars 2011").
"""

from __future__ import annotations

import datetime as _dt
import re

from redact.detect.birth_cues_abroad import ABBREVIATED, MONTHS_ABROAD
from redact.detect.first_chars import compiled
from redact.detect.month_names import MONTHS
from redact.detect.patterns import Verdict, compile_rule

# what a compound of "födelse-" / "födsel-" names when it is no date: where, whose name or number, what it weighed,
# the papers that record it, the party for the day
_NOT_A_DATE = (r"ort|orten|land|landet|plats|platsen|stad|staden|församling|församlingen|socken|kommun|kommunen|län|"
               r"hem|hemmet|namn|namnet|nummer|numret|nr|vikt|vikten|längd|längden|bevis|beviset|attest|attesten|"
               r"intyg|intyget|anmälan|tal|talet|kontroll|kontrollen|sjukhus|sjukhuset|klinik|kliniken|by|byn|ö|ön|"
               r"dagskalas|dagsfest|dagsfesten|dagspresent|dagskort|dagar|dagarna|hus|huset|stuga|stugan|gård|gården|"
               r"register|registret|registrering|skada|skadan|skador|vecka|veckan|tillfälle|tillfället|process|"
               r"processen|hjälp|hjälpen|hjälpare|hjälparen|överskott|överskottet|underskott|underskottet")
#: A word built on a birth stem: "förstfödda", "nyfödd", "födelsetidpunkt", "födelseuppgiften", "födselsdatum", and
#: the participle's neuter "fött" ("barnet är fött 2019-05-02").
#: The food words ("föda", "födoämne") and the verb "föder" (an animal's young, a grant's "föder") are not among
#: them: the participle "född" must stand whole, the noun needs its "-else" or "-sel".
BIRTH_COMPOUND = (r"(?:[a-zåäö]{2,10}född[a-zåäö]{0,2}(?![\w])|fött(?![\w])"
                  rf"|föd(?:else|sels?)(?!(?:{_NOT_A_DATE})(?![\w]))[a-zåäö]{{2,20}}(?![\w]))")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A birth's month and its year, with "i" before the month or not: "mars 1987", "i maj -87" (groups my_m, my_y).
MONTH_YEAR = rf"(?P<my_m>(?i:{_MONTH}))\.?,?(?:[ \t]|[ \t]*\n[ \t]*)(?P<my_y>(?:19|20)\d\d|[-–'’]\d\d)"

# a month and a year alone in a birth column's cell ("mars 1987", "1987-03", "03/1987", "maj -87"), the month in
# another language too, as the clerk copied it from the person's paper ("tammikuu 1990", "Αύγ. 1954")
_ABROAD_MONTH = "|".join(sorted((m for m in MONTHS_ABROAD if " " not in m), key=len, reverse=True))
_MONTH_YEAR_CELL = compiled(rf"^(?:{MONTH_YEAR}|(?:19|20)\d\d[-/.](?:0[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d"
                            rf"|(?i:{_ABROAD_MONTH})\.?[ ](?:19|20)\d\d)$")


def month_and_year_alone(value: str) -> bool:
    """True for a month and a year with no day, not after this year: all a birth column's writer knew of a birth."""
    from redact.detect.month_names import full_year

    if not _MONTH_YEAR_CELL.match(" ".join(value.split())):
        return False
    year = re.search(r"(?:19|20)\d\d|[-–'’]\d\d$", value.strip())
    return year is not None and full_year(year.group()) <= _dt.date.today().year


# a header's birth word however the form spells it: "Född", "Födda", "Födelse-datum", "Födelsetid", "F. dat.",
# "Föd.dat.", "Fdd", "Födelsed." (cut after the d of -datum or -dag, to fit a narrow column), the participle cut short
# ("Föd.", "f.", as running text writes "f. 1951"), with whose it is before it ("Moderns födelsedatum") and a bracket
# after ("Född (ååmmdd)").
# Whose birth is named in any form a header writes a person's noun: as a genitive ("Barnets födelsedatum"), definite
# or bare before the participle ("Barnet född", "Barn född", "Modern född", "Sökande född"); a count's word before it
# ("Antal födda") makes a number's column
_HEADER_PART = compiled(
    rf"(?:(?!(?:antal|andel|summa|varav|totalt|totala)[ ])[a-zåäö]+[ ])?"
    rf"(?:född|födda|föd\.?[ ]?dat(?:um|\.)?|f\.?[ ]?dat(?:um|\.)?|fdd|föd\.?|f\.|föd(?:else|sels?)d|{BIRTH_COMPOUND})"
    r"(?:[ ]?\([^)]{1,20}\))?")
# the header's parts: cells joined by a slash, "och", "eller" or a comma ("Ålder/född", "Födelsedag och år")
_HEADER_JOIN = re.compile(r"[ ]*(?:/|&|,|[ ]och[ ]|[ ]eller[ ]|[ ]resp\.?[ ])[ ]*")
# a birth year's header, in Swedish and as foreign forms write it: "Födelseår", "Född år", "Fött år", "Year of
# birth", "Geburtsjahr", "Fødselsår", "Rok urodzenia", "Syntymävuosi"
_YEAR_PART = re.compile(r"föd(?:else|sels?)(?:år|året)|född[ ]år|fött[ ]år|year[ ]of[ ]birth|birth[ ]year|"
                        r"geburtsjahr|geb\.?[ ]?jahr|jahrgang|fødselsår|fødeår|rok[ ]urodzenia|syntymävuosi|"
                        r"année[ ]de[ ]naissance|año[ ]de[ ]nacimiento|doğum[ ]yılı")
_GLUED = re.compile(r"[a-zåäö][A-ZÅÄÖ]")
_HYPHENED = re.compile(r"(föd(?:else|sels?))-[ ]?")


def names_birth_date(header: str) -> bool:
    """True when a part of a header cell is a birth word, so its column's dates are births ("Födelse-datum",
    "Ålder/född", "Födelsedag och år", "F. dat.", "Födelsetidpunkt*")."""
    if _GLUED.search(header):
        return False  # "Elevens födelsedatumGrupp": two header cells read as one word, split elsewhere
    low = _HYPHENED.sub(r"\1", " ".join(header.lower().replace("*", " ").split()).strip(" :"))
    parts = [p.strip(" :") for p in _HEADER_JOIN.split(low) if p.strip(" :")]
    # a birth year's column ("Födelseår", "Född år") heads the person's birth year, a birth as much as a date
    return any(_HEADER_PART.fullmatch(p) or _HEADER_PART.fullmatch(p.rstrip(".")) or _YEAR_PART.fullmatch(p)
               for p in parts)


# A person's age beside a year that the age and today's year agree on is their birth year, however the two are set
# together: "12 år (2013)", "44 år, 1981", "1981 (44 år)", "1938, 87 år". Any two numbers in such a shape would
# be a guess; the sum of the year and the age falling on this year or the last two is the reading. A span of years
# ("3 år (2019–2022)") and a length of time ("i 5 år (sedan 2021)") are no age.
_AGE = r"(?P<age>\d{1,3})[ \t]*(?:år|-?åring)(?![\w])"
_YEAR = r"(?P<date>(?:19|20)\d\d)(?![\w]|[-–/.]\d)"
# (the birth word inside the brackets may be another language's short one, as the person's paper writes it, and a
# month may stand before the year: "12 år (ur. 2014)", "9 år (d. 2017)", "13 år (jan 2013)")
_AGE_BIRTH_WORD = "|".join(sorted({"född", r"f\.", r"d\.", "born", *(re.escape(w) for w in ABBREVIATED)},
                                  key=lambda w: (-len(w), w)))
_MONTH_THEN_YEAR = rf"(?P<date>(?:(?i:{_MONTH})\.?[ \t]+)?(?P<age_y>(?:19|20)\d\d))(?![\w]|[-–/.]\d)"
AGE_AND_YEAR = compile_rule(
    rf"(?<![\w-]){_AGE}[ \t]*(?:,[ \t]*|\([ \t]*)(?:(?i:{_AGE_BIRTH_WORD})[ \t]*)?{_MONTH_THEN_YEAR}")
YEAR_AND_AGE = compile_rule(rf"(?<![\w-]){_YEAR}[ \t]*(?:,[ \t]*|\([ \t]*){_AGE}")
AGE_NEEDS = ("år",)
# a length of time before the number: "i 5 år", "under 3 år", "efter 2 år", "om 10 år"
_DURATION = re.compile(r"(?i)(?<![\w])(?:i|under|efter|om|inom|på|sedan|för|ca|cirka|minst|max|drygt|nästan)[ \t]+$")


def check_age_and_year(text: str, m: re.Match[str]) -> Verdict | None:
    """The year when the age and the year add up to this year, give or take the year the document was written."""
    year, age = int(m.groupdict().get("age_y") or m.group("date")), int(m.group("age"))
    if _DURATION.search(text, max(0, m.start() - 12), m.start()):
        return None
    if not 0 <= _dt.date.today().year - (year + age) <= 2:
        return None
    return Verdict(m.start("date"), m.end("date"), "födelseår som stämmer med åldern bredvid", 0.75)


# A whole date that the words right after it name as someone's birthday or birth date ("daterade brevet den 3 juni
# 1951, hans födelsedag", "2014-02-09 (hennes födelsedatum)", "den 8 mars 1966, som är hans födelsedag"): the cue
# follows the date instead of leading it. The possessive says whose; a day's date alone ("den 3 juni") is no birth's.
_WHOSE = r"(?:hans|hennes|hens|sin|sitt|deras|dennes|dess|min|din|vår|er|[A-ZÅÄÖ][a-zåäöé]+s|[a-zåäö]+(?:ets|ens|ns))"
DATE_THEN_BIRTH_NOUN = compile_rule(
    rf"""(?<![\w-])
    (?P<date>
        (?P<t_d>\d{{1,2}})[ \t]+(?P<t_m>(?i:{_MONTH}))[ \t]+(?P<t_y>(?:19|20)\d\d)
      | (?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)
      | (?P<n_d>\d{{1,2}})[./](?P<n_m>\d{{1,2}})[./ ](?P<n_y>(?:19|20)\d\d)
    )
    (?![\w]|[-/.]\d)
    [ \t]*(?:,|\(|–|—|-)?[ \t]*\n?[ \t]*
    (?:(?i:som[ \t]+är|som[ \t]+var|dvs\.?|alltså|det[ \t]+vill[ \t]+säga)[ \t]+\n?[ \t]*)?
    {_WHOSE}[ \t]+\n?[ \t]*(?i:födelsedag|födelsedagen|födelsedatum|födelsedatumet)(?![\w])"""
)
DATE_THEN_BIRTH_NEEDS = ("födelsedag", "födelsedatum")


def check_date_then_birth_noun(text: str, m: re.Match[str]) -> Verdict | None:
    """The date when it exists and lies in the past."""
    from redact.detect.month_names import MONTHS as _MONTHS
    from redact.detect.patterns import real_date

    if m.group("t_d"):
        y, mo, d = int(m.group("t_y")), _MONTHS[m.group("t_m").lower()], int(m.group("t_d"))
    elif m.group("iso_y"):
        y, mo, d = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
    else:
        y, mo, d = int(m.group("n_y")), int(m.group("n_m")), int(m.group("n_d"))
    if not real_date(y, mo, d) or _dt.date(y, mo, d) > _dt.date.today():
        return None
    return Verdict(m.start("date"), m.end("date"), "datum som orden efter kallar någons födelsedag", 0.8)


# An age given as a date: the birth's month and year, or its whole date, after "ålder:" ("Uppgiven ålder: mars 2011"),
# or after the age in another form and whose word it is ("Ålder: 14 år enligt passet, enligt henne själv maj 2011").
# Only the person or a paper of theirs may give the version after "enligt": after "enligt beslutet" a date is the
# decision's.
_SOURCE = (r"(?:honom|henne|hen|dem|sig|mamman|pappan|modern|fadern|egen[ \t]+uppgift"
           r"|(?:[a-zåäö]+[ \t]+)?(?:passet|id-kortet|intyget|handlingen|handlingarna|tazkiran|dokumentet))"
           r"(?:[ \t]+själv)?")
AGE_AS_DATE = compile_rule(
    rf"""(?<![\w])(?i:ålder)[ \t]*:[ \t]*
    (?:[^\n;:]{{0,60}}?,[ \t]+(?i:enligt)[ \t]+(?i:{_SOURCE})[ \t]+)?
    (?P<date>
        {MONTH_YEAR}
      | (?P<t_d>\d{{1,2}})[ \t]+(?P<t_m>(?i:{_MONTH}))[ \t]+(?P<t_y>(?:19|20)\d\d)
      | (?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)
    )
    (?![\w]|[-/.]\d)"""
)
AGE_AS_DATE_NEEDS = ("ålder",)


def check_age_as_date(text: str, m: re.Match[str]) -> Verdict | None:
    """The birth's month and year, or its whole date, when it lies in the past."""
    from redact.detect.month_names import full_year
    from redact.detect.patterns import real_date

    today = _dt.date.today()
    if m.group("my_m"):
        y, mo, d = full_year(m.group("my_y")), MONTHS[m.group("my_m").lower()], 1
    elif m.group("t_d"):
        y, mo, d = int(m.group("t_y")), MONTHS[m.group("t_m").lower()], int(m.group("t_d"))
    else:
        y, mo, d = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
    if not real_date(y, mo, d) or _dt.date(y, mo, d) > today:
        return None
    return Verdict(m.start("date"), m.end("date"), "ålder uppgiven som födelsedatum", 0.75)


# "his 60th birthday on 3 May 2024": the day a birthday was kept, an ordinal before the word, no birth
_KEPT_BIRTHDAY = re.compile(r"(?i)(?:\d+(?:st|nd|rd|th)|[a-z]+(?:ieth|th))[ \t]+$")


def kept_birthday(text: str, m: re.Match[str]) -> bool:
    """True when the match opens with the English "birthday" after an ordinal ("his 60th birthday on ...")."""
    return m.group().lower().startswith("birthday") and _KEPT_BIRTHDAY.search(
        text, max(0, m.start() - 14), m.start()) is not None


# The age someone turns and the date they were born, one sentence joining them: "jag fyller 50 den 9.5.1977",
# "hon fyllde 80 år den 3 mars 1946". The writer gives the birth date, not the day of the party; the age and the date's
# year adding up to this year (or the next, for a birthday to come) say so. A birthday's own day ("fyller 50 den 9
# maj", "fyller 50 den 9 maj 2027") fails the sum and stays readable, as an event's date does; so does the founding
# day of what is no person ("Föreningen fyller 75 den 2 maj 1951"): the one who turns the age is a person by a
# pronoun, a word of kin or a listed name.
AGE_TURNED_ON_DATE = compile_rule(
    rf"""(?<![\w])(?i:fyller|fyllde|fyllt)[ \t]+(?P<age>\d{{1,3}})(?:[ \t]+(?i:år))?[ \t]+(?i:den|på)[ \t]+
    (?P<date>
        (?P<t_d>\d{{1,2}})[ \t]+(?P<t_m>(?i:{_MONTH}))\.?[ \t]+(?P<t_y>(?:19|20)\d\d)
      | (?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)
      | (?P<n_d>\d{{1,2}})(?P<sep>[./])(?P<n_m>\d{{1,2}})(?P=sep)(?P<n_y>(?:19|20)\d\d)
    )
    (?![\w]|[-/.]\d)"""
)
AGE_TURNED_NEEDS = ("fyll",)
_PERSON_BEFORE = re.compile(
    r"(?i:jag|du|han|hon|hen|[a-zåäö]*(?:mamma|pappa|mor|far|son|sonen|dotter|dottern|bror|brodern|syster|systern|"
    r"make|maken|maka|makan|fru|frun|man|mannen|sambo|sambon|barnet|barnbarnet)|(?P<name>[A-ZÅÄÖ][^\W\d_]+))[ \t]+"
    r"(?:[^\W\d_]+[ \t]+)?$")


def check_age_turned_on_date(text: str, m: re.Match[str]) -> Verdict | None:
    """The date when it is a real past day and its year and the age add up to this year or the next."""
    from redact.detect.patterns import real_date

    if m.group("t_d"):
        y, mo, d = int(m.group("t_y")), MONTHS[m.group("t_m").lower()], int(m.group("t_d"))
    elif m.group("iso_y"):
        y, mo, d = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
    else:
        y, mo, d = int(m.group("n_y")), int(m.group("n_m")), int(m.group("n_d"))
    today = _dt.date.today()
    if not real_date(y, mo, d) or _dt.date(y, mo, d) > today or not 0 <= y + int(m.group("age")) - today.year <= 1:
        return None
    who = _PERSON_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if who is None or (who.group("name") is not None and _not_a_name(who.group("name"))):
        return None
    return Verdict(m.start("date"), m.end("date"), "födelsedatum där åldern personen fyller och året stämmer", 0.8)


def _not_a_name(word: str) -> bool:
    """True for a capitalised word no name list holds as a first name or surname ("Föreningen", "Klubben")."""
    from redact.detect.name_words import no_listed_name

    return no_listed_name(word)
