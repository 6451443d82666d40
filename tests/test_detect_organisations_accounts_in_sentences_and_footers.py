"""An association's bankgiro after "vars" ("Norrby fiskevårdsförening, vars bankgiro …") and a footer's bankgiro
wrapped onto the next line after the switchboard ("…, växel 0590-610 00, bankgiro" / "5301-2282. Handläggare …")
are the organisation's and stay readable; a person's bankgiro and the official named after the footer stay masked.
Fictional people and organisations; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

TEXT = """Fiskekort 2026
Sture Ekdahl säljer rökt fisk som enskild firma, bankgiro 5167-9041. Han är kassör i
Norrby fiskevårdsförening, vars bankgiro 5402-1175 tar emot kortavgifterna.
Norrby kulturhus, kulturhus@norrby.se, växel 0590-610 00, bankgiro
5301-2282. Evenemangssamordnare Lisa Granqvist, 0590-612 40.
"""


@pytest.fixture(scope="module")
def masked(blank_detector) -> set[str]:
    return {f.text for f in detect_text(TEXT, blank_detector).findings if f.status != "rejected"}


@pytest.mark.parametrize("number", ["5402-1175", "5301-2282"])
def test_the_organisations_bankgiro_stays(masked, number):
    assert number not in masked


@pytest.mark.parametrize("item", ["5167-9041", "Lisa Granqvist", "0590-612 40"])
def test_the_persons_data_stays_masked(masked, item):
    assert item in masked


@pytest.mark.parametrize("text, account", [
    ("Tillgångar: Nordea personkonto 3300-380214 2285, bostadsrätt i Brf Tallåsen och fritidshuset.\n",
     "3300-380214 2285"),
    ("Dödsboet äger andelar i Tallåsens Bygg AB och har Nordea 3300-380214-2285 som konto.\n",
     "3300-380214-2285"),
])
def test_a_personkonto_stays_masked_beside_a_company(blank_detector, text, account):
    # the clearing number and a valid personnummer say that a person holds the account, whatever company the
    # sentence names beside it
    assert any(account in f.text for f in detect_text(text, blank_detector).findings
               if f.category == "BANK_ACCOUNT" and f.status != "rejected")
