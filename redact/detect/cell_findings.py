"""Findings read from a page's tables and lists: cells under a telling header, name parts beside a found name,
codes, giro numbers and identifiers listed beside persons or after a label.

Each reading widens the page's findings; one that fails is logged and the page keeps its other findings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from redact.detect.bank_account_labels import past_account_word
from redact.detect.case_headings import names_case
from redact.detect.code_columns import listed_codes
from redact.detect.giro_columns import listed_giros
from redact.detect.id_labels import past_cell_label
from redact.detect.initials_shapes import initials_pair
from redact.detect.inverted_names import inverted_names
from redact.detect.learned_spans import after_rules_label
from redact.detect.make_model_serials import make_in_serial_cell
from redact.detect.names import Lexicons
from redact.detect.no_person_spans import header_run_cell, names_body, names_municipality, word_part_or_case_label
from redact.detect.participant_numbers import activity_led, names_a_place
from redact.detect.places import acronym_of_place
from redact.detect.purpose_cells import purpose_cell_names
from redact.detect.table_columns import (
    ADDRESS, BANK, BIRTH, FIRST, FULL, ID, LAST, PROPERTY, SIGN, Cell, header_words_only, headed_cells, names_a_number,
)
from redact.detect.table_headers import things_header
from redact.detect.table_neighbours import lower_words, neighbour_cell_names
from redact.detect.table_birth_values import birth_cell_span
from redact.detect.table_home_values import places_with_postcode
from redact.detect.table_values import collection_item
from redact.types import Finding, Page

log = logging.getLogger(__name__)

#: A cell under a header that names an identifier, a name or a signature: the header is the evidence.
CELL_SCORE = 0.7


def with_headed_cells(page: Page, findings: list[Finding]) -> list[Finding]:
    """Add the cells of table columns whose header names an identifier, a name or a signature.

    A cell another detector already covers keeps that finding (a personnummer under "Pers.nr").
    """
    # a header cell is not a name ("Förnamn", "Kontaktperson" read by the model as one, "Föremål" over things handed
    # in), nor is a number's label
    findings = [f for f in findings
                if not (f.category == "PERSON" and (header_words_only(f.text) or things_header(f.text)
                                                    or names_a_number(f.text) or word_part_or_case_label(f, page.text)))]
    cells = headed_cells(page)
    if not cells:
        return findings
    taken = [(f.start or 0, f.end or 0) for f in findings]
    added = []
    for c in cells:
        if any(s <= c.start and c.end <= e for s, e in taken):
            if c.kind in (FULL, FIRST, LAST, SIGN):
                findings = _column_supported(findings, c)
            continue
        if c.kind == SIGN and _small_word_among_capitals(c, cells, page.text):
            continue  # "bil" under "Handl." where a reading slipped a column, the column's initials all in capitals
        if c.kind in (FULL, FIRST, LAST, SIGN) and header_run_cell(page.text, c.start, c.end):
            continue  # "Student Adress" / "Postort" under a column of the table above: the next table's header cells
        # a whole name's column only: a surname column's "Sala" may be a person's
        if c.kind == FULL and names_municipality(page.text[c.start:c.end], page.text):
            continue  # "Tjärnvik" in a name column where the text speaks of "Tjärnviks kommun": a place
        if c.kind in (FULL, FIRST, LAST) and (acronym_of_place(page.text[c.start:c.end], page.text)
                                              or names_body(page.text[c.start:c.end])):
            continue  # "PRO Tjärnvik", "Åsbyälvens FVO" where the rows have slipped: an association, no name
        if c.kind == ADDRESS and places_with_postcode(page.text[c.start:c.end]):
            # "Åsberget Norrgården, 915 94 Åsberget": the model reads a village and a farm as a name; they are a
            # place, and their words spread as a name would mask the village's genitive all over the page
            findings = [f for f in findings if not (f.category == "PERSON" and c.start <= (f.start or 0)
                                                    and (f.end or 0) <= c.end)]
        category = {ID: "ID_NUMBER", BANK: "BANK_ACCOUNT", BIRTH: "DATE_OF_BIRTH", PROPERTY: "PROPERTY",
                    ADDRESS: "ADDRESS"}.get(c.kind, "PERSON")
        why = {ID: "identifierare", SIGN: "initialer", BANK: "kontonummer", BIRTH: "födelsedatum",
               PROPERTY: "fastighetsbeteckning", ADDRESS: "adress"}.get(c.kind, "namn")
        # "pass 95418227" under "Legitimation": the document's kind is a label, the number the identifier
        start = past_cell_label(page.text, c.start, c.end, c.header) if c.kind == ID else c.start
        if c.kind == ID and start > c.start and make_in_serial_cell(c.header, page.text[c.start:c.end], start - c.start):
            start = c.start  # "Oticon 4418 220 7" under "Serienr": the make is part of the serial
        if c.kind == ID and start > c.start and names_a_place(c.header) and activity_led(page.text[c.start:c.end]):
            start = c.start  # "Drakb 7973/27 A" under "Kursplats": the activity's word is part of the person's place
        if c.kind == ID and start > c.start:
            # "Rolex Z 4471832" under "Föremål, serienr": the make before the serial is a word of the cell's label,
            # no one's name, though a name reader takes it (and the series' letter after it) for one
            findings = [f for f in findings if not (f.category == "PERSON" and f.start is not None
                                                    and c.start <= f.start < start and (f.end or 0) <= c.end)]
        if c.kind == ID and collection_item(page.text[c.start:c.end]):
            # "Ekholm Coll. 12" under "Långivarens nr": the owner's name is part of the item's number, which is then
            # found again wherever the text names the item
            findings = [f for f in findings if not (f.category == "PERSON" and f.start is not None
                                                    and c.start <= f.start and (f.end or 0) <= c.end)]
        if c.kind == ID:  # "PESEL 8802…", "FMI-ID 41873": the label a rule read before the number it found
            start = after_rules_label(page.text, start, c.end, findings)
        if c.kind == BANK:  # "bankgiro 812-4406": the kind of account, no part of its number
            start = past_account_word(page.text, start, c.end)
        end = c.end
        if c.kind == BIRTH:  # "d. 14 maj 2013", "1983 doğumlu": the words around the date, no part of it
            a, b = birth_cell_span(page.text[start:c.end], c.header)
            start, end = start + a, start + b
            # "8th January A.D. 1987": a month and an era's mark the name reader takes for a person are the date's
            findings = [f for f in findings if not (f.category == "PERSON" and f.start is not None
                                                    and start <= f.start and (f.end or 0) <= end)]
        spans = [(start, end)]
        if c.kind in (FULL, FIRST, LAST, SIGN) and (pair := initials_pair(page.text[start:end])) is not None:
            spans = [(start + a, start + b) for a, b in pair]  # "AaS och M.Ch.": two persons, "och" no one's
        added.extend(Finding(
            id=f"p{page.number}-t{len(added) + n}", page=page.number, start=a, end=b,
            text=page.text[a:b], category=category, score=CELL_SCORE, detector="table_column",
            reason=f"{why} i en kolumn under rubriken '{c.header}'",
        ) for n, (a, b) in enumerate(spans))
    if not added:
        return findings
    merged = sorted(findings + added, key=_position)
    return [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(merged)]


def _small_word_among_capitals(cell: Cell, cells: list[Cell], text: str) -> bool:
    """Whether an initials column's cell is a word of small letters ("bil") where the column's other cells are all
    written in capitals ("LD", "MÖ"): a thing's word a reading slipped into the column. Where the hands write small
    initials ("lbm" beside "ViK" and "B.S") every cell is initials."""
    value = text[cell.start:cell.end].strip()
    if not (value.isalpha() and value.islower() and len(value) >= 3):
        return False
    others = [text[o.start:o.end].strip().replace(".", "") for o in cells
              if o.kind == SIGN and o.header == cell.header and o is not cell]
    return bool(others) and all(o.isalpha() and o.isupper() for o in others)


def _column_supported(findings: list[Finding], cell: Cell) -> list[Finding]:
    """The PERSON finding that is exactly a name column's cell, its reason saying so: on a stretch read as another
    language (a register of foreign names and addresses) the column is the evidence that keeps it."""
    why = "initialer" if cell.kind == SIGN else "namn"
    note = f"{why} i en kolumn under rubriken '{cell.header}'"
    return [replace(f, reason=f"{f.reason} | {note}" if f.reason else note)
            if f.category == "PERSON" and f.start == cell.start and f.end == cell.end and note not in f.reason else f
            for f in findings]


def with_neighbour_names(page: Page, findings: list[Finding], lexicons: Lexicons) -> list[Finding]:
    """Add name parts alone in a table cell beside the cell of a found name (one cell a line)."""
    from redact.detect.name_words import F, S, classify_word

    persons = [(f.start or 0, f.end or 0) for f in findings if f.category == "PERSON"]

    def listed(cell: str) -> bool:
        return all(classify_word(w, lexicons) in (F, S) for w in cell.split())

    spans = _widening("table cells: the neighbour-name rule", page, lambda: (
        neighbour_cell_names(page.text, persons, listed) if persons or "\n" in page.text else []))
    if spans is None:
        return findings
    taken = [(f.start or 0, f.end or 0) for f in findings]
    # a header cell beside the header cells ("Grund" / "Ombudets" / "klientnr") is no part of a name
    spans = [(a, b) for a, b in spans if not header_run_cell(page.text, a, b)]
    added = _cell_persons(page, spans, taken, "c", "namndel i en tabellcell bredvid ett namn")
    inverted = _widening("inverted names: the rule", page, lambda: inverted_names(
        page.text, persons, lambda w: classify_word(w, lexicons) == F, lambda w: classify_word(w, lexicons) == S,
        lower_words(page.text), lexicons.titles)) or []
    added += [
        Finding(id=f"p{page.number}-v{n}", page=page.number, start=a, end=b, text=page.text[a:b], category="PERSON",
                score=CELL_SCORE, detector="names", reason="namn skrivet efternamn, förnamn")
        for n, (a, b) in enumerate(inverted) if not any(s <= a and b <= e for s, e in taken)
    ]
    if not added:
        return findings
    merged = sorted(findings + added, key=_position)
    return [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(merged)]


def _widening(what: str, page: Page, rule: Callable[[], list[tuple[int, int]]]) -> list[tuple[int, int]] | None:
    """The spans a widening rule adds, or None when it failed (logged: it must never cost the page its other findings)."""
    try:
        return rule()
    except Exception:
        log.exception("%s failed on page %s", what, page.number)
        return None


def with_activity_surnames(page: Page, findings: list[Finding], lexicons: Lexicons) -> list[Finding]:
    """Add surnames after an activity word in a purpose column ("hembesök Ndayishimiye") where another such cell's
    name was found (redact.detect.purpose_cells). Run after the code and giro columns: a name inferred from a
    column's shape is no evidence for another column's codes."""
    from redact.detect.name_words import S, X, classify_word

    persons = [(f.start or 0, f.end or 0) for f in findings if f.category == "PERSON"]
    spans = _widening("activity cells: the surname rule", page, lambda: purpose_cell_names(
        page.text, persons, lambda w: names_municipality(w, page.text) or classify_word(w, lexicons) == X,
        lambda w: classify_word(w, lexicons) == S))
    if not spans:
        return findings
    taken = [(f.start or 0, f.end or 0) for f in findings]
    added = _cell_persons(page, spans, taken, "a", "efternamn efter en aktivitet, som i andra rader")
    if not added:
        return findings
    merged = sorted(findings + added, key=_position)
    return [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(merged)]


def _cell_persons(page: Page, spans: list[tuple[int, int]], taken: list[tuple[int, int]], tag: str,
                  reason: str) -> list[Finding]:
    """Persons a table-cell rule found, except where a finding already stands."""
    return [
        Finding(id=f"p{page.number}-{tag}{n}", page=page.number, start=a, end=b, text=page.text[a:b], category="PERSON",
                score=CELL_SCORE - 0.1, detector="table_column", reason=reason)
        for n, (a, b) in enumerate(spans) if not any(s < b and a < e for s, e in taken)
    ]


def with_listed_codes(page: Page, findings: list[Finding], cases: frozenset[str] = frozenset()) -> list[Finding]:
    """Add the codes of a register listed beside its persons without a header (redact.detect.code_columns), but
    the document's own case numbers (``cases``)."""
    persons = [(f.start or 0, f.end or 0) for f in findings if f.category == "PERSON"]
    others = [(f.start or 0, f.end or 0) for f in findings if f.category not in ("PERSON", "ID_NUMBER")]
    spans = _widening("listed codes: the rule", page, lambda: listed_codes(page.text, persons, others))
    if spans is None:
        return findings
    taken = [(f.start or 0, f.end or 0) for f in findings]
    added = [
        Finding(id=f"p{page.number}-l{n}", page=page.number, start=a, end=b, text=page.text[a:b], category="ID_NUMBER",
                score=CELL_SCORE - 0.1, detector="table_column", reason="kod i en lista av samma form bredvid personer")
        for n, (a, b) in enumerate(spans) if not any(s <= a and b <= e for s, e in taken)
        and not names_case(page.text[a:b], cases)
    ]
    if not added:
        return findings
    merged = sorted(findings + added, key=_position)
    return [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(merged)]


def with_listed_identifiers(page: Page, findings: list[Finding]) -> list[Finding]:
    """Add the values of an identifier's shape listed right after it ("chipnummer 75209… och 75209…"; see
    redact.detect.listed_identifiers)."""
    from redact.detect.listed_identifiers import listed_after

    ids = [(f.start, f.end) for f in findings if f.category == "ID_NUMBER" and f.start is not None and f.end is not None]
    spans = _widening("listed identifiers: the rule", page, lambda: listed_after(page.text, ids))
    if not spans:
        return findings
    taken = [(f.start or 0, f.end or 0) for f in findings]
    added = [
        Finding(id=f"p{page.number}-i{n}", page=page.number, start=a, end=b, text=page.text[a:b], category="ID_NUMBER",
                score=0.75, detector="labelled_id", reason="identifierare i en uppräkning efter samma etikett")
        # (a shorter reading inside the listed value gives way to it: the digits of "RX 5510 2207 4488" read as an
        # account are the listed prescription's)
        for n, (a, b) in enumerate(spans) if not any(s < b and a < e and not (a <= s and e <= b) for s, e in taken)
    ]
    if not added:
        return findings
    merged = sorted(findings + added, key=_position)
    return [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(merged)]


def with_listed_giros(page: Page, findings: list[Finding]) -> list[Finding]:
    """Add the giro numbers of a payments column whose rows name persons (redact.detect.giro_columns)."""
    persons = [(f.start or 0, f.end or 0) for f in findings if f.category == "PERSON"]
    taken = [(f.start or 0, f.end or 0) for f in findings if f.category != "PERSON"]
    accounts = [(f.start or 0, f.end or 0) for f in findings if f.category in ("BANK_ACCOUNT", "IBAN")]
    spans = _widening("listed giro numbers: the rule", page, lambda: listed_giros(page.text, persons, taken, accounts))
    if not spans:
        return findings
    added = [
        Finding(id=f"p{page.number}-g{n}", page=page.number, start=a, end=b, text=page.text[a:b],
                category="BANK_ACCOUNT", score=CELL_SCORE - 0.1, detector="table_column",
                reason="gironummer i en kolumn av betalningar bredvid en person")
        for n, (a, b) in enumerate(spans)
    ]
    merged = sorted(findings + added, key=_position)
    return [replace(f, id=f"p{page.number}-{n}") for n, f in enumerate(merged)]


def _position(f: Finding) -> tuple[int, int, str]:
    return (f.start or 0, f.end or 0, f.category)
