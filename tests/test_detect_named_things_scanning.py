"""The patterns that find an animal's, a vessel's or a thing's make are searched by their first characters
(first_chars.scanning): the same matches as the plain patterns, without trying each position of a page."""

from __future__ import annotations

import re

import pytest

from redact.detect import animal_names, thing_makes, vessel_names
from redact.detect.first_chars import scanning

_PATTERNS = [
    thing_makes._MAKE_MODEL, thing_makes._MAKE_ENDING_LINE, thing_makes._MAKE_AFTER_VERB, vessel_names._VESSEL,
    animal_names._ONE_ANIMAL, animal_names._ANIMALS, animal_names._OWNED_ANIMAL,
]
_TEXTS = [
    "Dödsboet äger en Personbil Volvo V70 och en Båt Ockelbo 17 som står på tomten.",
    "Tillgångar:\nSläpvagn Brenderup\nPersonbil Toyota Hilux\t| ABC 123\n",
    "Han körde en lånad Mercedes; sedan köpte hon en begagnad Volvo och sålde ett Saab-Scania från 1998.",
    "Segelbåten Havsörnen låg vid bryggan. M/S Kristina avgick i tid, men vinden var 12 m/s hela dagen.",
    "Hästen Lady Blue II och hunden \"Molly\" bor på gården. Hästarna Stella, Prins Fabian och Bamse betar.",
    "Min hund Sixten och hennes häst Stella följde med. Vår katt Måns sov hela dagen.",
    "Ärendet gäller bygglov för Tallbacken 4. Handläggare Vera Lindqvist, telefon 070-112 45 67.",
]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_scanned_pattern_finds_what_the_plain_one_finds(pattern):
    plain = re.compile(pattern.pattern, pattern.flags)
    # compiled as scanning compiles it, its first characters in front (a longer code than the plain pattern's)
    assert pattern.__sizeof__() == scanning(plain).__sizeof__() != plain.__sizeof__()
    found = [[(m.span(), m.groupdict()) for m in pattern.finditer(t)] for t in _TEXTS]
    assert found == [[(m.span(), m.groupdict()) for m in plain.finditer(t)] for t in _TEXTS]
    assert any(found)
