"""A private person's bank named before the clearing number's label ("Swedbank, clearingnummer 8105-3, …") is
masked with the account: the clearing number names the bank, so the name beside it tells what the mask hides.
The authority's own account stays readable, whether its bank is named ("kommunens konto i Nordea, …") or the
municipality is written in the genitive ("Norrviks kommuns bankgiro"). Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _accounts(text: str, detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "BANK_ACCOUNT"]


@pytest.mark.parametrize("text,expected", [
    ("Arvodet till Elin Sundqvist sätts in på Swedbank, clearingnummer 8105-3, kontonummer 903 227 148-5.",
     "Swedbank, clearingnummer 8105-3, kontonummer 903 227 148-5"),
    ("Omar Haddad vill ha lönen till Handelsbanken, clearing 6841, konto 227 905 113.",
     "Handelsbanken, clearing 6841, konto 227 905 113"),
    ("Återbetalningen går till hans konto i Sparbanken Nord, clearingnr 8169-5, konto 914 006 552-7.",
     "Sparbanken Nord, clearingnr 8169-5, konto 914 006 552-7"),
])
def test_a_bank_named_before_the_clearing_label_is_masked_with_the_account(blank_detector, text, expected):
    assert expected in _accounts(text, blank_detector)


def test_the_label_alone_before_the_clearing_number_stays_readable(blank_detector):
    text = "Stipendiet till Moa Lindh betalas till clearingnr 8327-9, konto 914 330 871-2."
    assert _accounts(text, blank_detector) == ["8327-9, konto 914 330 871-2"]


@pytest.mark.parametrize("text", [
    "Hyran betalas till kommunens konto i Handelsbanken, clearing 6000, konto 412 335 870.",
    "Avgiften betalas till Norrviks kommuns bankgiro 5050-1055 senast den 30 april.",
    "Avgiften betalas till förvaltningen. Kommunens konto: clearing 6000, konto 412 335 870.",
])
def test_the_authoritys_own_account_stays_readable(blank_detector, text):
    assert _accounts(text, blank_detector) == []


# A service's contact sentence, opened by its label: its mailbox, its number, its account ("Kundtjänst: …; bankgiro
# …") are the service's; a payment to a person in the next sentence is hers.
def test_the_account_in_a_services_contact_sentence_stays_readable(blank_detector):
    text = ("Frågor om fibern: Kundtjänst: kundtjanst@ekbynat.se,\n0480-55 20 40; bankgiro 5050-1055.\n"
            "Återbetalningen går till Sara Lindell, bankgiro 5480-2012.")
    assert _accounts(text, blank_detector) == ["5480-2012"]
