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
