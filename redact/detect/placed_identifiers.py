"""A person's code read from where it stands, not from a listed label word.

Each new register brings a label nobody listed ("VIN:", "DNI:", "Skåpnyckel:", a column headed "Tachokort"). What
such codes share is their place and their shape: a value of a code's shape (see ``is_code``) is read as a person's
identifier when

* it is the whole value of a "Label: value" line in a block about a person (``placed_persons.person_block``),
  whatever the label says;
* in running text, it follows a person's possessive or genitive and a thing's word ("hennes tachokort …", "Annas
  skåpnyckel …", "pojkens läsplattenummer …"), whatever the word;

unless the label or the header names something that is no person's (``names_no_persons``: the authority's case
and documents, a company's, a payment's, a product's, a place's, a telephone's, a date's or a sum's), or the value
has the shape of the document's own case numbers (the values after its "Dnr", "Ärende", "Vår referens" labels).
"""

from __future__ import annotations

import re
from functools import lru_cache

from redact.detect.first_chars import compiled
from redact.detect.patterns import Rule, Verdict, rule_regex
from redact.detect.placed_persons import person_block
from redact.resolve.identifier_overlaps import DEVICE_KIND

# A code: one to six parts of capitals and digits (a part may mix in small letters beside a digit: "IPD88213x"),
# joined by a space, a dash, a slash or a dot; an optional check letter after a space
_PART = r"[A-ZÅÄÖÆØÜ0-9](?:[A-Za-zÅÄÖÆØÜåäöæøü0-9]*[0-9A-ZÅÄÖÆØÜ])?"
_CODE = re.compile(rf"{_PART}(?:(?:[ ]|[ ]?[-/.][ ]?){_PART}){{0,6}}")
# What is no code however it stands: a date or a time, a year, a sum in groups of three, a postcode, a telephone
# number, a personnummer or an organisation number (their own rules), a serial of the year (a case's, an
# invoice's: "KS 2026/112", "2026-0412"), a case by its year after a slash ("KS 112/26"), a statute ("2018:218")
_NOT_A_CODE = compiled(
    r"^(?:(?:(?:19|20)\d\d[-/. ]\d{1,2}[-/. ]\d{1,2}|\d{1,2}[-/. ]\d{1,2}(?:[-/. ](?:19|20)?\d\d)?)(?:[ ]\d\d[:.]\d\d)?"
    r"|(?:19|20)\d\d[-/.]\d{1,2}"
    r"|\d{8}|\d{1,2}[.:]\d\d(?:[ ]?-[ ]?\d{1,2}[.:]\d\d)?|(?:19|20)\d\d"
    r"|\d{1,3}(?:[ ]\d{3})+(?:[,.]\d+)?|\d+[,.]\d\d?"
    r"|\d{3}[ ]?\d{2}"
    r"|(?:\+|00)\d[\d \-]*|0\d{1,3}[- ]\d[\d \-]*|07\d{8}"
    r"|(?:19|20)?\d{6}[-+ ]?\d{4}"
    r"|(?:[A-ZÅÄÖ]{1,6}[ -]?)?(?:19|20)\d\d[/:-]\d{1,6}(?:[/:-]\d{1,4})?"
    r"|[A-ZÅÄÖ]{1,6}[ -]?\d{1,5}/\d\d"
    r"|\d{4}:\d{1,4}"
    r"|\d{1,2}[. -](?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[. -](?:19|20)?\d\d"  # a date with a Roman month
    r")$")


def is_code(value: str) -> bool:
    """True when ``value`` has a code's shape: four digits or more (or three in a part that mixes in letters), no
    word of letters alone longer than five capitals, and no date, time, sum, postcode, telephone or year."""
    v = value.strip()
    if not _CODE.fullmatch(v) or _NOT_A_CODE.match(v):
        return False
    digits = sum(c.isdigit() for c in v)
    parts = re.split(r"[ \-/.]+", v)
    mixed = any(re.search(r"\d", p) and re.search(r"[^\W\d_]", p) for p in parts)
    if digits < 4 and not (mixed and digits >= 3 and max(len(p) for p in parts) >= 6):
        return False
    # a word of letters alone: an abbreviation's capitals ("SE", "QQ", "C") and no more
    return all(any(c.isdigit() for c in p) or (p.isupper() and len(p) <= 5) for p in parts if p)


# What a label or a header names when its code is nobody's: the word begins so (a long stem) or is it (a short one).
# The list is bounded by kind, not by register: the authority's own case and documents; a company's, an
# organisation's, a payment's or a bank's numbers; a product's, a thing's, a place's, a vehicle's in service;
# a telephone's; a date's, a time's, a sum's, a count's; a law's. (Learned from what the released sets keep.)
_NOT_PERSONS_LONG = (
    "diarie", "ärende", "beslut", "protokoll", "paragraf", "bilag", "dokument", "anmälning", "kvitt", "version",
    "referens", "kapitel", "register", "organisation", "bankgiro", "plusgiro", "clearing", "faktura", "order",
    "artikel", "produkt", "modell", "verifikat", "projekt", "ansvar", "kostnad", "objekt", "avtal", "upphandl",
    "leverantör", "bokning", "inventarie", "anläggning", "lokal", "livsmedel", "server", "telefon", "mobil",
    "växel", "direkt", "anknytning", "postnummer", "postnr", "postort", "lägenhet", "kommun", "fastighet",
    "linje", "kvarter", "trappa", "våning", "datum", "belopp", "summa", "avgift", "pris", "moms", "totalt",
    "antal", "period", "vecka", "termin", "läsår", "lagrum", "lagstöd", "författning", "ämne", "rubrik", "sida",
    "handläggar", "beteckning", "företag", "bolag", "firma", "myndighet", "förvaltning", "nämnd", "enhet",
    "avdelning", "arbetsgivar", "skola", "tidpunkt", "klock", "timm", "sal",
    "adress", "gata", "box", "fax", "e-post", "epost", "mejl", "mail", "webb", "hemsida", "skatt", "vat",
    "iban", "bic", "swift", "konto", "ocr", "lopnummer", "löpnummer", "batch", "tillverk",
    "fordon", "buss", "tåg", "flyg", "hållplats", "kod", "plats", "mötes", "sammanträd",
    # a sum, a count or a measure written without its unit ("Månadsinkomst: 22500", "Mätarställning: 48213")
    "inkomst", "lön", "hyra", "ersättning", "bidrag", "skuld", "saldo", "poäng", "ställning", "längd", "vikt",
    "höjd", "area", "kvm", "volym", "mätar", "förbrukning", "kwh", "ålder", "kapital", "värde", "taxering",
    "year", "date", "time", "amount", "invoice", "case", "reference", "phone", "company", "account",
)
_NOT_PERSONS_SHORT = frozenset({
    "dnr", "d.nr", "sid", "s", "dok", "anm", "ref", "löp", "rad", "kap", "sfs", "lag", "akt", "org", "orgnr",
    "bg", "pg", "fakt", "art", "ver", "lev", "inv", "tel", "tfn", "post", "lgh", "hus", "väg", "port", "läns",
    "ip", "mac", "tomt", "sal", "hall", "bana", "spår", "gate", "skåp", "bord", "kl", "år", "kr", "sek", "st",
    "pris", "typ", "status", "zon", "ort", "vår", "vårt", "våra", "er", "ert", "era", "bil", "tur", "rum", "lot",
    "tid", "dag", "kurs", "klass", "grupp",
})
# a body's genitive first ("Kommunens försäkringsnummer", "Bolagets kundnummer"): the body's own number
_BODYS = re.compile(r"(?i)^(?:\w+s[ ])?(?:kommunens|regionens|nämndens|förvaltningens|myndighetens|bolagets|"
                    r"företagets|föreningens|skolans|verkets|landstingets|styrelsens|enhetens|avdelningens)\b"
                    r"|\bhos[ ](?:oss|er)\b")


def names_no_persons(label: str) -> bool:
    """True when a label or a header names a number that is no person's (see ``_NOT_PERSONS_LONG``)."""
    low = label.lower()
    if _BODYS.search(low):
        return True
    for w in re.split(r"[\s/()]+", low):
        w = w.strip(".:,-*")
        if not w:
            continue
        bare = w.replace(".", "").replace("-", "")
        if w in _NOT_PERSONS_SHORT or bare in _NOT_PERSONS_SHORT or any(bare.startswith(s) for s in _NOT_PERSONS_LONG):
            return True
        if re.match(r"(?:dnr|org|tel|lgh|art|fakt|ref)\b", w) or "konto" in w or "giro" in w:
            return True
    return False


# the labels of the document's own case and references, and the value after them
_CASE_LABEL = re.compile(r"(?im)(?:dnr|d\.nr|diarienr|diarienummer|diarie-?nr|ärendenr|ärendenummer|ärende|"
                         r"vår[ ]ref(?:erens)?|er[ ]ref(?:erens)?|beteckning|mål(?:[ ]?nr)?)\.?[ \t]*:?[ \t]*"
                         r"(?P<value>[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9 ./:\-]{2,24}[0-9A-Z])")
_DIGIT_RUN = re.compile(r"\d+")


def _shape(value: str) -> str:
    """The value with its digit runs as '9's: "KS 2026/118" -> "KS 9999/999"."""
    return _DIGIT_RUN.sub(lambda m: "9" * len(m.group()), value.strip())


@lru_cache(maxsize=8)
def case_shapes(text: str) -> frozenset[str]:
    """The shapes of the document's own case numbers and references (the values after its "Dnr", "Ärende" …)."""
    return frozenset(_shape(m.group("value")) for m in _CASE_LABEL.finditer(text))


def _case_like(text: str, value: str) -> bool:
    """True when the value has the shape of one of the document's own case numbers."""
    return _shape(value) in case_shapes(text)


# a "Label: value" line whose value is a code: the label, the value (a bracket may follow it)
_LINE = rule_regex(rf"(?m)^[ \t]*(?P<label>[^\W\d_][^\n:|¦=\d]{{0,44}}?(?:\([^)\n\d]{{0,30}}\))?)[ \t]*:[ \t]*"
                   rf"(?P<value>{_PART}(?:(?:[ ]|[ ]?[-/.][ ]?){_PART}){{0,6}})[ \t]*(?:\([^)\n]{{0,30}}\)[ \t]*)?$")


# a device's kind in capitals before its code ("PLB 2DCC…", "EPIRB …", "GPS …"): what the code belongs to, no series
# of it, so it stays readable as a model's name would
_DEVICE_KIND = re.compile(r"(?:" + DEVICE_KIND.pattern + r")[ ](?=[^ ]*\d)")


def _check_line(text: str, m: re.Match[str]) -> Verdict | None:
    """The value when it is a code on a label line in a person's block and the label names nothing else."""
    value, label = m.group("value"), m.group("label")
    if not is_code(value) or names_no_persons(label) or _case_like(text, value):
        return None
    if not person_block(text, m.start("value")):
        return None
    kind = _DEVICE_KIND.match(value)
    return Verdict(m.start("value") + (kind.end() if kind else 0), m.end("value"),
                   f"en kod som värdet av '{' '.join(label.split())}' bland en persons uppgifter")


# Whose the code is in running text: a possessive ("hennes", "sitt"), a person's name in the genitive ("Annas",
# "Omar Haddads") or a person's noun in the genitive ("pojkens", "patientens"); then the thing's word (any word,
# one or two: "skåpnyckel", "VIN", "tachokort"), maybe "nr", "nummer", "är", "var" or a colon, then the code
_POSSESSIVE = r"(?:sin|sitt|sina|hans|hennes|hens|deras|min|mitt|din|ditt)"
_PERSON_NOUN = (r"(?:pojk|flick|barn|elev|patient|sökand|klient|brukar|kund|medlem|hyresgäst|mamm|papp|mor|far|"
                r"son|dotter|make|maka|sambo|anmälar|klagand|förar|ägar|gäst|deltagar|vårdtagar|boend)"
                r"(?:ens|ets|ans|nas|arens|ns|s)")
_GENITIVE_NAME = r"[A-ZÅÄÖÉÜ][a-zåäöéü]+(?:[ ][A-ZÅÄÖÉÜ][a-zåäöéü-]+)?s"
# (a word with a digit is the code's first part, no thing's word: "Ditt prov F26-114 0391" is the sample's whole code)
_WORD = r"[^\W\d_](?:[^\W\d_]|-){1,30}(?![\w])"
# a person named in full, then "med", "har" or "hade": what follows is the person's ("Anna Lindqvist med VIN …")
_HOLDER = r"[A-ZÅÄÖÉÜ][a-zåäöéü]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéü]+)?(?:[ ][A-ZÅÄÖÉÜ][a-zåäöéü'’-]+){1,2},?[ ](?:med|har|hade)"
_WHOSE = rule_regex(
    rf"(?<![\w-])(?:(?P<holder>{_HOLDER})|(?P<whose>(?i:{_POSSESSIVE}|{_PERSON_NOUN})|{_GENITIVE_NAME}))[ ]+"
    rf"(?P<label>{_WORD}(?:[ ]{_WORD}){{0,2}}(?:[ ]\([^()\n\d]{{1,20}}\))?)"
    rf"(?:[ ]+(?:nr\.?|nummer|är|var|blir))?[ ]*:?(?:[ ]+|[ ]*\n[ ]*)"
    # (a sentence's line may wrap inside the value: "har VIN WVWZZZ1J" / "ZXW000001 enligt …")
    rf"(?P<value>{_PART}(?:(?:[ ]|[ ]?[-/.][ ]?|[ ]*\n[ ]*){_PART}){{0,6}})(?![\w-]|[.,]\w)")
# a part of a wrapped value that is a value of its own: a date, a telephone number, a personnummer
_OWN_VALUE = re.compile(r"^(?:(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?|\d\d?[-/.]\d\d?[-/.]\d{2,4}|(?:\+|00)\d[\d \-]*"
                        r"|0\d{1,3}[- ]\d[\d \-]*|(?:19|20)?\d{6}[-+ ]?\d{4})$")
# a sum's or a count's unit, or a month, right after the digits: the digits are a sum or a date, no code's part
_SUM_OR_DATE_AFTER = re.compile(r"(?i)[ \u00a0]*(?:kr\b|kronor|sek\b|:-|st\b|år\b|%|jan|feb|mars?\b|apr|maj\b|juni?\b|juli?\b|"
                                r"aug|sep|okt|nov|dec)")
_STOP = frozenset({"och", "eller", "som", "den", "det", "de", "en", "ett", "i", "på", "till", "från", "med", "för",
                   "om", "av", "vid", "efter", "innan", "under", "har", "hade", "är", "var", "blev", "kl", "den"})


def _check_whose(text: str, m: re.Match[str]) -> Verdict | None:
    """The code after a person's possessive and a thing's word, when the word names nothing else."""
    from redact.detect.name_words import F, S, classify_word, load_lexicons

    from redact.detect.placed_persons import is_name

    value, label, whose = m.group("value"), m.group("label"), m.group("whose") or m.group("holder")
    end = m.end("value")
    if "\n" in value and _SUM_OR_DATE_AFTER.match(text, end):
        # the next line opens with a sum or a date ("KB-2291" / "500 kr betalas"): the code ends its line
        value = value.partition("\n")[0].rstrip()
        end = m.start("value") + len(value)
    if "\n" in value:
        # wrapped once inside a sentence (three words before it on its line, the sentence going on after it), no
        # part a date, a telephone or a personnummer of its own: cells one a line are no sentence
        first, _, rest = value.partition("\n")
        line_start = text.rfind("\n", 0, m.start("value")) + 1
        if ("\n" in rest or len(text[line_start:m.start("value")].split()) < 3
                or not re.match(r"[ ]+[a-zåäö]|[ ]*[.,;)]", text[m.end("value"):])
                or _OWN_VALUE.match(first.strip()) or _OWN_VALUE.match(rest.strip())):
            return None
        value = f"{first.strip()} {rest.strip()}"
    if not is_code(value) or any(w in _STOP for w in label.lower().split()):
        return None
    if names_no_persons(label) or _case_like(text, value):
        return None
    if m.group("holder"):
        # a count or a sum follows "har" as often as a code ("har arbetat 1200 timmar"): letters, a separator or
        # seven digits make it a code
        if re.fullmatch(r"\d{4,6}", value) or not is_name(whose.rsplit(" ", 1)[0].rstrip(",")):
            return None
    elif whose[:1].isupper() and not re.fullmatch(rf"(?i:{_POSSESSIVE}|{_PERSON_NOUN})", whose):
        stem = whose.split()[-1][:-1]
        if classify_word(stem, load_lexicons()) not in (F, S) and len(whose.split()) < 2:
            return None  # a capitalised genitive that is no listed name: a body's, a place's ("Kommunens")
    if re.search(r"\d[ ][A-ZÅÄÖ]$", value) and re.match(r"[ ]+[a-zåäö]", text[end:]):
        end -= 2  # a capital after the digits opens the sentence's next words ("... 4471 I dag")
    start = m.start("value")
    if (series := _SERIES_LAST.search(label)) and series.start() and text[m.end("label"):start].strip() == "":
        # the label's last word is the code's series ("sin BankID-dosa DG 4471-0822"): its first part, no label's
        start, label = m.start("label") + series.start() + 1, label[:series.start()]
    return Verdict(start, end, f"en kod efter '{' '.join(whose.split())} {label}'")


# a label's last word of one to three capitals right before the digits: the code's series ("DG" of "DG 4471-0822")
_SERIES_LAST = re.compile(r"[ ][A-ZÅÄÖ]{1,3}$")


#: Rules of ``labelled_id``: a code by where it stands, whatever its label or header.
RULES = (
    Rule("code_in_a_persons_block", _LINE, score=0.75, check=_check_line, gate=rule_regex(r":[ \t]*[A-ZÅÄÖ0-9]")),
    Rule("code_after_whose", _WHOSE, score=0.75, check=_check_whose, gate=rule_regex(r"\d\d")),
)
