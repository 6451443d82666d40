"""A short form introduced before the full name it stands for: "Alekos, som i kontraktet heter Alexandros
Lindeberg", "Gabbe (som egentligen heter Gabriella Georgiou)"; a place "som heter" something stays.
Fictional people; rules only."""

from __future__ import annotations

from redact.pipeline import detect_text

TEXT = """Hyra av lokal och instrument
Alekos, som i kontraktet heter Alexandros Lindeberg, lämnade tillbaka nyckeln i tid.
Eleven Marta Nowak följde med. Gabbe (som egentligen heter Gabriella Georgiou) betalade hyran.
Parken, som heter Parkgården Norra, stängs i vinter.
"""


def _persons(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


def test_a_short_form_before_som_heter_and_the_full_name_is_masked(blank_detector):
    persons = _persons(TEXT, blank_detector)
    assert "Alekos" in persons
    assert "Gabbe" in persons


def test_a_place_som_heter_something_stays(blank_detector):
    assert not any("Parken" in p for p in _persons(TEXT, blank_detector))
