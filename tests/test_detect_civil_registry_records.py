"""A Lebanese or Syrian civil-registry record by its word, number and place ("sijil 112/Baalbek") is one identifier,
the word and the place inside; a Bangladeshi birth registration's number after "födelsenr" and an Indonesian tax
number (NPWP) written with its dots and dash after the country's adjective are a person's numbers. Fictional
numbers and people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from tests.found_ids import labelled_ids, proposed_ids


@pytest.mark.parametrize("sentence, record", [
    ("Samir har libanesiskt registernummer sijil 112/Baalbek och uppehållstillstånd.", "sijil 112/Baalbek"),
    ("Enligt utdraget står familjen i sijil 9, Deir el Qamar sedan 1950.", "sijil 9, Deir el Qamar"),
    ("Registerutdraget anger Sijil no. 318/Bint Jbeil för fadern.", "Sijil no. 318/Bint Jbeil"),
])
def test_a_civil_registry_record_with_its_place(blank_detector, sentence, record):
    assert record in labelled_ids(sentence)
    assert record in proposed_ids(blank_detector, sentence)


def test_a_word_sijil_without_number_and_place_is_nothing():
    assert not labelled_ids("Ordet sijil betyder register på arabiska.")


@pytest.mark.parametrize("sentence, number", [
    ("Rahim har bangladeshiskt födelsenr 19857724430918265 och samordningsnummer.", "19857724430918265"),
    ("Sari har indonesiskt NPWP 09.254.118.3-512.000 enligt skattebeskedet.", "09.254.118.3-512.000"),
])
def test_a_birth_registration_and_a_dotted_tax_number_after_the_country(blank_detector, sentence, number):
    assert number in proposed_ids(blank_detector, sentence)
