"""A clearing number in its own column beside the account's ("Clearingnr" | "Kontonr") is masked with the account:
it names the bank and the branch. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _left(text: str, part: str, detector) -> str:
    s = text.index(part)
    masked = [(f.start, f.end) for f in detect_text(text, detector).findings
              if f.status != "rejected" and f.start is not None]
    return "".join(c for i, c in enumerate(part, s) if c.isdigit() and not any(a <= i < b for a, b in masked))


@pytest.mark.parametrize("header,clearing,account", [
    ("Clearingnr", "6172", "418 220 903"),
    ("Clearing", "8327-9", "914 552 018-3"),
    ("Clnr", "5214", "10 487 33"),
])
def test_a_clearing_column_beside_an_account_column_is_masked(blank_detector, header, clearing, account):
    text = (f"| Namn | {header} | Kontonr | Belopp |\n"
            f"| Ida Norrman | {clearing} | {account} | 3 200 kr |\n"
            f"| Karl Öberg | saknas | saknas | 1 100 kr |")
    assert _left(text, clearing, blank_detector) == "" and _left(text, account, blank_detector) == ""


def test_a_sum_under_its_own_header_beside_a_clearing_column_stays(blank_detector):
    text = ("| Namn | Clearingnr | Kontonr | Belopp |\n"
            "| Ida Norrman | 6172 | 418 220 903 | 3200 |\n")
    assert _left(text, "3200", blank_detector) == "3200"
