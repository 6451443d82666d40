"""A person's address read from where it stands, not from a listed street word or residence label.

Each new form writes its residence label or street word in a way nobody listed ("Residens: Fjällsippan 31", "Ort
för vistelse: Fäbodtjärn 118", a column headed "Boende" holding "Lilla Raden 5"). What they share is their place
and their shape: words and a house number (and a letter, a flat), maybe a postcode and a town after. Such a value
is read as a person's address when

* it is the whole value of a "Label: value" line in a block about a person (``placed_persons.person_block``),
  whatever the label says;

(a whole cell in a table row that holds a person was read so too, and dropped: it took the columns other readings
keep readable, a course's or a room's number, a payee, a case; tables stay with the column readings) and the label
names no place that is the authority's, a firm's, a meeting's or a service's (``_NOT_HOME``),
and the words are a place's: with a postcode and a town after them any words; alone, a street's last word in the
definite form Swedish places take ("Tallmon", "Gropen", "Fjällsippan", "Raden") or one the street rules know, and
never a thing counted or numbered ("Buss 14", "Grupp 2", "Hemtjänst 12").

A home in any country's form (comma-separated parts, each opening with a capital, a digit or an abbreviation, a
house number among them: "Xaafadda Hodan, Guriga 41, Muqdisho") is read as the value of any label line in a
person's block, and as the rest of a line after a person's name and a comma ("Amal Haddad, Kvartal 4, Hus 17,
Erbil"); never when a part names a body or a firm ("Lövstads kommun, Box 40, …") or the line goes on as a sentence.
"""

from __future__ import annotations

import re

from redact.detect.patterns import Rule, Verdict, rule_regex
from redact.detect.placed_persons import person_block

_U = "A-ZÅÄÖÉÜÆØ"
_W = r"[^\W\d_][\w'’.-]*"
# the street: one to four words, the first capitalised, then a house number (a letter after it, or a flat)
_STREET = (rf"(?P<street>(?P<words>[{_U}][\w'’.-]*(?:[ ]{_W}){{0,3}})[ ](?P<number>\d{{1,4}})(?:[ ]?[A-Ha-h](?![\w]))?"
           rf"(?:(?:,[ ]*|[ ])(?:lgh|lägenhet|ltr|tr|vån|nb|bv|uppg\.?)\.?[ ]?\d{{0,4}})?)")
# a postcode and a town after the street, on the same line
_POST = rf"(?P<post>,?[ ]+(?:SE-?[ ]?)?\d{{3}}[ ]?\d{{2}}[ ]+[{_U}][\w-]+(?:[ ][{_U}][\w-]+)?)"
_VALUE = rf"{_STREET}{_POST}?"
# a postcode and a town alone on the next line
_POST_LINE = re.compile(rf"[ \t]*\n[ \t]*(?:[^\W\d_][^\n:|]{{0,30}}:[ \t]*)?(?:SE-?[ ]?)?\d{{3}}[ ]?\d{{2}}[ \t]+[{_U}]")

# The definite endings a Swedish place's name takes ("Tallmon", "Gropen", "Lövön", "Fjällsippan", "Raden",
# "Ängarna", "Berget"), and the street words the other rules know
_PLACE_END = re.compile(r"(?:[^\W\d_]{2,}(?:en|an|on|ön|et|na|rna|arna|orna|n))$", re.IGNORECASE)
_STREET_WORD = re.compile(r"(?i)(?:gatan|gata|vägen|väg|gränd|gränden|stigen|stig|torget|torg|backe|backen|leden|"
                          r"allén|allé|plan|platsen|slingan|kroken|svängen|höjden|liden|udden|hagen|ringen|"
                          r"parken|vägen|street|road|veien|vegen|gade|katu|tie|strasse|straße|weg)$")
# Words a thing counted or numbered begins with: no place ("Buss 14", "Grupp 2", "Vecka 12", "Sal 4")
_NOT_A_PLACE = frozenset("""
buss linje tur tåg flyg rum sal salen hus huset port trappa våning plan vecka veckan dag dagen år året månad
kapitel avdelning avdelningen klass klassen grupp gruppen sida bilaga paragraf fas nivå steg kurs bord plats
platsen område zon etapp del punkt version modell artikel period termin läsår säsong match omgång runda kvartal
timme lag laget insats årskurs box postbox pbox skåp hylla rad kö kön nummer nr tid kl klockan
avsnitt kap lektion pass passet skift skiftet team teamet enhet enheten station stationen hållplats bana banan
spår spåret gate terminal fack lokal lokalen hall hallen mottagning mottagningen
""".split())
# What a label or a header names when its place is no home of a person's: the authority's, a firm's, a
# meeting's, a school's, a workplace's, a service's, a delivery's, a thing's
_NOT_HOME = re.compile(
    r"(?i)(?<![\w])(?:besök|faktura|leverans|arbets|kontor|skola|skolan|förskola|mottagning|vårdcentral|sjukhus|"
    r"enhet|avdelning|lokal|mötes|möte|sammanträd|företag|bolag|firma|leverantör|arbetsgivare|kommun|"
    r"förvaltning|nämnd|myndighet|avsändare|retur|hämt|upphämt|olycks|händelse|brott|incident|fastighet|objekt|"
    r"anläggning|hållplats|station|linje|insats|verksamhet|utbildning|praktik|projekt|ämne|rubrik|nivå|betyg|"
    r"status|beslut|ärende|dnr|datum|period|konto|utbetal|betal|bank|giro|(?:plats|sal|rum|tomt|tur|tid|grupp|klass|kurs|tjänst)(?![\w]))")


def _place_words(words: str, number: str, post: bool, text: str, end: int) -> bool:
    """True when the words and the number may be a home's street and house: not a thing counted, not a year; any
    words before a postcode, else a place's definite form or a street word."""
    parts = words.split()
    if parts[0].lower().strip(".") in _NOT_A_PLACE or parts[-1].lower().strip(".") in _NOT_A_PLACE:
        return False
    if len(number) == 4 and number[:2] in ("19", "20"):
        return False
    if any(p[:1].isdigit() for p in parts):
        return False
    if post or _POST_LINE.match(text, end):
        return True
    last = parts[-1]
    return bool(_STREET_WORD.search(last) or _PLACE_END.search(last)) and not last.isupper()


_LINE = rule_regex(rf"(?m)^[ \t]*(?P<label>[^\W\d_][^\n:|¦=\d]{{0,44}}?(?:\([^)\n\d]{{0,30}}\))?)[ \t]*:[ \t]*"
                   rf"{_VALUE}[ \t]*$")


def _check_line(text: str, m: re.Match[str]) -> Verdict | None:
    """The value when it is a street and a house number on a label line in a person's block."""
    label = m.group("label")
    if _NOT_HOME.search(label):
        return None
    end = m.end("post") if m.group("post") else m.end("street")
    if not _place_words(m.group("words"), m.group("number"), bool(m.group("post")), text, end):
        return None
    if not person_block(text, m.start("street")):
        return None
    return Verdict(m.start("street"), end, f"en adress som värdet av '{' '.join(label.split())}' bland en persons uppgifter")


# A whole line's value in any country's form ("12 Rue de la Paix, 75002 Paris", "ul. Długa 5 m. 3, Gdańsk"): the value
# of a label line, or the rest of a line after a person's name and a comma ("Amal Haddad, 12 Rue …")
_ANY_LINE = rule_regex(r"(?m)^[ \t]*(?P<label>[^\W\d_][^\n:|¦=\d]{0,44}?(?:\([^)\n\d]{0,30}\))?)[ \t]*:[ \t]*"
                       r"(?P<value>[^\n:;|,]{1,70},[^\n:;|]{2,90}?)[ \t.]*$")
_AFTER_NAME = rule_regex(r"(?m)^[ \t]*(?P<name>[A-ZÅÄÖÉÜ][^\W\d_]+(?:[- ][A-ZÅÄÖÉÜ][^\W\d_'’-]+){1,3}),[ \t]*"
                         r"(?P<value>(?:(?!\.[ \t])[^\n:;|,]){1,70},(?:(?!\.[ \t])[^\n:;|]){2,90}?)[ \t.]*$")
# what a line's value holds when it is no address: a date of birth, a personnummer, a role, an age
_NOT_AN_ADDRESS = re.compile(r"(?i)(?:\bfödd\b|\bf\.|\bår\b|\d{6}[-+ ]?\d{4}|@|\bkr\b|\btel|\bmobil)")


_HAS_DIGIT = re.compile(r"\d")
_LAST_PART = re.compile(rf"(?:[A-Z]{{1,3}}-?[ ]?)?(?:\d[\d -]{{2,8}}[ ])?[{_U}][\w'’-]+(?:[ ][{_U}][\w'’-]+){{0,2}}"
                        r"(?:[ ][A-Z0-9]{2,4}[ ]?[A-Z0-9]{2,4})?")
_INSTITUTION_FIRST = re.compile(r"(?i)(?:boende|boendet|bostaden|hem|hemmet|gården|skola|skolan|sjukhus|sjukhuset|"
                                r"center|centret|\bAB|\bHB|kommun|kommunen|rapport|tabell|bilaga)\b")


def _any_form(value: str) -> bool:
    """True when a value is a home in any country's form: a house number, two comma parts at least, each opening
    with a capital or a digit (or an abbreviation: "ul.", "apt"), none a date or a personnummer."""
    from redact.detect.table_home_values import home_with_number

    from redact.detect.placed_persons import _BODY_VALUE

    parts = [p.strip() for p in value.split(",")]
    if len(parts) < 2 or not all(parts) or _NOT_AN_ADDRESS.search(value) or _BODY_VALUE.search(value):
        return False
    if re.search(r"\.[ \t]+[A-ZÅÄÖ]", value):
        return False  # a sentence goes on after the place: running text, not a line's value
    # the last part a town or a country (a postcode before it); no part a thing numbered ("Version 3"), the first
    # no institution's name (a care home's before its street: the address rules' own)
    if not _LAST_PART.fullmatch(parts[-1]) or _INSTITUTION_FIRST.search(parts[0]):
        return False
    if any(p.split()[0].lower().strip(".") in _NOT_A_PLACE for p in parts):
        return False
    if not all(p[:1].isupper() or p[:1].isdigit() or re.match(r"[a-zà-ÿ]{1,4}\.", p) for p in parts):
        return False
    return home_with_number(value)


def _check_any_line(text: str, m: re.Match[str]) -> Verdict | None:
    """A label line's value of any country's form in a person's block, whatever the label."""
    if not _HAS_DIGIT.search(m.group("value")):
        return None
    if _NOT_HOME.search(m.group("label")) or not _any_form(m.group("value")):
        return None
    if not person_block(text, m.start("value")):
        return None
    from redact.detect.name_words import F, classify_word, load_lexicons

    start, first = m.start("value"), m.group("value").split(",")[0]
    if len(first.split()) >= 2 and classify_word(first.split()[0], load_lexicons()) == F:
        # "Kassör: Ilir Berisha, Skolgatan 17 B, …": a listed given name opens the value, the home follows
        start = text.index(",", start) + 1
        start += len(text[start:]) - len(text[start:].lstrip(" \t"))
    if start >= m.end("value") or not re.search(r"\d", text[start:m.end("value")]):
        return None
    return Verdict(start, m.end("value"), f"en adress som värdet av '{' '.join(m.group('label').split())}' "
                   "bland en persons uppgifter")


# a year or a date standing as its own comma part before the home ("Anna Lindqvist, 1987, Storgatan 4, …"): the
# person's birth, which the birth rules take; the home is what follows it
_DATE_PART = re.compile(r"[ \t]*(?:(?:1[89]|20)\d\d(?:-\d\d){0,2}|\d{1,2}[./]\d{1,2}[./-]\d{2,4}|\d{6}|\d{8}),")


def _check_after_name(text: str, m: re.Match[str]) -> Verdict | None:
    """The rest of a line after a person's name and a comma, when it is a home of any country's form."""
    from redact.detect.placed_persons import is_name

    start, value = m.start("value"), m.group("value")
    while (d := _DATE_PART.match(value)) and "," in value[d.end():]:
        start, value = start + d.end(), value[d.end():]
    skipped = len(value) - len(value.lstrip(" \t"))
    start, value = start + skipped, value[skipped:]
    if not _HAS_DIGIT.search(value):
        return None
    if not _any_form(value) or not is_name(m.group("name")):
        return None
    return Verdict(start, m.end("value"), "en adress efter en persons namn")


# (the gates' runs are bounded as the patterns' are: an unbounded run is quadratic on a long line of colons)
#: Rules of ``address``: a street and a house number by where they stand, whatever the label or the street word.
RULES = (
    Rule("address_in_a_persons_block", _LINE, score=0.75, check=_check_line, gate=rule_regex(r":[ \t]*[A-ZÅÄÖÉÜÆØ]")),
    Rule("address_of_any_form_in_a_persons_block", _ANY_LINE, score=0.75, check=_check_any_line,
         gate=rule_regex(r":[^\n,]{0,70}\d|:[^\n,]{0,70},[^\n]{0,90}\d")),
    Rule("address_after_a_name", _AFTER_NAME, score=0.75, check=_check_after_name,
         gate=rule_regex(r",[^\n,]{0,70}\d|,[^\n,]{0,90},")),
)
