"""An organisation's file number for a person, its prefix the organisation's own letters, is marked with the
organisation's name; a body's own case number, a year's diary number and a postal code stay. Fictional
organisations and numbers."""

from __future__ import annotations

import pytest

from found_ids import labelled_ids
from redact.detect.organisation_file_codes import abbreviates

found = labelled_ids


@pytest.mark.parametrize("text, value", [
    ("Sökande\nKarl Holm\n12 mars 1981\nAdoptia AD-31-5520\nEva Berg\n", "Adoptia AD-31-5520"),
    ("Akt Adoptia AD-31-5520.", "Adoptia AD-31-5520"),
    ("Ärende: Familjehjälpen Norr FHN 31-5520 om stöd", "Familjehjälpen Norr FHN 31-5520"),
    # after "hos" or "i" the sentence names where the number is held: the name stays readable
    ("Hon har ett ärende hos Familjehjälpen Norr FHN 31-5520 sedan maj.", "FHN 31-5520"),
])
def test_the_organisations_name_and_its_file_number_are_one_mark(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Ärendet hos Försäkringskassan FK 031-552091 avslutades.",  # a body's own case number
    "Skogsstyrelsen SKS 2027/5520 beslutade i juni.",  # a diary number of the year
    "Ekbacka Byggnad EB 2027-0412 gäller från maj.",  # a year before the dash
    "Adressen är Storgatan 4, Sverige SE-552 09.",  # a country and a postal code
    "Upphittarkvitto UK-3104-552.",  # the number's own label, its letters the label's
    "Hästägarnummer HÄN 31-552 091.",
    "Kontantkassa KK 3104-5520.",  # a thing's noun that holds the number
    "Hyresgästkod HK-3104 gäller.",  # a code's own label
    "Leverantör: Amir Sadeghi Redovisning SE552091834401.",  # a firm's VAT number
    "Ämne: Kela KELA 0207 5520",  # the name is its letters
])
def test_a_bodys_case_a_year_or_a_postal_code_stays(text):
    assert found(text) == [] or all(" " not in f or f.split()[0].isupper() for f in found(text))


@pytest.mark.parametrize("letters, name, ok", [
    ("AD", "Adoptia", True), ("FHN", "Familjehjälpen Norr", True), ("XD", "Adoptia", False),
    ("ADX", "Adoptia", False),
])
def test_a_prefix_abbreviates_the_name_in_order(letters, name, ok):
    assert abbreviates(letters, name) is ok
