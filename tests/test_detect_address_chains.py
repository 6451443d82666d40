"""A home's address read as a chain of parts by their shape: a numbered part of the building after the street
with a word nobody listed ("sektion 4", "flygel C", "förråd 12"), a word for the dwelling between the street and
the postal code ("källarlägenheten", "gårdshuset"), a name between a c/o and the postal code, a home's name and
numbered parts before the street, and a named home with no street but numbered parts after a word of living
there. A time, a page, a case or a year after the comma stays readable. Fictional people and places."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar om boendet
Han bor på Tallvägen 8, sektion 4, sedan i våras.
Familjen bor på Sjövägen 2, flygel C.
Han sover på Tornvägen 3, förråd 12, sedan mars.
Hon bor numera på Kråkgränd 6, paviljong D, Ljusdal.
Sonen bor på Kvarnbacken 12, källarlägenheten, 776 93 Sörby.
Mannen bor på Åsgatan 11, källarplan, 611 30 Nyköping.
Han hyr på Lillgatan 2, gårdshuset, 702 11 Örebro och pendlar.
Brevet ska gå till c/o Persson, Backstugan, 360 30 Lammhult.
Han bor på Ekgården, boende för ensamkommande, Lillgatan 9, Åmål.
Hon bor på Hagaboendet, plan 3, rum 14.
Hon ligger kvar och bor på Sjukhemmet Ljusglimten, sal 3, säng 2.
Han är inskriven på Rosengårdens demensboende, enhet Vallmon, rum 4.
Han bor på Björkhagens korttidsboende, sektion 2, Vårdvägen 6, Sälvik.
Hon hyr på Tegelbruket, ateljé 3, Bruksgatan 4.
Ekbackens vårdboende, Lindgatan 2, 871 31 Näsby
Ärende 118, sidan 3, Storgatan 15
Mötet hölls på Storgatan 5, kl 14 samma dag.
Vi skickar kopian till Storgatan 7, sidan 3 bifogas.
Han bor på Sjöbogatan 4, våren 2019 flyttade han dit.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "Tallvägen 8, sektion 4",
    "Sjövägen 2, flygel C",
    "Tornvägen 3, förråd 12",
    "Kråkgränd 6, paviljong D, Ljusdal",
])
def test_a_numbered_part_with_an_unlisted_word_is_the_homes(addresses: list[str], address: str) -> None:
    assert address in addresses


@pytest.mark.parametrize("address", [
    "Kvarnbacken 12, källarlägenheten, 776 93 Sörby",
    "Åsgatan 11, källarplan, 611 30 Nyköping",
    "Lillgatan 2, gårdshuset, 702 11 Örebro",
    "c/o Persson, Backstugan, 360 30 Lammhult",
    "Ekgården, boende för ensamkommande, Lillgatan 9, Åmål",
])
def test_what_stands_between_two_pieces_of_one_address_is_its_part(addresses: list[str], address: str) -> None:
    assert address in addresses


@pytest.mark.parametrize("address", [
    "Hagaboendet, plan 3, rum 14",
    "Sjukhemmet Ljusglimten, sal 3, säng 2",
    "Rosengårdens demensboende, enhet Vallmon, rum 4",
])
def test_a_named_home_with_numbered_parts_after_a_word_of_living(addresses: list[str], address: str) -> None:
    assert address in addresses


@pytest.mark.parametrize("address", [
    "Björkhagens korttidsboende, sektion 2, Vårdvägen 6, Sälvik",
    "Tegelbruket, ateljé 3, Bruksgatan 4",
])
def test_the_homes_name_and_numbered_parts_before_the_street(addresses: list[str], address: str) -> None:
    assert address in addresses


def test_a_letterhead_with_no_numbered_part_keeps_its_name(addresses: list[str]) -> None:
    assert not any("Ekbackens" in a for a in addresses)


@pytest.mark.parametrize("word", ["kl 14", "sidan 3", "Ärende 118", "våren 2019"])
def test_a_time_a_page_or_a_year_after_the_comma_is_no_part(addresses: list[str], word: str) -> None:
    assert not any(word in a for a in addresses)


CELLS = """Adresser
| Nr | Namn | Tidigare adress | Ny adress
| 1 | Eva Holm | Björkudden, rum 12 | Lindvägen 3
| 2 | Per Ahl | Tallbo, sektion B | Åsgatan 9 B
| 3 | Ali Omar | Hemmet Solrosen, plan 2 | Torget 4
"""


@pytest.mark.parametrize("cell", ["Tallbo, sektion B", "Hemmet Solrosen, plan 2"])
def test_a_named_home_and_its_parts_in_an_address_column(blank_detector, cell: str) -> None:
    page = Page(number=1, text=CELLS, words=(), width=595, height=842)
    assert cell in [f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"]


def test_an_account_after_the_postal_town_wrapped_to_the_next_line_is_no_part(blank_detector) -> None:
    text = "Nasra Osman, c/o Abdi, Norrbyvägen 11 lgh 1104, 796 34 Vargåsen, personkonto 3300\n9510174301.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    assert not any("personkonto" in f.text for f in blank_detector.detect(page) if f.category == "ADDRESS")


# A care home named in several words with its ward and room after it, in a column of postal addresses
CARE_HOME_TABLE = "\n".join([
    "Markägarnas adresser", "Ärende | Postadress | Kundnr",
    "B 4411-2026 | Ekbackens vård- och omsorgsboende, avd. Linden rum 4 | 0771234",
    "B 4412-2026 | Hagtornsvägen 3, 713 31 Ösby | 0771240",
    "B 4413-2026 | Ekbackens vård- och omsorgsboende | 0771255",
    "B 4414-2026 | Bruksgatan 9, 713 30 Ösby | 0771262",
    "", "Förteckningen upprättades i maj."])


@pytest.fixture(scope="module")
def care_home_cells(blank_detector) -> list[str]:
    page = Page(number=1, text=CARE_HOME_TABLE, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


def test_a_care_homes_ward_and_room_under_an_address_header_are_the_residents_home(care_home_cells):
    assert "Ekbackens vård- och omsorgsboende, avd. Linden rum 4" in care_home_cells


def test_a_care_homes_name_alone_stays_readable(care_home_cells):
    assert "Ekbackens vård- och omsorgsboende" not in care_home_cells


# Homes of residents in a street's column, beside a column of postcodes: a care home whose home word stands alone,
# a ward with its name after its number, a school's student housing with house and room, and a short-term home with
# its room before the street in one cell; a header listing what the column may hold with commas
RESIDENTS_TABLE = "\n".join([
    "Bostäder", "Ärende | Gata, gård eller box | Postnr och ort",
    "T 3301-27 | Åsliden särskilt boende, korridor Vallmon, lgh 9 | 450 51 Brattby",
    "T 3302-27 | Ekbo vård- och omsorgsboende, avd. 2 Liljan, rum 14 | 450 52 Brattby",
    "T 3303-27 | Brattby konstskola, elevhemmet hus A rum 208 | 450 53 Brattby",
    "", "Ärende | Adress",
    "T 3304-27 | Brattby kommuns korttidsboende Eken, rum 3, Ekgatan 4, 450 54 Brattby",
    "", "Förteckningen upprättades i april."])


@pytest.fixture(scope="module")
def residents_cells(blank_detector) -> list[str]:
    page = Page(number=1, text=RESIDENTS_TABLE, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("cell", [
    "Åsliden särskilt boende, korridor Vallmon, lgh 9", "Ekbo vård- och omsorgsboende, avd. 2 Liljan, rum 14",
    "Brattby konstskola, elevhemmet hus A rum 208",
    "Brattby kommuns korttidsboende Eken, rum 3, Ekgatan 4, 450 54 Brattby"])
def test_a_residents_home_and_its_parts_in_a_street_column(residents_cells, cell):
    assert cell in residents_cells, residents_cells


def test_a_header_listing_a_columns_kinds_with_commas_heads_addresses():
    from redact.detect.table_header_words import ADDRESS
    from redact.detect.table_headers import header_kind

    assert header_kind("Gata, gård eller box") == ADDRESS
    assert header_kind("Gata eller gård") == ADDRESS  # two kinds of home joined by "eller"
    assert header_kind("Namn, adress") is None  # a name's column too: no one kind
    assert header_kind("Namn eller adress") is None


# A street column and a postal column, the dwelling's word opening the postal cell before its postal code
SPLIT_CELLS = "\n".join([
    "Adresser", "Ärende | Gatuadress | Postadress",
    "K 301-27 | Ekliden 4 | vindsplanet, 543 21 Tibro",
    "K 302-27 | Granbacken 17", "stallflygeln, 682 30 Filipstad",
    "K 303-27 | Sjögatan 2 | 441 30 Alingsås",
    "", "Uppgifterna lämnades i mars."])


@pytest.mark.parametrize("part", ["vindsplanet, 543 21 Tibro", "stallflygeln, 682 30 Filipstad"])
def test_a_dwellings_word_opening_the_postal_cell_after_the_street_cell(blank_detector, part: str) -> None:
    page = Page(number=1, text=SPLIT_CELLS, words=(), width=595, height=842)
    found = [f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert any(part in t for t in found), found
