"""A firm's or a maker's name, a short label for what the number is and the number, written as one run: a lender's
customer, invoice or contract number ("Ikano Bank kundnr 55209183", "Nordax Finans avtal 31-5520918"), an employer's
staff number ("Postnord personalnr 5520918"), a member's number ("Mellanskog medl.nr 55209-18"), a bicycle's frame
number ("Cube Kathmandu ramnr WCU552091K"), an animal's chip or ear tag ("Virbac chip 900 164 000 220 741"), a
ticket, a booking or a ski pass ("Vy biljett 5520 9183 1", "Strawberry bokning 55209183").

A register of people's dealings writes the firm, the label and the number in a row, and the firm says whose number
among few, so the mark runs from the firm's name, as the register's cell holds it and a sentence quotes it. The label
ends the firm's name (a model's words may stand between: "Babboe Curve-E ram …"); a word that is no firm's (a body
in the definite form standing alone, a label, a pronoun, a sentence's first word) and a number shaped like a year, a
case's number by its year (but in a register's cell, where the firm numbers its invoices by the year) or a sum stay
out. An assignment ("Budbyrån uppdrag D-5520-31": a service firm's errand for a person) is such a number too. Read by
``labelled_id``'s recognizer (reported as ID_NUMBER).
"""

from __future__ import annotations

import re

from redact.detect.access_codes import MONEY_AFTER
from redact.detect.bank_names import bank_name
from redact.detect.common_nouns import label_noun
from redact.detect.makers_before_numbers import DEFINITE_FORM, POSSESSIVES, long_number, no_maker
from redact.detect.name_words import no_listed_name, written_in_lower_case
from redact.detect.patterns import Rule, Verdict, compile_rule, rule_regex
from redact.detect.places import countries

# the short labels for a number a firm gives a person or a thing ("kundnr", "anst.nr", "öronmärke", "skipass"),
# Swedish and English
_LABEL = (r"(?:kund|medlems|anställnings|personal|order|lån|låne|abonnemangs|försäkrings|polis|kort|chip|ram|"
          r"biljett|bokning|bokningens|kontrakts|avtals|faktura|stam|uppdrags|depå)(?:nr\.?|nummer|-nr\.?)"
          r"|(?:kund|anst|medl|pers|ord|fakt|avt)\.[ ]?nr\.?|anstnr|medlnr"
          r"|kund-?id|faktura|avtal|kontrakt|uppdrag|depå|lån|abonnemang|biljett|bokning|skipass|liftkort|säsongskort"
          r"|årskort"
          r"|ram|chip|öronmärke|transponder|medlemskort|kundkort|order"
          r"|customer[ ]no\.?|invoice|contract|booking|ticket|member[ ]no\.?|employee[ ]no\.?|frame[ ]no\.?")
# a web service's or a school platform's account: its number led by letters, where a bank's account has none
_ACCOUNT = r"konto|account"
# an insurer's claim, a carrier's travel card or a shop's gift card: the labels this rule reads beyond ``_LABEL``
# (kept apart from ``_LABEL``, which the kind and cell rules read after any firm's word too)
_CLAIM_OR_CARD = r"skade(?:nr\.?|nummer|-nr\.?)|kort|presentkort|gåvokort"
# (a country's two letters and two check digits open an IBAN: the account rules')
_LETTER_LED = re.compile(r"^(?![A-Z]{2}\d\d)[A-Z]{1,4}-?\d")
# the labels of a member's number or a member's card, four digits enough (a housing cooperative's "medlemsnr 0552")
_MEMBER = re.compile(r"(?i)^(?:medlems(?:nr\.?|nummer|-nr\.?)|medl\.[ ]?nr\.?|medlnr|medlemskort)$")
# the labels only a society, a venue or a shop gives: a member's number or card, a gift card, a season's pass
_SOCIETYS_LABEL = re.compile(r"(?i)^(?:medlems(?:nr\.?|nummer|-nr\.?)|medl\.[ ]?nr\.?|medlnr|medlemskort|presentkort"
                             r"|gåvokort|årskort|säsongskort)$")
# a claim's, a card's or an account's label, which a sentence writes after the firm's genitive
_GENITIVE_LABEL = re.compile(r"(?i)^(?:skade(?:nr\.?|nummer|-nr\.?)|kort|presentkort|gåvokort|konto|account)$")
# a society or a venue in the definite form, alone before such a label ("Vänföreningen", "Konserthuset")
_SOCIETY = re.compile(r"^[A-ZÅÄÖ][a-zåäö]*(?:föreningen|sällskapet|klubben|förbundet|gillet|kören|orkestern|huset"
                      r"|teatern|operan|arenan|museet|badet)$")
# a word of the firm's name or of its model: capitalised, an acronym or a coded model ("SJ", "SkiStar", "Curve-E",
# "F60")
_WORD = r"[A-ZÅÄÖÆØÉÜ][\wåäöæøéü&+'-]*|\d+[A-Za-z][\w-]*"
# a web firm's name with its domain ("Resia.com", "Hyrbil.se")
DOMAIN_FIRM = r"[A-ZÅÄÖÆØÉÜ][\w&+'-]*\.(?:com|se|nu|net|org|eu|no|dk|fi|de)(?![\w.])"
# the number: its series' letters glued, dashed or spaced before it maybe, digits in groups, a closing letter maybe
_NUMBER = r"(?:[A-Z]{1,4}[ \u00a0-]?)?\d+(?:[ \u00a0-]\d+){0,5}[A-Z]?"
FIRM_LABELLED = compile_rule(
    rf"""
    (?<![\w&.-])(?P<firm>(?:{_WORD})(?:[ \u00a0]+(?:{_WORD})){{0,3}})
    [ \u00a0]+(?P<label>(?i:{_LABEL}|{_CLAIM_OR_CARD}|{_ACCOUNT}))[ \u00a0]*:?[ \u00a0]*
    (?P<number>{_NUMBER})
    (?![\w/]|[-.,:/]\d)
    """
)
# a region's or a municipality's word: the body's own number, its name no firm's ("Region Norrby faktura …")
BODY_WORD = re.compile(r"^(?:Region|Regionen|Kommun|Kommunen|Landstinget|Stad|Staden)$")
# a year, a case's number by its year ("2027-4418", "27-4418/2027")
_YEAR_LED = re.compile(r"^(?:[A-Z]{1,4}[ \u00a0-]?)?(?:19|20)\d\d(?:-\d|$)")
# the full year, a dash and a serial of three digits or more, nothing else ("2031-5520")
_YEAR_AND_SERIAL = re.compile(r"(?:19|20)\d\d-\d{3,6}")
# a carrier's or a bank's word after a country's name: the two are a firm's name ("Qatar Airways", "Vietnam Airlines")
_COUNTRY_FIRM_WORD = re.compile(r"^(?:Airways|Airlines|Airline|Air|Aviation|Railways|Rail|Telecom|Bank)$")


def fills_line(text: str, start: int, end: int) -> bool:
    """True when the run is its line's whole text: a table's cell as the page reads it."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    rest = text[end:len(text) if stop < 0 else stop]
    return not text[line:start].strip() and not rest.strip(" \t\u00a0.")


def firm_start(text: str, m: re.Match[str], named_by_kind: bool = True) -> int | None:
    """Where the firm's name (``m``'s group "firm") starts: its first word that reads as a firm's, the words after it
    its name's or its model's; None when none does. ``named_by_kind``: a sentence's firm may be named by its kind in
    the definite form before its own name ("Bussbolaget Norr"); else that word is the sentence's noun ("Bilen …")."""
    words = list(re.finditer(r"\S+", m.group("firm")))
    if any(BODY_WORD.match(w.group()) for w in words):
        return None
    cell = fills_line(text, m.start(), m.end())
    for i, w in enumerate(words):
        at, word = m.start("firm") + w.start(), w.group()
        rest = [x.group() for x in words[i + 1:]]
        if i == 0 and rest and _COUNTRY_FIRM_WORD.match(rest[0]) and (word.casefold(),) in countries():
            return at  # the country names the firm with its carrier's word, no country's number
        if any(label_noun(x) or long_number(x) for x in (word, *rest)) or not word[0].isupper():
            continue  # (a model's figures or a place's noun in small letters open no name: "701", "högskola")
        if i == 0 and bank_name(word):
            return at  # a bank or a broker by its name ("Nordnet", "Handelsbanken"), though it ends as a definite form
        if DEFINITE_FORM.search(word) and rest and i == 0 and not named_by_kind:
            # a maker's name ending as the definite form does, its model after it ("Volkswagen Golf …"), where no
            # sentence or line opens with it (a noun: "Bilen Saab 95 …") and the page writes it in capitals only
            opens_line = not text[text.rfind("\n", 0, at) + 1:at].strip()
            if not no_maker(text, at, word, definite=False) and (cell or not opens_line):
                return at
            continue
        if DEFINITE_FORM.search(word) and rest and i == 0:
            # a firm named by its kind in the definite form and its own name ("Bussbolaget Norr"); a body alone
            # ("Skatteverket kundnr …") is an authority's
            if cell or not no_maker(text, at, rest[0]):
                return at
            continue
        if cell and i == 0 and not DEFINITE_FORM.search(word) and not no_firm_in_cell(word, text):
            return at  # the cell's first word opens the run; the word before it ends another cell
        if len(words) == 1 and not no_listed_name(word):
            continue  # "har gett Richard kundnummer …": a person's given name, the person is given the number
        if not no_maker(text, at, word):
            return at
    return None


def no_firm_in_cell(word: str, text: str) -> bool:
    """True when a cell's first word is no firm's: a pronoun ("Ert ordernummer: …"), a country, or a word the text
    writes in small letters too (a common noun)."""
    low = word.casefold()
    return low in POSSESSIVES or (low,) in countries() or written_in_lower_case(word, text)


def _check_firm_labelled(text: str, m: re.Match[str]) -> Verdict | None:
    """The firm's name, the label and the number, from the first word that names a firm."""
    number, label = m.group("number"), m.group("label")
    least = 4 if _MEMBER.match(label) else 5
    if sum(c.isdigit() for c in number) < least or MONEY_AFTER.match(text, m.end()):
        return None
    if _YEAR_LED.match(number) and not (_YEAR_AND_SERIAL.fullmatch(number) and fills_line(text, m.start(), m.end())):
        # a year or a case's number by its year in a sentence; in a register's cell after the firm's name and its
        # label ("Ekby Färg faktura 2031-5520") the firm numbers its own invoices by the year
        return None
    if re.fullmatch(_ACCOUNT, label, re.I) and not _LETTER_LED.match(number):
        return None  # a bank's account: the bank rules' ("Nordea konto 3300 …")
    if _GENITIVE_LABEL.match(label) and m.group("firm").endswith("s") and not fills_line(text, m.start(), m.end()):
        return None  # "Trygga Bolagets skadenummer FS 27-…": a sentence's phrase, the firm's genitive and the label
    start = firm_start(text, m)
    if start is None and _SOCIETYS_LABEL.match(label) and _SOCIETY.match(m.group("firm")):
        start = m.start("firm")  # a society or a venue names itself in the definite form; no body gives these
    if start is None:
        return None
    return Verdict(start, m.end("number"), "företagets namn, etikett och nummer för en person eller en sak")


#: The rule, run by ``redact.detect.labelled_id``'s recognizer.
RULES = (Rule("number_after_firm_and_label", FIRM_LABELLED, score=0.85, check=_check_firm_labelled,
              gate=rule_regex(r"(?i)[\w.][ \u00a0]+(?:" + _LABEL + "|" + _CLAIM_OR_CARD + "|" + _ACCOUNT
                              + r")[ \u00a0]*:?[ \u00a0]*[A-Z\d]")),)
