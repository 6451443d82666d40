"""A customs tariff number ("8471 30", four digits, a space and two) under its header or after its word is the
goods' class, no one's number: cut from a finding that took it in over a line end, dropped alone. Fictional text."""

from __future__ import annotations

from redact.detect.goods_codes import trim_goods_codes
from redact.types import Finding

# a goods check read one cell a line, the header's cells joined on a line as MuPDF may
CHECKS = "\n".join(["Kontrollerade varor", "Kvitto", "Varukod Visad för",
                    "KV 3310 5521 08", "8471 30", "T.Ny.", "KV 3310 5521 16", "6403 99", "H.Bo.", "Noteringar"])


def _finding(text: str, part: str, category: str = "ID_NUMBER", at: int = 0) -> Finding:
    start = text.index(part, at)
    return Finding(id="p1-0", page=1, start=start, end=start + len(part), text=part, category=category, score=0.8,
                   detector="bank_account")


def test_a_tariff_number_taken_in_over_a_line_end_is_cut():
    kept = trim_goods_codes([_finding(CHECKS, "KV 3310 5521 08\n8471 30"), _finding(CHECKS, "KV 3310 5521 16\n6403")],
                            CHECKS)
    assert [f.text for f in kept] == ["KV 3310 5521 08", "KV 3310 5521 16"]


def test_a_tariff_number_alone_is_dropped_after_its_word_too():
    text = "Resenären visade en klocka, varukod 9102 11, köpt i Stockholm. Kvitto 55-1200441."
    kept = trim_goods_codes([_finding(text, "9102 11"), _finding(text, "55-1200441")], text)
    assert [f.text for f in kept] == ["55-1200441"]


def test_the_same_shape_without_the_tariffs_word_stays():
    text = "Kontonummer\n8327 14\nNoteringar"
    assert [f.text for f in trim_goods_codes([_finding(text, "8327 14")], text)] == ["8327 14"]
