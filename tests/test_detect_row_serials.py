"""A "Löpnr" column in a table of persons: a survey's serials for the persons it drew are masked (and again where
the notes repeat them); the body's own row numbers, plain or by the year, stay. Fictional people and serials; the
blank pipeline."""

from __future__ import annotations

from redact.detect.row_serials import person_serials, row_serial_header
from redact.pipeline import detect_text


def _masked(text: str, part: str, detector, nth: int = 0) -> bool:
    """True when every character of the part's nth occurrence is under a finding."""
    s = -1
    for _ in range(nth + 1):
        s = text.index(part, s + 1)
    spans = [(f.start, f.end) for f in detect_text(text, detector).findings
             if f.status != "rejected" and f.start is not None]
    return all(any(a <= i < b for a, b in spans) for i in range(s, s + len(part)) if not part[i - s].isspace())


_ROWS = [("Vendela Rasmusson", "1971-02-14"), ("Oskar Tjäder", "1988-09-30"), ("Henna Koivisto", "1964-12-03")]


def _table(codes: list[str]) -> str:
    rows = "\n".join(f"| {code} | {name} | {born} | svarade" for code, (name, born) in zip(codes, _ROWS))
    # (the body's case above the table: a list of codes under it reads as the case's, so the header must decide)
    return f"Ärende HBK 2026/0411\nUrvalet\n| Löpnr | Person | Född | Status\n{rows}\n"


def test_a_surveys_serials_in_a_row_serial_column_are_masked(blank_detector):
    codes = ["HBK-26 017731", "HBK-26 017748", "HBK-26 017755"]
    text = _table(codes) + "\nNoteringar\nHBK-26 017748: ringde tillbaka på fredagen.\n"
    for code in codes:
        assert _masked(text, code, blank_detector), code
    assert _masked(text, "HBK-26 017748", blank_detector, nth=1)


def test_the_bodys_row_numbers_stay():
    assert not person_serials(["RV-26/114", "RV-26/117", "RV-26/121"])
    assert not person_serials(["1", "2", "3"])
    assert not person_serials(["HBK-26 017731", "HBK-26 017731"])


def test_the_bodys_row_numbers_in_a_table_stay(blank_detector):
    codes = ["RV-26/114", "RV-26/117", "RV-26/121"]
    text = _table(codes)
    assert not any(_masked(text, code, blank_detector) for code in codes)


def test_row_serial_headers():
    assert row_serial_header("Löpnr") and row_serial_header("löpnummer:") and not row_serial_header("Dnr")
