"""Where a person lives and when they were born, in the forms the rules missed: a street named
after the flat it holds or the street moved from ("en lägenhet som bolaget hyr ut på
Lönngatan", "flyttade i maj från Videvägen"), a flat's number of two digits, an address abroad
written the English way with a British postcode, a date of birth in English (also on the next
line), and a neighbour's property in the same town's register. Fictional people; the blank
pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _found(text: str, detector) -> set[tuple[str, str]]:
    return {(f.category, " ".join(f.text.split())) for f in detect_text(text, detector).findings}


@pytest.mark.parametrize("text, street", [
    ("Klienten Oskar Nieminen bor i en lägenhet som bostadsbolaget hyr ut på Lönngatan sedan i fjol.", "Lönngatan"),
    ("Familjen flyttade i maj från Videvägen till ett radhus utanför stan.", "Videvägen"),
    ("Flickan vistas hos sin moster på Rönnbärsstigen varannan helg.", "Rönnbärsstigen"),
])
def test_a_street_after_a_flat_or_a_move_from_is_an_address(blank_detector, text, street):
    # the office's own premises in the same text are no one's home
    found = _found(text + "\nFörvaltningen hyr lokaler på Kyrkogatan för sin reception.", blank_detector)
    assert ("ADDRESS", street) in found and not any("Kyrkogatan" in t for _, t in found)


def test_a_flats_number_of_two_digits_belongs_to_the_address(blank_detector):
    text = "Huvudmannen bor på Syrenvägen 6, lgh 21, 451 92 Ornäs sedan flytten."
    assert any(c == "ADDRESS" and "lgh 21" in t for c, t in _found(text, blank_detector))


def test_an_address_abroad_written_the_english_way(blank_detector):
    text = "Kind regards,\nGrace Okonkwo-Berg\n27 Willow Crescent, Leeds LS6 2QT, United Kingdom\n"
    found = _found(text, blank_detector)
    assert any(c == "ADDRESS" and "27 Willow Crescent" in t for c, t in found)
    assert any(c == "ADDRESS" and "LS6 2QT" in t for c, t in found)


@pytest.mark.parametrize("text, date", [
    ("My father was born on 9 November 1941 in Cork and moved here in 1970.", "9 November 1941"),
    ("Her date of birth is\n22 July 1950, please note it in the file.", "22 July 1950"),
    ("He was born April 4th, 1939.", "April 4th, 1939"),
])
def test_a_date_of_birth_written_in_english(blank_detector, text, date):
    assert ("DATE_OF_BIRTH", date) in _found(text, blank_detector)


def test_a_neighbours_property_in_the_same_towns_register(blank_detector):
    text = ("Bygglov för tillbyggnad\nFastighet: Ornäs Lärkan 3\nSökanden vill bygga ett uterum i söderläge mot trädgården.\n"
            "Grannarna i huset Ornäs Svalan 9 har hörts och har inget att invända.\n")
    assert ("PROPERTY", "Ornäs Svalan 9") in _found(text, blank_detector)


@pytest.mark.parametrize("text, street", [
    # a move with words between the cue and "till"
    ("Familjen Karimi flyttade i somras till Tallbacksvägen och fick längre till skolan.", "Tallbacksvägen"),
    # the perfect form of "vistas"
    ("Pojken har under hösten vistats hos sin faster på Ekorrstigen i väntan på placering.", "Ekorrstigen"),
    # a parent the child stays with, no residence verb
    ("Växelvis boende: varannan vecka hos mamma på Granbergsgatan.", "Granbergsgatan"),
    # a hamlet or farm without a street word
    ("Noor bor på Östanbyn och saknar skolskjuts vintertid.", "Östanbyn"),
    # an English residence cue in a quoted letter, the street on the next line
    ("I am visiting my cousin Mateo who lives on\n> Vinbärsgatan near the harbour.", "Vinbärsgatan"),
])
def test_a_street_after_a_residence_cue_without_a_number(blank_detector, text, street):
    found = _found(text + "\nNämnden sammanträder i Stadshuset.", blank_detector)
    assert ("ADDRESS", street) in found


@pytest.mark.parametrize("text, parts", [
    ("Sommaradress i Finland: Pihlajakuja 7 B 4, 40520 Jyväskylä.", ["Pihlajakuja 7 B 4", "40520 Jyväskylä"]),
    ("He now lives at Bakkeveien 31, 4021 Stavanger, and works offshore.", ["Bakkeveien 31", "4021 Stavanger"]),
    ("Her last address was Kirkegata 9 C, 9008 Tromsø.", ["Kirkegata 9 C", "9008 Tromsø"]),
    ("Brodern bor på adressen ul. Branka Ćopića 14, 78000 Banja Luka.", ["Branka Ćopića 14", "78000 Banja"]),
    ("Dottern studerar i Tyskland, Lindenstraße 22, 10115 Berlin.", ["Lindenstraße 22", "10115 Berlin"]),
])
def test_an_address_abroad_with_its_postal_code(blank_detector, text, parts):
    found = [t for c, t in _found(text, blank_detector) if c == "ADDRESS"]
    for part in parts:
        assert any(part in t for t in found), (part, found)


def test_a_box_address_in_a_persons_table_row_read_one_cell_a_line(blank_detector):
    text = ("Kundnr\nFörnamn\nEfternamn\nAdress\n7701\nLinnea\nNyström\nBox 77, 322 41 Ekvik\n"
            "7702\nOmar\nFaraj\nTallvägen 2\n\nSocialförvaltningen\nBox 12, 322 80 Ekvik\n")
    found = [t for c, t in _found(text, blank_detector) if c == "ADDRESS"]
    assert "Box 77, 322 41 Ekvik" in found
    assert not any("Box 12" in t for t in found)  # the authority's own box stays


def test_the_name_after_care_of_is_part_of_the_address(blank_detector):
    text = "Faktura till\nMonika Zielińska\nc/o Wójcik\nLönnvägen 4\n451 30 Ekvik\n"
    # "c/o" goes with the name: the mask says nothing of whose letterbox it is
    assert any(c == "ADDRESS" and t == "c/o Wójcik" for c, t in _found(text, blank_detector))


@pytest.mark.parametrize("text, address", [
    ("Hon hyr i andra hand och har adressen c/o Magnusson, Tallvägen 4, sedan i vintras.", "c/o Magnusson"),
    ("Posten ska gå till arbetsgivaren: c/o Össjö Rör och Värme AB, Box 12, 828 40 Össjön.",
     "c/o Össjö Rör och Värme AB"),
])
def test_care_of_and_a_companys_whole_name_are_part_of_the_address(blank_detector, text, address):
    found = [t for c, t in _found(text, blank_detector) if c == "ADDRESS"]
    assert any(t.startswith(address) for t in found)


@pytest.mark.parametrize("text, address", [
    ("Jag bor nu hos min kusin, c/o O. Saleh, Ringvägen 5 lgh 1003, 901 37 Norrvik.", "c/o O. Saleh"),
    ("Posten går till c/o A.-K. Berg, Ekvägen 3, 871 31 Näsby.", "c/o A.-K. Berg"),
    ("Adress: c/o E Lind, Tallvägen 4", "c/o E Lind"),
])
def test_care_of_a_name_by_its_initial_is_part_of_the_address(blank_detector, text, address):
    found = [t for c, t in _found(text, blank_detector) if c == "ADDRESS"]
    assert any(t.startswith(address) for t in found)


@pytest.mark.parametrize("text, address", [
    ("Barnet placeras c/o familjehemmet Åkerlund, Ekbyvägen 12, 871 32 Näsby.",
     "c/o familjehemmet Åkerlund, Ekbyvägen 12"),
    ("Ärende | Gatuadress | Ort\nX 12 | hos fam. Okonkwo, Lärkvägen 3 bv | 871 33 Näsby",
     "hos fam. Okonkwo, Lärkvägen 3 bv"),
    ("Adress: c/o familjen Berggren, Tallstigen 8, 871 30 Näsby", "c/o familjen Berggren, Tallstigen 8"),
])
def test_a_household_before_the_name_is_a_care_of(blank_detector, text, address):
    found = [t for c, t in _found(text, blank_detector) if c == "ADDRESS"]
    assert any(t.startswith(address) for t in found)


@pytest.mark.parametrize("text", [
    "Pojken bor hos familjen Berggren sedan i maj.",
    "Hon är au pair hos familjen Berggren, Tallstigen 8, sedan i maj.",
])
def test_staying_with_a_family_in_a_sentence_is_no_care_of(blank_detector, text):
    found = [t for c, t in _found(text, blank_detector) if c == "ADDRESS"]
    assert not any("familjen" in t for t in found)


def test_a_box_address_in_an_address_column_of_homes(blank_detector):
    # the row names no one (a queue number keys it), but the column beside holds homes
    text = ("Kontaktuppgifter\nKönummer\nAdress\nTelefon\nKÖ-2231\nLjungvägen 3, 451 91 Ekvik\n070-412 33 18\n"
            "KÖ-2240\nBox 41, 451 22 Ekvik\n073-118 20 45\n")
    assert "Box 41, 451 22 Ekvik" in [t for c, t in _found(text, blank_detector) if c == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "Karadeniz Street 9, Trabzon, Türkiye",
    "Marienburger Allee 12, 14055 Berlin, Deutschland",
    "Ulica Kralja Petra 4, 21000 Novi Sad, Srbija",
    "Rruga e Kavajës 45, 1001 Tiranë, Shqipëri",
    "Atatürk Caddesi 12, 06100 Ankara, Türkiye",
    "Kossuth Lajos utca 3, 1055 Budapest, Magyarország",
    # no street word the rules know: the postcode, town and country after the number carry it
    "Ávjovárgeaidnu 14, 9730 Karasjok, Norge",
    "Guolbanjávri 5, 9845 Tana, Norway",
    "Sønderbro 8, 8600 Silkeborg, Danmark",
])
def test_an_address_abroad_through_its_town_and_country(blank_detector, address):
    text = f"Dödsbodelägarna nås på följande adresser: {address}; övriga bor i Sverige."
    assert ("ADDRESS", address) in _found(text, blank_detector)


def test_a_streets_first_word_goes_with_it_where_the_street_recurs_broken_over_a_line(blank_detector):
    text = ("Sökande: Ayla Demir, Övre Kvarnvägen 8, 451 30 Ekvik.\n"
            "Arbetsterapeuten gjorde ett hembesök på Övre\nKvarnvägen den 3 maj.")
    assert ("ADDRESS", "Övre Kvarnvägen") in _found(text, blank_detector)


def test_a_place_lived_on_with_its_number_in_a_table(blank_detector):
    text = ("Elevnr | Förnamn | Hållplats\n4410 | Noor | Östanbyn 7\n4411 | Emil | Kvarnen\n\n"
            "Noor bor på Östanbyn sedan 2025. Kapitel 12 gäller.")
    found = _found(text, blank_detector)
    assert ("ADDRESS", "Östanbyn 7") in found and not any("Kapitel" in t for _, t in found)


@pytest.mark.parametrize("text, address", [
    # a Danish street in its definite form, the floor by its word "sal"
    ("Jeg er flyttet fra Aarhus til Storegaden 7, 2. sal, 4700 Næstved. Skriv gerne.", "Storegaden 7, 2. sal, 4700 Næstved"),
    ("Min datter bor på Kirkestræde 12, 1. th., 5700 Svendborg.", "Kirkestræde 12, 1. th., 5700 Svendborg"),
])
def test_a_danish_street_in_its_definite_form_and_its_floor(blank_detector, text, address):
    assert ("ADDRESS", address) in _found(text, blank_detector), _found(text, blank_detector)


@pytest.mark.parametrize("text, address", [
    # a letter's window: the floor and side end the street's line, the postal code and the town's district under it
    ("Birgitte Dahl\nVestergade 14, 3. tv.\n8000 Aarhus C, Danmark\n\nVi har tagit emot er ansökan.\n",
     "Vestergade 14, 3. tv. 8000 Aarhus C, Danmark"),
    ("Birgitte Dahl\nAdelgade 9, st. th.\n5000 Odense C\n\nVi har tagit emot er ansökan.\n",
     "Adelgade 9, st. th. 5000 Odense C"),
])
def test_a_danish_floor_ending_a_windows_line_keeps_the_postal_line_under_it(blank_detector, text, address):
    assert ("ADDRESS", address) in _found(text, blank_detector), _found(text, blank_detector)


# a household's whole word before the name, the street and its postal line after: the address line of whose door the
# post arrives at, "hos" left as the sentence's word
# (the sentence may wrap before "hos")
@pytest.mark.parametrize("text", [
    "Hon bor under sommaren hos familjen Ekholm, Tångö Hamnväg 9, 430 81 Tångö; modern bor kvar i Lund.",
    "Hon bor under sommaren\nhos familjen Ekholm, Tångö Hamnväg 9, 430 81 Tångö; modern bor kvar i Lund.",
])
def test_a_household_with_its_street_and_postal_line_in_a_sentence_is_a_care_of(blank_detector, text):
    found = [t for c, t in _found(text, blank_detector) if c in ("ADDRESS", "PERSON")]
    assert "familjen Ekholm, Tångö Hamnväg 9, 430 81 Tångö" in found, found
