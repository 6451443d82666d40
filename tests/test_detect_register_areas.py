"""A village the text also writes as a property's register area ("Lillby 2:17") is a place: after a label
("Till: fastighetsägarna i Lillby") it is no name, nor are its other mentions. A listed surname that is also a
register area stays a name. Fictional places and people."""

from __future__ import annotations

from redact.pipeline import detect_text

MAIL = """Från: kartenheten@ekby.se
Till: fastighetsägarna i Myrbacken (dold kopia)
Ämne: Nya adresser i Myrbacken
Fastighet
Ny adress
Ekby Myrbacken 2:14
Myrbacken 112
Myrbacken 3:7
Myrbacken 118
Myrbackens gamla adresser upphör den 1 juni. Frågor till Ingrid Sahlin, 0555-303 21.
"""


def _persons(text: str, detector) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"]


def test_a_village_written_as_a_register_area_is_no_person(model_detector):
    found = _persons(MAIL, model_detector)
    assert not [f for f in found if f.startswith("Myrbacken")], found
    assert "Ingrid Sahlin" in found, found


def test_a_listed_surname_as_a_register_area_stays_a_name(model_detector):
    text = "Fastigheten Berg 1:4 ägs av Lena Berg. Berg har sökt bygglov.\n"
    found = _persons(text, model_detector)
    assert "Lena Berg" in found, found
