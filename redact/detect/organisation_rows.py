"""Whose a table's row or a letter's block is: a company's or an association's, a person's, a column of homes.

The organisation rules (``organisation.drop_organisation_data``) keep a number readable when its row names a company
and no person; these are the readings of rows, cells and columns they ask, and the few patterns both share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.authority_lines import unit_name_line
from redact.detect.company_forms import AFTER_NAME, ASSOCIATION_AFTER_NAME
from redact.detect.giro_columns import payments_header_above
from redact.detect.patterns import luhn_ok
from redact.types import Finding

# Company forms on a line: "Måleri i Norrvalla AB", "Hyresvärden Norrvalla Bostäder ekonomisk förening".
# "AB" only after a capitalised word: alone it may be someone's initials.
LEGAL_WORDS = re.compile(
    rf"(?:[A-ZÅÄÖ][\w&.-]*[ \t]+{AFTER_NAME}(?![\w])|(?i:(?<![\w])(?:aktiebolag(?:et)?|ekonomisk förening|"
    r"ek\.[ \t]?för\.?|bostadsrättsförening(?:en)?|brf|stiftelse(?:n)?|ideell förening)(?![\w])))"
)
BOX = re.compile(r"(?i)^\s*box\s+\d")
MONEY = ("BANK_ACCOUNT", "IBAN")
REFERENCE = re.compile(r"(?im)^[ \t]*(?:er|vår)[ \t]+referens|^[ \t]*(?:att|attn|kontaktperson|handläggare)[ \t]*:")


def has_personnummer(findings: Sequence[Finding], a: int, b: int) -> bool:
    """True when a personnummer is found between ``a`` and ``b``."""
    return any(f.category == "PERSONNUMMER" and f.start is not None and a <= f.start < b for f in findings)


# What follows a name on its line when the name is part of a company's or an association's: more capitalised words,
# then the form.
COMPANY_NAME_REST = re.compile(
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


ENDS_IN_FORM = re.compile(rf"\S[ \t]+{AFTER_NAME}\.?$")


def company_row(text: str, lines: Sequence[tuple[int, int]], start: int, findings: Sequence[Finding],
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
        if LEGAL_WORDS.search(cell) and not has_personnummer(findings, a, b):
            return companys(a)
        if _ACCOUNT_CELL.match(cell) or any(f.category in MONEY and f.start is not None and a <= f.start < b
                                            for f in findings):
            return False  # the row before's account: this row began after it
        if not cell.strip() or has_personnummer(findings, a, b):
            return False
        if any(f.category == "PERSON" and f.start is not None and a <= f.start < b
               and not COMPANY_NAME_REST.match(text, f.end or f.start, b) for f in findings):
            # "Laddteknik Syd AB" / "Strömgren" / "1 900 kr" / account: the company's contact person after the
            # company that opens the row (companys() still keeps it when a person opens the row before them)
            before = window[n - 1] if n > 0 else None
            if before is not None and len(cell.strip()) <= 40 and ENDS_IN_FORM.search(
                    text[before[0]:before[1]].strip()) and len(text[before[0]:before[1]].strip()) <= 40:
                return companys(before[0])  # cells of a table, not lines of running text
            return False
        m = _COMPANY_NUMBER.match(cell)
        if _FORM_CELL.match(cell) or LEGAL_WORDS.search(cell) or (m and luhn_ok(m.group(1) + m.group(2))):
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
        if not cell or any(f.category in MONEY and f.start is not None and a <= f.start < b for f in findings):
            return False
        if _ASSOCIATION_CELL.search(cell) or LEGAL_WORDS.search(cell) or _CLUB_FORM.search(cell):
            return False  # "Ödmårdens byalag" / "Ödmården 5:3" / "Ödmårdens byalag": the row opens with the association
        if any(f.category == "PERSON" and f.start is not None and a <= f.start < b
               and not COMPANY_NAME_REST.match(text, f.end or f.start, b) for f in findings):
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


def person_row(text: str, lines: Sequence[tuple[int, int]], start: int, findings: Sequence[Finding]) -> bool:
    """A Box address in a row of a table read one cell a line whose earlier cells name a person
    ("Stefan" / "Claesson" / "Lindby Tallen 1:4" / "Box 88, 451 90 Lindby"): the person's own postal address."""
    idx = next((i for i, (a, _) in enumerate(lines) if a == start), None)
    if idx is None:
        return False
    for a, b in reversed(lines[max(0, idx - _ROW_LINES):idx]):
        cell = text[a:b]
        if not cell.strip() or len(cell) > 40 or LEGAL_WORDS.search(cell) or _ORG_CELL.search(cell):
            return False
        if any(f.category in ("PERSON", "PERSONNUMMER") and f.start is not None and a <= f.start < b
               and not REFERENCE.search(cell) for f in findings):
            return True
    return False


_COLUMN_REACH = 12


def column_of_homes(text: str, lines: Sequence[tuple[int, int]], start: int, box: Finding,
                     findings: Sequence[Finding]) -> bool:
    """A Box address that is a whole cell among cells that are street addresses (an "Adress" column
    read one cell a line, "Strandstigen 5, 828 91 Össjön" above it): the column holds people's homes."""
    idx = next((i for i, (a, _) in enumerate(lines) if a == start), None)
    if idx is not None and _cell_of(text, lines[idx], box) is not None:
        return _row_cells_of_homes(text, lines, idx, box, findings)
    if idx is None or not _whole_cells(text, lines, idx, box.text):
        return False
    # an organisation named just before ("Norrviks kommun" / "Fastighetsavdelningen" / "Box 214") owns the box
    if any(_ORG_CELL.search(text[a:b]) or LEGAL_WORDS.search(text[a:b]) for a, b in lines[max(0, idx - 3):idx]):
        return False
    # so does the authority whose name stands on the line right above ("Farledsverket" / "Box 40, 851 04 Norrvik"
    # heading a letter, the addressee's window after it): its letterhead, not a column
    if idx > 0 and unit_name_line(text[lines[idx - 1][0]:lines[idx - 1][1]]):
        return False
    near = {a: i for i, (a, _) in enumerate(lines[max(0, idx - _COLUMN_REACH):idx + _COLUMN_REACH + 1],
                                             start=max(0, idx - _COLUMN_REACH)) if a != start}
    return any(f.category == "ADDRESS" and f.start in near and not BOX.match(f.text)
               and _whole_cells(text, lines, near[f.start], f.text)
               and not _ORG_CELL.search(f.text) for f in findings)


def _whole_cells(text: str, lines: Sequence[tuple[int, int]], idx: int, value: str) -> bool:
    """True when ``value`` is line ``idx`` whole, or that line and the postal code's line after it: an address
    written over two cells of a row read one cell a line ("Box 402" / "645 22 Sjöhamra" under "Gatuadress" and
    "Postort") is one finding over both."""
    a, b = lines[idx]
    if text[a:b].strip() == value.strip():
        return True
    return (idx + 1 < len(lines) and POSTAL_LINE.match(text[lines[idx + 1][0]:lines[idx + 1][1]]) is not None
            and " ".join(text[a:lines[idx + 1][1]].split()) == " ".join(value.split()))


POSTAL_LINE = re.compile(r"^\s*(?:SE-?)?\d{3}\s?\d{2}(?:\s+[A-ZÅÄÖ][\w-]*){1,3}\s*$")
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
    return any(f.category == "ADDRESS" and not BOX.match(f.text) and not _ORG_CELL.search(f.text)
               and f.start is not None and (line := next(((a, b) for a, b in near if a <= f.start < b), None))
               and line != lines[idx] and _cell_of(text, line, f) == column for f in findings)
