"""A table read one cell a line whose first column holds the authority's own case numbers ("Ärende") and whose
identifier column comes later: the case numbers, taken by their shape below the identifier's header, are the case
column's and stay readable; the identifiers are found. Fictional people and numbers; the blank pipeline."""

from __future__ import annotations

from redact.document_detection import detect_text

TABLE = """Beslut om bidrag
Sökande
Ärende
Person
Född
Bidragsnummer
7-2210051
Karin Lundmark
4 maj 1966
ÅB-26-2210-A
7-2210052
Nils Ekdahl
19 mars 1971
ÅB-26-2211-B
7-2210053
Siv Holmén
2 juni 1958
ÅB-26-2212-C
"""


def test_the_case_columns_numbers_are_no_identifiers_under_a_later_header(blank_detector) -> None:
    found = {f.text: f.category for f in detect_text(TABLE, blank_detector).findings}
    assert not any(t.startswith("7-22100") for t in found), found
    assert found.get("ÅB-26-2210-A") == "ID_NUMBER", found


LOTS = """Vinster
Lott
Vinst
Serienummer
Kontroll
KB-26 1150-207
gräsklippare
Stiga Twinclip 2210773-1
A.Lu.
KB-26 1152-318
cykel
Monark Karin 5510-22
A.Lu.
"""


def test_a_lots_codes_in_the_first_column_stay_found(blank_detector) -> None:
    found = {f.text: f.category for f in detect_text(LOTS, blank_detector).findings}
    assert found.get("KB-26 1150-207") == "ID_NUMBER", found


MUSEUM = """Köpta föremål
| Inv.nr | Säljare | Säljarnr
| GKM 14/2027 | Berit Holmgård | K2207/27a
| GKM 15/2027 | Anton Vesterlund | K2207/27b
| GKM 16/2027 | Idun Sjöqvist | K2207/27c
"""


def test_a_museums_inventory_numbers_under_their_header_are_its_own():
    from redact.detect.case_columns import case_column_codes, names_case_itself

    assert case_column_codes(MUSEUM) == {"GKM 14/2027", "GKM 15/2027", "GKM 16/2027"}
    assert case_column_codes(MUSEUM.replace("Inv.nr", "Accession")) == {"GKM 14/2027", "GKM 15/2027", "GKM 16/2027"}
    assert all(names_case_itself(h) for h in ("Inv.nr", "Inv. nr", "Inventarienummer", "Förvärvsnr", "Accessionsnr"))


def test_a_persons_number_under_another_header_is_no_inventorys():
    from redact.detect.case_columns import case_column_codes

    assert not case_column_codes(MUSEUM.replace("Inv.nr", "Kundnr"))
