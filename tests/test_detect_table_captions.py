"""A header word alone over a table's header row is the table's caption, not the upper half of its first column's
header: "Hemadress" over "Placering | Adress" leaves the places of the first column readable. Fictional places; the
blank pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

from redact.detect.table_geometry import from_words
from redact.ingest.pdf import extract_page
from redact.pipeline import detect_document

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, ruled_grid, save  # noqa: E402

ROWS = [["Placering", "Adress"], ["Ekby", "Storgatan 4, 871 31 Näsby"], ["Åsby", "Lindvägen 9, 871 40 Näsby"]]


def _captioned_table(path: Path) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 84), "Hemadress", fontsize=9)
    ruled_grid(page, (50, 200), 100, ROWS)
    return save(doc, path)


def test_a_caption_word_over_a_header_row_joins_no_header(tmp_path):
    import pymupdf

    with pymupdf.open(_captioned_table(tmp_path / "placeringar.pdf")) as doc:
        page = extract_page(doc[0])
    assert {c.header for c in from_words(page)} == {"Adress"}


def test_the_first_columns_places_under_a_caption_stay_readable(tmp_path, blank_detector):
    det = detect_document(_captioned_table(tmp_path / "placeringar.pdf"), blank_detector)
    found = {f.text for f in det.findings if f.category == "ADDRESS"}
    assert "Ekby" not in found and "Åsby" not in found
    assert "Storgatan 4, 871 31 Näsby" in found


def test_a_roles_caption_over_a_header_run_with_a_plain_name_column_shifts_no_cell():
    # "Sökande" over "Ärende | Person | Född | Skadeanmälan", read one cell a line: the caption names the table, so
    # the last header cell, nobody's list's, is no applicant's name
    from redact.detect.table_text import _from_cell_lines

    text = ("Sökande\nÄrende\nPerson\nFödd\nSkadeanmälan\n"
            "31-0552-1\nGreta Ådahl\n3 maj 1941\nSKA 552 01\n"
            "31-0552-2\nOlle Sundin\n9 juli 1938\nSKA 552 02\n")
    cells = {(text[c.start:c.end], c.header) for c in _from_cell_lines(text)}
    assert ("Greta Ådahl", "Person") in cells
    assert not any(value == "Skadeanmälan" for value, _ in cells), cells


def test_a_staff_caption_over_roles_and_names_alone_reads_no_role_as_a_name():
    # rows of words only: the caption is left as read, and no role under "Funktion" becomes a name
    from redact.detect.table_text import _from_cell_lines

    text = ("Personal\nFunktion\nNamn\nStation\nVaktmästare\nGreta Ådahl\nNorrby\n"
            "Kock\nOlle Sundin\nNorrby (deltid)\nKock\nSiv Holm\nNorrby (deltid)\n")
    values = {text[c.start:c.end] for c in _from_cell_lines(text)}
    assert not values & {"Vaktmästare", "Kock"}, values


def _words(pieces: list[tuple[str, float, float, int]], top: float) -> list[list]:
    """One cell per piece: its words laid from its left edge, five points a letter, on the given reader line."""
    from redact.types import Word

    cells, at = [], 0
    for text, left, _right, line in pieces:
        ws, x = [], left
        for word in text.split():
            ws.append(Word(word, at, at + len(word), (x, top, x + 5 * len(word), top + 10), line))
            at += len(word) + 1
            x += 5 * len(word) + 3
        cells.append(ws)
    return cells


def test_a_title_read_in_two_pieces_over_a_header_row_joins_no_header():
    # "Sökande i ärendena om" / "bidrag till staket", one line of text the reader split in two, over "Ärende | Namn |
    # Född": the piece in small letters set a space after the first goes on with its words, and makes no column
    from redact.detect.table_geometry import _two_row_header

    upper = _words([("Sökande i ärendena om", 50, 0, 0), ("bidrag till staket", 156, 0, 1)], 100)
    lower = _words([("Ärende", 55, 0, 2), ("Namn", 113, 0, 3), ("Född", 300, 0, 4)], 114)
    assert _two_row_header(upper, lower) is None
