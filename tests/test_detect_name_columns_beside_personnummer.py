"""A column of names under a header nobody listed ("Jägare", "Fiskare") in a register whose every row holds a
personnummer: one person a row, so a third of the column's names on the lists is enough for the names no list
holds (Thai, Eritrean, Kurdish names) to be taken too; also when the personnummer's header is set close to the
next headers, read as one cell. A column of places beside the numbers stays. Fictional people."""

from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

from redact.detect.name_columns import is_name_column
from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, write_lines  # noqa: E402

ROWS = [["Plats", "Jägare", "Personnummer", "Jaktkortsnr", "Hundar"],
        ["J1", "Bengt Ramsell", "540312-1188", "JK-291", "3"],
        ["J2", "Chalermrit Wongsakul", "710923-4026", "JK-304", "1"],
        ["J3", "Hewanesh Tesfaldet", "880214-5634", "JK-317", "2"],
        ["J4", "Gulbîn Baban", "670701-2388", "JK-320", "4"],
        ["J5", "Gunnel Åberg", "930505-7417", "JK-336", "2"]]
UNLISTED = ("Chalermrit Wongsakul", "Hewanesh Tesfaldet", "Gulbîn Baban")


def _persons(findings) -> set[str]:
    return {" ".join(f.text.split()) for f in findings if f.category == "PERSON" and f.status != "rejected"}


def test_names_beside_personnummer_in_a_table_written_a_row_a_line(blank_detector):
    text = "Jaktpass på kommunens mark 2026\n\n" + "\n".join("| " + " | ".join(r) for r in ROWS) + "\n"
    found = _persons(detect_text(text, blank_detector).findings)
    assert set(UNLISTED) <= found, found


def test_names_beside_personnummer_whose_header_is_set_close_to_the_next(tmp_path, blank_detector):
    # "Personnummer Jaktkortsnr Hundar" written as one line of text: read as one cell, split by the rows below
    bold = {"fontname": "hebo", "fontsize": 9.0}
    head = ["Personnummer", "Jaktkortsnr", "Hundar"]
    xs = [240.0]
    for word in head[:-1]:
        xs.append(xs[-1] + pymupdf.get_text_length(word + " ", **bold))
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Jaktpass på kommunens mark 2026"], y=60)
    page.insert_text((50, 100), "Plats", **bold)
    page.insert_text((80, 100), "Jägare", **bold)
    page.insert_text((xs[0], 100), " ".join(head), **bold)
    for r, row in enumerate(ROWS[1:], start=1):
        y = 100 + 16 * r
        for x, cell in zip((50, 80, *xs), row):
            page.insert_text((x, y), cell, fontsize=9.0)
    write_lines(page, ["Passen lottas på nytt i augusti."], y=100 + 16 * len(ROWS) + 30)
    found = _persons(detect_document(save(doc, tmp_path / "jaktpass.pdf"), blank_detector).findings)
    assert set(UNLISTED) <= found, found


def test_a_third_listed_is_enough_only_beside_personnummer():
    names = ["Bengt Ramsell", "Chalermrit Wongsakul", "Hewanesh Tesfaldet", "Gulbîn Baban", "Gunnel Åberg"]
    assert is_name_column(names, one_person_a_row=True)
    assert not is_name_column(names)


def test_places_beside_personnummer_are_no_names():
    assert not is_name_column(["Norra Sandsjö", "Västra Ed", "Lilla Torget"], one_person_a_row=True)
    assert not is_name_column(["Ekholms Måleri", "Lindqvist Bygg", "Anna Berg"], one_person_a_row=True)
    assert not is_name_column(["Chalermrit Wongsakul", "Hewanesh Tesfaldet", "Gulbîn Baban"], one_person_a_row=True)
