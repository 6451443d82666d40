"""A column of like-shaped codes in a register table whose rows hold persons.

A register (a library's borrowers, a housing queue, a tenancy list) gives each person a code of
its own: "Q-40 318", "Q-40 562", … or "2270 0148 3", "2270 0311 9", …. Under a header nobody
listed ("Kö-plats", "Ref", or none) such a column is still the persons' identifiers when every
cell has the same shape, no two cells are equal (a sum, a count or a date repeats and varies in
length), and the cells are codes, not sums, dates, times, telephone or postal numbers, or the
authority's own serials ("2026-071"). A code may hold a colon after its letters ("RA-14:03", a contract's
call-off); a row that names a company and no person keeps its code (the company's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.case_columns import names_case_itself
from redact.detect.id_labels import names_other_number, names_thing_number
from redact.detect.phone import WHOLE_CELL_PHONE
from redact.detect.row_serials import person_serials, row_serial_header
from redact.detect.table_columns import ADDRESS, BIRTH, FIRST, FULL, ID, LAST, PROPERTY, Cell, _is_header
from redact.detect.table_header_words import JUDGED_BY_CELLS

# no slash: "S-26/041", "KS 2026/112" number the authority's own cases by year; a colon only after a letter prefix
# ("RA-14:03", a contract's call-off), never in bare digits ("08:30" is a time)
# (a series of two letter groups and a number sign before the serial too: "FMV-BUD #4418", a bidder's number)
_CODE = re.compile(r"^(?P<prefix>[A-ZÅÄÖ]{1,4}[- ]?|[A-ZÅÄÖ]{2,4}-[A-ZÅÄÖ]{2,4}[ ]?#)?\d[\d \-]*\d$"
                   r"|^(?P<colon>[A-ZÅÄÖ]{1,4}[- ]?)\d[\d\-]*:\d[\d\-]*$")
_NOT_A_CODE = re.compile(
    r"^(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?"  # a date
    r"|\d{1,3}(?:[ \u00a0]\d{3})+"  # a sum in groups of three
    r"|\d{3}[ \u00a0]\d{2}"  # a postal code
    r"|(?:[A-ZÅÄÖ]{1,4}[- ])?(?:19|20)\d\d[-/:]\d+"  # a serial of the year: an invoice's, a case's, a statute's
    rf"|{WHOLE_CELL_PHONE}"  # a telephone number
    r")$"
)
_DIGITS = re.compile(r"\d+")


def _shape(value: str) -> str:
    """The prefix as written and the length of each digit group ("Q-40 318": "Q-99 999")."""
    return _DIGITS.sub(lambda m: "9" * len(m.group()), value)


def _is_code(value: str) -> bool:
    m = _CODE.match(value)
    if m is None or _NOT_A_CODE.match(value):
        return False
    digits = sum(c.isdigit() for c in value)
    return digits >= 3 if m.group("prefix") or m.group("colon") else digits >= 5


def is_code_column(values: Sequence[str]) -> bool:
    """True when the cells of a column are a register's codes: two at least, all of one shape, none repeated."""
    vs = [" ".join(v.split()) for v in values]
    if len(vs) < 2 or len(set(vs)) < len(vs):
        return False
    if len({_shape(v) for v in vs}) == 1 and all(_is_code(v) for v in vs):
        return True
    # documents of one kind issued by different countries or offices: the letters vary, the shape does not
    # ("P 4471 2291", "C 2209 1187"), each a letter prefix and five digits at least
    return len({_LETTERS.sub("A", _shape(v)) for v in vs}) == 1 and all(_document_code(v) for v in vs)


_LETTERS = re.compile(r"[A-ZÅÄÖ]")
_DOCUMENT_CODE = re.compile(r"^[A-ZÅÄÖ]{1,3}[- ]?\d[\d \-]*\d$")


def _document_code(value: str) -> bool:
    return (bool(_DOCUMENT_CODE.match(value)) and sum(c.isdigit() for c in value) >= 5
            and not _NOT_A_CODE.match(value) and _is_code(value))


# A column of personnummer: each row is one person's.
_PERSONNUMMER_HEADER = re.compile(r"(?i)^(?:personnummer|pnr|p-nr|person-?nr\.?|samordningsnummer|födelsenummer|"
                                  r"personnummer/samordningsnummer)$")


def personnummer_header(head: str) -> bool:
    """True for the header of a column of personnummer ("Personnummer", "Pnr", "Samordningsnummer")."""
    return _PERSONNUMMER_HEADER.match(" ".join(head.split())) is not None


# the header of a column of homes' postal codes and towns ("Postnummer", "Postort")
POSTAL_HEADER = re.compile(r"(?i)post(?:nummer|nr\.?|ort|adress)(?:[ ]och[ ]ort)?|postnr[ ]och[ ]ort")


def loose_columns(kinds: Sequence[str | None], heads: Sequence[str]) -> dict[int, list[tuple[int, int]]]:
    """The columns of a table of persons under a header nobody listed, to be judged by their cells' shapes."""
    # a table of persons: a column of names, of birth dates or personnummer (one person a row), or of homes (not
    # of properties), or of their postal codes (a home split over two cells, "Rum | Postnummer")
    if not (any(k in (FULL, FIRST, LAST, BIRTH) for k in kinds) or (ADDRESS in kinds and PROPERTY not in kinds)
            or (PROPERTY not in kinds and any(POSTAL_HEADER.fullmatch(h.strip()) for h in heads))
            or any(k == ID and personnummer_header(h) for k, h in zip(kinds, heads))):
        return {}
    return {n: [] for n, (kind, head) in enumerate(zip(kinds, heads))
            if kind is None and (row_serial_header(head) or (
                (not _is_header(head) or _judged_by_cells(head)) and not names_other_number(head)
                and (not _names_own_paper(head) or _order_beside_case(n, head, heads))))}


# the words of an order's header ("Beställning", "Best.")
_ORDER_WORDS = frozenset({"best", "beställning", "beställningar"})


def _order_beside_case(n: int, head: str, heads: Sequence[str]) -> bool:
    """True for an order's header after the table's own case column ("Ärende | Beställare | Beställning"): the case
    numbers the body's matter, so the order's column holds each person's order in the ordering system, judged by
    its cells as any column nobody listed; an order's column opening the table is the body's own series."""
    words = head.split()
    return n > 0 and bool(words) and words[0].rstrip(":.").lower() in _ORDER_WORDS and names_case_itself(heads[0])


def _judged_by_cells(head: str) -> bool:
    """True for a known header whose column is judged by its cells all the same (a driver's: names or initials)."""
    return " ".join(head.strip().rstrip(":").split()).lower() in JUDGED_BY_CELLS


def code_cells(loose: dict[int, list[tuple[int, int]]], heads: Sequence[str], text: str) -> list[Cell]:
    """The cells of the loose columns that hold a register's codes (see is_code_column) or vehicles' plates
    (see is_plate_column), and those of persons' names (``redact.detect.name_columns``)."""
    from redact.detect.name_columns import name_cells
    from redact.detect.person_code_columns import person_code_spans

    out = name_cells(loose, heads, text)
    for n, spans in loose.items():
        values = [text[a:b] for a, b in spans]
        if row_serial_header(heads[n]):  # the body's row numbers stay; a survey's serials for its persons go
            if person_serials(values):
                out.extend(Cell(a, b, ID, heads[n].strip()) for a, b in spans if text[a:b].strip() not in _EMPTY)
            continue
        if is_code_column(values) or is_plate_column(values):
            out.extend(Cell(a, b, ID, heads[n].strip() or "kolumn utan rubrik") for a, b in spans
                       if text[a:b].strip() not in _EMPTY)
        else:  # codes of mixed shapes, one a person
            out.extend(Cell(a, b, ID, heads[n].strip() or "kolumn utan rubrik")
                       for a, b in person_code_spans(spans, heads[n], text))
    return out


# A Swedish plate ("ABC 123", "ABC 12A"), and a plate of any country: letter and digit groups that mix the two.
_SWEDISH_PLATE = re.compile(r"^[A-HJ-PR-UW-Z]{3} ?\d\d[\dA-HJ-NPR-UW-Z]$")
_ANY_PLATE = re.compile(r"^[A-ZÆØÅÄÖÜ0-9]{1,4}(?:[ -][A-ZÆØÅÄÖÜ0-9]{1,6}){1,2}$|^[A-ZÆØÅÄÖÜ]{1,3}\d[A-ZÆØÅÄÖÜ0-9]{2,6}$")
_EMPTY = frozenset({"", "-", "–", "—"})


def is_plate_column(values: Sequence[str]) -> bool:
    """True when most cells of a column of a register of persons are Swedish plates and every other is a plate of
    another country's shape ("SK 7T118", "B 77 3XC"): whatever the header, the column lists the persons' vehicles."""
    vs = [" ".join(v.split()) for v in values if v.strip() not in _EMPTY]
    swedish = sum(bool(_SWEDISH_PLATE.match(v)) for v in vs)
    if swedish < 2 or swedish * 2 <= len(vs) or len(set(vs)) < len(vs):
        return False

    def plate_like(v: str) -> bool:
        chars = v.replace(" ", "").replace("-", "")
        return (bool(_ANY_PLATE.match(v)) and 4 <= len(chars) <= 9 and sum(c.isdigit() for c in chars) >= 2
                and any(c.isalpha() for c in chars) and not _NOT_A_CODE.match(v))

    return all(_SWEDISH_PLATE.match(v) or plate_like(v) for v in vs)


_CELL_SPLIT = re.compile(r"\t+|[ \t]*\|[ \t]*| {2,}")
_LISTED = 3  # distinct codes of one shape at least: two are a coincidence
_NEAR = 4  # lines from a code to its row's name (a row read one cell a line)


def listed_codes(text: str, persons: Sequence[tuple[int, int]], others: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Codes of one register listed beside persons where no header names them (a table without a header row,
    read one cell a line or a row a line): three distinct codes of one shape, each a cell of its own, most of
    them within a few lines of a person's name, none of the shape another kind of number (``others``)."""
    if not persons:
        return []
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    person_lines = {_line_of(starts, a) for a, _ in persons}
    groups: dict[str, list[tuple[int, int, int]]] = {}
    for i, offset in enumerate(starts):
        line = text[offset:offset + (starts[i + 1] - offset - 1 if i + 1 < len(starts) else len(text) - offset)]
        if not line.strip() or len(line) > 240 or not any(map(str.isdigit, line)):
            continue
        for a, b in cell_spans(line):
            cell = " ".join(line[a:b].split())
            if cell and cell[-1:].isdigit() and _is_code(cell):
                groups.setdefault(_shape(cell), []).append((offset + a, offset + b, i))
    out: list[tuple[int, int]] = []
    for items in groups.values():
        if len({text[a:b] for a, b, _ in items}) < _LISTED:
            continue
        if any(s < b and a < e for a, b, _ in items for s, e in others):
            continue  # the shape of a telephone, an account or an organisation number found elsewhere
        ends_rows = _end_rows(text, starts, items, person_lines)
        if _headed_as_other_number(text, starts, min(i for _, _, i in items), ends_rows):
            continue  # "Vägnr", "Godsnr" over the list: a road's or a found thing's number, nobody's identifier
        near = sum(any(j in person_lines for j in range(i - _NEAR, i + _NEAR + 1)) for _, _, i in items)
        if near * 3 >= len(items) * 2:
            out.extend((a, b) for n, (a, b, i) in enumerate(items)
                       if not _company_row(text, starts, items, n, persons, ends_rows))
    return out


# A company's form in a row ("Ormsjö Maskin AB", "Ekens Bygg HB"): that row's code is the company's, not a person's.
_COMPANY_FORM = re.compile(r"(?<![\w-])(?:AB|HB|KB|Aktiebolag|Handelsbolag|Kommanditbolag|ek\.[ ]?för\.?|ekonomisk förening)"
                           r"(?![\w-])")


_NAME_WORD = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]{2,}")


def _company_row(text: str, starts: Sequence[int], items: Sequence[tuple[int, int, int]], n: int,
                 persons: Sequence[tuple[int, int]], ends_rows: bool = False) -> bool:
    """True when the row of the n-th code (its line, or the lines up to the next code where the table is read
    one cell a line; with ``ends_rows`` the lines after the previous code) names a company or an association and
    no person (a person's line holds no company form)."""
    _, _, i = items[n]
    lines = sorted({line for _, _, line in items})
    stride = max(min((y - x for x, y in zip(lines, lines[1:]) if y > x), default=1), 1)
    if ends_rows and i >= stride - 1:
        # the codes may end their rows: the row is the lines up to the code, and it is a firm's only where the
        # line after the code names no person either (which way the rows go, no person's code is lost)
        if i + 1 in _person_lines(text, starts, persons):
            return False
        first_line, end_line = i - stride + 1, i + 1
    else:
        first_line, end_line = i, i + stride
    start, end = starts[first_line], starts[end_line] - 1 if end_line < len(starts) else len(text)
    groups = _group_lines(text, starts, first_line, end_line)
    if not _COMPANY_FORM.search(text, start, end) and not groups:
        return False
    for a, b in persons:
        # (initials in a signature column are the official's who handled the row, no person of the row's own)
        if start <= a < end and _NAME_WORD.search(text, a, b):
            line_start, line_end = text.rfind("\n", 0, a) + 1, text.find("\n", a)
            line_end = len(text) if line_end < 0 else line_end
            if not _COMPANY_FORM.search(text, line_start, line_end) and line_start not in groups:
                return False  # a person named in the row: the code is the person's, whatever firm the row names
    return True


def _person_lines(text: str, starts: Sequence[int], persons: Sequence[tuple[int, int]]) -> set[int]:
    return {_line_of(starts, a) for a, _ in persons}


def _group_lines(text: str, starts: Sequence[int], first_line: int, end_line: int) -> set[int]:
    """The starts of the row's lines that are a club's or an association's name ("Laxforsens Byalag", "Åby
    Ridklubb"): the row's code is the association's."""
    from redact.detect.group_names import group_name

    out: set[int] = set()
    # (a row read one cell a line may reach past the page's last line: the last code ends the text)
    for n in range(first_line, min(end_line, len(starts))):
        line_end = starts[n + 1] - 1 if n + 1 < len(starts) else len(text)
        if group_name(text[starts[n]:line_end].strip()):
            out.add(starts[n])
    return out


_HEADER_REACH = 8  # lines above a list's first code where its table's header row stands


def _line(text: str, starts: Sequence[int], i: int) -> str:
    if not 0 <= i < len(starts):
        return ""
    return text[starts[i]:starts[i + 1] - 1 if i + 1 < len(starts) else len(text)]


def _end_rows(text: str, starts: Sequence[int], items: Sequence[tuple[int, int, int]], person_lines: set[int]) -> bool:
    """True when the codes may end their rows in a table read one cell a line: the line after most codes but the
    last opens the next row with a person's name (a row may be a firm's), and the first code is no header's first
    value (where the codes open the rows, the first code stands right under the header's last line)."""
    lines = sorted({i for _, _, i in items})
    if len(lines) < 2 or any(y - x < 2 for x, y in zip(lines, lines[1:])):
        return False
    return (sum(i + 1 in person_lines for i in lines[:-1]) * 2 >= len(lines) - 1
            and (lines[0] - 1 in person_lines or any(ch.isdigit() for ch in _line(text, starts, lines[0] - 1))))


# a capitalised word after the first inside one line: the last of several header cells read as one line
_LAST_HEAD = re.compile(r"(?<=[ \t])[A-ZÅÄÖ][\w./-]*(?:[ \t]+[a-zåäö][\w./-]*)*[ \t]*$")


def _headed_as_other_number(text: str, starts: Sequence[int], first: int, last_column: bool = False) -> bool:
    """True when a header cell just above the list's first code names a number that is nobody's identifier; with
    ``last_column`` (the codes end their rows) only the last of several header cells a line reads as one is theirs
    ("Avtalsnr fiber Anslutning": the codes are the connections', not the contracts')."""
    for i in range(first - 1, max(-1, first - 1 - _HEADER_REACH), -1):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
        line = text[starts[i]:end]
        if not line.strip():
            return False
        if last_column and (tail := _LAST_HEAD.search(line)) and not any(ch.isdigit() for ch in line):
            line = tail.group()
        # (the first of two header cells read as one names it too: "Dagboksnr Fastighet"; and a cell broken over
        # two lines in a narrow column: "Dagboksn" / "r")
        if any(names_thing_number(line[a:b]) or names_thing_number(line[a:b].split()[0]) or _names_own_paper(line[a:b])
               for a, b in cell_spans(line)):
            return True
        after = ""
        if i + 1 < len(starts):
            after = text[end + 1:starts[i + 2] - 1 if i + 2 < len(starts) else len(text)].strip()
        if after[:1].islower() and len(after) <= 3 and names_thing_number(line.strip() + after):
            return True
    return False


# Headers of the authority's own papers: a fee's, an invoice's, a case's, a decision's or an assignment's
# number ("Avgift" over "KA 60418", "Uppdrag" over "FH-0412") numbers what the authority issued, not a person.
_OWN_PAPERS = frozenset({
    "avgift", "avgifter", "kontrollavgift", "faktura", "fakturor", "ärende", "ärenden", "beslut", "uppdrag",
    "uppdragsnr", "avgiftsnr", "beslutsnr",
    # a court's or the Enforcement Authority's case ("Mål" over "26-10482")
    "mål", "målnr", "målnummer",
    # a receipt's, a notice's, a permit's or an interment's number in the authority's own register
    "kvitto", "kvitton", "kvittonr", "kvittens", "anmälan", "anmälningar", "tillstånd", "tillst", "gravsättning",
    "gravsättningar",
    # an application's number in the authority's register of applications ("Ansökan" over "SV-27-041")
    "ansökan", "ansökningar", "ansökningsnr", "ansökningsnummer", "ans.nr",
    # its own bookings, orders, agreements, visits and inventory ("Bokning" over "TB-1140", "Best." over
    # "FJ-26-118", "Avtal" over "IH-2026-08", "Besök" over "LT-26-03", "Inv.nr" over an instrument's code)
    "bokning", "bokningar", "bokningsnr", "best", "beställning", "beställningar", "avtal",
    "avtalsnr", "besök", "besöksnr", "inv", "inv.nr", "invnr", "inventarienr", "inventarienummer",
    # a trip it books for a patient or a passenger ("Resa" over "SR 27-0441"): its booking's number, as "Bokning"
    "resa", "resor", "resenr", "resnr",
    # its decision placing a child in a preschool or a pupil in a school ("Placering" over "PL-27-0412"): the
    # number of the decision, as a case's; the child's own number is headed by the child ("Barnnr")
    "placering", "placeringar", "placeringsnr", "placeringsnummer", "placeringsbeslut",
})


def _names_own_paper(header: str) -> bool:
    """True when a header cell names the authority's own fee, invoice, case, decision or assignment (also as
    the first of two header cells read as one: "Uppdrag Förnamn")."""
    words = header.split()
    return bool(words) and words[0].rstrip(":.").lower() in _OWN_PAPERS


def names_own_paper(header: str) -> bool:
    """True when a header or a line's first word names the authority's own paper ("Ärende", "Ansökan", "Faktura")."""
    return _names_own_paper(header)


def _line_of(starts: Sequence[int], char: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, char) - 1


def cell_spans(line: str) -> list[tuple[int, int]]:
    """The cells of a line (split at tabs, "|" or two spaces; the whole line when none), trimmed."""
    spans, pos = [], 0
    for m in [*_CELL_SPLIT.finditer(line), None]:
        a, b = (m.start(), m.end()) if m else (len(line), len(line))
        seg = line[pos:a]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((pos + lead, pos + lead + len(seg.strip())))
        pos = b
    return spans
