"""Cells and values of registers in more shapes: a client number with letters after the year ("2026-FR-0622"),
a label/value table ("| Kundnummer, ekonomisystemet | 500 213 884", "| Medgivande autogiro | AG-77 1302"), a
number held somewhere after a comma or "där" ("medlemsnummer i samebyn, SB-0419", "kundnummer där KE-601 992",
"kund-id i e-tjänsten KT-20931"), a plate with its country's code in a vehicle column ("DK BX 47 912") and a
moped's plate ("moped, KLX 3D"), children's names with their ages in a "Barn" cell, lowercase initials under
"Handl." and "Behandlare", a clearing number and its account over a line end, and a surname ending in "ab"
("Hilkka Vuolab"). Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Väntelista och uppgifter
Ersättningen betalas till hans konto i banken, clearing 8431-6,
konto 903 448 217-1. Han bor i byn.

| Klient-nr | Parter | Behandlare
| FR-2611 | Jessica Lindgren | leh
| 2026-FR-0622 | Senait Gebremedhin | EvaF

| Förnamn | Efternamn | Barn | Kontakt
| Senait | Gebremedhin | Ruta 9, Daniel 6 | 076-228 90 14

| Uppgift | Värde
| Kundnummer, ekonomisystemet | 500 213 884
| Medgivande autogiro | AG-77 1302
Hon har kund-id i e-tjänsten KT-20931, se mejlet.
Hennes medlemsnummer i samebyn, SB-0419, bifogas.
Han skrev under avtalet med Kvarnträsk Energi AB;
kundnummer där KE-601 992.
Hilkka Vuolab är folkbokförd i Norge.
Datum
Fordon
Skada
2026-08-11
DK BX 47 912
Plåt
2026-09-08
moped, KLX 3D
Lindrig
"""


@pytest.fixture(scope="module")
def found(blank_detector) -> set[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in blank_detector.detect(page)}


@pytest.mark.parametrize("value", [
    "2026-FR-0622", "500 213 884", "AG-77 1302", "KT-20931", "SB-0419", "KE-601 992", "DK BX 47 912", "KLX 3D",
    "Ruta", "leh", "8431-6, konto 903 448 217-1", "Hilkka Vuolab",
])
def test_the_value_is_found(found, value):
    assert value in found


def test_a_label_value_table_read_one_cell_a_line(blank_detector):
    text = ("Uppgift\nVärde\nKundnummer, ekonomisystemet\n500 213 884\nMedgivande autogiro\nAG-77 1302\n"
            "Hon har en elev\n1234 kr kvar.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    hits = {" ".join(f.text.split()) for f in blank_detector.detect(page)}
    assert {"500 213 884", "AG-77 1302"} <= hits and not any("1234" in h for h in hits)
