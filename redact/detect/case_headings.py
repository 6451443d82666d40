"""The authority's case numbers, known by the document writing them as headings of its cases' paragraphs.

Two readings of one shape (a code opening a line as its paragraph's heading): ``heads_case_on_page`` takes any code
its own page writes once with a colon ("KV-84: Kunden köpte …"); ``case_heading_codes`` and ``names_case`` take the
codes of a case number's shape the document writes as headings in several ways, on any page.

A log of cases lists each case number in its table and then writes it again where its paragraph begins: "KV-84:
Kunden köpte …", "PaN 26-0811. Dottern ringde …", "Ansökan SR-26-5501" over the application's lines, the number
alone over a logged message's "Från:" line. Such a code
numbers the authority's own case, wherever the document writes it (its table may stand on another page), and the
learned tagger or a column rule that reads it as a person's identifier is wrong there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from redact.detect.address_countries import ANY_COUNTRY
from redact.detect.case_keys import register_keys
from redact.detect.code_columns import names_own_paper
from redact.detect.decided_applications import decision_after
from redact.detect.first_chars import compile_scanning
from redact.detect.invoice_series import invoices_of_case_series
from redact.types import Finding

# a code: letters and a hyphen or a space, then digit groups joined by a hyphen or a slash ("KV-84", "PaN 26-0811",
# "FA-26-4411"; a sub-unit's letters after the unit's: "SF-G 27-1104", "SK-BLG 0902-11"), the series' capital
# after a slash closing them ("SN 47-26/I", a board numbering its divisions' cases), or digit groups alone
# ("26-114"), or the unit's number, a series' letter on the running number and the year ("4300-K18804-27", as the
# police number their reports); a hyphen or a slash inside it, so a bare number is none
_CODE = (r"(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}(?:-[A-ZÅÄÖ]{1,3}(?=[ ]))?(?:-|[ ](?=\d{1,4}[-/]\d))"
         r"\d{1,6}(?:[-/]\d{1,6}){0,2}(?:/[A-ZÅÄÖ](?!\w))?"
         r"|\d{3,4}-[A-Z]\d{3,6}-\d{2}(?:\d{2})?(?![\w-])"
         r"|\d{1,4}[-/]\d{1,6}(?:[-/]\d{1,6})?)")
# a line's start and the colon closing its heading ("KV-84: Kunden köpte …")
_LINE_START = r"(?m)^[ \t]*"
_COLON = r":[ \t]"
# opening a line: the code and a colon, or a full stop or a comma and a sentence going on with a capital word; a
# register's running number alone too, with its colon ("0423: Aino Heikkinen blev 101 år.", the weekly list's row)
_HEADING = re.compile(rf"{_LINE_START}(?:(?P<code>{_CODE})(?:{_COLON}|[.,][ \t]+[A-ZÅÄÖ])"
                      rf"|(?P<number>\d{{3,6}}){_COLON}[ \t]*[A-ZÅÄÖ])")
# a country after the comma: the code was a town and its postal code abroad ("Tokyo 106-0031, Japan", "Faro
# 8000-164, Portugal"), a home's last line, never a case's heading
_POSTAL_LINE = re.compile(rf",[ \t]*(?:{ANY_COUNTRY})(?![\w-])")
# alone on its line over a message's header ("FA-26-4411" / "Från: …"): the case the message was logged in
_MESSAGE_HEADING = re.compile(rf"(?m)^[ \t]*(?P<code>{_CODE})[ \t]*\n[ \t]*"
                              r"(?:Från|From|Till|To|Ämne|Subject|Datum|Date|Skickat|Sent|Kopia|Cc)[ \t]*:")
# opening a line or a sentence after a case's label, the unit's letters before the code ("Ärende SFV X26-0417, …",
# "Dnr BYGG 2026-000614"): the document's own case, as the capitalised label heads a letter, not a sentence about
# another authority's case ("… har ärende 2026-114 hos Kronofogden")
# (or the bare running number after the label, a sentence of the case after it: "Ärende 0121. Shirin Karimi ska …")
_LABEL_HEADING = compile_scanning(
    r"(?:^[ \t]*|(?<=[.!?])[ \t]+)(?:Ärende|Dnr|Diarienummer|Diarienr|Ärendenummer|Ärendenr|Beteckning)\.?:?[ \t]+"
    r"(?:(?P<code>[A-ZÅÄÖ]{2,6}[ \t]+[A-Z]{0,2}\d{2,4}[-/]\d{1,6}(?:[-/]\d{1,6})?)(?![\w/-])"
    r"|(?P<number>\d{3,6})(?=[.:][ \t]+[A-ZÅÄÖ]))", re.MULTILINE)
# opening a line after the word of the authority's own paper: "Ansökan SR-26-5501", "Ärende FA-26-4411"
_PAPER_HEADING = re.compile(rf"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?P<code>{_CODE})(?![\w/-])")
# a heading line that names the case its letter decides, or a logged message's subject that does by a case's word:
# "Beslut i ärende 471-8144-26", "Besked i ärende 4-1244-26", "Ämne: Sak 471-8211-26", "Ämne: Dödsbo 2026-3120" (the
# code ends the line, or a colon or a comma goes on with the decision or the subject: "Beslut i ärende SJP-7718-2231:
# sjukpenning beviljas", "Ämne: Ärende SJP-7718-2204, intyg"; a subject's other words, "Ämne: Kundnummer KN-4471",
# may give a person's number)
_CASE_HEADING_LINE = re.compile(
    rf"(?m)^[ \t]*(?:[A-ZÅÄÖ][a-zåäö]+[ \t]+(?:i|om)[ \t]+(?:ärende|ärendet|mål|målet|sak|saken)"
    rf"|(?:Ämne|Angående|Ang\.)[ \t]*:[ \t]+(?:Sak|Ärende|Ärendet|Mål|Målet|Dnr|Diarienr|Diarienummer|Dödsbo|Dödsboet))"
    rf"[ \t]+(?P<code>{_CODE})(?:[ \t]*$|[:,][ \t])")
# the letter's reference line: what its case is about, by the register's word, number and name, then the case's own
# number after its label ("Område ÄJO 17-2207 Östmark–Vitsand, ärende 218-4418-2027": a hunting area the board
# registers, no one's number; a person's or a thing's word before the number is left out, see case_heading_codes)
_REFERENCE_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<word>[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?P<code>{_CODE})(?:[ \t]+[A-ZÅÄÖ][^\W\d_]*(?:[–-][A-ZÅÄÖ][^\W\d_]*)?)+"
    rf"[ \t]*,[ \t]*(?i:ärende|dnr|diarienummer|diarienr)\.?:?[ \t]+(?:{_CODE})(?![\w/-])")
# a register's running number opening a sentence inside a line with its colon, a sentence of the case after it
# ("… har haft nyckel. 3114: Fagerlund hade en kusin"), as at a line's start (see _HEADING)
_NUMBER_IN_LINE = re.compile(r"(?<=[.!?])[ \t]+(?P<number>\d{3,6}):[ \t]*\n?[ \t]*[A-ZÅÄÖ][a-zåäö]")
# and a code so ("… i Åsby. 27-0311:" / "Lindahl fick …", "… har fullmakt. 27-0318: pojken bär …"): the notes run on
# from case to case in one paragraph, a word of the case after the colon
_CODE_IN_LINE = compile_scanning(
    rf"(?<=[a-zåäö\d)][.!?])[ \t]+(?P<code>{_CODE}):[ \t]*\n?[ \t]*[A-ZÅÄÖa-zåäö][a-zåäö]")


def heads_case_on_page(text: str, a: int, b: int) -> bool:
    """True for a code (``text[a:b]``, a digit in it) the page also writes at a line's start with a colon, as the
    heading of a case's paragraph ("KV-84: Kunden köpte …"): the authority's case number, in its log table too."""
    code = text[a:b].strip()
    return bool(code) and any(c.isdigit() for c in code) and re.search(
        rf"{_LINE_START}{re.escape(code)}{_COLON}", text) is not None


def case_heading_codes(texts: Iterable[str]) -> frozenset[str]:
    """The codes the pages write as the headings of cases' paragraphs and elsewhere too (see the module's
    docstring)."""
    texts = list(texts)
    codes: set[str] = set()
    for text in texts:
        codes.update(m.group("code") or m.group("number") for m in _HEADING.finditer(text)
                     if not (m.group("code") and _POSTAL_LINE.match(text, m.end("code"))))
        codes.update(m.group("code") for m in _MESSAGE_HEADING.finditer(text))
        codes.update(m.group("code") or m.group("number") for m in _LABEL_HEADING.finditer(text))
        # (not an application's code the line gives the decision's beside: see decided_applications)
        codes.update(m.group("code") for m in _PAPER_HEADING.finditer(text)
                     if names_own_paper(m.group("word")) and not _PERMIT.fullmatch(m.group("word"))
                     and not decision_after(text, m.end("code")))
        codes.update(m.group("code") for m in _CASE_HEADING_LINE.finditer(text))
        codes.update(m.group("number") for m in _NUMBER_IN_LINE.finditer(text))
        codes.update(m.group("code") for m in _CODE_IN_LINE.finditer(text))
        codes.update(m.group("code") for m in _REFERENCE_LINE.finditer(text) if _register_word(m.group("word")))
    # a code written once at a line's start may be a person's number the paragraph wrapped before ("BOK-1182.
    # Hans svåger …"); the case's number is in the log's table or its list too
    court = any(_COURT_NAME.search(text) for text in texts)
    columns = {c for text in texts for c in case_column_codes(text, court)}
    # a permit's number is the authority's case only where no case column numbers its cases otherwise: beside one
    # ("Ärende" over "521-4418-27", "Tillstånd" over "LKA-F 27/2041") it is the permit the person holds and shows
    if not columns:
        codes |= _permits(texts)
    headed = {c for c in (" ".join(c.split()) for c in codes) if _written(c, texts) >= 2}
    # and the codes opening the rows of two tables under one header, the register's keys (see case_keys)
    codes = headed | columns | register_keys(texts)
    # and the body's invoices numbered in another series of one of them (see invoice_series)
    return frozenset(codes | invoices_of_case_series(texts, codes))


# a permit's or a licence's word opening its line before its number
_PERMIT = re.compile(r"Tillstånd|Tillståndet|Licens|Licensen")


def _permits(texts: list[str]) -> set[str]:
    """The codes a permit's line heads ("Tillstånd LKA-F 27/2041. Tillståndet …")."""
    return {m.group("code") for text in texts for m in _PAPER_HEADING.finditer(text) if _PERMIT.fullmatch(m.group("word"))}


def permit_codes(texts: Iterable[str], cases: frozenset[str]) -> frozenset[str]:
    """The codes a permit's line heads that are none of the document's ``cases`` (see :func:`case_heading_codes`):
    their letters are the permit's series, no name's."""
    return frozenset(_permits(list(texts)) - cases)


def _register_word(word: str) -> bool:
    """True for a reference line's first word that names neither a person, a number nor a property ("Område")."""
    from redact.detect.table_headers import header_kind

    return header_kind(word) is None


# a table's header cell with the case's own label, one cell a line or a row a line ("Ärende" / "Insättare" / …,
# "| Dnr | Anmälare | …"): its column numbers the authority's cases, the first or any other; so does a placement's
# ("Placering": the decision placing a child in a preschool or a pupil in a school, numbered as a case), a
# seizure's ("Beslag": the police's or the court's register of things seized) and a report's in the register of the
# reports the body received ("Anmälan" over "5000-K4418-27", "A 58213-2026"), and an invoice's in the body's own
# invoices ("Faktura" over "F27-10441"), and an examination's ("Hindersprövning": the marriage-impediment
# examination another body numbers as its case, the couple's case in that body's register, no number they hold)
_CASE_HEADER = re.compile(r"(?i)(?:ärende|ärendenr\.?|ärendenummer|dnr\.?|d\.nr|diarienr\.?|diarienummer|målnr\.?|"
                          r"mål[ \t]+nr\.?|målnummer|placering|placeringsnr\.?|placeringsnummer|"
                          r"beslag|beslagsnr\.?|beslagsnummer|(?-i:Anmälan)|[a-zåäö]*prövning|"
                          r"(?-i:Faktura|Fakturanr\.?|Fakturanummer))")
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
# its cases, the letters left out too, as an administrative court writes them ("4418-27": the serial and the year)
_COURT_NAME = re.compile(r"(?i)(?:förvaltnings|kammar|tings|hov)rätt|domstol")
_COURT_CODE = re.compile(rf"{_LETTERED_CODE.pattern}|\d{{3,6}}-\d\d")
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
# the serial and the act's number after a colon ("FX2027-40118:3", an agency's case by its acts); or the police's number of
# a seizure, the year, the unit's number, the register's letters and the serial ("2031-3300-BG 7710"); or the
# series' letters joined to the year's two digits before the serial ("F27-10441", an invoice's)
_COLUMN_CODE = re.compile(rf"{_CODE}|(?:[A-ZÅÄÖ]{{1,6}}[ ])?\d{{1,3}}(?:\.\d{{1,3}}){{1,3}}-\d{{2,6}}(?:[-/]\d{{2,4}})?"
                          r"|[A-ZÅÄÖ]{1,4}(?:19|20)\d\d-\d{3,6}(?::\d{1,4})?"
                          r"|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}[ ](?:19|20)\d\d(?:[:.]\d{1,6}|/\d{1,6}:\d{1,4})"
                          r"|[A-ZÅÄÖ]{1,6}[ ](?:19|20)\d\d-\d{1,4}[ ]\d{3,6}"
                          r"|\d{2,4}[ ]\d{4,8}-\d\d/\d{1,4}"
                          r"|[A-ZÅÄÖ]{1,6}(?:-[A-ZÅÄÖ]{1,3})?[ ]\d\d[-/:]\d{3,6}"
                          r"|(?:19|20)\d\d-\d{4}-[A-Z]{2}[ ]?\d{3,6}"
                          r"|[A-ZÅÄÖ]{1,4}\d\d-\d{3,6}"
                          rf"|{_SERIES_CODE}"
                          # the office's digit and a serial of seven or eight ("8-4418301", a tax office's case)
                          r"|\d{1,2}-\d{7,8}"
                          # the series' letter glued to the serial, the year and the file's part ("T4418-26/11")
                          r"|[A-ZÅÄÖ]{1,3}\d{1,6}-\d\d(?:/\d{1,3})?")


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


def _court_kind(kind: str | None, court: bool) -> str | None:
    """The header's kind, a court's "Mål" on the court's own paper told apart (its numbers need no letters)."""
    return "court's paper" if kind == "court" and court else kind


def _fits(kind: str, code: str) -> bool:
    """True when ``code`` has the shape of a case number under a header of ``kind``."""
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


def _written(code: str, texts: list[str]) -> int:
    """How often the pages write ``code`` as a whole word (its words apart by any white space)."""
    pattern = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, code.split())) + r"(?![\w]|-\d)")
    return sum(len(pattern.findall(t)) for t in texts)


# what may follow the code in one span of the tagger: a date or a time of the log's next cell, no identifier
_REST = re.compile(r"^[^\d]*(?:\d{1,2}[./:]\d{1,2}[^\d]*)*$")


def _shape(code: str) -> str:
    """The code with its digits as 9s ("FA-26-4411": "FA-99-9999")."""
    return re.sub(r"\d", "9", code)


# the label of someone's own number right before a code ("kundnummer", "Medlemsnr:", "skadenr"), no case's label
_OTHER_NUMBERS_LABEL = re.compile(
    r"(?i)(?<![\w-])(?!(?:ärende|diarie|mål|anmälnings|akt|beslut|referens)\w*)[a-zåäö]{2,}(?:nummer|nr\.?)"
    r"[ \t]*:?[ \t]*$")


def after_other_numbers_label(text: str, a: int) -> bool:
    """True when the code at ``a`` follows, on its line, the label of another number than a case's ("Starck har
    kundnummer 4300-K55120-27"): a person's number, even of the shape of the document's case series."""
    return _OTHER_NUMBERS_LABEL.search(text, max(text.rfind("\n", 0, a) + 1, a - 30), a) is not None


# the letters opening a case number, a space before its digits ("LM" of "LM 2027-031")
_LETTERS_OF_CODE = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}")


# the case's word before the series' letters, read with them as a name ("Mål B" of "Ämne: Mål B 1187-26")
_CASE_WORD_BEFORE = re.compile(r"(?P<word>[Mm]ål|[Mm]ålet|[Ää]rende|[Ää]rendet)[ \t]+")
# a capitalised word and a space before a code: a register's word for its entry ("Station", "Fynd")
_LABEL_WORD = re.compile(r"(?P<word>[A-ZÅÄÖ][a-zåäö]{2,}) ")
# a code's letters, a sub-unit's after a hyphen ("SK-BLG" of "SK-BLG 0902-11")
_SERIES_OF_CODE = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}(?:-[A-ZÅÄÖ]{1,3})?")


def _no_name(word: str) -> bool:
    """True for a word no list gives as a name's."""
    from redact.detect.name_words import no_listed_name

    return no_listed_name(word)


def opens_case(text: str, a: int, b: int, codes: frozenset[str]) -> bool:
    """True when ``text[a:b]`` is the letters of one of the document's case numbers (``codes``) written right after
    them ("LM" of "LM 2027-031"), the case's word before them or not ("Mål B" of "Mål B 1187-26"): the series'
    letters the tagger or a name rule may read as initials or a name, no person."""
    word = _CASE_WORD_BEFORE.match(text, a, b) or _LABEL_WORD.match(text, a, b)
    if word is not None and word.end() < b and (word.re is _CASE_WORD_BEFORE or _no_name(word.group("word"))):
        a = word.end()  # ("Fynd GF" of "Fynd GF 27:014": a register's word for its entry, see names_case)
    if a and (text[a - 1].isalnum() or text[a - 1] == "-"):
        return False
    if _SERIES_OF_CODE.fullmatch(text, a, b) and any(  # (one of them whole: "SK-BLG 0902-11", "GF 27:014")
            len(c) > b - a and text.startswith(c, a) and not re.match(r"[\w/-]", text[a + len(c):a + len(c) + 1])
            for c in codes):
        return True
    if not _LETTERS_OF_CODE.fullmatch(text[a:b]):
        return False
    m = re.compile(_CODE).match(text, a)
    return m is not None and m.end() > b and not re.match(r"[\w/-]", text[m.end():m.end() + 1]) and names_case(
        m.group(), codes)


# a series' letters opening a code, two capitals or more, a space or a hyphen after them ("MYH ", "PAL-")
_SERIES_LETTERS = re.compile(r"[A-ZÅÄÖ]{2,}[A-Za-zÅÄÖåäö]*[ -]")


def names_case(span: str, codes: frozenset[str], series: bool = True) -> bool:
    """True when ``span`` (a finding's text, a table's cell separators aside) is one of ``codes``, or one and the
    date of the next cell or the words after its comma ("SFV X26-0417, Åsby kommun"), or one after a label's word
    ("Station St 9451"); or, with ``series``, a code of the same shape as two of them (the same series: a log's case
    whose paragraph has no heading) or as one with its series' letters ("MYH 2027/1184" beside "MYH 2027/1191")."""
    words = " ".join(span.replace("|", " ").split())
    # (the tagger may end its span at the slash before the series' capital: "SN 47-26/" of "SN 47-26/I")
    if words.endswith("/") and any(c.startswith(words) and len(c) == len(words) + 1 for c in codes):
        return True
    if any(words == c or (words.startswith(c) and words[len(c):len(c) + 1] in (" ", ",") and _REST.match(words[len(c):]))
           for c in codes):
        return True
    if _labelled_case(words, codes):
        return True
    m = re.match(rf"(?:{_CODE})(?![\w/-])", words)
    if not series or m is None or not _REST.match(words[m.end():]):
        return False
    # the same shape as two of them, or as one with the same series' letters ("MYH 2027/1184" where the letter's
    # reference gives "Ärende MYH 2027/1191": the unit's letters say the register)
    shape, letters = _shape(m.group()), _SERIES_LETTERS.match(m.group())
    return sum(_shape(c) == shape for c in codes) >= 2 or (letters is not None and any(
        _shape(c) == shape and c.startswith(letters.group()) for c in codes))


def _labelled_case(words: str, codes: frozenset[str]) -> bool:
    """True for a label's word and one of ``codes`` ("Station St 9451", "Fynd GF 27:014": a register's word and its
    number, read as one span by the tagger), the word no listed name."""
    label = _LABEL_WORD.match(words)
    return label is not None and words[label.end():] in codes and _no_name(label.group("word"))


def is_case(span: str, codes: frozenset[str]) -> bool:
    """True when ``span`` is one of ``codes`` alone, or with a label's word before it (see ``_labelled_case``): an
    address or a name read over a case number and nothing else."""
    words = " ".join(span.split())
    return words in codes or _labelled_case(words, codes)


# the series' letters right before a code's digits, a space between ("MHE " of "MHE 2027-1128")
# (a sub-unit's letters after the unit's too: "TV-NO " of "TV-NO 2031-1077")
_LETTERS_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}(?:-[A-ZÅÄÖ]{1,3})?[ \t\u00a0]$")


# the digit groups that close a code after a hyphen or a slash ("/27" of "FB 131-4418/27")
_CODE_REST = re.compile(r"(?:[-/]\d{1,6}){1,2}(?![\w/-])")


def closes_case(text: str, a: int, b: int, codes: frozenset[str]) -> bool:
    """True when ``text[a:b]`` is the digits of one of the document's case numbers (``codes``) with its series'
    letters right before ("2027-1128" of "MHE 2027-1128"): the case, though its digits have a bankgiro's shape; so
    too when the span runs on into the next line (a clearing number and an account read in "SN 8125-4418" and the
    next cell's "14/2 …" of a table read one cell a line)."""
    m = _LETTERS_BEFORE.search(text, max(0, a - 12), a)
    if m is None:
        return False
    # (and the code's last digit group right after the span: "131-4418" of "FB 131-4418/27", read as a bankgiro)
    if (rest := _CODE_REST.match(text, b)) is not None:
        b = rest.end()
    line_end = text.find("\n", a, b)
    return names_case(text[m.start():b if line_end < 0 else line_end], codes, series=False)


def before_case_line(f: Finding, text: str, codes: frozenset[str]) -> Finding | None:
    """``f`` cut before a line inside it that opens with one of the document's case numbers (``codes``): an address
    the tagger ran on into the next row of a table read one cell a line ("… 1620 København V" / "131 558429-27/113"),
    the case no part of the home; None when nothing is left."""
    at = text.find("\n", f.start, f.end)
    while at >= 0:
        # (the whole line: the span may take the case's first digits only, "5000" of "5000-K4456-27")
        line_end = text.find("\n", at + 1)
        line = text[at + 1:len(text) if line_end < 0 else line_end]
        if any(line.startswith(c) and not line[len(c):len(c) + 1].isalnum() for c in codes):
            end = at
            while end > f.start and text[end - 1].isspace():
                end -= 1
            return replace(f, end=end, text=text[f.start:end]) if end > f.start else None
        at = text.find("\n", at + 1, f.end)
    return f


# after a case number that opens a span: its comma or semicolon, then the small words of a label ("donor", "kund nr")
_AFTER_CASE = re.compile(r"[ \t]*[,;][ \t]*(?:[a-zåäö][\w.-]*[ \t]+)*")


def after_case(f: Finding, text: str, codes: frozenset[str]) -> Finding | None:
    """``f`` started after one of the document's case numbers (``codes``) that opens it, with the comma and the small
    label words after the case ("RV-KO 2031-119, donor KO 7 4417" of a subject line, read by the tagger as one
    identifier): the case is the authority's own, the label no one's; ``f`` itself when no case opens it, None when
    nothing is left."""
    span = text[f.start:f.end]
    for c in codes:
        if span.startswith(c) and (rest := _AFTER_CASE.match(span, len(c))) is not None:
            start = f.start + rest.end()
            return replace(f, start=start, text=text[start:f.end]) if start < (f.end or start) else None
    return f


# the document's own case label opening a line, right before the code ("Dnr RV 2026/1140", "Beslutslista FT-2026-0318,
# …", "Diarienummer: 5.1-2026-118"): the letterhead's or the heading's own case or list, never a person's number
_OWN_CASE_LABEL = re.compile(r"(?m)^[ \t]*(?:Dnr|DNR|Diarienummer|Diarienr|Ärende|Ärendenummer|Ärendenr|Beslutslista|"
                             r"Ärendelista|Diarieserie|Beteckning|Vår[ \t]+beteckning|Målnummer|Mål[ \t]+nr)"
                             r"\.?[ \t]*:?[ \t]*$")


# the decision's word opening a sentence or a line right before the code, a line's end perhaps between ("… har
# kontrollerats. Beslut" / "NV 2027-3316-08."): the number of the body's own decision
_DECISION_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)Beslut[ \t]*\n?[ \t]*$")


def after_own_case_label(text: str, a: int) -> bool:
    """True when the code at ``a`` follows the document's own case label that opens its line, or its decision's word
    (see above): the authority's case, as the learned tagger may read it as someone's identifier."""
    line_start = text.rfind("\n", 0, a) + 1
    return (_OWN_CASE_LABEL.match(text[line_start:a]) is not None
            or _DECISION_BEFORE.search(text, max(0, a - 16), a) is not None)


def only_cases(f: Finding, text: str, codes: frozenset[str]) -> bool:
    """True for an address or an identifier whose every digit lies inside the document's case numbers (``codes``)
    written on the page, words without a digit around them ("V 27/114, hindersprövning SKV HP 4418-2207. Intyg", a
    letter's reference line the tagger read as one span): the cases' numbers, no one's home or number."""
    if f.category not in ("ADDRESS", "ID_NUMBER") or f.start is None or f.end is None or not codes:
        return False
    a, b = f.start, f.end
    inside = [False] * (b - a)
    for c in codes:
        pattern = r"(?<![\w/-])" + r"\s+".join(map(re.escape, c.split())) + r"(?![\w]|[-/]\d)"
        for m in re.finditer(pattern, text[max(0, a - 12):b + 12]):
            lo, hi = m.start() + max(0, a - 12), m.end() + max(0, a - 12)
            for at in range(max(a, lo), min(b, hi)):
                inside[at - a] = True
    digits = [at for at in range(a, b) if text[at].isdigit()]
    return bool(digits) and all(inside[at - a] for at in digits)
