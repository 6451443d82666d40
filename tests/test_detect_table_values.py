"""What a headed column's cell may hold (``table_values.value_fits``): a school class ("F A") is no name in a pupils'
column, and a roster's day headers read under an identifier's header ("Lör 7/11 Sön 8/11 Sign") are no identifier;
a person's name and an employee number stay; a private collection's item with its short number is a lender's number.
Fictional values."""

from __future__ import annotations

import pytest

from redact.detect.table_columns import FULL, ID
from redact.detect.table_header_words import ADDRESS
from redact.detect.table_values import value_fits


@pytest.mark.parametrize("cell, fits", [("F A", False), ("F B", False), ("Bo Ek", True), ("Li", True)])
def test_a_school_class_of_single_letters_is_no_name(cell, fits):
    assert value_fits(FULL, cell, "Elev") is fits


@pytest.mark.parametrize("cell, fits", [
    ("Lör 7/11 Sön 8/11 Sign", False), ("Mån 3/2 Tis 4/2", False), ("Fredag 12/6", False),
    ("40217", True), ("X-230 918", True),
])
def test_a_rosters_day_headers_are_no_identifier(cell, fits):
    assert value_fits(ID, cell, "Anst.nr") is fits


@pytest.mark.parametrize("cell, header, fits", [
    ("Sjöbacka, rum 12", "Tidigare adress", True), ("Ekhemmet avd. 3", "Adress", True),
    ("Elevhemmet, rum 14", "Bor under veckan", False), ("Sal 4", "Adress", False),
    # a student corridor by its letter, then the room in it, after the street's number
    ("Haga, Ekgränd 12, korridor C, rum 14, 901 87 Norrstad", "Adress", True),
])
def test_a_room_by_its_places_name_is_a_home_under_an_address_header(cell, header, fits):
    assert value_fits(ADDRESS, cell, header) is fits


@pytest.mark.parametrize("cell, header, fits", [
    # a Roman month, the year's word of a Kazakh or Ukrainian paper, an era's mark
    ("3.XI.1984", "Född", True), ("19 IV 1972", "Födelsedatum", True),
    ("04.07.2001 ж.", "Född", True), ("11.02.1990 р.", "Född", True),
    ("2 Tikimt 1978 E.C.", "Född", True), ("4/2/2519 (B.E.)", "Född", True),
    # a year by its last two digits after a dash, or after the birth word the header has
    ("-61", "Född", True), ("f. 83", "Mannen f.", True), ("83", "Född", False), ("f. 83", "Ärende", False),
    ("-61", "Ärende", False),
])
def test_more_birth_column_values(cell, header, fits):
    from redact.detect.table_header_words import BIRTH

    assert value_fits(BIRTH, cell, header) is fits


@pytest.mark.parametrize("cell, header, fits", [
    ("2031", "Kund-id", False), ("2029–2031", "Kund-id", False), ("1998 - 2004", "Personnummer", False),
    ("oktober 2031", "Personnummer", False), ("mars 2029", "Kund-id", False),
    ("2031-0412", "Kund-id", True), ("KV 2031", "Kund-id", True),
])
def test_a_year_or_a_span_of_years_is_no_identifier(cell, header, fits):
    assert value_fits(ID, cell, header) is fits


@pytest.mark.parametrize("cell, fits", [
    # a private collection's item by its owner's name, the collection's word and a short number
    ("Ekholm Coll. 12", True), ("Lindqvist Samling 7", True), ("Ekholm Collection nr 3", True),
    # a name alone or a short number alone is no lender's number
    ("Ekholm Coll.", False), ("12", False),
])
def test_a_collections_item_with_a_short_number_is_a_lenders_number(cell, fits):
    assert value_fits(ID, cell, "Långivarens nr") is fits
