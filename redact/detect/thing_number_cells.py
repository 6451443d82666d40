"""A thing's number cell right after its kind's cell: the whole cell is the mark ("laddbox" / "Norvolt laddbox
serienr NV-2207-3318", "hyresavtal" / "Bostadsföreningen nr 22073318", "biljett" / "Resekort nr 220-733-18").

A register of people's things and dealings writes, on each person's row, what the thing is in one word in small
letters (a cell of its own) and then the cell that names it: the firm or the maker, its model or noun, a label
("nr", "SN", "serienr", "bokning") and the number. Read one cell a line, the kind's cell stands alone on the line
before, and the number's cell fills its line. The firm and the noun say whose thing it is among few, so the mark
runs over the whole cell: a number another rule found there is widened to its cell's start (and over a short "nr 4"
after it), and a cell no rule read is marked when a number's label or a firm's noun stands before a number of
five digits or more that is no date, no year's case, no sum and no telephone number (a firm's paper numbered in its
year's series, "Norvolt faktura 2026-31907", is none of them); or a vehicle's plate after its
registration label ("reg.nr KLW 44D"), a booking's number after the booking's word though shaped as a case's
("Norrby kommun bokning LOK/27/2207"), and a series' letters with four digits after a label or an inspecting firm's
report word ("Norrby Besiktning protokoll NB-2207": a body's minutes stay), a permit's noun as the label ("CITES-tillstånd
…"), and a number's kind in capitals after the firm ("Nordfrakt Cargo AWB 076-2207…"). A cell whose words are one label
in capitals alone ("IMEI") or a bank's name keeps them readable: the label names the number's kind (a horse's "UELN"
is widened over, the passport printing it with its number). The kind's
cell that the identifier's cell names again ("ugn" / "Electrolux ugn SN 4418…") is no one's initials, nor is a short
kind ("båt") in a column whose other rows' kinds are longer words in small letters ("fiskerätt", "märkning").
"""

from __future__ import annotations

import re
from dataclasses import replace

from redact.detect.firm_paper_cells import firm_case, firm_paper
from redact.types import Finding

# the kind's cell: one or two words in small letters, hyphened perhaps ("laddbox", "app-biljett")
_KIND = re.compile(r"[a-zåäöéü][a-zåäöéü]{2,}(?:-[a-zåäöéü]{2,})?(?:[ ][a-zåäöéü]{3,})?")
# the words of the cell before its number: capitalised or coded firm and model words, small nouns and labels, no
# sentence's mark
_LEAD = re.compile(r"(?:[A-ZÅÄÖÆØÉÜ][\wåäöæøéüÅÄÖ&+'.-]*|\d+[A-Za-z][\w-]*)(?:[ ][\w&+'./-]+){0,5}")
# a short number after the code, the thing's own count ("nyckel AX-2207 nr 3")
_TAIL = re.compile(r"[ ](?:nr|no)\.?[ ]\d{1,3}$")
# a label that names a number's kind alone, in capitals ("IMEI", "UELN", "T.C."): it stays readable (but an animal's
# life number's after its kind's cell, see ``widen_to_thing_cell``)
_CAPITAL_LABEL = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖ.]{1,6}$")
# the name of an equine's universal life number, which the horse's passport prints as part of it
_LIFE_NUMBER = re.compile(r"UELN:?")
# the label of a number in the cell: a bare "nr", a serial's short form, a "-nr"/"-nummer"/"-id" compound, a booking,
# a card, an advert, a ticket or an order
# (a permit's or a certificate's noun too, its number the holder's: "CITES-tillstånd ES-22-0731-E")
_LABEL = re.compile(r"(?i)^(?:nr\.?|no\.?|nummer|id|sn|s/n|[a-zåäö]+(?:nr\.?|nummer|-nr|-id)|bokning|booking|kort|"
                    r"annons|biljett|order|ticket|serie|[\wåäö]*-?(?:tillstånd|licens|intyg|certifikat))$")
# the number: letters and digits in up to five groups split by spaces, dashes or slashes, a series' letters first
_NUMBER = re.compile(r"(?:[A-Z]{1,4}[- ]?)?[A-Z\d]+(?:[-/ ][A-Z\d]+){0,4}$")
# a booking's code: six letters and digits mixed, an airline's two letters first perhaps ("TK-Q4R8ZP")
_BOOKING_CODE = re.compile(r"(?:[A-Z\d]{2}-)?(?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{6}$")
_BOOKING = re.compile(r"(?i)^(?:bokning|booking|bokningsnr|bokningsnummer)$")
# a vehicle's registration label and its plate: letters and two or three digits, a letter last perhaps ("KLW 44D",
# "LPX 441", "AB-123")
_REGISTRATION = re.compile(r"(?i)^(?:reg\.?[ ]?nr\.?|regnr\.?|reg\.?nummer|registreringsnummer|registreringsnr\.?)$")
_PLATE = re.compile(r"[A-Z]{2,3}[ -]?\d{2,3}[A-Z]?")
# a date or a year's number, no booking's ("2027-04-12", "12.04.2027", "B 2027-0412")
_DATE_OR_YEAR = re.compile(r"^(?:[A-Z]{1,4}[-/ ]?)?(?:19|20)\d\d(?:[-/:.]\d+)*$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")
# a series' letters and four digits ("NB-2207", "VG 2207", a sub-series' letters too: "EK-NO-2207")
_SERIES_FOUR = re.compile(r"[A-Z]{1,4}(?:-[A-Z]{1,4})?[- ]?\d{4}")
# a year, a date, a case's number by its year, a sum in groups of three, a telephone number
_NO_NUMBER = re.compile(r"^(?:[A-Z]{1,4}[-/ ]?)?(?:(?:19|20)\d\d(?:[-/:]\d+)*|\d{1,5}-\d\d|\d\d/\d{1,5})$"
                        r"|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|^\d{1,3}(?:[ ]\d{3})+$|^0\d{1,3}-[\d ]+$"
                        # a serial of the year after it ("8-2207/2027")
                        r"|/(?:19|20)\d\d$")
# a firm's paper numbered in its year's series: the year, a dash and a running number of five digits or more with no
# leading zero ("2026-31907" of an invoice, an order, a delivery note), where a body's diary pads its own ("2026-00319")
_YEARS_SERIES = re.compile(r"(?:19|20)\d\d-[1-9]\d{4,}")


# a paper's noun alone before its found code, in small letters
_LONE_NOUN = re.compile(r"[a-zåäöéü]{4,}")
# an identity paper's word, which names the number's kind as a label does
_IDENTITY_PAPER = re.compile(r"(?:pass|passet|körkort|körkortet|legitimation|visum|id-kort|uppehållstillstånd)$")

# a sentence's small words, which a paragraph's line may hold alone: no thing's kind
_SMALL_WORDS = frozenset("och med som för den det att inte till från har var ska kan samt eller men".split())


def _kind_before(text: str, line: int) -> bool:
    """True when the line before the one starting at ``line`` is a thing's kind alone, in small letters."""
    if line < 2:
        return False
    before = text.rfind("\n", 0, line - 1) + 1
    kind = text[before:line - 1].strip()
    return _KIND.fullmatch(kind) is not None and not any(w in _SMALL_WORDS for w in kind.split())


def _short_kind_named_again(text: str, line: int, lead: str) -> bool:
    """True when the line before the one starting at ``line`` is a kind of two small letters ("kö", "ur") that the
    cell's words before its number name again ("Buffalo kö serie …"): too short to tell from a word alone, the cell
    repeating it says it is the thing's kind."""
    if line < 2:
        return False
    before = text.rfind("\n", 0, line - 1) + 1
    kind = text[before:line - 1].strip()
    return re.fullmatch(r"[a-zåäö]{2}", kind) is not None and kind not in _SMALL_WORDS and kind in lead.split()[1:]


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


# a body's own matter: a court's case, a diary's number, a decision ("Mål nr 2207-27", "Dnr 8-2207/2027")
_CASE_WORD = re.compile(r"(?i)^(?:mål|målnr|målnummer|dnr|d\.nr|diarienr|diarienummer|ärende|ärendenr|ärendenummer"
                        r"|ärende-id|beslut|protokoll|aktbilaga|bilaga|paragraf|§)\.?$")


# a report's word, which a body's minutes and an inspecting firm's report on a person's thing share ("Protokoll
# 2027:14" of a board; "Norrby Besiktning protokoll NB-2207" of a balcony)
_REPORT_WORD = re.compile(r"(?i)^protokoll$")
# a firm's name before the report's word: capitalised words, none a body's ("Kommun", "Region", a board's "-nämnden",
# "-styrelsen", any word in the definite form a body's name takes: "Länsstyrelsen", "Tingsrätten")
_FIRM_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")
_BODY_NAME_WORD = re.compile(r"(?i)^(?:kommun|region|stad|nämnd|styrelse|rätt|domstol|myndighet|verket|[\wåäö]*(?:en|et|an|na))$")


def _firms_report(words: list[str]) -> bool:
    """True when the words end with a report's word after a firm's name of one or two capitalised words that name
    no body ("Norrby Besiktning protokoll"): the firm's report on the thing, no body's minutes."""
    firm = words[:-1]
    return (bool(_REPORT_WORD.match(words[-1])) and 1 <= len(firm) <= 2
            and all(_FIRM_NAME_WORD.fullmatch(w) and not _BODY_NAME_WORD.match(w) for w in firm))


def _lead_ok(lead: str) -> bool:
    """True when the words before the number may be the thing's firm, model, noun and label."""
    from redact.detect.bank_names import bank_name

    words = lead.split()
    if not words or _LEAD.fullmatch(lead) is None or len(words) > 6:
        return False
    if any(_CASE_WORD.match(w) for w in words) and not _firms_report(words):
        return False  # "Mål nr 2207-27": the court's own case, no one's thing
    if len(words) == 1 and _CAPITAL_LABEL.match(words[0]):
        return False  # "IMEI 35 …", "UELN 752 …": the number's kind, no firm
    return not bank_name(words[0])  # "Nordbanken 8214-9 …": an account, the account rules' alone


# a maker's name opening with a particle in small letters before its capitalised word ("da Vinci", "van Ness", "de
# Buyer"): the name is capitalised after it (the particles as ``name_particles`` reads them before a surname)
_MAKER_PARTICLE = re.compile(r"(?:da|di|de|van|von|del|della|dos|das|le|la)[ ](?=[A-ZÅÄÖÉÜ])")


def _after_particle(lead: str) -> str:
    """``lead`` without a maker's name's particle at its start ("da Vinci penselset serie": "Vinci penselset serie")."""
    m = _MAKER_PARTICLE.match(lead)
    return lead[m.end():] if m is not None and len(lead.split()) >= 3 else lead


def widen_to_thing_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The cell around a number found at ``start``–``end`` when it is a thing's number cell after its kind's cell."""
    line, stop = _line(text, start)
    lead = _after_particle(text[line:start].strip())
    if end > stop or not (_kind_before(text, line) or _short_kind_named_again(text, line, lead)):
        return None
    rest = text[end:stop].rstrip(" \t.")
    if rest and not _TAIL.fullmatch(rest):
        return None
    # (or a paper's noun alone in small letters before a found code: "kvitto KV-F-2207-03", the noun its kind)
    # (no identity paper's word: "pass AB 3318 407" after a role's cell, the number's kind as a label, stays readable)
    lone_noun = (_LONE_NOUN.fullmatch(lead) is not None and lead not in _SMALL_WORDS and not _CASE_WORD.match(lead)
                 and not _IDENTITY_PAPER.match(lead))
    # (or a registration's label alone before a vehicle's or an aircraft's mark another rule read: "reg.nr SE-ZKF"
    # after "ballongen", the label in small letters as a plate's is)
    # (or a horse's life number's name: "UELN 752004…" after "hästen", the passport's number as the horse is known by
    # it; the number's other kinds in capitals, "IMEI 35…", stay readable as the label they are)
    registration = _REGISTRATION.fullmatch(lead) is not None or _LIFE_NUMBER.fullmatch(lead) is not None
    if not lone_noun and not registration and (
            not lead or not _lead_ok(lead) or not lead[0].isupper() and not lead[0].isdigit()):
        return None
    return line + (len(text[line:start]) - len(text[line:start].lstrip())), end + len(rest)


def thing_cells(text: str) -> list[tuple[int, int]]:
    """The thing's number cells after their kind's cells that hold a label or a noun and a number, whole."""
    out = []
    pos = 0
    while True:
        nl = text.find("\n", pos)
        line = pos
        stop = len(text) if nl < 0 else nl
        cell = text[line:stop].rstrip(" \t.")
        words = cell.split()
        # (a cell may open with a plate's label in small letters: "reg.nr KLW 44D"; a line of no-break spaces or
        # other white space the strip above leaves has no first word)
        if (words and (cell[0].isupper() or _REGISTRATION.match(words[0])) and any(c.isdigit() for c in cell)
                and _kind_before(text, line)):
            before = text.rfind("\n", 0, line - 1) + 1
            span = _cell_number(cell, text[before:line - 1].strip())
            if span is not None:
                first = len(cell) - len(cell.lstrip())
                out.append((line + first, line + len(cell)))
        if nl < 0:
            return out
        pos = nl + 1


# a body's word among the cell's words: its number is the body's own case, whatever the thing ("Ekby kommun bygglov …")
_BODY_WORD = re.compile(r"(?i)^(?:kommun|kommunen|region|regionen|stad|staden|[\wåäö]*(?:nämnd|nämnden|styrelse"
                        r"|styrelsen|rätt|rätten|domstol|myndighet|myndigheten|verket|kassan|fogden|inspektionen))$")


def _noun_repeats_kind(lead: list[str], kind: str, number: str) -> bool:
    """True when the firm's noun right before the number is the row's kind's cell again ("kurs" / "Friluftsgården
    kurs 27/4419") and the firm is no body's: the number is the person's thing's, though shaped as a case's by its
    year; a date, a year, a sum or a telephone number stays out."""
    return (len(lead) >= 2 and lead[-1].casefold() == kind.casefold() and sum(c.isdigit() for c in number) >= 5
            and not any(_BODY_WORD.match(w) for w in lead) and not _DATE_OR_YEAR.match(number)
            and not re.fullmatch(r"\d{1,3}(?:[ ]\d{3})+|0\d{1,3}-[\d ]+", number))


def _cell_number(cell: str, kind: str = "") -> tuple[int, int] | None:
    """Where the number of a thing's cell starts and ends, when its words before it name it (``kind``: the kind's
    cell before it)."""
    cell = cell.strip()
    tail = _TAIL.search(cell)
    body = cell[:tail.start()] if tail else cell
    words = body.split(" ")
    # the number: the last words that hold a digit (or a series' capitals before them), after a label or a noun
    for n in range(1, len(words)):
        lead, number = words[:n], " ".join(words[n:])
        if not _NUMBER.fullmatch(number) or not any(c.isdigit() for c in words[n]) and not re.fullmatch(r"[A-Z]{1,4}", words[n]):
            continue
        if len(lead) == 1 and _REGISTRATION.match(lead[0]) and _PLATE.fullmatch(number):
            return 0, len(cell)  # "reg.nr KLW 44D" after "bil": the car's plate with its label, the cell whole
        if firm_paper(lead, number):
            return 0, len(cell)  # "Norrby Besiktning protokoll 4471-02": a firm's paper, though shaped as a case
        if firm_case(lead, number):
            return 0, len(cell)  # "Ekvakt ärende EV-4471-03": the firm's own errand by its letters, no body's case
        if not _lead_ok(" ".join(lead)) or any(any(c.isdigit() for c in w) for w in lead[:1]):
            return None
        label = lead[-1]
        if _BOOKING.match(label) and _BOOKING_CODE.fullmatch(number):
            return 0, len(cell)
        if _REGISTRATION.match(label) and _PLATE.fullmatch(number):
            return 0, len(cell)  # "Lynx snöskoter reg.nr LPX 441": a vehicle's plate, few digits
        digits = sum(c.isdigit() for c in number)
        if _BOOKING.match(label) and digits >= 5 and not _DATE_OR_YEAR.match(number):
            # "Norrby kommun bokning LOK/27/2207": after a booking's word the number is the booking's, though its
            # parts have a case's shape
            return 0, len(cell)
        if digits == 4 and _SERIES_FOUR.fullmatch(number) and (
                _LABEL.match(label) or _firms_report(lead) or (len(lead) >= 2 and label[:1].islower())):
            # "Norrby Besiktning protokoll NB-2207", "Vallmo grind nr VG-2207", "Enkätia konto EK-NO-2207": the
            # series' letters and four digits after a label or a firm's noun; no year ("NB-2027": a case's)
            return None if _NO_NUMBER.match(number) else (0, len(cell))
        if len(lead) >= 2 and _CAPITAL_LABEL.match(label) and digits >= 5 and not _DATE_OR_YEAR.match(number):
            # the number's kind in capitals after the firm ("Nordfrakt Cargo AWB 057-2207…", "Telia ICCID 8946…"):
            # the label says what the number is, though shaped as a telephone's
            return 0, len(cell)
        if _noun_repeats_kind(lead, kind, number):
            return 0, len(cell)
        # a label before the number, or a firm and its noun ("Norvolt laddbox 2207…"): two words at least
        named = _LABEL.match(label) or (len(lead) >= 2 and lead[-1][:1].islower())
        # (after them a year's series is the firm's paper's: "Norvolt faktura 2026-31907")
        if digits < 5 or (_NO_NUMBER.match(number) and not (named and _YEARS_SERIES.fullmatch(number))):
            return None
        if named:
            return 0, len(cell)
        # (the series' letters read with the number may be its kind's label: "… Cargo AWB 057-2207…", tried next)
        if not re.fullmatch(r"[A-Z]{2,5}", words[n]):
            return None
    return None


def _kind_named_again(text: str, f: Finding, cells: list[tuple[int, int]]) -> bool:
    """True for a person's finding that is a line of its own (a cell, one a line) right before an identifier's cell
    that names it again, a word of the cell before the number opening with it ("ugn" / "Electrolux ugn SN 4418…",
    "GPS" / "Garmin GPSMAP SN 4G44…"): the thing's kind, no one's initials."""
    if f.category != "PERSON" or f.start is None or f.end is None:
        return False
    line, stop = _line(text, f.start)
    word = f.text.strip().lower()
    if text[line:stop].strip().lower() != word or len(word) < 3 or not word.isalpha() or stop >= len(text):
        return False
    nxt, nxt_stop = _line(text, stop + 1)
    cell = text[nxt:nxt_stop].strip()
    first = nxt + len(text[nxt:nxt_stop]) - len(text[nxt:nxt_stop].lstrip())
    if not cell or not any(a <= first and first + len(cell) <= b + 1 for a, b in cells):
        return False
    return any(w.lower().startswith(word) for w in cell.split()[:-1])


def with_thing_cells(findings: list[Finding], text: str, page: int) -> list[Finding]:
    """Identifiers widened to their thing's cell, and the thing cells no rule read added as identifiers; a thing's
    kind before its cell, named again in it, read as initials is dropped."""
    out = []
    for f in findings:
        if f.category == "ID_NUMBER" and f.start is not None and f.end is not None and "\n" not in f.text:
            span = widen_to_thing_cell(text, f.start, f.end)
            if span is not None and (span[0] < f.start or span[1] > f.end):
                f = replace(f, start=span[0], end=span[1], text=text[span[0]:span[1]])
        out.append(f)
    taken = [(f.start, f.end) for f in out if f.start is not None and f.end is not None]
    # (a finding inside the cell gives way to it: "044-218-736" of "Resekort nr 044-218-736" read as a telephone)
    added = [Finding(id=f"p{page}-t{n}", page=page, start=a, end=b, text=text[a:b], category="ID_NUMBER", score=0.75,
                     detector="labelled_id", reason="en saks nummer i cellen efter sakens slag")
             for n, (a, b) in enumerate(thing_cells(text))
             if not any(s < b and a < e and not (a <= s and e <= b) for s, e in taken)
             and not any(s <= a and b <= e for s, e in taken)]
    inside = [(f.start, f.end) for f in added]
    kept = [f for f in out if not (f.category == "PHONE" and f.start is not None and f.end is not None
                                   and any(a <= f.start and f.end <= b for a, b in inside))]
    return _without_kinds_named_again(kept + added, text)


# a thing's kind no one's initials can be: a word of six small letters or more ("fiskerätt", "stugnyckel")
_LONG_KIND = re.compile(r"[a-zåäöéü]{6,}(?:-[a-zåäöéü]{2,})?")
# a thing's kind of any length in small letters ("båt", "ved")
_SMALL_KIND = re.compile(r"[a-zåäöéü]{3,}(?:-[a-zåäöéü]{2,})?")


def _kinds_before_cells(text: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """The line right before each identifier cell that fills its line, by where that line starts: the kinds' column
    of a table read one cell a line ("båt" / "Buster skrovnr SE-…")."""
    kinds = {}
    for a, b in cells:
        line, stop = _line(text, a)
        if line < 2 or text[line:stop].strip() != text[a:b].strip():
            continue
        before = text.rfind("\n", 0, line - 1) + 1
        kinds[before] = text[before:line - 1].strip()
    return kinds


def _kind_in_kinds_column(text: str, f: Finding, kinds: dict[int, str]) -> bool:
    """True for a person's finding that is a short word in small letters alone on its line right before an identifier
    cell, where the same column's other rows hold longer words in small letters ("ålmjärde", "märkning", "båt"): a
    column of the things' kinds, no one's initials."""
    if f.category != "PERSON" or f.start is None or f.end is None:
        return False
    line, _ = _line(text, f.start)
    word = kinds.get(line)
    if word is None or word != f.text.strip() or not _SMALL_KIND.fullmatch(word):
        return False
    others = [kinds[at] for at in _same_column(text, line, sorted(kinds)) if at != line]
    return bool(others) and all(_SMALL_KIND.fullmatch(k) for k in others) and any(
        _LONG_KIND.fullmatch(k) for k in others)


def _same_column(text: str, line: int, starts: list[int]) -> list[int]:
    """The kinds' lines of the table ``line`` is in: the run of them around it at one stride of lines (each row as
    many lines as the table has cells)."""
    rows = [text.count("\n", 0, at) for at in starts]
    i = starts.index(line)
    run = {i}
    for step in (-1, 1):
        j, stride = i, None
        while 0 <= j + step < len(rows):
            gap = abs(rows[j + step] - rows[j])
            if stride is None:
                stride = gap
            if gap != stride or gap > 12:
                break
            j += step
            run.add(j)
    strides = {abs(rows[a] - rows[b]) for a, b in zip(sorted(run), sorted(run)[1:])}
    return [starts[j] for j in sorted(run)] if len(strides) <= 1 else [line]


def _without_kinds_named_again(findings: list[Finding], text: str) -> list[Finding]:
    """``findings`` but the things' kinds read as initials before the identifier cells that name them again, or in a
    column of kinds in small letters."""
    cells = [(f.start, f.end) for f in findings if f.category == "ID_NUMBER" and f.start is not None and f.end is not None]
    if not cells:
        return findings
    kinds = _kinds_before_cells(text, cells)
    return [f for f in findings if not _kind_named_again(text, f, cells) and not _kind_in_kinds_column(text, f, kinds)]
