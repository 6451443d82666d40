"""A column headed by a sample's noun ("Prov", "Blodprov") holds the samples' codes, each leading to the person it was
taken from: masked where a cell carries a code's capitals; a test's result and its date in such a column stay.
Fictional text; the blank pipeline."""

from __future__ import annotations

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


def test_a_sample_columns_codes_are_masked(blank_detector):
    text = ("| Dnr | Givare | Född | Prov\n"
            "| BB 26/0311 | Tove Ahlgren | 1950 | LABB 4C-2207-18\n"
            "| BB 26/0318 | Oskar Lind | 1961 | Patologi H26-77041\n"
            "| BB 26/0325 | Rut Sjöberg | 1972 | KEM-LUND 31-04471\n")
    got = found(blank_detector, text)
    for code in ("LABB 4C-2207-18", "H26-77041", "KEM-LUND 31-04471"):
        assert got.get(code) == "ID_NUMBER", got


def test_a_sample_columns_results_and_dates_stay(blank_detector):
    text = ("| Dnr | Namn | Född | Prov\n"
            "| BB 26/0311 | Tove Ahlgren | 1950 | godkänt 2026-05-20\n"
            "| BB 26/0318 | Oskar Lind | 1961 | Underkänt, omprov 2026-06-01\n")
    got = found(blank_detector, text)
    assert not any("2026-05-20" in t or "2026-06-01" in t for t in got), got
