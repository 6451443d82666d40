"""Homes in Central America by a landmark and the way from it ("Del Parque Central 2 c. al lago, casa 14, Managua",
"De la Iglesia La Merced 200 m al sur, casa 12, Heredia"), masked whole with the house and the town; a way walked in a
sentence with no landmark opening it stays readable. Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def _addresses(text: str, detector) -> list[str]:
    return [f.text for f in detect_text(text, detector).findings if f.category in ("ADDRESS", "PERSON")]


@pytest.mark.parametrize("text, address", [
    ("Hans kusin bor på Del Mercado Oriental 3 c. al lago, casa 17, Managua.",
     "Del Mercado Oriental 3 c. al lago, casa 17, Managua"),
    ("Modern bor De la Escuela Normal 150 m al norte, casa 9, Heredia.",
     "De la Escuela Normal 150 m al norte, casa 9, Heredia"),
    ("Adress: Del Colegio Calasanz 1 c. abajo, 20 vrs. al sur, León\n",
     "Del Colegio Calasanz 1 c. abajo, 20 vrs. al sur, León"),
])
def test_a_home_by_a_landmark_is_masked_whole(blank_detector, text, address):
    assert address in _addresses(text, blank_detector)


def test_a_way_walked_without_a_landmark_stays_readable(blank_detector):
    assert not _addresses("Gruppen gick 2 c. al lago och sedan tillbaka.", blank_detector)


@pytest.mark.parametrize("text, address", [
    # the landmark by its kind with no "De" before it, the compass point's capital, the postal line on the next line
    # of a letter's window and the country by its code
    ("Beslut\nRosa Jiménez\nEscuela Los Ángeles 300 m S, casa 21\n40101 Heredia, CR\nÄrendenummer 2027-31.\n",
     "Escuela Los Ángeles 300 m S, casa 21\n40101 Heredia, CR"),
    ("Beslut\nRosa Jiménez\nParque Morazán 100 m O, casa 8\n10104 San José\nÄrendenummer 2027-31.\n",
     "Parque Morazán 100 m O, casa 8\n10104 San José"),
])
def test_a_home_by_a_landmark_named_by_its_kind_is_masked_whole(blank_detector, text, address):
    assert address in _addresses(text, blank_detector)


def test_a_landmark_and_a_distance_in_a_report_without_a_house_stay_readable(blank_detector):
    assert not [a for a in _addresses("Parkeringen ligger vid Plaza Mayor.\nMätpunkt 4 ligger 200 m N om bron.\n",
                                      blank_detector) if "200" in a]


@pytest.mark.parametrize("text, address", [
    # "de"/"del" in lowercase inside a sentence, as a letter in Spanish writes the home
    ("Mi abuela vivía del Estadio Nacional 3 c. al este, Managua, hasta mayo.",
     "del Estadio Nacional 3 c. al este, Managua"),
    ("Mi tío se mudó de la Gasolinera Puma 1 c. abajo, casa 7, Estelí.",
     "de la Gasolinera Puma 1 c. abajo, casa 7, Estelí"),
])
def test_a_home_by_a_landmark_after_a_lowercase_de_is_masked_whole(blank_detector, text, address):
    det = detect_text(text, blank_detector)
    assert address in [f.text for f in det.findings if f.category == "ADDRESS"]


def test_a_lowercase_de_before_a_landmark_without_a_way_stays_readable(blank_detector):
    assert not _addresses("Salimos del Parque Central a las 3 y caminamos.", blank_detector)
