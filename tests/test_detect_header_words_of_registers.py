"""Header words of registers of drivers, veterans, young offenders and seizures: the veterans' and young people's
columns are read as names, and the header words themselves, joined on a line or opening the next table, are no
one's. Fictional text."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


@pytest.mark.parametrize("header", ["Veteran", "Ungdom"])
def test_a_register_of_veterans_or_young_people_names_its_persons(header):
    from redact.detect.table_header_words import FULL
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == FULL


def test_a_drivers_header_is_a_header_whose_cells_are_left_to_the_other_rules():
    from redact.detect.table_headers import _is_header, header_kind

    # a pool car's log names its drivers by initials beside the staff's units: no name column
    assert _is_header("Förare") and header_kind("Förare") is None


@pytest.mark.parametrize("line, part", [("Förare Mätare", "Förare Mätare"), ("Veteran Anhörig", "Veteran")])
def test_a_persons_header_joined_with_the_next_cell_is_no_person(line, part):
    from redact.detect.joined_header_cells import joined_header_cells
    from redact.types import Finding

    text = "\n".join(["Monterade mätare", line, "Fordon", "Telefon", "KB", "Vireo 4400 nr 55120", "OPQ 318",
                      "070-228 14 90", ""])
    a = text.index(part)
    f = Finding(id="p1-0", page=1, start=a, end=a + len(part), text=part, category="PERSON", score=0.85,
                detector="names", reason="ner: ner:PER")
    assert joined_header_cells(f, text)


def test_the_seizures_heading_and_header_after_an_address_table_are_no_name_or_address(blank_detector):
    text = "\n".join(["Kallelser", "Namn", "Gatuadress", "Postnr och ort",
                      "LB", "Åkervägen 4", "824 93 Norrby", "KS", "Box 12", "820 70 Sörby",
                      "Beslag", "Beslag", "Föremål", "Innehavare Serienummer",
                      "2031-4410-BX101", "Kulvapen", "LB", "Husqvarna 1900 nr 4471180", ""])
    found = [(f.category, f.text) for f in detect_text(text, blank_detector).findings]
    assert not [t for c, t in found if "Beslag" in t]
    assert ("PERSON", "KS") in found


@pytest.mark.parametrize("header", ["Dossier", "Kort eller dossier", "Dossier / kort"])
def test_the_migration_agencys_file_over_a_column_names_a_persons_number(header):
    from redact.detect.table_header_words import ID
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == ID



@pytest.mark.parametrize("header", ["Köpare", "Efterlevande", "Budgivare", "Djurhållare"])
def test_a_registers_part_in_the_matter_names_its_persons(header):
    from redact.detect.table_header_words import FULL
    from redact.detect.table_headers import header_kind, row_kinds

    assert header_kind(header) == FULL
    # and so the contract's column beside it is each person's own
    assert row_kinds(["Ärende", header, "Född", "Avtalsnummer"])[-1] == "id"


@pytest.mark.parametrize("header", ["Referensnummer", "Ärende-id", "Nummer", "OCR-nummer", "Beslutsnr",
                                    "Beslutsnummer"])
def test_a_number_beside_persons_in_a_row_opened_by_the_case_is_the_persons(header):
    from redact.detect.table_headers import row_kinds

    # the authority's case has its own first column: the other number of the row is the person's
    assert row_kinds(["Ärende", "Sökande", "Född", header])[-1] == "id"
    # a birth date's column says the rows are persons too, whatever their role's header ("Markägare")
    assert row_kinds(["Ärende", "Markägare", "Född", header])[-1] == "id"


@pytest.mark.parametrize("cells", [
    ["Ärende", "Sökande", "Telefonnummer"],  # a telephone's: the phone rules'
    ["Ärende", "Sökande", "Inv.nr"],  # the authority's own inventory
    ["Sökande", "Född", "Referensnummer"],  # no case column: the reference may be the authority's
    ["Ärende", "Firma", "Referensnummer"],  # no persons' column
    ["Ärende", "Firma", "Fakturanummer"],  # nor their birth dates
])
def test_other_numbers_or_rows_without_the_case_or_the_persons_keep_their_header_kind(cells):
    from redact.detect.table_headers import row_kinds

    assert row_kinds(cells)[-1] is None
