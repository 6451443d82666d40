"""A patient's hospital, ward and room after a word of being cared for there are masked whole ("vårdas på Norrby
lasarett, avd. 12, sal 4"), or with a postal code and a town after the room whatever the sentence; a ward with no
room, or a hospital's rooms with no one cared for in the sentence, stay. Fictional people and places; the blank
pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import addresses_over, readable_letters


@pytest.mark.parametrize("text, address", [
    ("Sonen till Tilde vårdas på Norrby universitetssjukhus, neonatal avd. 7, sal 2; pappan hämtar pumpen.",
     "Norrby universitetssjukhus, neonatal avd. 7, sal 2"),
    ("Hennes far ligger sedan i tisdags på Västerviksjukhuset, avdelning 31, rum 7 och kan inte nås.",
     "Västerviksjukhuset, avdelning 31, rum 7"),
    ("Modern är inlagd på Åby lasarett, kirurgavdelning 12, säng 4 till fredag.",
     "Åby lasarett, kirurgavdelning 12, säng 4"),
])
def test_a_patients_hospital_ward_and_room(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


# written as a postal address, with the postal code and the town after the room, a ward's room is where someone is
# served, in a sentence or a table's cell with no word of being cared for
@pytest.mark.parametrize("text, address", [
    ("Delgivning sker till Norrby universitetssjukhus, avd. 14 C, rum 3, 123 45 Norrby.",
     "Norrby universitetssjukhus, avd. 14 C, rum 3, 123 45 Norrby"),
    ("Namn | Adress\nSigrid Lövgren | Åby lasarett, avdelning 7, sal 2, 612 34 Åby\n",
     "Åby lasarett, avdelning 7, sal 2, 612 34 Åby"),
])
def test_a_hospital_ward_and_room_with_its_postal_code_and_town(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, word", [
    ("Personalen på Åby lasarett, avd. 12, sal 4 har fått nya sängar.", "Åby"),
    ("Mötet hålls på Åby lasarett, avd. 12, i konferensrummet.", "Åby"),
])
def test_a_ward_with_no_patient_or_no_room_stays(blank_detector, text, word):
    assert not addresses_over(blank_detector, text, word)
