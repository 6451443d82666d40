"""Accounts that must stay readable: a company's bankgiro in a supplier table read one cell a line, an
organisation's account named by its owner in a table or a sentence, a bankgiro on the switchboard's footer line, a
fee paid in to the authority's own account, and amounts beside a clearing-and-account column; a person's or a sole
trader's account stays found. Fictional people and organisations."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text
from supplier_register import SUPPLIERS


def _found(text: str, detector) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in detect_text(text, detector).findings}


def test_a_companys_bankgiro_in_its_table_row_is_not_proposed(blank_detector):
    found = _found(SUPPLIERS, blank_detector)
    assert "5318-2047" not in found and "5092-7763" not in found
    assert found.get("5871-0344") == "BANK_ACCOUNT"  # a sole trader's stays personal data


# An organisation's account named by its owner stays readable, whoever else the line names; a person's or a
# sole trader's firm's does not.
ACCOUNTS = """Beslut om lotteritillstånd, Ulvsjö kommun
Avgiften 600 kr betalas till kommunens bankgiro 5426-0930 inom 30 dagar.
Kassören Leyla Aksoy har redovisat att intäkterna satts in på föreningens plusgiro 62 18 94-5.
Arvodet till Tove Brandt betalas till hennes bankgiro 5318-7209.
Snickaren Anders Hult har fått ersättningen till firmans bankgiro 5390-1187.
"""


@pytest.mark.parametrize("number", ["5426-0930", "62 18 94-5"])
def test_an_organisations_account_named_by_its_owner_stays(blank_detector, number):
    assert number not in _found(ACCOUNTS, blank_detector)


@pytest.mark.parametrize("number", ["5318-7209", "5390-1187"])
def test_a_persons_or_a_firms_account_is_still_found(blank_detector, number):
    assert _found(ACCOUNTS, blank_detector).get(number) == "BANK_ACCOUNT"


# An organisation's account named by its owner in a sentence: a unit of the authority in the genitive, an
# association or the authority paid to right before the account word. A person between keeps it the person's.
ORGANISATIONS_ACCOUNTS = [
    "Idrottshallens bankgiro för\nlokalhyror är 5050-1055. Vaktmästaren Lars Holm har nycklarna.",
    "Felanmälda larm debiteras på socialtjänstens bankgiro 5050-1055, säger Lars Holm.",
    "Hyran för lokalen går till Tallby bygdegårdsförening, bankgiro 5050-1055, enligt Lars Holm.",
    "Föreningen Tallby Odlarsällskap har\nplusgiro 30 88 14-3, medan Lars Holms eget plusgiro är 47 03 12-0.",
    "Avgifter till nämnden betalas till bankgiro 5050-1055; Lars Holm har redan betalat.",
]


@pytest.mark.parametrize("text", ORGANISATIONS_ACCOUNTS)
def test_an_organisations_account_named_by_its_owner_in_a_sentence_is_not_proposed(blank_detector, text):
    found = _found(text, blank_detector)
    assert "5050-1055" not in found and "30 88 14-3" not in found
    assert found.get("Lars Holm", found.get("Lars Holms")) == "PERSON"


@pytest.mark.parametrize("text,account", [
    ("Föreningens kassör Lars Holm har plusgiro 30 88 14-3.", "30 88 14-3"),
    ("Arvodet från kommunen betalas till Lars Holms bankgiro 5050-1055.", "5050-1055"),
    ("Grannen Lars Holm, Tallby bygdegårdsförening, har bankgiro 5050-1055.", "5050-1055"),
    ("Föreningen Tallby Odlarsällskap har\nplusgiro 30 88 14-3, medan Lars Holms eget plusgiro är 47 03 12-0.",
     "47 03 12-0"),
    # a sole trader's firm is the person: the firm's account, the line wrapped before it, is the person's
    ("Lars Holm är egenföretagare; arvodet för uppdraget betalas till\nföretagets plusgiro 30 88 14-3.", "30 88 14-3"),
    ("Lars Holm driver enskild firma och\nföretagets bankgiro är 5050-1055.", "5050-1055"),
])
def test_a_persons_account_beside_an_organisation_stays_proposed(blank_detector, text, account):
    assert _found(text, blank_detector).get(account) == "BANK_ACCOUNT"


def test_a_bankgiro_on_the_switchboards_footer_line_is_not_proposed(blank_detector):
    text = ("Frågor om platsen besvaras av campingvärden.\n"
            "Campingvärd Lars Holm, 070-611 42 19, lars.holm@tallby.se\n"
            "Växel 0248-61 50 00, camping@tallby.se, bankgiro 5050-1055\n")
    found = _found(text, blank_detector)
    assert "5050-1055" not in found and found.get("Lars Holm") == "PERSON"


def test_a_persons_bankgiro_beside_a_switchboard_stays(blank_detector):
    found = _found("Lars Holm, växel 0248-61 50 00, har eget bankgiro 5050-1055.\n", blank_detector)
    assert found.get("5050-1055") == "BANK_ACCOUNT"


# What the authority charges (a fee, a fine, an injunction's penalty) paid in to an account nobody in the sentence is
# named as owning: the authority's own account. What is paid out, an invoice or a rent (a sole trader's, a private
# landlord's), or a person's or their own account, stays found.
@pytest.mark.parametrize("text", [
    "Sanktionsavgifter betalas till bankgiro\n5050-1055. Beslutet fattades av Lars Holm.",
    "Avgiften för strandskyddsdispensen, 3 100 kr, ska betalas senast den 12 maj till bankgiro 5050-1055.",
    "Förelägganden om vite betalas in på bankgiro 5050-1055 inom 30 dagar.",
    # a group named in the definite plural as the payee
    "Bidraget betalas till Skogsvandrarna på bankgiro 5050-1055; Lars Holm fick sina pengar kontant.",
])
def test_a_fee_paid_in_to_an_unowned_account_is_the_authoritys(blank_detector, text):
    found = _found(text, blank_detector)
    assert "5050-1055" not in found
    if "Lars Holm" in text:
        assert found.get("Lars Holm") == "PERSON"


@pytest.mark.parametrize("text", [
    "Ersättningen betalas till bankgiro 5050-1055 senast fredag.",
    "Hyran betalas till hennes bankgiro 5050-1055.",
    "Hyran betalas till bankgiro 5050-1055 som tillhör hyresvärden Lars Holm.",
    "Arvodet till Lars Holm betalas till bankgiro 5050-1055.",
    "Hyran för förrådet betalas till Lars Holms bankgiro 5050-1055.",
    "Ersättningen betalas till Grannarna på bankgiro 5050-1055.",
    "Arvodet betalas till Holm på bankgiro 5050-1055.",
])
def test_an_account_paid_out_to_or_owned_by_a_person_stays_found(blank_detector, text):
    assert _found(text, blank_detector).get("5050-1055") == "BANK_ACCOUNT"


# "Clearing och konto" heads one column of whole bank accounts; glued to the header before it on one line it is still a
# column of its own, so the amounts after it stay in their own column (no identifiers) and every account is masked.
PAYOUTS = """Arvoden oktober
Anst.nr
Namn
Personnummer Clearing och konto
Belopp, kr
6 402 118
Hedda Lundmark
19620311-2384
8327-9 914 552 018-3
2 640
6 402 131
Oskar Wennberg
19880927-4417
6182-512 774 309
1 275
"""


def test_amounts_beside_a_clearing_and_account_column_stay_readable(model_detector):
    found = _found(PAYOUTS, model_detector)
    assert "2 640" not in found and "1 275" not in found
    assert all(any(account in k for k in found) for account in ("8327-9 914 552 018-3", "6182-512 774 309"))
    assert "6 402 118" in found and found.get("Oskar Wennberg") == "PERSON"
