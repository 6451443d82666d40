"""Giro numbers listed in a table column beside persons, without a giro label of their own.

A register of payments ("Utbetalning till", "Betalas till", or no header at all) lists a
bankgiro or plusgiro number in each row; where the row is a private person's, the number is
that person's account, though no "plusgiro" stands before it ("163 84 51-3", "Pk 48 27 16-8").
A cell is taken when

* it is a whole cell holding a giro number with a valid check digit (a plusgiro number of five
  digits at least, or a bankgiro number that is no span of years), after at most a short label;
* the column holds two such cells at least, rows apart (a column of payments, not a stray
  number), or one beside whole cells of accounts found by their own rules (a clearing account, a
  personkonto, an IBAN: a column of accounts with one giro number among them); and
* its own row names a person and no organisation (a company, an association, a municipality:
  their numbers are theirs, and the organisation rules judge them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.code_columns import cell_spans
from redact.detect.first_chars import compile_scanning, compiled
from redact.detect.patterns import luhn_ok

_DASH = r"[-\u2010-\u2013]"
_GIRO_CELL = re.compile(
    rf"^(?:(?P<label>[A-Za-zÅÄÖåäö]{{1,3}}\.?)[ \t\u00a0]+)?"
    rf"(?P<number>[1-9]\d?(?:[ \u00a0]?\d\d){{0,3}}{_DASH}\d|[1-9]\d{{2,3}}{_DASH}\d{{4}})$"
)
# a giro number's shape anywhere in the text, to find the few cells worth a closer look
_NUMBER = compile_scanning(
    rf"(?<![\w\-\u2010-\u2013+,.])(?:\d{{1,2}}(?:[ \u00a0]?\d\d){{0,3}}{_DASH}\d|\d{{3,4}}{_DASH}\d{{4}})"
    rf"(?![\w]|[.,]\d|{_DASH}\d)")
_BANKGIRO = re.compile(rf"\d{{3,4}}{_DASH}\d{{4}}")
_YEARS = re.compile(rf"^(?:19|20)\d\d{_DASH}")
# An organisation in the row: its numbers are the organisation's (organisation.py decides on them).
_ORGANISATION = re.compile(
    r"(?i)(?<![\w-])(?:AB|HB|KB|aktiebolag\w*|\w*stiftelse\w*|kommun\w*|region\w*|\w*nämnd\w*|\w*förvaltning\w*)(?![\w-])"
)
# An association in the row: its account, unless the row opens with a person (the leader the row is about, the
# association named beside: recall first).
_ASSOCIATION = re.compile(
    r"(?i)(?<![\w-])(?:\w*förening\w*|\w*förbund\w*|\w*samfällighet\w*|\w*byalag\w*|\w*klubb\w*|\w*församling\w*)"
    r"(?![\w-])"
)
_ORG_NUMBER = re.compile(rf"(?<![\w-])(?:16)?[1-9]\d[2-9]\d{{3}}{_DASH}?\d{{4}}(?![\w-])")
_ROW_GAP = 8  # lines between two cells of one column (a table read one cell a line)
_LONGEST_CELL = 40


def _giro(cell: str) -> tuple[int, int] | None:
    """The span of the giro number in a cell that is one (check digit valid), or None."""
    m = _GIRO_CELL.match(cell)
    if m is None:
        return None
    number = m.group("number")
    digits = re.sub(r"\D", "", number)
    if not luhn_ok(digits):
        return None
    bankgiro = re.fullmatch(rf"\d{{3,4}}{_DASH}\d{{4}}", number) is not None
    if bankgiro and _YEARS.match(number):
        return None  # "2019-2024": years
    if not bankgiro and len(digits) < 5:
        return None  # "12-3": too short to be told from a count or a reference
    return m.start("number"), m.end("number")


def listed_giros(
    text: str, persons: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]],
    accounts: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """Spans of giro numbers in a column of payments whose rows name persons (see the module docstring);
    ``taken``: spans already found (an account found by its label is left as it is); ``accounts``: the spans of
    accounts found by their own rules (clearing accounts, IBANs), each a row of the column when a whole cell."""
    if not persons:
        return []
    found = list(_NUMBER.finditer(text))  # cheap: most pages hold none or one
    if not found:
        return []
    starts, pos = [], 0
    lines = text.split("\n")
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    cells: list[tuple[int, int, int]] = []  # (start, end, line)
    for m in found:
        i = _line_of(starts, m.start())
        line = lines[i]
        at = m.start() - starts[i], m.end() - starts[i]
        cell = next(((a, b) for a, b in cell_spans(line) if a <= at[0] and at[1] <= b), None)
        if cell is None or cell[1] - cell[0] > _LONGEST_CELL:
            continue
        span = _giro(line[cell[0]:cell[1]])
        if span is not None:
            cells.append((starts[i] + cell[0] + span[0], starts[i] + cell[0] + span[1], i))
    if not cells:
        return []
    account_lines = _account_cell_lines(lines, starts, accounts)
    header = _payment_header_line(lines, cells[0][2])
    if len(cells) < 2 and not account_lines and header is None:
        return []
    person_lines = sorted({_line_of(starts, a) for a, _ in persons} | _name_part_lines(text, lines, persons))
    place = _header_place(lines, header) if header is not None else None
    out: list[tuple[int, int]] = []
    for n, (a, b, i) in enumerate(cells):
        before = cells[n - 1][2] if n > 0 else None
        after = cells[n + 1][2] if n + 1 < len(cells) else None
        # a column: another giro cell a few lines above or below (not on the same line: two cells of one row); under
        # a payments header rows of other accounts may stand between (a clearing account is no giro cell)
        gap = _ROW_GAP * 2 if header is not None and header < i else _ROW_GAP
        among_accounts = False
        if not ((before is not None and 0 < i - before <= gap)
                or (after is not None and 0 < after - i <= gap)):
            # the only giro number of a column of accounts: the other rows' accounts are its column
            rows = sorted({j for j in account_lines if j != i} | {c[2] for c in cells if c[2] != i})
            before = max((j for j in rows if j < i), default=None)
            after = min((j for j in rows if j > i), default=None)
            if not ((before is not None and i - before <= _ROW_GAP) or (after is not None and after - i <= _ROW_GAP)):
                if header is None or header >= i:
                    continue
                before = after = None  # the only giro number under a payments header: its row must name a person
            among_accounts = True
        if any(s < b and a < e for s, e in taken):
            continue
        # the row: the number's own line when the table is read a row a line, else as many lines up as a row
        # takes (a table read one cell a line; the account is a row's last cells as a rule)
        stride = i - before if before is not None and before < i else after - i if after is not None else 1
        low, high = (i, i) if stride <= 1 else (max(0, i - stride + 1), i)
        headed = header is not None and header < low
        if headed and stride > 1 and place is not None:
            # under a header cell alone on its line: the row is the cells from the row's first to this one, as many
            # as the header cells before the payments header (rows of other lengths stand between)
            low = max(header + 1, i - place)
        if among_accounts and before is None and after is None and place is not None and header is not None:
            low = max(header + 1, i - place)  # a lone row under a header read one cell a line
        row = text[starts[low]:starts[high] + len(lines[high])]
        if not any(low <= j <= high for j in person_lines) and (not headed or among_accounts):
            continue  # no person in the row, and no header saying the column is where payments go
        if (_ORGANISATION.search(row) or _ORG_NUMBER.search(row)) and not (
                not _BANKGIRO.fullmatch(text[a:b]) and payments_header_above(lines, low)
                and (_opens_with_person(lines, starts, low, persons) or _person_before_company(lines, low, high, person_lines))):
            # a company's row; under a payments header a row opening with a person is theirs (the shop named), but for
            # a bankgiro number: a business's as a rule
            continue
        if (_ASSOCIATION.search(row) or _CLUB_FORM.search(row)) and not (
                _opens_with_person(lines, starts, low, persons) or (low < high and low in person_lines)):
            continue
        out.append((a, b))
    return out


def _person_before_company(lines: Sequence[str], low: int, high: int, person_lines: Sequence[int]) -> bool:
    """True when, in a row read one cell a line, a cell naming a person stands before the first cell naming a company
    (the person the row is about, then the shop or the employer)."""
    company = next((j for j in range(low, high + 1) if _ORGANISATION.search(lines[j]) or _ORG_NUMBER.search(lines[j])),
                   None)
    return company is not None and any(low <= j < company and company - j <= 2 for j in person_lines)


def _opens_with_person(lines: Sequence[str], starts: Sequence[int], low: int, persons: Sequence[tuple[int, int]]) -> bool:
    """True when the row's first cell (line ``low``'s first) holds a person's name found by the name rules."""
    spans = cell_spans(lines[low])
    if not spans:
        return False
    a, b = starts[low] + spans[0][0], starts[low] + spans[0][1]
    return any(a <= s < b for s, _ in persons)


def _name_part_lines(text: str, lines: Sequence[str], persons: Sequence[tuple[int, int]]) -> set[int]:
    """The lines with a cell that is a part of a name found elsewhere on the page ("Nordahl" in a second table, the
    first's "Britt-Marie Nordahl"): the row names that person though no rule has taken the cell yet."""
    parts = {w for a, b in persons for w in text[a:b].split() if len(w) >= 3 and w[:1].isupper() and w.isalpha()}
    if not parts:
        return set()
    return {i for i, line in enumerate(lines) if any(line[x:y] in parts for x, y in cell_spans(line))}


def _account_cell_lines(lines: Sequence[str], starts: Sequence[int], accounts: Sequence[tuple[int, int]]) -> list[int]:
    """The lines on which an account found by its own rule is a whole cell (a row of a column of accounts)."""
    out = set()
    for a, b in accounts:
        i = _line_of(starts, a)
        if b > starts[i] + len(lines[i]):
            continue  # broken over lines: no cell
        at = a - starts[i], b - starts[i]
        cell = next(((x, y) for x, y in cell_spans(lines[i]) if x <= at[0] and at[1] <= y), None)
        if cell is not None and (cell[1] - cell[0]) - (at[1] - at[0]) <= 1:
            out.add(i)
    return sorted(out)


# A header saying where a payment goes ("Betalas till", "Utbetalning", "Konto", "Betalningsmottagare"), as a cell
# of its own: a giro number under it is the payee's account whether or not a name rule knows the row's name.
_PAYMENT_HEADER = compiled(
    r"(?i)(?:^|\|)[ \t]*(?:betalas(?:[ ]ut)?[ ]till|utbetala(?:s|t|d|da)[ ]till|återbetalas[ ]till|utbetalning(?:ar|[ ]till)?|betalning(?:[ ]till)?|"
    r"betalningsmottagare|betalningsuppgifter|utbetalningsuppgifter|bankuppgifter|insättning(?:[ ]till)?|"
    r"mottagarkonto|konto|utbetalningskonto|betalsätt|betalningssätt|"
    # what is paid and where it goes: "Arvodet till", "Ersättning betalas till", "Konto för arvode", "Lönekonto"
    r"(?:arvode|arvodet|arvoden|ersättning|ersättningen|bidrag|bidraget|lön|lönen|återbetalning|återbetalningen|"
    r"utbetalningen|betalningen|pengarna)(?:[ ](?:betalas|utbetalas|sätts[ ]in|går))?[ ](?:till|på)|"
    r"konto[ ]för[ ][a-zåäö]+|[a-zåäö]*(?:arvodes|ersättnings|löne|bidrags)konto)[ \t]*(?:$|\|)")
_HEADER_REACH = 10  # lines from a column's header to its first giro cell


TABLE_REACH = 40  # lines from a row up to its table's header (a table read one cell a line)


def payments_header_above(lines: Sequence[str], i: int) -> bool:
    """True when a header cell saying where money goes ("Utbetalas till", "Konto") stands above line ``i`` in the same
    block of lines (its table's header, however many rows stand between)."""
    for j in range(i - 1, max(-1, i - 1 - TABLE_REACH), -1):
        if not lines[j].strip():
            return False
        if _PAYMENT_HEADER.search(lines[j]):
            return True
    return False


def _payment_header_line(lines: Sequence[str], first: int) -> int | None:
    """The line of a payments header just above a column's first giro cell, or None."""
    for i in range(first - 1, max(-1, first - 1 - _HEADER_REACH), -1):
        if _PAYMENT_HEADER.search(lines[i]):
            return i
    return None


def _header_cell(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 30 and s[:1].isupper() and not any(ch.isdigit() for ch in s) and "|" not in s


def _header_place(lines: Sequence[str], header: int) -> int | None:
    """How many header cells stand before the payments header, each alone on its line (None: a row a line)."""
    if not _header_cell(lines[header]):
        return None
    top = header
    while top > 0 and _header_cell(lines[top - 1]):
        top -= 1
    return header - top


# A club's or an association's form or word in the row ("Lillmyrans IF", "Vårsjö Simsällskap"): its account.
_CLUB_FORM = re.compile(r"(?<![\w-])(?:IF|IK|BK|FK|SK|GIF|BIK|AIK|FF|HBF|SPF|PRO|KFUM|KFUK)(?![\w-])"
                        r"|(?i:\w*(?:sällskap|sällskapet|gille|gillet|scoutkår|kören|orkester|orkestern)(?![\w-]))")


def _line_of(starts: Sequence[int], char: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, char) - 1
