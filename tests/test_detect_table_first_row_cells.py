"""A table read one cell a line: the header's last cell ("Kundnr") right above the first row's first cell is no
label of that cell; a form's label above its value, alone or repeated block by block, still is. Fictional text."""

from __future__ import annotations

from redact.detect.header_row_values import drop_first_row_cells, first_row_cell
from redact.types import Finding

TABLE = "\n".join([
    "Anslutna fritidshus",
    "Avtal", "Ägare", "Fastighet", "Kundnr",
    "AV-7-0311", "Greta Holmqvist", "Sjöby 4:12", "KE 550 2207",
    "AV-7-0328", "Olof Brandt", "Sjöby 4:19", "KE 550 2214",
    "",
])

FORM = "\n".join(["Kund", "Greta Holmqvist", "Kundnr", "KE 550 2207", "Kund", "Olof Brandt", "Kundnr",
                  "KE 550 2214", ""])


def _at(text: str, value: str) -> tuple[int, int]:
    a = text.index(value)
    return a, a + len(value)


def test_the_first_rows_first_cell_below_the_headers_last_cell_is_no_value_of_that_label():
    assert first_row_cell(TABLE, *_at(TABLE, "AV-7-0311"))


def test_a_forms_value_below_its_label_is_the_labels():
    # repeated block by block, the label comes again where a table's row would go on
    assert not first_row_cell(FORM, *_at(FORM, "KE 550 2207"))
    single = "Ansökan om anslutning\nKundnr\nKE 550 2207\nFastigheten ligger vid sjön.\n"
    assert not first_row_cell(single, *_at(single, "KE 550 2207"))


def test_only_a_labels_own_finding_is_dropped():
    a, b = _at(TABLE, "AV-7-0311")

    def finding(detector: str) -> Finding:
        return Finding(id=detector, page=1, start=a, end=b, text=TABLE[a:b], category="ID_NUMBER", score=0.8,
                       detector=detector)

    kept = drop_first_row_cells([finding("labelled_id"), finding("table_column")], TABLE)
    assert [f.detector for f in kept] == ["table_column"]


def test_a_value_that_names_its_own_kind_stays_in_the_first_row():
    # the card's scheme inside the value: no label above it gave it, though its shape comes a row further on
    text = "\n".join(["Kort och kontakter", "Sökande Bankkort", "Handl. Telefon", "RA",
                      "Mastercard 5520 9183 4471 2201", "AS", "+46 70 441 82 07", "HW",
                      "Mastercard 5520 9183 4471 2218", ""])
    a, b = _at(text, "Mastercard 5520 9183 4471 2201")
    f = Finding(id="x", page=1, start=a, end=b, text=text[a:b], category="ID_NUMBER", score=0.85,
                detector="labelled_id")
    assert drop_first_row_cells([f], text) == [f]
