"""A village and a house number as a trip's end in a car log's from–to column ("Kommunhuset–Gräsmo 41"),
and as a home under a "Boende" header among institutions. Fictional people; rules only."""

from __future__ import annotations

from redact.pipeline import detect_text

LOG = """Körjournal för tjänstebil, oktober
Datum
Förare
Från–till
Km
10-02
PeL
Kommunhuset–Gräsmo 41
22
10-03
PeL
Lövhult 7–Kommunhuset
18
10-04
AnS
Kommunhuset–Biblioteket
3
"""

PLACEMENTS = """| Beslut | Placerad | Boende | Fr.o.m.
| NB-11 | Dragan Petrović | Härbärget Fyren | 03-02
| NB-14 | Siiri Mäkelä | Ekås 12 | 03-09
| NB-17 | Olle Nordqvist | Jourlägenheten | 03-12
"""


def _found(text: str, detector, category: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == category}


def test_a_numbered_village_as_a_trips_end_is_masked(blank_detector):
    found = _found(LOG, blank_detector, "ADDRESS")
    assert "Gräsmo 41" in found
    assert "Lövhult 7" in found


def test_the_authoritys_end_of_the_trip_stays(blank_detector):
    masked = " ".join(f.text for f in detect_text(LOG, blank_detector).findings)
    assert "Kommunhuset" not in masked and "Biblioteket" not in masked


def test_a_village_and_number_under_boende_is_masked_whole(blank_detector):
    assert "Ekås 12" in _found(PLACEMENTS, blank_detector, "ADDRESS")
    masked = " ".join(f.text for f in detect_text(PLACEMENTS, blank_detector).findings)
    assert "Fyren" not in masked and "Jourlägenheten" not in masked
