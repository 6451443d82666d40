"""A plusgiro number written in its groups with no dash before its check digit ("352 18 46"), right after a payment
is made or money moved to it, is an account; the same digits rung or counted are not. Fictional firms and numbers
(Luhn-valid); the blank pipeline."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _accounts(text: str, detector) -> set[str]:
    return {f.text for f in detect_text(text, detector).findings
            if f.category == "BANK_ACCOUNT" and f.status != "rejected"}


@pytest.mark.parametrize("text, number", [
    ("Snöröjningen köps av Per Ålund, enskild firma; betalning till 352 18 46. Han röjde vägen.", "352 18 46"),
    ("Arvodet betalas till 63 41 87 9 senast i maj.", "63 41 87 9"),
    ("Inbetalning på 127 53 87 görs före mötet.", "127 53 87"),
])
def test_a_spaced_plusgiro_paid_to_is_an_account(blank_detector, text, number):
    assert number in _accounts(text, blank_detector)


@pytest.mark.parametrize("text", [
    "Ring 352 18 46 om du har frågor om betalningen till föreningen.",
    "Betalning till 2024 10 14 bokförs senare.",
    "Betalning till 352 18 47 görs senare.",  # the check digit does not hold
])
def test_other_spaced_digits_are_no_account(blank_detector, text):
    assert not _accounts(text, blank_detector)
