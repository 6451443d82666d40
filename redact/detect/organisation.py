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

from redact.detect.authority_lines import on_units_mailbox_line, opens_with_unit
from redact.detect.common_nouns import definite_plural
from redact.detect.company_forms import AFTER_NAME, ASSOCIATION_AFTER_NAME, inside_company_form
from redact.detect.giro_columns import payments_header_above
from redact.detect.paying_account import paid_from, persons_own
from redact.detect.patterns import luhn_ok
from redact.detect.private_boxes import persons_box
from redact.types import Finding

_LEGAL_GROUPS = frozenset("2")
_ORG_NUMBER = re.compile(r"(?<![\w-])(?:16)?([1-9]\d[2-9]\d{3})[-\u2010-\u2013]?(\d{4})(?![\w])")
# Company forms on a line: "Måleri i Norrvalla AB", "Hyresvärden Norrvalla Bostäder ekonomisk förening".
# "AB" only after a capitalised word: alone it may be someone's initials.
_LEGAL_WORDS = re.compile(
    rf"(?:[A-ZÅÄÖ][\w&.-]*[ \t]+{AFTER_NAME}(?![\w])|(?i:(?<![\w])(?:aktiebolag(?:et)?|ekonomisk förening|"
    r"ek\.[ \t]?för\.?|bostadsrättsförening(?:en)?|brf|stiftelse(?:n)?|ideell förening)(?![\w])))"
)
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
_ORGANISATIONS_ACCOUNT = re.compile(
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
_NAMED_ORGANISATION_ACCOUNT = re.compile(
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
_PAID_IN = re.compile(
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
_PRIVATE = re.compile(r"(?i)enskild firma|enskild näringsidkare|privatperson|privat(?:konto|person)|personkonto")
# Nordea's personkonto: clearing 3300 (or 3782) and the holder's personnummer as the account ("3300-380214 2285"):
# the number itself says that a person holds it, whatever company the sentence names beside it ("personkonto …,
# bostadsrätt i Brf Tallåsen")
_PERSONKONTO = re.compile(r"(?<!\d)(?:3300|3782)[ \t]?[-\u2010-\u2013]?[ \t]?(\d{6})[ \t]?[-\u2010-\u2013]?[ \t]?(\d{4})(?!\d)")


def _personkonto(account: str) -> bool:
    """True for a clearing number of Nordea's personkonto followed by a personnummer with a valid check digit."""
    m = _PERSONKONTO.search(account)
    return m is not None and luhn_ok(m.group(1) + m.group(2))
# A person writing of their own box ("har jag en postbox", "mitt privata nummer"): the box is theirs.
_OWN_BOX = re.compile(r"(?i)(?<![\w])(?:jag|mitt|min|mina|privata?)(?![\w])")
_BOX = re.compile(r"(?i)^\s*box\s+\d")
_MONEY = ("BANK_ACCOUNT", "IBAN")
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
    if _PRIVATE.search(text, a, b) or _has_personnummer(findings, a, b):
        return False
    if _NAMED_BEFORE_NUMBER.search(text, a, f.start):
        return True
    return not text[a:f.start].strip() and _company_row(text, lines, a, findings, f.text)


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
_COMPANY_REACHED = re.compile(
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


def _has_personnummer(findings: Sequence[Finding], a: int, b: int) -> bool:
    return any(f.category == "PERSONNUMMER" and f.start is not None and a <= f.start < b for f in findings)


def _names_a_person(findings: Sequence[Finding], a: int, b: int, text: str = "") -> bool:
    """A private person may be the one the numbers belong to: a name or a home address stands there
    (not the organisation's own reference person: "Er referens: Linnéa Gustavsson")."""
    return any(f.start is not None and a <= f.start < b and (
        (f.category == "PERSON" and not (text and _REFERENCE.search(text, text.rfind("\n", 0, f.start) + 1, f.start)))
        or (f.category == "ADDRESS" and not _BOX.match(f.text))) for f in findings)


_REFERENCE = re.compile(r"(?im)^[ \t]*(?:er|vår)[ \t]+referens|^[ \t]*(?:att|attn|kontaktperson|handläggare)[ \t]*:")


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
              and not _PRIVATE.search(text[a:b]) and not _has_personnummer(findings, a, b)
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
        private = _PRIVATE.search(line) or _has_personnummer(findings, a, b) or _names_a_person(findings, a, b)
        if f.category in ("ADDRESS", "POSTAL_CODE") and _OWN_BOX.search(text, text.rfind("\n", 0, max(a - 1, 0)) + 1, b):
            kept.append(f)
            continue
        if f.category in _MONEY and _service_sentence(text, f.start, findings):
            continue  # "Kundtjänst: kundtjanst@…, 0480-55 20 40; bankgiro …": the service's contact data
        if f.category in _MONEY and (_ORGANISATIONS_ACCOUNT.search(text, max(0, f.start - _OWNER_REACH), f.start)
                                     or _organisation_named_before(text, f.start, findings)
                                     or _paid_in_to_authority(text, f.start, f.end or f.start, findings)) and not (
                _PRIVATE.search(line) or _has_personnummer(findings, a, b)):
            continue  # "till kommunens bankgiro", "på föreningens plusgiro": the organisation's, whoever else the line names
        if f.category in _MONEY and _switchboard_line_before(text, a, f.start, findings):
            continue  # "…, växel 0656-780 00, bankgiro" / "5050-7417. Handläggare …": the footer's account, wrapped
        if f.category in _MONEY and _switchboard_line(line) and not (
                _PRIVATE.search(line) or _has_personnummer(findings, a, b) or _names_a_person(
                    [g for g in findings if not _SWITCHBOARD_WORD.fullmatch(g.text.strip())], a, b)):
            continue  # "Växel 0248-61 50 00, bankgiro 5201-8876": the authority's footer line, whoever signs above it
        if f.category in _MONEY and not private and not paid_from(text, f.start) and not persons_own(text, f.start):
            rest = line.replace(f.text.split("\n")[0], " ")
            if legal_person_number(rest) or _LEGAL_WORDS.search(rest) or _company_row(text, lines, a, findings, f.text):
                continue
        if f.category == "PERSON" and (_COMPANY_NAME_REST.match(text, f.end or f.start, b)
                                       or _ENDS_IN_FORM.search(f.text) or inside_company_form(text, f.start, f.end or f.start)):
            continue  # "Ekviks Bygg" of "Ekviks Bygg och Mark AB", "Jensen Landskab ApS": a company's name
        if f.category == "ADDRESS" and _BOX.match(f.text) and not private and not _names_a_person(
                [g for g in findings if g.category == "PERSON"], text.rfind("\n", 0, max(a - 1, 0)) + 1, a, text) \
                and not _person_row(text, lines, a, findings) and not _column_of_homes(text, lines, a, f, findings) \
                and not _sole_traders_box(text, f.start) and not persons_box(text, f.start, findings):
            continue  # "Elevhälsan, Box 50, 671 21 Älvnäs": a postal box with no name by it is an organisation's
        if f.category == "PHONE" and _companys_phone(text, f.start):
            continue  # "… ägs av Ekby Bostäder AB; … Bolaget nås på 0123-140 00.": the company's line
        if f.category == "PHONE" and on_units_mailbox_line(text, f.start, _persons_at(findings)) and not (
                _PRIVATE.search(line) or _has_personnummer(findings, a, b)):
            continue  # "Region …, Blodcentralen Norrvik, …" / "Bokning 0570-48 55 10, blodcentralen@…": the unit's
        if f.category == "PHONE" and _switchboard(f.text) and opens_with_unit(text, f.start) and not (
                _PRIVATE.search(line) or _has_personnummer(findings, a, b)
                or _names_a_person([g for g in findings if g.category == "PERSON"], a, b)):
            continue  # "Miljöenheten, Storgatan 1, …, 0123-450 00": the unit's contact line, its switchboard (its
            # address is the unit's too: authority_lines)
        block = next(((x, y) for x, y in blocks if x <= f.start < y), None)
        if block is not None and (f.category in _MONEY or (f.category == "ADDRESS" and _BOX.match(f.text))
                                  or (f.category in ("POSTAL_CODE", "ADDRESS") and _box_block(text, block, f))
                                  or (f.category == "PHONE" and _switchboard(f.text))):
            continue
        kept.append(f)
    return kept


# A service's label ("Kundtjänst:", "Växel:"): what its sentence lists after it is the service's.
_SERVICE_LABEL = re.compile(r"(?i)(?:kundtjänst|kundservice|växel|kontaktcenter|servicecenter|medborgarservice|"
                            r"expedition|reception|registrator)[ \t]*:")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[ \t\n]+)(?=[A-ZÅÄÖ])")


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
                   and not _ENDS_IN_FORM.search(f.text) for f in findings)


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


# What follows a name on its line when the name is part of a company's or an association's: more capitalised words,
# then the form.
_COMPANY_NAME_REST = re.compile(
    rf"(?:[ \t]+(?:och|&|i)?[ \t]*[A-ZÅÄÖ][\w&.-]*)*[ \t]+(?:{AFTER_NAME}|{ASSOCIATION_AFTER_NAME})"
    # the line ends there, or the sentence goes on after a stop ("… Tank & Rör AB; kvittot finns"), or the firm's
    # organisation number follows in brackets ("… Järn & Färg HB (969612-3455)")
    r"(?:[ \t.,;]*$|[.,;:)][ \t]|[ \t]+[a-zåäö]|[ \t]*\([ \t]*\d)"
)
# A cell that is only a company form ("AB" in a column "Form") or a company's own organisation number.
_FORM_CELL = re.compile(rf"^[ \t]*(?:{AFTER_NAME}|Ek\.?[ \t]?för\.?)[ \t]*$")
_COMPANY_NUMBER = re.compile(r"^[ \t]*(?:SE)?(?:16)?([5-9]\d[2-9]\d{3})[-\u2010-\u2013]?(\d{4})(?:01)?[ \t]*$")
_ROW_LINES = 4
# a cell that is an account's number alone: a plusgiro in its groups or a clearing number and account ("83 44 17-8",
# "8327-4, 915 204 663-1", "9150-224 31 76")
_ACCOUNT_CELL = re.compile(r"^[ \t]*(?:\d{1,3}(?:[ \t]\d\d){1,3}-\d|\d{4}(?:-\d)?(?:,[ \t]?|-|[ \t])\d{1,3}(?:[ \t]?\d{1,4}){1,4}"
                           r"(?:-\d)?)[ \t]*$")
# a bank account written as its clearing number (four digits, Swedbank's five) and the account ("8327-4, 915 204 663-1",
# "6182-512 774 309", "9150-224 31 76"): a bank's account, which a shop or a firm paid through a register rarely gives
_CLEARING_CELL = re.compile(r"^[ \t]*[1-9]\d{3}(?:-\d)?(?:,[ \t]?|-|[ \t])(?P<account>\d{1,4}(?:[ \t]?\d{1,4}){1,4}(?:-\d)?)[ \t]*$")
# a plusgiro number in its groups of two ("27 81 44-1"): private persons' accounts as often as firms'
_GROUPED_PLUSGIRO_CELL = re.compile(r"^[ \t]*\d{1,3}(?:[ \t]\d\d){1,3}-\d[ \t]*$")


# the bank's name the account's finding opens with ("Swedbank 8480-6, 4 417 208-3", "Sparbanken Nord 8149-4, …")
_BANK_NAME = re.compile(r"^[ \t]*(?:[A-ZÅÄÖ][\wåäö]*(?:bank|banken)(?:[ ][A-ZÅÄÖ][a-zåäö]+)?"
                        r"|[A-ZÅÄÖ][\wåäö]*[ ](?:Bank|Banken)"
                        r"|Nordea|SEB|Länsförsäkringar|Skandia|Avanza|Nordnet|Santander)[ \t]+(?=\d)")


def _bank_account_cell(number: str) -> bool:
    """A clearing number and an account of six digits or more (not a bankgiro number's four: "5340-0198"), the
    bank's name perhaps before them."""
    bank = _BANK_NAME.match(number)
    m = _CLEARING_CELL.match(number[bank.end():] if bank else number)
    return m is not None and len(re.sub(r"\D", "", m.group("account"))) >= 6


_ENDS_IN_FORM = re.compile(rf"\S[ \t]+{AFTER_NAME}\.?$")


def _company_row(text: str, lines: Sequence[tuple[int, int]], start: int, findings: Sequence[Finding],
                 number: str = "") -> bool:
    """A number alone on its line (a cell of a table read one cell a line) whose row names a company:
    one of the few cells before it is a company's name, a company form ("AB") or a company's
    organisation number, with no person's name or personnummer in between. A row opening with a
    person keeps a bank account (clearing number and account) or a number under a payments header:
    the company named between is the shop or the employer, the money goes to the person."""
    idx = next((i for i, (a, _) in enumerate(lines) if a == start), None)
    if idx is None:
        return False
    # a line of running text is no cell: "… betala via autogiro från Swedbank 8327-4, …" is the person's account,
    # whatever employer the lines above name ("montör hos Ekhamra Plåt AB"); a cell holds the number, a label or the
    # bank's name at most
    if number and len(text[lines[idx][0]:lines[idx][1]].replace(number.split("\n")[0], " ").split()) > 2:
        return False

    def companys(cell_start: int) -> bool:
        if not (_bank_account_cell(number) or (_GROUPED_PLUSGIRO_CELL.match(number) and payments_header_above(
                [text[x:y] for x, y in lines], idx))):
            return True  # a bankgiro number is a business's as a rule
        return not _row_opens_with_person(text, lines, idx, cell_start, findings)

    window = lines[max(0, idx - _ROW_LINES):idx]
    for n in range(len(window) - 1, -1, -1):
        a, b = window[n]
        cell = text[a:b]
        if _LEGAL_WORDS.search(cell) and not _has_personnummer(findings, a, b):
            return companys(a)
        if _ACCOUNT_CELL.match(cell) or any(f.category in _MONEY and f.start is not None and a <= f.start < b
                                            for f in findings):
            return False  # the row before's account: this row began after it
        if not cell.strip() or _has_personnummer(findings, a, b):
            return False
        if any(f.category == "PERSON" and f.start is not None and a <= f.start < b
               and not _COMPANY_NAME_REST.match(text, f.end or f.start, b) for f in findings):
            # "Laddteknik Syd AB" / "Strömgren" / "1 900 kr" / account: the company's contact person after the
            # company that opens the row (companys() still keeps it when a person opens the row before them)
            before = window[n - 1] if n > 0 else None
            if before is not None and len(cell.strip()) <= 40 and _ENDS_IN_FORM.search(
                    text[before[0]:before[1]].strip()) and len(text[before[0]:before[1]].strip()) <= 40:
                return companys(before[0])  # cells of a table, not lines of running text
            return False
        m = _COMPANY_NUMBER.match(cell)
        if _FORM_CELL.match(cell) or _LEGAL_WORDS.search(cell) or (m and luhn_ok(m.group(1) + m.group(2))):
            return companys(a)
        if _ASSOCIATION_CELL.search(cell):
            # "Lind" / "Ekby skytteförening" / "8327-4, 915 204 663-1": a row opening with a person is theirs, the
            # association they lead named beside it (recall first); one opening with the association is its own
            return not _row_opens_with_person(text, lines, idx, a, findings)
    return False


def _row_opens_with_person(text: str, lines: Sequence[tuple[int, int]], idx: int, cell_start: int,
                           findings: Sequence[Finding]) -> bool:
    """True when a cell before an association's cell in the same row (back to a blank line, the previous row's
    account or ``_ROW_LINES`` lines) names a person."""
    for a, b in reversed(lines[max(0, idx - _ROW_LINES):idx]):
        if a >= cell_start:
            continue
        cell = text[a:b].strip()
        if not cell or any(f.category in _MONEY and f.start is not None and a <= f.start < b for f in findings):
            return False
        if _ASSOCIATION_CELL.search(cell) or _LEGAL_WORDS.search(cell) or _CLUB_FORM.search(cell):
            return False  # "Ödmårdens byalag" / "Ödmården 5:3" / "Ödmårdens byalag": the row opens with the association
        if any(f.category == "PERSON" and f.start is not None and a <= f.start < b
               and not _COMPANY_NAME_REST.match(text, f.end or f.start, b) for f in findings):
            return True
        # a surname alone in its cell, named in full elsewhere on the page ("Lind" of "Karin Lind" in a list above)
        if cell.istitle() and cell.isalpha() and len(cell) >= 3 and any(
                f.category == "PERSON" and (f.start is None or not a <= f.start < b) and cell in f.text.split()
                for f in findings):
            return True
    return False


# A cell naming an association by the word its name ends in ("Bredmo byalag", "Norrby vägförening", "Ekens
# samfällighetsförening"): a payments column's number in its row is the association's.
_ASSOCIATION_CELL = re.compile(r"(?i)\S[ \t]+\w*(?:förening|föreningen|byalag|byalaget|samfällighet|samfälligheten|"
                               r"klubb|klubben|församling|stiftelse|stiftelsen|förbund|förbundet)[ \t]*$")


# a club's form after its place's name ("Kallholmens BK", "Björnsäters HBF") or an association's word in any case
_CLUB_FORM = re.compile(r"(?<![\w-])(?:IF|IK|BK|FK|SK|GIF|BIK|AIK|FF|HBF|SPF|PRO|KFUM|KFUK)(?![\w-])"
                        r"|(?i:\w*(?:byalag|förening|sällskap|gille|scoutkår|kör|kören|orkester)(?![\w-]))")


_ORG_CELL = re.compile(r"(?i)\b(?:kommun|region|förvaltning\w*|nämnd\w*|enhet\w*|avdelning\w*)\b")


def _person_row(text: str, lines: Sequence[tuple[int, int]], start: int, findings: Sequence[Finding]) -> bool:
    """A Box address in a row of a table read one cell a line whose earlier cells name a person
    ("Stefan" / "Claesson" / "Lindby Tallen 1:4" / "Box 88, 451 90 Lindby"): the person's own postal address."""
    idx = next((i for i, (a, _) in enumerate(lines) if a == start), None)
    if idx is None:
        return False
    for a, b in reversed(lines[max(0, idx - _ROW_LINES):idx]):
        cell = text[a:b]
        if not cell.strip() or len(cell) > 40 or _LEGAL_WORDS.search(cell) or _ORG_CELL.search(cell):
            return False
        if any(f.category in ("PERSON", "PERSONNUMMER") and f.start is not None and a <= f.start < b
               and not _REFERENCE.search(cell) for f in findings):
            return True
    return False


_COLUMN_REACH = 12


def _column_of_homes(text: str, lines: Sequence[tuple[int, int]], start: int, box: Finding,
                     findings: Sequence[Finding]) -> bool:
    """A Box address that is a whole cell among cells that are street addresses (an "Adress" column
    read one cell a line, "Strandstigen 5, 828 91 Össjön" above it): the column holds people's homes."""
    idx = next((i for i, (a, _) in enumerate(lines) if a == start), None)
    if idx is not None and _cell_of(text, lines[idx], box) is not None:
        return _row_cells_of_homes(text, lines, idx, box, findings)
    if idx is None or not _whole_cells(text, lines, idx, box.text):
        return False
    # an organisation named just before ("Norrviks kommun" / "Fastighetsavdelningen" / "Box 214") owns the box
    if any(_ORG_CELL.search(text[a:b]) or _LEGAL_WORDS.search(text[a:b]) for a, b in lines[max(0, idx - 3):idx]):
        return False
    near = {a: i for i, (a, _) in enumerate(lines[max(0, idx - _COLUMN_REACH):idx + _COLUMN_REACH + 1],
                                             start=max(0, idx - _COLUMN_REACH)) if a != start}
    return any(f.category == "ADDRESS" and f.start in near and not _BOX.match(f.text)
               and _whole_cells(text, lines, near[f.start], f.text)
               and not _ORG_CELL.search(f.text) for f in findings)


def _whole_cells(text: str, lines: Sequence[tuple[int, int]], idx: int, value: str) -> bool:
    """True when ``value`` is line ``idx`` whole, or that line and the postal code's line after it: an address
    written over two cells of a row read one cell a line ("Box 402" / "645 22 Sjöhamra" under "Gatuadress" and
    "Postort") is one finding over both."""
    a, b = lines[idx]
    if text[a:b].strip() == value.strip():
        return True
    return (idx + 1 < len(lines) and _POSTAL_LINE.match(text[lines[idx + 1][0]:lines[idx + 1][1]]) is not None
            and " ".join(text[a:lines[idx + 1][1]].split()) == " ".join(value.split()))


_POSTAL_LINE = re.compile(r"^\s*(?:SE-?)?\d{3}\s?\d{2}(?:\s+[A-ZÅÄÖ][\w-]*){1,3}\s*$")
# the border between two cells of a row on one line: a bar or a tab
_CELL_BORDER = re.compile(r"[ \t]*(?:\||\t)[ \t]*")


def _cell_of(text: str, line: tuple[int, int], f: Finding) -> int | None:
    """Which cell of its row ``f`` fills whole, when the row stands on one line with bars or tabs between its cells
    ("| 5 | Box 402 | 645 22 Sjöhamra |"); None when it fills no cell whole."""
    a, b = line
    if f.start is None or f.end is None or not a <= f.start or f.end > b:
        return None
    head, tail = text[a:f.start], text[f.end:b]
    if not re.search(r"(?:\||\t)[ \t]*$", head) or not re.match(r"[ \t]*(?:\||\t|$)", tail):
        return None
    return len(_CELL_BORDER.findall(head.strip(" ")))


def _row_cells_of_homes(text: str, lines: Sequence[tuple[int, int]], idx: int, box: Finding,
                        findings: Sequence[Finding]) -> bool:
    """A Box address filling a cell of a row on one line, the same cell of a row near it a street address ("| 4 |
    Bruksgatan 2 B | 645 33 Sjöhamra |" above "| 5 | Box 402 | 645 22 Sjöhamra |"): the column holds people's homes."""
    column = _cell_of(text, lines[idx], box)
    near = lines[max(0, idx - _COLUMN_REACH):idx + _COLUMN_REACH + 1]
    return any(f.category == "ADDRESS" and not _BOX.match(f.text) and not _ORG_CELL.search(f.text)
               and f.start is not None and (line := next(((a, b) for a, b in near if a <= f.start < b), None))
               and line != lines[idx] and _cell_of(text, line, f) == column for f in findings)


def _box_block(text: str, block: tuple[int, int], f: Finding) -> bool:
    """The postal code and town of a Box address given on its own line ("Box 512" / "451 81 Norrvalla")."""
    body = text[block[0]:block[1]]
    if not any(_BOX.match(ln) for ln in body.split("\n")):
        return False
    return bool(_POSTAL_LINE.match(f.text)) or bool(_BOX.match(f.text))


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


def switchboard_label(f: Finding, text: str) -> bool:
    """True for a one-word name proposal right before a switchboard number ("Växel", "Kontaktcenter"):
    the organisation's own contact label (the caller decides that the word is no listed name)."""
    if f.category != "PERSON" or f.end is None or " " in f.text.strip() or "\n" in f.text:
        return False
    m = _SWITCHBOARD_AFTER.match(text, f.end)
    return m is not None and (_switchboard(m.group(1)) or f.text.strip().strip(":").lower() in _SWITCHBOARD_WORDS)

