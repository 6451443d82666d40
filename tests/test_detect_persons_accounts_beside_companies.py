"""A person's account on a line or beside lines that name a company: a sentence of running text is no table's row,
so an employer named in the lines above ("montör hos Ekhamra Plåt AB") does not make the account on a later line
the company's; and a person's possessive before the account's word ("Hans finska IBAN …") makes it the person's,
whatever company an earlier sentence on the same line names. A company's own account, in its row of a table read
one cell a line or after its reflexive ("Bolaget har sitt bankgiro …"), stays readable. Fictional people; the
blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def _money(detector, text: str) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.category in ("BANK_ACCOUNT", "IBAN") and f.status != "rejected"]


EMPLOYER_ABOVE = """1. Kristian Holmberg arbetar som svetsare hos Norrvik Plåt AB, anställningsnummer 5520. Han
bor sedan januari på Gruvvägen 14, 612 37 Norrvik; tidigare Hagvägen 9 i Åsby.
Han har begärt att få betala via autogiro från Swedbank 8327-4, 93 402 118-1. Mobil
070-744 12 96.
"""


def test_an_account_in_running_text_below_an_employers_name_is_masked(blank_detector):
    assert any("93 402 118-1" in a for a in _money(blank_detector, EMPLOYER_ABOVE))


COMPANY_ROW = "\n".join([
    "Leverantörer och konton",
    "Leverantör", "Form", "Konto",
    "Norrvik Plåt", "AB", "8327-4, 93 402 118-1",
    "",
])


def test_an_account_cell_in_a_companys_row_stays_readable(blank_detector):
    assert not any("93 402 118-1" in a for a in _money(blank_detector, COMPANY_ROW))


@pytest.mark.parametrize("text, account", [
    ("Aleksi Nieminen reste utan att betala. Fakturan går i kopia till hans arbetsgivare\n"
     "Lahden Lasitus Oy. Hans finska IBAN FI11 5780 1120 3366 41 fanns i bokningen.\n", "5780 1120 3366 41"),
    ("Kopia till arbetsgivaren Ekby Bygg AB. Hennes lönekonto 8327-9, 914 330 871-2 står i ansökan.\n",
     "914 330 871-2"),
])
def test_an_account_after_a_persons_possessive_is_masked_beside_a_company(blank_detector, text, account):
    assert any(account in a for a in _money(blank_detector, text))


def test_a_companys_account_after_its_reflexive_stays_readable(blank_detector):
    text = "Ekby Bygg AB har sitt bankgiro 5050-1055 för alla fakturor.\n"
    assert not _money(blank_detector, text)
