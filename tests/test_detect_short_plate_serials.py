"""A small device's plate (a transmitter, a beacon, a tracker) writes a short serial after its make and a coded model:
the make and the model are part of the one number, in a table's cell and after the device's noun in a sentence. So too
a hull's number with its make and model, a make in a Scottish maker's form, a model's word in the maker's own small
letters, a model's three-digit figure before a lettered serial. A name and a number, a make and a model's name alone,
a model without a serial stay out. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


def _serials(text: str) -> list[str]:
    from redact.detect.make_model_serials import RULES

    return [text[v.start:v.end] for r in RULES for m in r.regex.finditer(text) if (v := r.check(text, m))]


@pytest.mark.parametrize("cell", [
    # a short serial with its series letters after a coded model's word
    "Radiotek Kite4 RK-5532",
    "Vindmark HX-2 VM3318",
    "Fjällkraft SnowPing QE-7781",
    # a model's sign in its capitals, a five-digit serial
    "Heronet LX+ 55318",
    # a model's word in the maker's small letters before its capital
    "Polaro onTrack 5K0338127",
    # a make in a Scottish maker's form
    "McAllan TrailBeam 66019",
    # a model's three-digit figure before a lettered serial
    "GBD AirFlow 230 GBX5523-0718",
    # the series letters joined by a dash to six digits, whatever the model's words
    "Värmborg Nova 9 VN-551920",
    # a model's name in small letters with its figure
    "Somnia andas30B 55182207",
])
def test_a_devices_make_and_model_in_a_cell_are_part_of_its_short_serial(blank_detector, cell):
    text = f"Ärende\nSändare\nDT 14-0088\n{cell}\n"
    assert found(blank_detector, text).get(cell) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    ("Ny sändare: Radiotek Kite4 RK-5539, den förra gick sönder.", "Radiotek Kite4 RK-5539"),
    ("Ärende DT 14-0091. Sändare Polaro onTrack 5K0338127.", "Polaro onTrack 5K0338127"),
    ("Kanoten har skrovnummer Forsbåt Rapid FRB-0588-3317 på aktern.", "Forsbåt Rapid FRB-0588-3317"),
    # a computer's serial of letters and two digits, where the computer is used written before a colon
    ("Gästens dator på skolans nät: Tarvo BookAir 3 RQ7TW2KM.", "Tarvo BookAir 3 RQ7TW2KM"),
    # a device lent for care at home
    ("Ärende DT 14-0102. Apparat Somnia andas30B 55182207. Kort lämnat.", "Somnia andas30B 55182207"),
])
def test_a_devices_make_and_model_after_its_noun_or_a_hulls_label_are_part_of_its_serial(text, value):
    assert value in _serials(text)


@pytest.mark.parametrize("text", [
    # a person's name and a number in a cell, a boat's make and model, a model without a serial
    "Anna Berg AB-5532\n",
    "Anna Berg 5532\n",
    "Storvik Segel 36\n",
    "Radiotek Kite 5532\n",
    # a device's make and model alone after its noun, a count after them
    "Hon köpte en sändare Polaro onTrack Mini 2 i butiken.",
    "Sändare Radiotek Kite 2207 till båten.",
    "Hans dator på jobbet: Tarvo BookAir 5440 SYSTEM.",
    "Apparaten fungerar sedan 2026-04-12.",
])
def test_a_name_and_a_number_or_a_model_alone_is_no_devices_serial(text):
    assert _serials(text) == []


def test_a_short_serial_after_a_plain_models_name_is_a_plate_where_the_same_make_opens_another_plates_cell():
    text = "Ärende\nSändare\nDT 14-0088\nMarvik TX+ 55182\nDT 14-0091\nMarvik Falcon 5518\n"
    assert _serials(text) == ["Marvik TX+ 55182", "Marvik Falcon 5518"]
    assert _serials("Ärende\nSändare\nDT 14-0091\nMarvik Falcon 5518\n") == []
