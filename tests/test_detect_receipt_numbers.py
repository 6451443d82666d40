"""A receipt's or a voucher's number after its word is the holder's, whether or not the sentence names a person; a
date, a sum, the writer's own receipt and a court's receipt of service stay. Fictional numbers."""

from __future__ import annotations

import pytest

from redact.detect import receipt_numbers


def _rule(text: str) -> list[str]:
    return [text[v.start:v.end] for r in receipt_numbers.RULES for m in r.regex.finditer(text)
            if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    ("Exportintyg TF 5519 3307 31, kvitto 55-1930733. Ärende TV 2031-0552.", "55-1930733"),
    ("Kvittonr: DEP 31-0552", "DEP 31-0552"),
    ("| 3307 | kappa | kassakvitto nr KV 5519-307 |", "KV 5519-307"),
    ("Värdebeviset 5519 3307 22 gäller ett år.", "5519 3307 22"),
    # a code whose own letters open with "NR" or "NO": the letters are the code's, no number's word
    ("Fynd MUS-F 27-0118, kvitto NRK-B 5519/07C.", "NRK-B 5519/07C"),
    ("kvitto NOV-31 55193", "NOV-31 55193"),
])
def test_a_receipts_number_after_its_word_is_read(text, value):
    assert _rule(text) == [value]


@pytest.mark.parametrize("text", [
    "Han betalade enligt kvitto 2026-04-12.",       # a date
    "kvitto 1 250 kr",                               # a sum
    "Enligt vårt kvitto nr 55193307 är allt betalt.",  # the writer's own
    "Delgivningskvitto 55193307 kom åter.",          # a court's receipt of service
    "kvitto 0431-55 19 30",                          # a telephone number
    "kvitto nr 4418",                                # a short number
])
def test_no_receipts_number_is_read(text):
    assert _rule(text) == []
