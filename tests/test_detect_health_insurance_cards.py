"""The European health insurance card's number (twenty digits, "80" and the country's code first, in groups) is
marked with the card's short name before it, and in groups alone; twenty digits glued without the card's name stay
to the label rules. Fictional cards."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids


@pytest.mark.parametrize("text, value", [
    ("Kort\nAB\nnytt\nEU-kort 80752 00007 21934 55012\nCD\n", "EU-kort 80752 00007 21934 55012"),
    ("Hon visade sitt EU-kort 80752 00007 21934 55012 vid besöket.", "EU-kort 80752 00007 21934 55012"),
    ("Il a présenté sa CEAM n° 80250 00031 20994 10287 à l'hôpital.", "CEAM n° 80250 00031 20994 10287"),
    ("Karte: EHIC 8027 6000 1233 4455 6678", "EHIC 8027 6000 1233 4455 6678"),
    # the card's number in groups alone
    ("Kortet 80276 00012 33445 56678 gäller i år.", "80276 00012 33445 56678"),
])
def test_the_cards_name_and_its_number_are_one_mark(text, value):
    assert value in labelled_ids(text)


def test_twenty_glued_digits_without_the_cards_name_stay():
    assert not any(f.startswith("80") and len(f) == 20 for f in labelled_ids("OCR 80752000072193455012 betalas."))
