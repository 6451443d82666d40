"""Data of an organisation, not of a person: dropped before it is proposed.

* An organisation number whose first digit says it is a state body, municipality or region
  (2): an authority's own, or another authority's. Companies', associations' and foundations'
  numbers (5, 7, 8) written right after the firm's name and form ("Ekby Plåt AB (org.nr …)") or in a
  table row naming the firm are the firm's too; elsewhere they are left to the profile, which says
  whether ORG_NUMBER is masked; estates (1), partnerships (9) and the like may lead to the people
  behind them. A sole trader's number is a personnummer and is never an ORG_NUMBER finding.
* A switchboard number (ending in 000, not a mobile) in the authority's letterhead or footer block.
* Bankgiro, plusgiro, account numbers and IBANs on a line that names a legal person (its
  organisation number, "AB", "ekonomisk förening", "kommun"...) or in the authority's letterhead
  or footer block, and the Box address and postal code of that block; also an account whose owner a
  sentence names just before it: a unit of the authority in the genitive ("Skolans bankgiro för
  avgifter är"), an association or a company right before the account word ("Ekby hembygdsförening,
  bankgiro"), or the authority paid to ("Avgifter till nämnden betalas till bankgiro"), with no person
  named between. A line or block that also
  holds a personnummer or says "enskild firma" keeps everything: a sole trader's or a private
  person's numbers are personal data. An account named as the one paid from ("från konto …") is the payer's,
  whichever firm the line names as paid (``paying_account``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.authority_lines import letterhead_number, on_units_mailbox_line, opens_with_unit
from redact.detect.common_nouns import definite_plural
from redact.detect.company_forms import AFTER_NAME, ASSOCIATION_AFTER_NAME, inside_company_form
from redact.detect.district_words import NOT_DISTRICT
from redact.detect.firm_names import firms_box, firms_name
from redact.detect.first_chars import compile_scanning, compiled
from redact.detect.organisation_rows import (
    BOX, COMPANY_NAME_REST, ENDS_IN_FORM, LEGAL_WORDS, MONEY, POSTAL_LINE, REFERENCE, column_of_homes, company_row,
    has_personnummer, person_row,
)
from redact.detect.paying_account import paid_from, persons_own
from redact.detect.patterns import luhn_ok
from redact.detect.private_boxes import persons_box
from redact.types import Finding

_LEGAL_GROUPS = frozenset("2")
_ORG_NUMBER = re.compile(r"(?<![\w-])(?:16)?([1-9]\d[2-9]\d{3})[-\u2010-\u2013]?(\d{4})(?![\w])")
# A line that is an organisation's name, its switchboard or its Box address: the block is a letterhead or footer.
_AUTHORITY_BLOCK = re.compile(
    r"(?m)^[ \t]*(?:(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,4}(?:kommun|[Rr]egion[ \t]+[A-ZÅÄÖ][\w-]*|\w*förvaltningen|\w*nämnden|"
    r"\w*myndigheten|\w*verket|\w*styrelsen|AB)|Region[ \t]+[A-ZÅÄÖ][\w-]*|(?i:växel|vxl|box)[ \t:]*\d[^\n]*)[ \t]*$"
)
# An organisation's account named by its owner right before it ("kommunens bankgiro", "Kvarnby kommun bankgiro",
# "föreningens plusgiro"); not a firm's ("firmans bankgiro" may be a sole trader's) nor a person's ("hans konto").
# The account's own word, and what it is for ("bankgiro för hyror är"), may stand between owner and number.
# "kommunens konto i Handelsbanken, clearing …": the account's finding opens at the bank's name.
_ACCOUNT_WORD = (r"(?:(?:bank|plus|post)?giro(?:nummer|konto|t)?|bg|pg|konto|kontonummer|bankkonto)(?:[ \t]*(?:nr\.?|nummer))?"
                 r"(?:[ \t\n]+(?:för|till)[ \t\n]+[a-zåäö]+)?(?:[ \t\n]+(?:är|blir|i|hos))?[ \t\n]*:?[ \t\n]*"
                 # the clearing number's label after it: "Kommunens konto: clearing 5357, konto …"
                 r"(?:(?i:clearing(?:nummer|nr\.?)?|clnr\.?)[ \t\n]*:?[ \t\n]*)?$")
_ORGANISATIONS_ACCOUNT = compiled(
    r"(?i)(?<![\w-])(?:\w*(?:kommunens|regionens|nämndens|förvaltningens|föreningens|förbundets|klubbens|stiftelsens|"
    r"församlingens|myndighetens|bolagets|samfällighetens|byalagets|"
    # a unit or a facility of the authority ("Skolans bankgiro", "räddningstjänstens bankgiro", "Idrottshallens")
    r"skolans|hallens|tjänstens|bibliotekets|kyrkogårdens|gymnasiets|museets|badhusets|kansliets|kontorets|"
    r"enhetens|avdelningens|verkets|företagets|kyrkans|sjukhusets|vårdcentralens|arenans)"
    # "Kvarnby kommun bankgiro", "Kvarnby kommuns bankgiro"
    r"|[A-ZÅÄÖ]\w*[ \t]+kommuns?)[ \t\n]+" + _ACCOUNT_WORD
)
# An association or a company named right before its account, or the authority paid to it: "Kärrby
# bygdegårdsförening, bankgiro", "Föreningen Tallbo Odlare har plusgiro", "Avgifter till förvaltningen betalas till
# bankgiro" (a person named between makes the account the person's: see _organisation_named_before).
_NAMED_ORGANISATION_ACCOUNT = compiled(
    r"(?<![\w-])(?:(?:[A-ZÅÄÖ][\w&-]*[ \t\n]+){0,4}(?:[A-ZÅÄÖ]\w*(?:förening|byalag|samfällighet|klubb|stiftelse|"
    r"förbund|församling|sällskap)|AB|HB|KB|Aktiebolag)"
    r"|(?:[A-ZÅÄÖ][\w&-]*[ \t\n]+){1,4}[a-zåäö]*(?:förening|byalag|samfällighet|klubb|stiftelse|förbund|församling|sällskap)"
    r"|(?i:föreningen|klubben|stiftelsen|byalaget|församlingen|sällskapet|bolaget|företaget)(?:[ \t\n]+[A-ZÅÄÖ][\w&-]*){1,4})"
    r",?(?:[ \t\n]+(?:har|med|anger|använder|tar[ \t]+emot|vars))?(?:[ \t\n]+(?:på|till|via))?[ \t\n]+" + _ACCOUNT_WORD
    + r"|(?<![\w-])(?:till|åt)[ \t\n]+(?:kommunen|förvaltningen|nämnden|skolan|regionen|myndigheten|kansliet|"
    r"föreningen|församlingen)[ \t\n]+(?:betalas|sätts|skickas)(?:[ \t\n]+(?:in|ut))?[ \t\n]+(?:till|på|via|in[ \t]+på)[ \t\n]+"
    + _ACCOUNT_WORD
)
# What the authority charges under public law, paid in to an account nobody is named as owning: "Avgiften betalas
# till bankgiro", "Förelägganden betalas till bankgiro", "Vitet ska betalas in på plusgiro". Only the authority
# charges a fee, a tax, a fine or an injunction's penalty; an invoice, a rent or a debt may be a sole trader's or a
# private landlord's ("fakturan betalas via bankgiro …" of a firm in one's own name), whose account is personal data,
# so those words, and a bare "Inbetalning görs till", are left to the other owner rules. What is paid out
# ("Ersättningen", "Arvodet", "Bidraget betalas till") goes to the one who receives it, and stays.
_DEBT = (r"[\w-]*(?:avgift|avgiften|avgifter|avgifterna|vite|vitet|viten|vitena|böter|bötesbeloppet|taxa|taxan|"
         r"föreläggande|föreläggandet|förelägganden)")
_PAID_IN = compiled(
    rf"(?i)(?<![\w-]){_DEBT}(?:[ \t\n]+[^\s.;:!?]+){{0,6}}?[ \t\n]+(?:ska[ \t\n]+|skall[ \t\n]+)?"
    r"(?:betalas|betalas[ \t\n]+in|sätts[ \t\n]+in)(?:[ \t\n]+senast[ \t\n]+[^\s.;:!?]+(?:[ \t\n]+[^\s.;:!?]+){0,2}?)?"
    r"[ \t\n]+(?:till|på|via)"
    r"[ \t\n]+" + _ACCOUNT_WORD
)
# A payee named in the definite plural right before its account ("till Nattvandrarna på bankgiro"): a group's name.
_GROUP_PAYEE = re.compile(r"(?<![\w-])(?:till|åt)[ \t\n]+(?P<group>[A-ZÅÄÖ][a-zåäö]{3,})[ \t\n]+(?:på|via|,)[ \t\n]*"
                          + _ACCOUNT_WORD)
# The plurals that name people themselves ("till Makarna på bankgiro"): their account is theirs.
_PEOPLE_PLURALS = frozenset({"makarna", "föräldrarna", "syskonen", "barnen", "bröderna", "systrarna", "grannarna",
                             "arvingarna", "delägarna", "dödsbodelägarna", "ägarna", "hyresgästerna", "sökandena",
                             "makarnas", "paret", "familjen", "kusinerna", "vännerna", "pojkarna", "flickorna"})
_OWN_WORD = re.compile(r"(?i)(?<![\w])(?:hans|hennes|deras|sin|sitt|sina|egna?|privata?)(?![\w])")
_OWNER_REACH = 120  # characters before an account where its owner is named
_PRIVATE = compile_scanning(
    r"(?i)enskild firma|enskild näringsidkare|privatperson|privat(?:konto|person)|personkonto")
# Nordea's personkonto: clearing 3300 (or 3782) and the holder's personnummer as the account ("3300-380214 2285"):
# the number itself says that a person holds it, whatever company the sentence names beside it ("personkonto …,
# bostadsrätt i Brf Tallåsen")
_PERSONKONTO = re.compile(r"(?<!\d)(?:3300|3782)[ \t]?[-\u2010-\u2013]?[ \t]?(\d{6})[ \t]?[-\u2010-\u2013]?[ \t]?(\d{4})(?!\d)")


def _personkonto(account: str) -> bool:
    """True for a clearing number of Nordea's personkonto followed by a personnummer with a valid check digit."""
    m = _PERSONKONTO.search(account)
    return m is not None and luhn_ok(m.group(1) + m.group(2))
# A person writing of their own box ("har jag en postbox", "mitt privata nummer"): the box is theirs. A capital
# "Mitt" or "Min" after another capitalised word is a name's part ("Region Mitt", "Enheten Mitt"), no one's own.
_OWN_BOX = re.compile(rf"(?i)(?<![\w])(?:jag|{NOT_DISTRICT}mitt|min|mina|privata?)(?![\w])")
_NAMES_PART = re.compile(r"[A-ZÅÄÖ][\w-]*[ \t]+$")
# "privata" before a plural group of people ("insända av privata djurägare", "privata fastighetsägare") names a
# kind of sender, as a heading does: no one's own box
_PRIVATE_GROUP = re.compile(r"(?i)[ \t]+[\w-]*(?:ägare|personer|kunder|hushåll|aktörer)(?![\w-])")


def _own_box_words(text: str, a: int, b: int) -> bool:
    """True when a person's own word ("jag", "mitt", "privat") stands between ``a`` and ``b``."""
    return any((m.group()[0].islower() or m.group().lower() == "jag"
                or not _NAMES_PART.search(text, max(a, m.start() - 40), m.start()))
               and not (m.group().lower() == "privata" and _PRIVATE_GROUP.match(text, m.end()))
               for m in _OWN_BOX.finditer(text, a, b))
_BLOCK_LINES = 12


def legal_person_number(text: str) -> bool:
    """True for an organisation number (Luhn) whose group digit is a state body, company or association."""
    m = _ORG_NUMBER.search(text)
    if m is None:
        return False
    digits = m.group(1) + m.group(2)
    return luhn_ok(digits) and digits[0] in _LEGAL_GROUPS


# A company's or an association's group digit: an aktiebolag (5), an economic association (7), a non-profit
# association or a foundation (8). Not a partnership's (9, "HB", "KB"), which may lead to the partners behind it.
_COMPANY_GROUPS = frozenset("578")
# The company's or association's name with its form right before its number on the line, the number's label perhaps
# between: "Ekby Plåt & Rör AB (org.nr 556…", "Granbacka Bostäder ekonomisk förening, organisationsnummer 769…"
_NAMED_BEFORE_NUMBER = re.compile(
    rf"[A-ZÅÄÖ][\w&.-]*[ \t]+(?:{AFTER_NAME}|{ASSOCIATION_AFTER_NAME})[ \t]*[,(]?[ \t]*"
    r"(?:(?i:org\.?[ \t]?nr\.?|orgnr|organisationsnummer|org\.?[ \t]?nummer)[ \t]*:?[ \t]*)?$")


# what may open the number's line when the firm ends the line above: its bracket or its label
_WRAPPED_BEFORE_NUMBER = re.compile(
    r"[ \t]*[(]?[ \t]*(?:(?i:org\.?[ \t]?nr\.?|orgnr|organisationsnummer|org\.?[ \t]?nummer)[ \t]*:?[ \t]*)?$")


def _companys_own_number(text: str, lines: Sequence[tuple[int, int]], f: Finding, findings: Sequence[Finding]) -> bool:
    """True for a company's or an association's organisation number (its group digit, Luhn) written right after
    the firm's name and form, or alone in a table's cell whose row names the firm; its line says nothing of a sole
    trader and holds no personnummer. Such a number never is a person's (a sole trader's is a personnummer)."""
    m = _ORG_NUMBER.fullmatch(f.text.strip())
    if m is None or not luhn_ok(m.group(1) + m.group(2)) or m.group(1)[0] not in _COMPANY_GROUPS or f.start is None:
        return False
    a = text.rfind("\n", 0, f.start) + 1
    b = text.find("\n", f.start)
    b = len(text) if b < 0 else b
    if _PRIVATE.search(text, a, b) or has_personnummer(findings, a, b):
        return False
    if _NAMED_BEFORE_NUMBER.search(text, a, f.start):
        return True
    if a and _WRAPPED_BEFORE_NUMBER.match(text, a, f.start):
        # the sentence wrapped between the firm and its number ("… i Ekby Sparbank AB" / "(516…)"): the line above
        above = text.rfind("\n", 0, a - 1) + 1
        if not (_PRIVATE.search(text, above, a) or has_personnummer(findings, above, a)) and _NAMED_BEFORE_NUMBER.search(
                text[above:a - 1].rstrip() + " " + text[a:f.start]):
            return True
    return not text[a:f.start].strip() and company_row(text, lines, a, findings, f.text)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    """Runs of non-blank lines (a letterhead, a footer, a paragraph)."""
    out, start, last = [], None, 0
    for a, b in _line_spans(text):
        if text[a:b].strip():
            if start is None:
                start = a
            last = b
        elif start is not None:
            out.append((start, last))
            start = None
    if start is not None:
        out.append((start, last))
    return out


# The company itself as the one reached at the number: "Bolaget nås på", "Företaget kan nås via", "Bolagets telefon
# är", "Föreningens växel:"
_COMPANY_REACHED = compile_scanning(
    r"(?<![\w-])(?:(?:Bolaget|Företaget|Aktiebolaget|Föreningen|Stiftelsen)[ \t\n]+(?:nås|kan[ \t\n]+nås|svarar)"
    r"(?:[ \t\n]+(?:på|via|under))?"
    r"|(?:Bolagets|Företagets|Aktiebolagets|Föreningens|Stiftelsens)[ \t\n]+(?:telefon|telefonnummer|växel|nummer)"
    r"(?:[ \t\n]+är)?[ \t]*:?)[ \t\n]+$")
_COMPANY_REACH = 300  # characters back from the number to the company its paragraph names


def _companys_phone(text: str, start: int) -> bool:
    """True for a number after "Bolaget nås på" (the company the sentence speaks of) in a paragraph that names a
    company by its form before it and says nothing of a sole trader."""
    lo = max(0, start - _COMPANY_REACH)
    paragraph = re.split(r"\n[ \t]*\n", text[lo:start])[-1]
    m = _COMPANY_REACHED.search(paragraph)
    if m is None or _PRIVATE.search(paragraph) or _OWN_WORD.search(paragraph, m.start()):
        return False
    return re.search(rf"[A-ZÅÄÖ][\w&.-]*[ \t]+(?:{AFTER_NAME}|{ASSOCIATION_AFTER_NAME})(?![\w-])",
                     paragraph[:m.start()]) is not None


def _persons_at(findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """Where persons are named: the name rules' findings."""
    return [(f.start, f.end) for f in findings if f.category == "PERSON" and f.start is not None and f.end is not None]


def _names_a_person(findings: Sequence[Finding], a: int, b: int, text: str = "") -> bool:
    """A private person may be the one the numbers belong to: a name or a home address stands there
    (not the organisation's own reference person: "Er referens: Linnéa Gustavsson")."""
    return any(f.start is not None and a <= f.start < b and (
        (f.category == "PERSON" and not (text and REFERENCE.search(text, text.rfind("\n", 0, f.start) + 1, f.start)))
        or (f.category == "ADDRESS" and not BOX.match(f.text))) for f in findings)




def _organisation_block(text: str, a: int, b: int) -> bool:
    """A short block of short lines naming an authority or company: a letterhead or a footer."""
    lines = [ln for ln in text[a:b].split("\n") if ln.strip()]
    if not lines or len(lines) > _BLOCK_LINES or any(len(ln) > 90 for ln in lines):
        return False
    body = text[a:b]
    return bool(_AUTHORITY_BLOCK.search(body)) or legal_person_number(body)


_SOLE_TRADER_REACH = 300  # characters back from a box to the sole trader its paragraph names
# an organisation named between the sole trader and the box: the box is that organisation's ("Kund: Ekby kommun,
# Fastighetsavdelningen, Box 40" below an invoicing trader's letterhead)
_ORGANISATION_WORD = re.compile(r"(?i:kommun|region|förvaltning|nämnd|enhet|avdelning|myndighet|verket|bolaget|"
                                r"förening|stiftelse)|(?<![\w-])AB(?![\w-])")


def _sole_traders_box(text: str, start: int) -> bool:
    """True for a box whose paragraph names a sole trader before it, no organisation between ("Per Ek, enskild
    firma, …. Fakturaadress Box 38, …"): the trader's business address is the person's own."""
    before = text[max(0, start - _SOLE_TRADER_REACH):start]
    before = re.split(r"\n[ \t]*\n", before)[-1]  # the box's own paragraph
    traders = list(_PRIVATE.finditer(before))
    return bool(traders) and not _ORGANISATION_WORD.search(before, traders[-1].end())


def drop_organisation_data(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without the organisation data described in the module docstring."""
    if not findings:
        return findings
    lines = _line_spans(text)
    blocks = [(a, b) for a, b in _blocks(text) if _organisation_block(text, a, b)
              and not _PRIVATE.search(text[a:b]) and not has_personnummer(findings, a, b)
              and not _names_a_person(findings, a, b, text)]

    def line_of(pos: int) -> tuple[int, int]:
        for a, b in lines:
            if a <= pos <= b:
                return a, b
        return pos, pos

    kept = []
    for f in findings:
        if f.start is None:
            kept.append(f)
            continue
        if f.category == "ORG_NUMBER" and legal_person_number(f.text):
            continue
        if f.category == "ORG_NUMBER" and _companys_own_number(text, lines, f, findings):
            continue  # "Ekby Plåt AB (org.nr 556…)", a company's row: the company's number, no person's
        if f.category == "BANK_ACCOUNT" and _personkonto(f.text):
            kept.append(f)
            continue
        a, b = line_of(f.start)
        line = text[a:b]
        private = _PRIVATE.search(line) or has_personnummer(findings, a, b) or _names_a_person(findings, a, b)
        if f.category in ("ADDRESS", "POSTAL_CODE") and _own_box_words(text, text.rfind("\n", 0, max(a - 1, 0)) + 1, b):
            kept.append(f)
            continue
        if f.category in MONEY and _service_sentence(text, f.start, findings):
            continue  # "Kundtjänst: kundtjanst@…, 0480-55 20 40; bankgiro …": the service's contact data
        if f.category in MONEY and (_ORGANISATIONS_ACCOUNT.search(text, max(0, f.start - _OWNER_REACH), f.start)
                                     or _organisation_named_before(text, f.start, findings)
                                     or _paid_in_to_authority(text, f.start, f.end or f.start, findings)) and not (
                _PRIVATE.search(line) or has_personnummer(findings, a, b) or _sole_traders_sentence(text, f.start)):
            continue  # "till kommunens bankgiro", "på föreningens plusgiro": the organisation's, whoever else the line names
        if f.category in MONEY and _switchboard_line_before(text, a, f.start, findings):
            continue  # "…, växel 0656-780 00, bankgiro" / "5050-7417. Handläggare …": the footer's account, wrapped
        if f.category in MONEY and _switchboard_line(line) and not (
                _PRIVATE.search(line) or has_personnummer(findings, a, b) or _names_a_person(
                    [g for g in findings if not _SWITCHBOARD_WORD.fullmatch(g.text.strip())], a, b)):
            continue  # "Växel 0248-61 50 00, bankgiro 5201-8876": the authority's footer line, whoever signs above it
        if f.category in MONEY and not private and not paid_from(text, f.start) and not persons_own(text, f.start):
            rest = line.replace(f.text.split("\n")[0], " ")
            if legal_person_number(rest) or LEGAL_WORDS.search(rest) or company_row(text, lines, a, findings, f.text):
                continue
        if f.category == "PERSON" and (COMPANY_NAME_REST.match(text, f.end or f.start, b)
                                       or ENDS_IN_FORM.search(f.text) or inside_company_form(text, f.start, f.end or f.start)):
            continue  # "Ekviks Bygg" of "Ekviks Bygg och Mark AB", "Jensen Landskab ApS": a company's name
        if f.category in ("PERSON", "ADDRESS") and firms_box(f.text):
            continue  # "Advokatfirman Lind, Box 412" in a party's address cell: the counsel's firm's box
        if f.category == "PERSON" and firms_name(text, f.start, f.end or f.start):
            continue  # "Advokatfirman Lind": a firm by its trade and its owner's surname (see firm_names)
        if f.category == "ADDRESS" and BOX.match(f.text) and not private and not _names_a_person(
                [g for g in findings if g.category == "PERSON"], text.rfind("\n", 0, max(a - 1, 0)) + 1, a, text) \
                and not person_row(text, lines, a, findings) and not column_of_homes(text, lines, a, f, findings) \
                and not _sole_traders_box(text, f.start) and not persons_box(text, f.start, findings):
            continue  # "Elevhälsan, Box 50, 671 21 Älvnäs": a postal box with no name by it is an organisation's
        if f.category == "PHONE" and _companys_phone(text, f.start):
            continue  # "… ägs av Ekby Bostäder AB; … Bolaget nås på 0123-140 00.": the company's line
        if f.category == "PHONE" and on_units_mailbox_line(text, f.start, _persons_at(findings)) and not (
                _PRIVATE.search(line) or has_personnummer(findings, a, b)):
            continue  # "Region …, Blodcentralen Norrvik, …" / "Bokning 0570-48 55 10, blodcentralen@…": the unit's
        if f.category == "PHONE" and letterhead_number(text, f.start, f.end or f.start) and not (
                _PRIVATE.search(line) or has_personnummer(findings, a, b)
                or _names_a_person([g for g in findings if g.category == "PERSON"],
                                   text.rfind("\n", 0, max(a - 1, 0)) + 1, f.start)):
            continue  # "Norrviks tingsrätt, Box 12, …" / "Telefon 0123-45 61 00. E-post …": the letterhead's number
        if f.category == "PHONE" and _switchboard(f.text) and opens_with_unit(text, f.start) and not (
                _PRIVATE.search(line) or has_personnummer(findings, a, b)
                or _names_a_person([g for g in findings if g.category == "PERSON"], a, b)):
            continue  # "Miljöenheten, Storgatan 1, …, 0123-450 00": the unit's contact line, its switchboard (its
            # address is the unit's too: authority_lines)
        block = next(((x, y) for x, y in blocks if x <= f.start < y), None)
        if block is not None and (f.category in MONEY or (f.category == "ADDRESS" and BOX.match(f.text))
                                  or (f.category in ("POSTAL_CODE", "ADDRESS") and _box_block(text, block, f))
                                  or (f.category == "PHONE" and _switchboard(f.text))):
            continue
        kept.append(f)
    return kept


# A service's label ("Kundtjänst:", "Växel:"): what its sentence lists after it is the service's.
_SERVICE_LABEL = re.compile(r"(?i)(?:kundtjänst|kundservice|växel|kontaktcenter|servicecenter|medborgarservice|"
                            r"expedition|reception|registrator)[ \t]*:")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[ \t\n]+)(?=[A-ZÅÄÖ])")


# A person trading in their own name: the firm's account is the person's ("han är egenföretagare och … företagets
# plusgiro"), as a sole trader and the firm are one
_SOLE_TRADER = re.compile(r"(?i)(?<![\w-])(?:egenföretagare(?:n)?|egen[ \t\n]+företagare|enskild[ \t\n]+firma|"
                          r"enskild[ \t\n]+näringsidkare|firma[ \t\n]+i[ \t\n]+eget[ \t\n]+namn)(?![\w-])")


def _sole_traders_sentence(text: str, start: int) -> bool:
    """True when the account's sentence, up to the account, says its owner trades in their own name."""
    lo = max(0, start - _OWNER_REACH)
    opening = lo
    for m in _SENTENCE_START.finditer(text, lo, start):
        opening = m.end()
    return _SOLE_TRADER.search(text, opening, start) is not None


def _service_sentence(text: str, start: int, findings: Sequence[Finding]) -> bool:
    """True for an account after a service's label in its sentence, no person named between."""
    lo = max(0, start - _OWNER_REACH)
    opening = None
    for m in _SENTENCE_START.finditer(text, lo, start):
        opening = m.end()
    label = _SERVICE_LABEL.search(text, opening, start) if opening is not None else None
    if label is None:
        return False
    return not any(g.category == "PERSON" and g.start is not None and label.start() <= g.start < start
                   and g.status != "rejected" for g in findings)


def _paid_in_to_authority(text: str, start: int, end: int, findings: Sequence[Finding]) -> bool:
    """True when a fee, a fine or an invoice is paid in to the account and its sentence names no person, no
    personnummer and no one's own account ("Avgiften betalas till bankgiro 5xxx"; not "Hyran betalas till hennes
    bankgiro", nor "… till bankgiro 5xxx, som tillhör Per Ek")."""
    group = _GROUP_PAYEE.search(text, max(0, start - _OWNER_REACH), start)
    if group is not None and group.group("group").lower() not in _PEOPLE_PLURALS and definite_plural(group.group("group")):
        m = group  # "betalas till Nattvandrarna på bankgiro": a group by its name in the definite plural, no person
    else:
        m = _PAID_IN.search(text, max(0, start - _OWNER_REACH), start)
    if m is None or _PRIVATE.search(text, m.start(), start) or _OWN_WORD.search(text, m.start(), start):
        return False
    opening = m.start()
    for stop in _SENTENCE_START.finditer(text, max(0, start - _OWNER_REACH), m.start() + 1):
        opening = stop.end()
    closing = _SENTENCE_STOP.search(text, end)
    closing_at = closing.start() if closing else len(text)
    return not any(f.category in ("PERSON", "PERSONNUMMER") and f.start is not None and opening <= f.start < closing_at
                   and f.status != "rejected" for f in findings)


_SENTENCE_STOP = re.compile(r"[.!?;](?=[ \t\n]|$)|\n[ \t]*\n")


def _organisation_named_before(text: str, start: int, findings: Sequence[Finding]) -> bool:
    """True when an association or a company is named right before an account with no person between
    ("Ekby hembygdsförening, bankgiro 5xxx"; not "Föreningens kassör Anna Berg har plusgiro …")."""
    m = _NAMED_ORGANISATION_ACCOUNT.search(text, max(0, start - _OWNER_REACH), start)
    if m is None:
        return False
    between = text[m.start():start]
    if _PRIVATE.search(between) or re.search(r"(?i)(?<![\w])(?:hans|hennes|sin|sitt|sina|egna?|privata?)(?![\w])", between):
        return False
    if any(f.category == "PERSON" and f.end is not None and f.end <= m.start()
           and _BESIDE_ORGANISATION.match(text[f.end:m.start()]) for f in findings):
        return False  # "Nils Ek, Tallby bygdegårdsförening, har bankgiro": his, in the association's name or not
    return not any(f.category in ("PERSON", "PERSONNUMMER") and f.start is not None and m.start() <= f.start < start
                   and not ENDS_IN_FORM.search(f.text) for f in findings)


_SWITCHBOARD_WORD = re.compile(r"(?i)växel|växeln|vxl\.?")  # the label itself, read as a name by the model
_SWITCHBOARD_LABEL = re.compile(r"(?i)(?<![\w-])(?:växel|växeln|vxl)\.?[ \t]*:?[ \t]*((?:\+46[ \t]?|0)\d{1,3}[- \t]?\d[\d \t-]{3,10}\d)")


_ENDS_IN_ACCOUNT_WORD = re.compile(r"(?i)(?<![\w-])(?:bankgiro|plusgiro|bg|pg)[ \t:]*$")


def _switchboard_line_before(text: str, a: int, start: int, findings: Sequence[Finding]) -> bool:
    """True for an account that opens its line right after a switchboard line ending in the account's word, the
    line naming no person: the organisation's footer, wrapped before its number."""
    if text[a:start].strip() or a == 0:
        return False
    pa = text.rfind("\n", 0, a - 1) + 1
    prev = text[pa:a - 1]
    return bool(_ENDS_IN_ACCOUNT_WORD.search(prev) and _switchboard_line(prev) and not _PRIVATE.search(prev)
                and not _names_a_person([g for g in findings if not _SWITCHBOARD_WORD.fullmatch(g.text.strip())],
                                        pa, a - 1))


def _switchboard_line(line: str) -> bool:
    """A line with the organisation's switchboard ("Växel 0248-61 50 00"): a letterhead's or a footer's."""
    m = _SWITCHBOARD_LABEL.search(line)
    return m is not None and _switchboard(m.group(1))


_BESIDE_ORGANISATION = re.compile(r"^[ \t\n]*(?:,|\(|från|i|vid|för|på)?[ \t\n]*$")


def _box_block(text: str, block: tuple[int, int], f: Finding) -> bool:
    """The postal code and town of a Box address given on its own line ("Box 512" / "451 81 Norrvalla")."""
    body = text[block[0]:block[1]]
    if not any(BOX.match(ln) for ln in body.split("\n")):
        return False
    return bool(POSTAL_LINE.match(f.text)) or bool(BOX.match(f.text))


def _switchboard(number: str) -> bool:
    """A number ending in 000 ("0522-69 70 00"): an organisation's switchboard, in its letterhead."""
    digits = re.sub(r"\D", "", number)
    return len(digits) >= 8 and digits.endswith("000") and not digits.startswith("07")


# A switchboard number right after a word: "Växel 0346-88 00 00", "Kontaktcenter: 0645-38 20 00".
# (the line may wrap between the word and its number: "Växel" / "0346-88 00 00")
_SWITCHBOARD_AFTER = re.compile(r"[ \t]*:?[ \t]*\n?[ \t]*((?:\+46[ \t]?|0)\d{1,3}[- \t]?\d[\d \t-]{3,10}\d)(?![\d-])")
# Words that name an organisation's common line, whatever its number ends in ("Växel 0553-318 00").
_SWITCHBOARD_WORDS = frozenset({"växel", "växeln", "vxl", "telefonväxel", "kontaktcenter", "kundtjänst",
                                "servicecenter", "medborgarservice", "reception", "receptionen", "kundcenter"})
# one of those words after a genitive ("Kansliets växel")
_SWITCHBOARD_WORD_AFTER = re.compile(rf"[ \t]+(?i:{'|'.join(sorted(_SWITCHBOARD_WORDS))})(?![\w])")


def switchboard_label(f: Finding, text: str) -> bool:
    """True for a one-word name proposal right before a switchboard number ("Växel", "Kontaktcenter"), or a genitive
    before the switchboard's word and number ("Kansliets växel 036-…"): the organisation's own contact label (the
    caller decides that the word is no listed name)."""
    if f.category != "PERSON" or f.end is None or " " in f.text.strip() or "\n" in f.text:
        return False
    m = _SWITCHBOARD_AFTER.match(text, f.end)
    if m is None and f.text.strip().endswith("s") and (word := _SWITCHBOARD_WORD_AFTER.match(text, f.end)):
        # a body's genitive before the word of its line ("Kansliets växel 036-…"): that body's own line
        return _SWITCHBOARD_AFTER.match(text, word.end()) is not None
    return m is not None and (_switchboard(m.group(1)) or f.text.strip().strip(":").lower() in _SWITCHBOARD_WORDS)

