"""A window block's last line may name the country in ordinary case ("Storgata 7" / "1531 Moss" / "Norge"): where the
block ends with it (a line of running text or a blank line after it) it is the home's last part; in a table read one
cell a line, the country column's cell before the next row stays out. Fictional people; the blank pipeline."""

from __future__ import annotations

from redact.document_detection import detect_text


def _addresses(blank_detector, text: str) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category == "ADDRESS" and f.status != "rejected"]


def test_the_country_ending_a_window_block_in_ordinary_case_is_the_homes(blank_detector):
    text = "Reseplan\nSigrun Dahle\nStorgata 41\n1606 Fredrikstad\nNorge\nResan gäller assistans enligt beslutet.\n"
    assert "Storgata 41 1606 Fredrikstad Norge" in _addresses(blank_detector, text)


def test_a_country_column_in_a_table_read_one_cell_a_line_stays_out(blank_detector):
    text = ("Boende\nNamn\nAdress\nPostort\nLand\nSigrun Dahle\nStorgata 41\n1606 Fredrikstad\nNorge\n"
            "Per Ekström\nStorgata 9\n1606 Fredrikstad\nNorge\n")
    assert not any(a.endswith("Norge") for a in _addresses(blank_detector, text)[:1])
