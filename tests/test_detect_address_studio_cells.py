"""An artist's studio under a studio's header ("Ateljé": "Smedjan, ateljé 7", "Gamla bryggeriet, rum 3") is a place of
the artist's and is masked as a home is; a public venue's room under the same header and a studio's word under another
header stay. Fictional places and people; the blank pipeline."""

from __future__ import annotations

from redact.detect.address_studio_cells import studio_cell, studio_header
from redact.detect.table_values import value_fits
from redact.document_detection import detect_text


def test_the_header_and_the_cells():
    assert studio_header("Ateljé") and studio_header("Ateljéer") and studio_header("Ateljé (hyrd)")
    assert not studio_header("Bostad") and not studio_header("Ateljéstöd beviljat")
    assert studio_cell("Smedjan, ateljé 7") and studio_cell("Gamla bryggeriet, rum 3")
    assert studio_cell("Verkstadshuset, ateljé B2")
    assert not studio_cell("Konsthallen Ekby, rum 4")  # an arts centre's room: the venue's
    assert not studio_cell("rum 3") and not studio_cell("Smedjan")


def test_a_studio_fits_only_under_a_studio_header():
    assert value_fits("address", "Gamla bryggeriet, rum 3", "Ateljé")
    assert not value_fits("address", "Gamla bryggeriet, rum 3", "Lokal")


def test_a_studios_cell_is_masked_beside_the_home(blank_detector):
    text = ("Ateljéer och bostäder\n| Sökande | Ateljé | Bostad | Postort\n"
            "| Vera Lind | Gamla bryggeriet, rum 3 | Åsgatan 12 | 123 45 Ekby\n"
            "| Nils Berg | Smedjan, ateljé 7 | Björkvägen 4 | 123 46 Ekby\n")
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
             if f.status != "rejected"}
    assert {"Gamla bryggeriet, rum 3", "Smedjan, ateljé 7"} <= found
