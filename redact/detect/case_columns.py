"""The authority's case numbers in a table's case column: the header cell with the case's own label ("Ärende",
"Dnr", a court's "Mål", a referral's, a booking's), the first row's cell giving the series' shape and every cell of
that shape down the column one of the authority's cases (read by ``case_headings``, which keeps them readable).
"""

from __future__ import annotations

import re

from redact.detect.first_chars import compile_scanning

# a code: letters and a hyphen or a space, then digit groups joined by a hyphen or a slash ("KV-84", "PaN 26-0811",
# "FA-26-4411"; a sub-unit's letters after the unit's: "SF-G 27-1104", "SK-BLG 0902-11"), the series' capital
# after a slash closing them ("SN 47-26/I", a board numbering its divisions' cases), or digit groups alone
# ("26-114"), or the unit's number, a series' letter on the running number and the year ("4300-K18804-27", as the
# police number their reports); a hyphen or a slash inside it, so a bare number is none
_CODE = (r"(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}(?:-[A-ZÅÄÖ]{1,3}(?=[ ]))?(?:-|[ ](?=\d{1,4}[-/]\d))"
         r"\d{1,6}(?:[-/]\d{1,6}){0,2}(?:/[A-ZÅÄÖ](?!\w))?"
         r"|\d{3,4}-[A-Z]\d{3,6}-\d{2}(?:\d{2})?(?![\w-])"
         r"|\d{1,4}[-/]\d{1,6}(?:[-/]\d{1,6})?)")


# a table's header cell with the case's own label, one cell a line or a row a line ("Ärende" / "Insättare" / …,
# "| Dnr | Anmälare | …"): its column numbers the authority's cases, the first or any other; so does a placement's
# ("Placering": the decision placing a child in a preschool or a pupil in a school, numbered as a case), a
# seizure's ("Beslag": the police's or the court's register of things seized) and a report's in the register of the
# reports the body received ("Anmälan" over "5000-K4418-27", "A 58213-2026"), and an invoice's in the body's own
# invoices ("Faktura" over "F27-10441"), and an examination's ("Hindersprövning": the marriage-impediment
# examination another body numbers as its case, the couple's case in that body's register, no number they hold),
# and the body's own register of its things: an inventory's number ("Inv.nr" over "NMK 58/2027", a museum's object or
# a school's lent computer) and an archive's or a museum's accession ("Accession", "Förvärvsnr") number what the body
# owns or keeps, never what a person holds
_CASE_HEADER = re.compile(r"(?i)(?:ärende|ärendenr\.?|ärendenummer|dnr\.?|d\.nr|diarienr\.?|diarienummer|målnr\.?|"
                          r"mål[ \t]+nr\.?|målnummer|placering|placeringsnr\.?|placeringsnummer|"
                          r"beslag|beslagsnr\.?|beslagsnummer|(?-i:Anmälan)|[a-zåäö]*prövning|"
                          r"(?-i:Faktura|Fakturanr\.?|Fakturanummer)|"
                          r"inv\.?[ \t]?nr\.?|inventarienr\.?|inventarienummer|accession|accessionsnr\.?|"
                          r"accessionsnummer|förvärvsnr\.?|förvärvsnummer)")
# a referral's header: its column holds the authority's cases only in the registry's shape, the series' letters, the
# full year and the serial ("HLP 2028-4410"); a referral's own code ("VG-26-1184") is the patient's and stays masked
_REFERRAL_HEADER = re.compile(r"(?i)remiss|remissnr\.?|remissnummer")
_REGISTRY_CODE = re.compile(r"[A-ZÅÄÖ]{2,6}[ \t](?:19|20)\d\d[-/]\d{3,6}")
# a booking's header: the body's own bookings of its visits or trips, numbered by its series' letters, the year and
# the serial ("TB-27-0412", "RES 2027-118"); a carrier's reference of letters and digits mixed ("K7T4QX") is the
# traveller's and stays masked (see booking_references). So are a company's contracts and orders under their header
# ("Kontrakt" over "HG 27-0311", "Order" over "SKB-26-4410"): numbered by the series and the year they are the
# company's own register; a tenant's contract number without the year ("HK-7713") may be what the tenant quotes and
# stays masked
# The body's own summonses, appointments and orders of its services are numbered so too ("Kallelse" over
# "VC-31-0412", the health centre's call to a check-up; "Förordnande" over "GM-31-118", the board's appointment of a guardian): the body's acts by
# series and year, where the person's own number stands in a column of its own ("Beställning" over "RA-K 2027:1184", an
# archive's order of copies)
_BOOKING_HEADER = re.compile(r"(?i)bokning|bokningsnr\.?|bokningsnummer|kontrakt|kontraktsnr\.?|kontraktsnummer"
                             r"|order|ordernr\.?|ordernummer|avtal|avtalsnr\.?|avtalsnummer"
                             r"|kallelse|kallelsenr\.?|kallelsenummer|förordnande|förordnandenr\.?"
                             r"|beställning|beställningsnr\.?|beställningsnummer")
# a contract's header opening a table whose row names the person by a number of their own ("Kontrakt | Hyresgäst |
# Hyresgästnr"): the contract is the row's key in the company's register, in any shape (see _contract_key)
_CONTRACT_HEADER = re.compile(r"(?i)kontrakt|kontraktsnr\.?|kontraktsnummer|avtal|avtalsnr\.?|avtalsnummer")
# (or the body's letters and its series' after a space, the year's two digits or a unit's four and the serial: "UTR V
# 27/114", a court's weddings in its series V; "SKV HP 4418-2207", the Tax Agency's marriage-impediment series; or
# after a hyphen, the full year and the serial after a colon: "RA-K 2027:1184", an archive's copy orders)
_SERIES_CODE = (r"[A-ZÅÄÖ]{2,5}[ ][A-ZÅÄÖ]{1,3}[ ](?:\d\d|\d{4})[-/]\d{3,6}"
                r"|[A-ZÅÄÖ]{2,5}-[A-ZÅÄÖ]{1,3}[ ](?:19|20)\d\d:\d{3,6}")
_BOOKED_CODE = re.compile(r"[A-ZÅÄÖ]{1,4}-\d\d-\d{3,6}|[A-ZÅÄÖ]{2,6}[ -](?:19|20)\d\d[-/]\d{3,6}"
                          rf"|[A-ZÅÄÖ]{{1,4}}(?:-[A-ZÅÄÖ]{{1,2}})?[ ]\d\d[-/]\d{{3,6}}|{_SERIES_CODE}")
# a court's bare "Mål" over its first column: the word is also a goal or a score ("Mål" / "3-1"), so its codes count
# only with the series' letters before the digits ("UM 4417-26", "B 1187-26"), as a court numbers its cases; so does
# "Aktbil." (the court's file's attachments, each numbered by the case and its place in the file: "T 4418-26/11")
_COURT_HEADER = re.compile(r"(?i)mål|aktbil\.?|aktbilaga|aktbilagor")
# (or the series' letters, the year's two digits and the serial, as the Enforcement Authority numbers its cases:
# "TX-31-004417"; a score has no letters; the series' letter may be glued to the serial, "T4418-26", and a part's or
# an attachment's number may follow a slash, "M 4418-27/1")
_LETTERED_CODE = re.compile(r"[A-ZÅÄÖ]{1,3}[ \t]?\d{1,6}-(?:\d{2}|\d{4})(?:/\d{1,3})?|[A-ZÅÄÖ]{1,4}-\d\d-\d{3,6}")
# a court's own paper (its name in the text: "Förvaltningsrätten i Luleå", "Kalmar tingsrätt"): its bare "Mål" numbers
# its cases, the letters left out too, as an administrative court writes them ("4418-27": the serial and the year;
# "4418-27 E": its division's letter after a space)
_COURT_NAME = re.compile(r"(?i)(?:förvaltnings|kammar|tings|hov)rätt|domstol")
_COURT_CODE = re.compile(rf"{_LETTERED_CODE.pattern}|\d{{3,6}}-\d\d(?:[ ][A-ZÅÄÖ]{{1,2}})?")
_CELL_SEP = compile_scanning(r"[ \t]*(?:\||\t+)[ \t]*")
_HEADER_REACH = 10  # lines from the case's header cell to the table's first row (the other header cells between)


def _cells(line: str) -> list[str]:
    """A line's cells: the line itself, or what stands between its "|" or tabs ("| Ärende | Insättare")."""
    return [" ".join(c.split()) for c in _CELL_SEP.split(line.strip().strip("|").strip())]


def _first_cell(line: str) -> str:
    """A line's first cell: the line itself, or what stands before its first "|" or tab ("| Ärende | Insättare")."""
    return _cells(line)[0]


# a case number in the case's column: a code as above, one under the filing plan's heading before its serial and year
# ("5.3.1-4472-26", "6.2.1-4410/27"; the unit's letters before it, "MHN 4.1-2207-27"), or the series' letters, the
# year, a colon or a dot and the serial ("ÖKN 2026:0418", "SBN 2026.914"; or a slash, the serial and the case's
# document after a colon, "KF 2031/0418:2"), or the unit's letters or number before digit groups that a space, too, parts ("FK 2027-71 0418", the year and the
# office before the serial; "131 558412-27/113", the tax office's number before the serial, the year and the unit's),
# or the unit's letters, a sub-unit's after a hyphen, then the year's two digits and the serial ("PN-S 27/0412", "RS
# 27:118", as a board or a company numbers its cases by the year), or the agency's letters joined to the full year,
# the serial and the act's number after a colon ("FX2027-40118:3", an agency's case by its acts; a slash before the
# serial, "TV2027/5521"); or the police's number of
# a seizure, the year, the unit's number, the register's letters and the serial ("2031-3300-BG 7710"); or the
# series' letters joined to the year's two digits before the serial ("F27-10441", an invoice's)
_COLUMN_CODE = re.compile(rf"{_CODE}|(?:[A-ZÅÄÖ]{{1,6}}[ ])?\d{{1,3}}(?:\.\d{{1,3}}){{1,3}}-\d{{2,6}}(?:[-/]\d{{2,4}})?"
                          r"|[A-ZÅÄÖ]{1,4}(?:19|20)\d\d[-/]\d{3,6}(?::\d{1,4})?"
                          r"|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}[ ](?:19|20)\d\d(?:[:.]\d{1,6}|/\d{1,6}:\d{1,4})"
                          r"|[A-ZÅÄÖ]{1,6}[ ](?:19|20)\d\d-\d{1,4}[ ]\d{3,6}"
                          r"|\d{2,4}[ ]\d{4,8}-\d\d/\d{1,4}"
                          r"|[A-ZÅÄÖ]{1,6}(?:-[A-ZÅÄÖ]{1,3})?[ ]\d\d[-/:]\d{3,6}"
                          r"|(?:19|20)\d\d-\d{4}-[A-Z]{2}[ ]?\d{3,6}"
                          r"|[A-ZÅÄÖ]{1,4}\d\d-\d{3,6}"
                          rf"|{_SERIES_CODE}"
                          # the unit's own letters closing the series' letters, the year and the serial after a slash
                          # or a hyphen, in the column only ("RV 0422-2027/FHS", "RKL 27/0987-FHS": a region's school
                          # registering its cases; in running text "Anmälan KMH-A 27-0444/SÅ" is an applicant's)
                          r"|[A-ZÅÄÖ]{1,5}[ ]\d{2,4}[-/]\d{2,4}[-/][A-ZÅÄÖ]{2,4}"
                          # the office's digit and a serial of seven or eight ("8-4418301", a tax office's case)
                          r"|\d{1,2}-\d{7,8}"
                          # the series' letter glued to the serial, the year and the file's part ("T4418-26/11")
                          r"|[A-ZÅÄÖ]{1,3}\d{1,6}-\d\d(?:/\d{1,3})?"
                          # the serial and the year, the court's division's letter after a space ("4418-27 E"),
                          # the court's short letters before them too ("FR 4418-27 E")
                          r"|(?:[A-ZÅÄÖ]{1,4}[ ])?\d{1,6}-\d\d(?:\d\d)?[ ][A-ZÅÄÖ]{1,2}"
                          # the series' letter glued to the unit's number, a dot, the serial and the full year after a
                          # slash ("B4410.087/2027", as the police number a unit's permits)
                          r"|[A-ZÅÄÖ]{1,3}\d{2,6}\.\d{1,6}/(?:19|20)\d\d")


def _header_like(cell: str) -> bool:
    """True for a short cell of words, no digit: a header cell ("Insättare", "Konto i banken")."""
    return bool(cell) and cell[:1].isupper() and len(cell) <= 25 and len(cell.split()) <= 3 and not any(
        ch.isdigit() for ch in cell)


def _header_kind(cell: str) -> str | None:
    """Which case header ``cell`` is ("case", "court", "referral", "booking"), or None."""
    for kind, pattern in (("court", _COURT_HEADER), ("referral", _REFERRAL_HEADER), ("booking", _BOOKING_HEADER),
                          ("case", _CASE_HEADER)):
        if pattern.fullmatch(cell):
            return kind
    return None


def names_case_header(cell: str) -> bool:
    """True for a header cell naming the case, a court's case, a referral or the body's booking ("Ärende")."""
    return _header_kind(cell) is not None


def names_case_itself(cell: str) -> bool:
    """True for a header cell naming the authority's case itself ("Ärende", "Dnr"), not a booking's or a court's."""
    return _header_kind(" ".join(cell.split())) == "case"


def _court_kind(kind: str | None, court: bool) -> str | None:
    """The header's kind, a court's "Mål" on the court's own paper told apart (its numbers need no letters)."""
    return "court's paper" if kind == "court" and court else kind


# a case under the case's own header numbered by the series' letters, a year and a serial in any of the orders and
# joins bodies print them: the serial and the year's two digits each after a space ("RV 0914 27", as a region writes
# its cases in a table); the full year and the serial a space apart, with or without "nr" between ("HB 2027 0412",
# "SKF 2027 nr 1056"), or the year's two digits and the serial so ("FN 27 0866"); the year's two digits and the serial
# after a dot ("KF 27.0318"); the letters, the full year and the serial joined by slashes or dots ("SBN/2027/0412",
# "KFB.2027.0759"; the year's two digits so between dots, "KN.27.0871", not slashes: "FTH/27/0441" under "Placering"
# is a fee register's code for one child's place, see booking_columns), the serial before the year between colons,
# the full year or its two digits ("HH:0953:2027", "NF:1093:27"), the serial and the full year each after a space
# ("KLF 0756 2027"), the year first ("2027-VUX-0620"), the year's two digits joined to the letters ("C27 5521"). Only
# under a case header, every cell down the column of the first one's shape: a person's number of the same look under
# a person's header is never read so
_SPACED_YEAR_CODE = re.compile(r"[A-ZÅÄÖ]{1,4}[ ]\d{3,6}[ ]\d\d|[A-ZÅÄÖ]{1,6}[ ](?:19|20)\d\d[ ](?:nr[ ])?\d{3,6}"
                               r"|[A-ZÅÄÖ]{1,4}[ ]\d\d[ ]\d{3,6}|[A-ZÅÄÖ]{1,6}[ ]\d{3,6}[ ](?:19|20)\d\d"
                               r"|[A-ZÅÄÖ]{1,6}[ ]\d\d\.\d{3,6}|[A-ZÅÄÖ]{1,6}([/.])(?:19|20)\d\d\1\d{3,6}"
                               r"|[A-ZÅÄÖ]{1,6}\.\d\d\.\d{3,6}|[A-ZÅÄÖ]{1,6}:\d{3,6}:(?:(?:19|20)\d\d|\d\d)"
                               r"|(?:19|20)\d\d-[A-ZÅÄÖ]{2,6}-\d{3,6}"
                               r"|[A-ZÅÄÖ]{1,3}\d\d[ ]\d{3,6}")


def _fits(kind: str, code: str) -> bool:
    """True when ``code`` has the shape of a case number under a header of ``kind``."""
    if kind == "case" and _SPACED_YEAR_CODE.fullmatch(code):
        return True
    if not _COLUMN_CODE.fullmatch(code):
        return False
    return {"court": _LETTERED_CODE, "court's paper": _COURT_CODE, "referral": _REGISTRY_CODE,
            "booking": _BOOKED_CODE}.get(
        kind, _COLUMN_CODE).fullmatch(code) is not None


def _column(cells: list[str], first: int, step: int, kind: str) -> list[str]:
    """The codes of the first one's shape at every ``step``-th cell from ``first`` on, to an empty cell (the table's
    end) or a cell between them of that shape (a cell wrapped over two lines, or another column numbering by the
    series: the rows before stand)."""
    if first >= len(cells) or not _fits(kind, cells[first]):
        return []
    shape = _shape(cells[first])
    codes = []
    for at in range(first, min(len(cells), first + 80 * step)):
        if not cells[at]:
            break
        if _shape(cells[at]) == shape and _fits(kind, cells[at]):
            if (at - first) % step:
                break
            codes.append(cells[at])
    return codes


def case_column_codes(text: str, court: bool = False) -> set[str]:
    """The codes in a table's column whose header cell is the case's label ("Ärende", "Dnr") or the body's booking:
    the first row's cell gives the series' shape, and every cell of that shape down the column to the table's end is
    one of the authority's cases. Another column's number of another shape ("KS-3102884" under "Kundnr", a
    personnummer) is no case. A court's, a referral's header names only the first column; on a ``court``'s own paper
    its bare "Mål" takes its numbers without their letters too."""
    lines = text.split("\n")
    cells = [_first_cell(x) for x in lines]
    out: set[str] = set()
    for i, line in enumerate(lines):
        if "|" in line or "\t" in line:  # a row a line: the header's cell, the same cell of every row below
            for k, cell in enumerate(_cells(line)):
                kind = _court_kind(_header_kind(cell), court)
                if kind is None or (k and kind in ("court", "court's paper", "referral")):
                    continue
                if not k and _contract_key(cell, _cells(line)[1:]):
                    kind = "case"
                column = []
                for row in lines[i + 1:i + 81]:
                    if not row.strip():
                        break
                    row_cells = _cells(row)
                    column.append(row_cells[k] if len(row_cells) > k else "-")
                codes = _column(column, 0, 1, kind)
                if len(set(codes)) >= 2:
                    out.update(codes)
            continue
        kind = _court_kind(_header_kind(cells[i]), court)
        # the case's header cell with the next header cell on its line, as MuPDF joins two short cells ("Ärende
        # Sökande"): the case's column opens the row
        joined = kind is None and len(words := cells[i].split(" ", 1)) == 2 and _header_like(words[1])
        if joined:
            kind = _header_kind(words[0])
            joined = kind in ("case", "booking")
            kind = kind if joined else None
        if kind is None:
            continue
        n = i + 1
        # one cell a line: the header's other cells, then the first row
        while n < min(len(lines), i + 1 + _HEADER_REACH) and _header_like(cells[n]):
            n += 1
        # no header cell right above: the case's opens the header; nor a caption alone over it, after a row's value
        # ("… 20127 Milano" / "Kopiebeställningar" / "Beställning" / …: the next table's caption, no cell of it)
        opens = not (i and _header_like(cells[i - 1])) or (
            i >= 2 and not _header_like(cells[i - 2]) and any(ch.isdigit() for ch in cells[i - 2]))
        codes: list[str] = []
        if kind == "booking" and _contract_key(cells[i], cells[i + 1:n]):
            codes = _column(cells, n, n - i, "case")  # the first row's first cell right under the header's last
        if len(set(codes)) >= 2:
            pass
        elif kind in ("case", "booking"):
            # a row as many lines as the header has cells puts each cell that many lines below its header cell,
            # whichever column the case's is (a heading right above the table could not be told from a header cell)
            for step in range(n - i, min(n - i + _HEADER_REACH, len(lines) - i)):
                codes = _column(cells, i + step, step, kind)
                if len(set(codes)) >= 2:
                    break
            if len(set(codes)) < 2 and (opens or joined) and n < len(lines) and _fits(kind, cells[n]):
                # the case's column first, MuPDF having joined two short header cells on a line ("Vårdnadshavare
                # Adress"): the rows' own stride, from the first code to the next of its shape, no shorter than
                # the header
                shape = _shape(cells[n])
                nxt = next((m for m in range(n + 1, min(len(lines), n + 2 * _HEADER_REACH))
                            if _shape(cells[m]) == shape), None)
                if nxt is not None and nxt - n >= n - i + joined:  # (a joined line holds two of the header's cells)
                    codes = _column(cells, n, nxt - n, kind)
        elif opens or n - i >= 2:
            # a court's, a referral's header over the first column only; a header cell right above would open the
            # row and the case's column be no first: a row of two lines or more then puts the first column's next
            # value off the stride, but a row of one line could not tell the two apart (a heading right above,
            # "Uppropslista", is no cell)
            codes = _column(cells, n, n - i, kind)
        if len(set(codes)) >= 2:
            out.update(codes)
        if kind == "case":
            out.update(_later_column(cells, i, n))
    return out


def _later_column(cells: list[str], i: int, n: int) -> set[str]:
    """The codes under the case's header cell at line ``i`` that is a later cell of its header, one cell a line (the
    header's first rows at ``n``): its first value stands as many lines after ``n`` as header cells stand right above
    it ("Bokning" / "Parter" / "Hindersprövning" over "UTR V 27/114" / "L.M." / "SKV HP 4418-2207"); the widest
    reading whose column holds two codes of one shape, a heading over the header taken for a cell first."""
    above = 0
    while above < min(i, _HEADER_REACH) and _header_like(cells[i - above - 1]):
        above += 1
    for j in range(above, 0, -1):
        codes = _column(cells, n + j, n - i + j, "case")
        if len(set(codes)) >= 2:
            return set(codes)
    return set()


def _contract_key(header: str, others: list[str]) -> bool:
    """True for a contract's header opening a table's header row whose other cells name a person's own number
    ("Kontrakt | Hyresgäst | Hyresgästnr"): the tenant is known by that number, and the contract keying the row is
    the company's; beside a personnummer alone, or after other cells, a contract's number may be what the tenant
    quotes and stays masked."""
    from redact.detect.code_columns import personnummer_header
    from redact.detect.table_header_words import ID
    from redact.detect.table_headers import header_kind

    return _CONTRACT_HEADER.fullmatch(header) is not None and any(
        header_kind(c) == ID and not personnummer_header(c) and not _CONTRACT_HEADER.fullmatch(c) for c in others)


def _shape(code: str) -> str:
    """The code with its digits as 9s ("FA-26-4411": "FA-99-9999")."""
    return re.sub(r"\d", "9", code)
