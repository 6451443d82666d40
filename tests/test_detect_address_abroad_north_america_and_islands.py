"""Homes in Canada written the Quebec way (the street's kind first, its direction in French, the flat as "app."
and the province in brackets) or with a street of one word ("Kingsway"); a quarter or street by another
language's word with only the town after it ("Quartier ..., Moroni"); a house named "Villa"/"Maison" on an
island; Eswatini's and Saint Lucia's postal codes after the town; a kilometre point of French Polynesia and
a postal code of letters and digits after places without a house number. Fictional people and homes; the blank
pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Adress: 4410 Rue Saint-Denis Est, app. 12, Montréal (Québec) H2J 2L1\nTelefon: saknas",
     "4410 Rue Saint-Denis Est, app. 12, Montréal (Québec) H2J 2L1"),
    ("Dottern bor på 2875 Boulevard Laurier, Québec QC G1V 2M2.",
     "2875 Boulevard Laurier, Québec QC G1V 2M2"),
    ("Sonen har flyttat till 1780 Broadway, Suite 5, Vancouver BC V6J 1Y3 och arbetar där.",
     "1780 Broadway, Suite 5, Vancouver BC V6J 1Y3"),
    ("Hennes bror bor på Quartier Mitsamiouli, Moroni.", "Quartier Mitsamiouli, Moroni"),
    ("Farbror bor på Rue du Marché, Niamey.", "Rue du Marché, Niamey"),
    ("Mormor bor på Villa Morel, Grand Anse, Praslin.", "Villa Morel, Grand Anse, Praslin"),
    ("Kusinen bor på House 31, Coates Valley, Manzini M200.", "House 31, Coates Valley, Manzini M200"),
    ("Beslutet skickas till sökanden c/o Marie Joseph, #8 Jeremie Street, Castries LC04 201.",
     "#8 Jeremie Street, Castries LC04 201"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text", [
    "Mötet om Rue du Marché, en pjäs, hölls i Göteborg.\n",
    "Han läste om Quartier Latin, Paris, i tidningen förra året.\n",
    "Ärendet har nummer H100 och gäller lokal B204 i Umeå.\n",
    "Sonen har studerat i Section 3, Lund, under våren.\n",
])
def test_ordinary_swedish_with_the_same_words_stays_readable(blank_detector, text):
    det = detect_text(text, blank_detector)
    assert not [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


@pytest.mark.parametrize("text, address", [
    # the French Caribbean's rural section, Papiamento's street word, an address in the Federated States of
    # Micronesia by its USPS code
    ("Hennes bror bor på Section Grand Fond, 97118 Saint-François.", "Section Grand Fond, 97118 Saint-François"),
    ("Adress: Kaya Oranje 27, Kralendijk\nTelefon: saknas", "Kaya Oranje 27, Kralendijk"),
    ("Farmor bor på 112 Nanpohnmal Road, Kolonia, FM 96941.", "112 Nanpohnmal Road, Kolonia, FM 96941"),
    ("Beslutet skickas till sökanden c/o Rosa Cruz, 48 Chalan Kanton Tasi, Agat, GU 96915.",
     "48 Chalan Kanton Tasi, Agat, GU 96915"),
])
def test_the_whole_island_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    # the Cayman Islands' postal code, French Polynesia's private lane
    ("Sonen bor på 8 Crewe Road, George Town, Grand Cayman KY1-1205.", "8 Crewe Road, George Town, Grand Cayman KY1-1205"),
    ("Adress: Servitude Tehaamoana, 98716 Pirae\nTelefon: saknas", "Servitude Tehaamoana, 98716 Pirae"),
])
def test_the_whole_overseas_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    # French Polynesia's kilometre point and side of the road before the postal code and town, the island after
    ("Hennes kusin bor på PK 8.5, côté montagne, 98709 Mahina, Tahiti.", "PK 8.5, côté montagne, 98709 Mahina, Tahiti"),
    ("Beslutet skickas c/o Teva Marotea, PK 21, côté mer, 98712 Papara, Tahiti.",
     "PK 21, côté mer, 98712 Papara, Tahiti"),
    # a village and a parish with a postal code of the country's letters and digits, no house number
    ("Fadern bor på Speightstown, St. Peter BB26028.", "Speightstown, St. Peter BB26028"),
    ("Beslutet skickas till sökanden c/o Ruth Alleyne, Oistins, Christ Church BB17049.",
     "Oistins, Christ Church BB17049"),
    ("Klagande\nMarcus Alleyne, Speightstown, St. Peter BB26028\nOmbud saknas", "Speightstown, St. Peter BB26028"),
])
def test_places_with_a_kilometre_point_or_a_lettered_postal_code_are_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""
