"""Where a person's boat lies, by its harbour's places, its jetty and its berth's number, is masked; a harbour named
alone, or a berth with no place before it, stays readable. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, berth", [
    ("Jag bor kvar i Vasa och båten ligger på Granö, Västerhamnen, brygga 3, plats 21 sedan maj.",
     "Granö, Västerhamnen, brygga 3, plats 21"),
    ("Hans motorbåt står vid Lillsund, plats C 7 under vintern.", "Lillsund, plats C 7"),
    ("Snipan har sin plats i Norrbyn, brygga 1:14.", "Norrbyn, brygga 1:14"),
])
def test_a_boats_berth_after_its_boat_is_masked(blank_detector, text, berth):
    assert readable_letters(blank_detector, text, berth) == ""


@pytest.mark.parametrize("text", [
    "Båten ligger på Norrhamnen i vinter.",
    "Båtarna ligger på brygga 4 i hamnen.",
])
def test_a_harbour_alone_or_a_berth_without_its_place_stays_readable(blank_detector, text):
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]
