"""A register of people abroad: the names under a "Namn" header stay names though their stretch of the page reads
as another language (a column of Latvian, Irish and Turkish names beside their addresses). Fictional people;
the shipped model (the page's language is identified)."""

from __future__ import annotations

import pytest

ROWS = [
    ("Heinz Müller", "Lindenweg 4a, 24937 Flensburg", "Tyskland"),
    ("Ewa Nowak", "ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa", "Polen"),
    ("Jānis Bērziņš", "Kalnciema iela 12-4, LV-1048 Rīga", "Lettland"),
    ("Mart Tamm", "Tartu mnt 14, 10117 Tallinn", "Estland"),
    ("Rūta Kazlauskienė", "Laisvės al. 55-3, LT-44309 Kaunas", "Litauen"),
    ("Sarah Jones", "Flat 3, 14 King Street, London SW1A 1AA", "Storbritannien"),
    ("Siobhán Byrne", "12 Main Street, Dublin D02 X285", "Irland"),
    ("Guðrún Jónsdóttir", "Laugavegur 22, 101 Reykjavík", "Island"),
    ("Ayşe Yıldırım", "Atatürk Cad. No: 45, 34000 İstanbul", "Turkiet"),
]
TEXT = ("Utlandsadresser för delgivning\nLövåsa kommun, Socialtjänsten. Utdrag 2026-11-02.\nNamn\nAdress\nLand\n"
        + "".join(f"{n}\n{a}\n{c}\n" for n, a, c in ROWS)
        + "Beslut skickas med rekommenderat brev till varje adress ovan.\n")


@pytest.fixture(scope="module")
def masked(model_detector) -> list[tuple[int, int]]:
    from redact.document_detection import detect_text

    det = detect_text(TEXT, model_detector)
    return [(f.start, f.end) for f in det.findings if f.category == "PERSON" and f.status != "rejected"]


@pytest.mark.parametrize("name", [n for n, _, _ in ROWS])
def test_a_name_in_the_name_column_is_found(masked, name):
    at = TEXT.index(name)
    assert any(a <= at and at + len(name) <= b for a, b in masked), name
