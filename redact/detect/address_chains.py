"""A home's address read as a chain of comma-separated parts, by the shape of the parts rather than by their words.

Swedish addresses of people who live in a care home, a student corridor, a camp site, a farm's outbuilding or a
cellar flat are written as the street (or the home's name) and a row of parts: the building's part with its number
or letter ("sektion 4", "flygel C", "plan 3", "förråd 12", "sal 3, säng 2"), a word for the dwelling
("källarlägenheten", "gårdshuset"), then the postal code and town. The rules know the parts whose words are listed
("lgh", "rum", "avd.", "korridor"); a part named with a word nobody listed left the address in pieces, the
pieces' commas and the unlisted part readable. Three readings that hold for any such word:

* ``with_units_after``: after an address, each ", word N" (a lower-case word, or its abbreviation, and a number of
  at most four digits or a capital letter) is a part of the same home, up to the end of the clause, and a town
  ending the clause after them too ("Tallvägen 8, sektion 4, Hallsberg.");
* ``bridge_address_parts``: what stands between two pieces of one address with only commas around it (one or two
  short parts without a clause word) belongs to it: "Kvarnbacken 12, källarlägenheten, 776 93 Sörby", "c/o
  Persson, Backstugan, 360 30 Lammhult";
* ``UNITS_AFTER_CUE``: a named home with no street after a word of living there ("bor på", "inskriven på"), when
  numbered parts follow it ("Hagaboendet, plan 3, rum 14", "Sjukhemmet Ljusglimten, sal 3, säng 2").

A year, a time, a page, a case or a phone label after the comma is no part ("Storgatan 5, kl 14", "sidan 3").
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.first_chars import compiled
from redact.detect.patterns import Verdict, compile_rule
from redact.types import Finding

# words that take a number after a comma but name no part of a building: a time, a page, a case, a contact, a count
_NOT_PARTS = frozenset({
    "kl", "kl.", "klockan", "tel", "tel.", "telefon", "tfn", "tfn.", "mobil", "mobilnr", "fax", "sms", "dnr",
    "dnr.", "diarienr", "ärende", "ärendenr", "mål", "sida", "sidan", "sid", "sid.", "s.", "bilaga", "bil.",
    "vecka", "v.", "v", "år", "året", "den", "från", "till", "och", "samt", "eller", "men", "sedan", "efter",
    "före", "under", "om", "ca", "cirka", "nr", "nr.", "nummer", "punkt", "paragraf", "kapitel", "kap.", "avsnitt",
    "tabell", "figur", "ref", "ref.", "org.nr", "orgnr", "pnr", "personnr", "kund", "kundnr", "konto", "bg", "pg",
    "version", "utgåva", "dag", "dagar", "timmar", "tim", "min", "kr", "st", "st.", "ggr", "gånger", "månader",
    "veckor", "km", "mil", "meter", "m", "procent", "grad", "klass", "årskurs", "åk", "linje", "buss", "tåg",
    "ålder", "född", "f.", "lag", "rad", "steg", "fas", "nivå", "betyg", "poäng",
    # a preposition before a name is a clause going on ("hölls på Biblioteket", "kvar i Ukraina"), no part
    "på", "i", "vid", "av", "med", "för", "hos", "mot", "ur", "åt", "inom", "utanför", "bakom", "nära",
})
_WORD = r"[a-zåäöéü][a-zåäöéü-]{0,15}\.?"
# the part's number: one to four digits and a letter, or a capital letter alone ("flygel C"); never a year
_NUM = r"(?:\d{1,4}(?:[ \t]?[A-Za-z](?![\w]))?|[A-Z])(?![\w:/.,-]\d|[\w-])"
_PART = re.compile(rf"[ \t]*,[ \t]*(?P<part>(?:(?P<pre>{_WORD})[ \t]+)?(?P<word>{_WORD})[ \t]+(?P<num>{_NUM}))")
# what may follow the last part: the clause's end, a cell's or a line's end, or a word going on with the sentence
# (a line end before more digits goes on with a number, "personkonto 3300" / "9510174301", unless they are the postal
# code that ends the address, as a table's next cell is read: "rum 214" / "903 50 Norrvåg")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:)|\u00a6]|\n(?![ \t]*\d)|\n(?=[ \t]*\d\d\d[ \u00a0]?\d\d(?!\d))|$"
                         r"|[ \t]+[a-zåäö])")
_TOWN = re.compile(r"[ \t]*,[ \t]*(?P<town>[A-ZÅÄÖ][a-zåäöéü]{2,}(?:[ -][A-ZÅÄÖ][a-zåäöéü]+)?)"
                   r"(?=[ \t]*(?:[.;:)|\u00a6]|\n|$))")
_YEAR = re.compile(r"(?:19|20)\d\d")


# a number's, an account's or a card's noun ("personkonto", "kundnummer", "kortnr"): its digits go on, no building's
_NUMBER_NOUN = re.compile(r"(?i).*(?:konto|nummer|nr\.?|giro|kort|id)$")


def _part_at(text: str, i: int) -> re.Match[str] | None:
    """The ", word N" part right at ``i``, when its words name no time, page, case, count or account."""
    m = _PART.match(text, i)
    if m is None or _YEAR.fullmatch(m.group("num")) or _NUMBER_NOUN.match(m.group("word")):
        return None
    if any(w.lower() in _NOT_PARTS or w.lower() in _CLAUSE_WORDS for w in (m.group("word"), m.group("pre") or "")):
        return None
    return m


def with_units_after(f: Finding, text: str) -> Finding:
    """An address with the numbered parts of the building after it, and the town that ends the clause after them."""
    if f.category != "ADDRESS" or f.start is None or f.end is None or not f.text[-1:].isalnum():
        return f
    end, parts = f.end, 0
    while (m := _part_at(text, end)) is not None and _CLAUSE_END.match(text, m.end()):
        end, parts = m.end(), parts + 1
    if not parts:
        return f
    if (t := _TOWN.match(text, end)) is not None:
        end = t.end("town")
    return replace(f, end=end, text=text[f.start:end])


# the words that begin another clause or name no place: a part holding one is no part of the address between
_CLAUSE_WORDS = frozenset({
    "och", "men", "samt", "som", "där", "när", "eller", "medan", "att", "om", "har", "hade", "är", "var", "bor",
    "bodde", "blir", "blev", "ska", "skulle", "kan", "kunde", "får", "fick", "vill", "tel", "tel.", "telefon",
    "tfn", "mobil", "e-post", "epost", "mejl", "org.nr", "orgnr", "pnr", "personnummer", "född", "f.", "dnr",
    "tidigare", "nuvarande", "numera", "sedan", "nu", "då", "hos", "till", "från", "vilket", "vars",
    # an English sentence going on after the address (", but I now live at …": the pronoun is no flat's letter)
    "but", "and", "or", "so", "yet", "then", "where", "which", "who", "when", "while", "although",
})
_GAP_PART = r"[^\W\d_][\w.'’-]*(?:[ \t]+(?:[^\W\d_][\w.'’-]*|\d{1,4}[A-Za-z]?))*"
_GAP = re.compile(rf"[ \t]*,[ \t]*\n?[ \t]*(?:{_GAP_PART}[ \t]*,[ \t]*\n?[ \t]*){{1,2}}")
# the same parts opening the next line or cell, after a street that ends its own ("Kvarnbacken 12" / "källarplanet,
# 776 93 Sörby": a table's street column and its postal column, the dwelling's word written before the postal code)
_LINE_GAP = re.compile(rf"[ \t]*(?:\n[ \t]*(?:[|\u00a6][ \t]*)?|[|\u00a6][ \t]*)(?:{_GAP_PART}[ \t]*,[ \t]*){{1,2}}")
_POSTCODE_START = re.compile(r"\d\d\d[ \u00a0]?\d\d(?!\d)")


def _bridgeable(first: Finding, second: Finding, gap: str) -> bool:
    """True when ``gap`` holds only one or two short parts of one address between ``first`` and ``second``."""
    by_line = _GAP.fullmatch(gap) is None
    if (by_line and _LINE_GAP.fullmatch(gap) is None) or gap.count("\n") > 1 or len(gap) > 70:
        return False
    words = [w.lower().strip(",") for w in gap.replace(",", " ").split()]
    if len(words) > 6 or any(w in _CLAUSE_WORDS for w in words):
        return False
    # the second piece ends the address (its postal code), or the first opens it without a number (a c/o, a farm)
    ends = second.category == "POSTAL_CODE" or bool(_POSTCODE_START.match(second.text))
    if by_line:  # (a new line's words before anything but the postal code may be the next row's or sentence's)
        return ends
    return ends or not any(c.isdigit() for c in first.text)


def bridge_address_parts(findings: list[Finding], text: str) -> list[Finding]:
    """Each address joined with the short parts and the next piece of the same address (see the docstring)."""
    pieces = sorted((f for f in findings if f.category in ("ADDRESS", "POSTAL_CODE") and f.start is not None
                     and f.end is not None), key=lambda f: (f.start, f.end))
    merged: dict[int, Finding] = {}  # a first piece's id: the piece grown over the parts and the second piece
    gone: set[int] = set()  # the second pieces taken into a first
    last: Finding | None = None
    last_id = 0
    for f in pieces:
        if (last is not None and last.category == "ADDRESS" and f.start > last.end  # type: ignore[operator]
                and _bridgeable(last, f, text[last.end:f.start])):
            last = replace(last, end=f.end, text=text[last.start:f.end], score=max(last.score, f.score))
            merged[last_id] = last
            gone.add(id(f))
            continue
        last, last_id = f, id(f)
    if not merged:
        return findings
    return [merged.get(id(f), f) for f in findings if id(f) not in gone]


# A named home with no street after a word of living there, and its numbered parts: "bor på Hagaboendet, plan 3, rum
# 14", "inskriven på Rosengårdens demensboende, enhet Vallmon, rum 4". The name is one to three words, the first
# capitalised; one part at least has a number.
_LIVING = (r"(?:bor|bodde|bott|bosatt|boende|sover|sov|vistas|vistades|inskriven|inskrivna|placerad|placerade|"
           r"skriven|folkbokförd|folkbokförda|inkvarterad|inflyttad|flyttat|flyttade|flyttar|adress|adressen)")
_NAME = r"[A-ZÅÄÖ][\w'’-]+(?:[ \t]+(?:[A-ZÅÄÖ][\w'’-]+|[a-zåäö]{4,})){0,2}"
_UNIT_PART = rf"(?:(?:{_WORD})[ \t]+)?{_WORD}[ \t]+(?:{_NUM}|[A-ZÅÄÖ][a-zåäö]+)"
UNITS_AFTER_CUE = compile_rule(
    # (the subject after the verb where a time opens the sentence: "Under sommaren bor hon i Kovik, bod 7")
    rf"(?<![\w-])(?i:{_LIVING})[ \t]*\n?[ \t]*(?:(?i:han|hon|hen|de|vi|jag|ni)[ \t]*\n?[ \t]*)?"
    rf"(?:(?i:nu|numera|sedan[ \t]+\w+|permanent|tillfälligt)[ \t]+)?(?i:på|i)[ \t]+"
    rf"(?P<home>{_NAME}(?P<parts>(?:[ \t]*,[ \t]*{_UNIT_PART}){{1,3}}))"
    rf"(?=[ \t]*(?:[,.;:)]|\n|$|[ \t]+[a-zåäö]))"
)
UNITS_AFTER_CUE_NEEDS = (", ",)


def check_units_after_cue(text: str, m: re.Match[str]) -> Verdict | None:
    """The named home and its parts when a part holds a number and no part is a time, page or case."""
    parts = [p.strip() for p in m.group("parts").split(",") if p.strip()]
    numbered = 0
    for p in parts:
        words = p.split()
        if any(w.lower() in _NOT_PARTS or w.lower() in _CLAUSE_WORDS or _NUMBER_NOUN.match(w) for w in words[:-1]) \
                or _YEAR.fullmatch(words[-1]):
            return None
        numbered += words[-1][:1].isdigit() or (len(words[-1]) == 1 and words[-1].isupper())
    if not numbered:
        return None
    return Verdict(m.start("home"), m.end("home"), "named home and its numbered parts after a word of living", 0.75)


# Before the street, the same parts in the other order: the home's name, then its numbered parts, then the street
# ("Aspgårdens vårdboende, avd. 2, Skogsgatan 8", "Ljusmyra camping, plats 27, Campingvägen 1", "studentrum 4112,
# Ålidhem, Historiegränd 8"). A numbered part must stand next to the street, so a letterhead ("Ekbackens vårdboende,
# Lindgatan 2") and a person named before their street keep their words.
_COMMA = r"[ \t]*,[ \t]*\n?[ \t]*"
_PART_BEFORE = (rf"(?:{_WORD}[ \t]+)?{_WORD}[ \t]+(?:nr\.?[ \t]*)?"
                r"(?:[A-ZÅÄÖ]?[ \t]?\d{1,5}[A-Za-z]?|[A-ZÅÄÖ][a-zåäöé]+|[A-ZÅÄÖ])(?![\w])")
_HOME_BEFORE = r"[A-ZÅÄÖ][\w'’-]*(?:[ \t]+[a-zåäö]{4,}|[ \t]+[A-ZÅÄÖ][\w'’-]+)?"
_PREFIX = compiled(
    rf"(?<![\w-])(?:(?P<home>{_HOME_BEFORE}){_COMMA})?(?P<parts>(?:{_PART_BEFORE}){_COMMA}(?:{_PART_BEFORE}{_COMMA})?)"
    rf"(?:[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?{_COMMA})?\Z")
_REACH = 120
_BOX = re.compile(r"(?i)(?:box|postbox|pl)[ \t]+\d")


def _parts_ok(parts: str) -> bool:
    """True when every part is a building's part with its number or name, one at least with a number or a letter,
    and no part is a time, a page, a case or a clause ("Kontrollutredningar, område Nord" is an authority's unit)."""
    numbered = False
    for p in (p.strip() for p in parts.split(",") if p.strip()):
        words = p.split()
        if any(w.lower() in _NOT_PARTS or w.lower() in _CLAUSE_WORDS or _NUMBER_NOUN.match(w) for w in words[:-1]) \
                or _YEAR.fullmatch(words[-1]):
            return False
        numbered = numbered or words[-1][:1].isdigit() or (len(words[-1]) == 1 and words[-1].isupper())
    return numbered


def with_parts_before(f: Finding, text: str) -> Finding:
    """A street and number with the home's name and numbered parts written before it, whole."""
    if (f.category != "ADDRESS" or f.start is None or f.end is None or not any(c.isdigit() for c in f.text)
            or _BOX.match(f.text)):
        return f  # (a box is an organisation's more often than not: its letterhead's units stay readable)
    lo = max(0, f.start - _REACH)
    m = _PREFIX.search(text[lo:f.start])
    if m is None or not _parts_ok(m.group("parts")):
        # "bor nu på Rosenlunds vård- och omsorgsboende, Råsundavägen 44": a care home's name after a word of living
        if (c := _CARE_HOME_AFTER_CUE.search(text, lo, f.start)) is not None:
            return replace(f, start=c.start("home"), text=text[c.start("home"):f.end])
        return f
    start = lo + m.start()
    if m.group("home") and m.group("home").split()[0].lower() in _CLAUSE_WORDS | _NOT_PARTS:
        start = lo + m.start("parts")
    return replace(f, start=start, text=text[start:f.end])


# A cell that is a named home and its numbered parts alone ("Björkudden, rum 12", "Tallbo, sektion B", "Hemmet
# Solrosen, plan 2, rum 4", a school's student housing with its house and room: "Konstfackskolan, elevhemmet hus C
# rum 12"): under an address's header, whatever the part's word. In a cell the home's name may run to three words, a
# place's and its kind's in lower case ("Abisko naturvetenskapliga station, rum 14", a research station's room).
_CELL_HOME = compiled(rf"^(?P<home>{_HOME_BEFORE}(?:[ \t]+[a-zåäö]{{4,}})?)"
                      rf"(?P<parts>[ \t]*,[ \t]*{_PART_BEFORE}(?:(?:[ \t]*,[ \t]*|[ \t]+){_PART_BEFORE}){{0,2}})$")


# A care home named in several words, its ward and room after it with or without commas between them ("Ekbackens
# vård- och omsorgsboende, avd. Linden rum 4", "Hemmet för äldre Solgläntan, avd. 2 rum 11"): the name ends in a
# home's word, so the ward and room are where a resident lives (the home's name alone stays readable).
# (the home's word may stand as a word of its own: "Sjöliden särskilt boende, korridor Näckrosen, lgh 5"; a ward may
# carry its name after its number: "avd. 3 Syrenen, rum 21")
_CARE_HOME = (r"[A-ZÅÄÖ][\w'’-]*(?:[ \t]+(?:[a-zåäö][\w-]*|[A-ZÅÄÖ][\w'’-]+)){0,4}?[ \t]?"
              r"(?i:boende|boendet|hem|hemmet|vårdhem|sjukhem|servicehus|servicehuset|gruppbostad|gruppbostaden)")
_PART_NAMED = rf"{_PART_BEFORE}(?:[ \t]+[A-ZÅÄÖ][a-zåäöé]+(?![\w]))?"
# the care home someone lives in, named after a word of living and before the street it stands on ("bor nu på
# Rosenlunds vård- och omsorgsboende, Råsundavägen 44, …"): the resident's home; without the cue a letterhead's home
# and street stay readable
_CARE_HOME_AFTER_CUE = compiled(
    rf"(?<![\w-])(?i:{_LIVING})[ \t]+(?:(?i:nu|numera|sedan[ \t]+(?:i[ \t]+)?\w+|permanent|tillfälligt)[ \t]+)?"
    rf"(?i:på|i)[ \t]+(?P<home>{_CARE_HOME}){_COMMA}\Z")
_CELL_CARE_HOME = compiled(rf"^(?P<home>{_CARE_HOME})"
                           rf"(?P<parts>[ \t]*,[ \t]*{_PART_NAMED}(?:(?:[ \t]*,[ \t]*|[ \t]+){_PART_NAMED}){{0,2}})$")


def named_home_with_parts(cell: str) -> bool:
    """True for a cell that is a home's name with one to three numbered parts of the building after it."""
    v = " ".join(cell.split())
    m = _CELL_HOME.match(v) or _CELL_CARE_HOME.match(v)
    return (m is not None and m.group("home").split()[0].lower() not in _CLAUSE_WORDS
            and _parts_ok(m.group("parts")))


# A care home's name, its ward's name and its numbered parts before the street in one cell ("Vasa kommuns
# korttidsboende Eken, rum 3, Ekgatan 4, 214 10 Malmö"): the street and its postcode make the cell a home's address,
# the home and the room are where in it the person lives.
_CARE_HOME_BEFORE_STREET = compiled(
    rf"^{_CARE_HOME}(?:[ \t]+[A-ZÅÄÖ][\w'’-]+)?(?P<parts>(?:[ \t]*,[ \t]*{_PART_NAMED}){{1,3}})"
    r"[ \t]*,[ \t]*(?=[A-ZÅÄÖ])")


def care_home_before_street(cell: str) -> int:
    """Where the street begins after a care home's name and its numbered parts opening the cell, or 0."""
    m = _CARE_HOME_BEFORE_STREET.match(cell)
    return m.end() if m is not None and _parts_ok(m.group("parts")) else 0
