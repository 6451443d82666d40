"""Address detector: street + number, with postal code and town on the same or the next line."""

import pytest

from redact.detect.address import AddressRecognizer

REC = AddressRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["ADDRESS"], nlp_artifacts=None)]


HITS = [
    ("Lena Ek\nStorgatan 12\n123 45 Småstad\n", "Storgatan 12\n123 45 Småstad"),
    ("Hon bor på Storgatan 12 B, 123 45 Småstad.", "Storgatan 12 B, 123 45 Småstad"),
    ("Adress: Björkvägen 3A lgh 1102, 456 78 Byn", "Björkvägen 3A lgh 1102, 456 78 Byn"),
    # a student flat's door after its stairway's letter and a colon
    ("Hon bor på Lärkstigen 118 C:14, 583 30 Linköping.", "Lärkstigen 118 C:14, 583 30 Linköping"),
    ("Ny adress: Karl Johans väg 14, 2 tr", "Karl Johans väg 14, 2 tr"),
    ("Besöksadress Södra vägen 5", "Södra vägen 5"),
    ("Gamla Kungsvägen 101\nS-123 45 SMÅSTAD", "Gamla Kungsvägen 101\nS-123 45 SMÅSTAD"),
    ("STORGATAN 7\n123 45 SMÅSTAD", "STORGATAN 7\n123 45 SMÅSTAD"),
    ("Skickas till Skeppsbron 3, 111 30 Stockholm.", "Skeppsbron 3, 111 30 Stockholm"),
    ("Bor på Fjällbacka 12\n452 91 Strömstad", "Fjällbacka 12\n452 91 Strömstad"),
    ("Box 1234, 123 45 Småstad", "Box 1234, 123 45 Småstad"),
    ("Bor på Ekeby gård 4\n734 92 Norrvik", "Ekeby gård 4\n734 92 Norrvik"),
    ("Flyttat till Birger Jarlsgatan 22-24.", "Birger Jarlsgatan 22-24"),
    ("Postadress: Lillgården 1, 234 56 Upplands Väsby\nTel 08-12 34 56", "Lillgården 1, 234 56 Upplands Väsby"),
    ("Adressen är Storgatan 12, 123 45 Småstad Tel 070-123 45 67", "Storgatan 12, 123 45 Småstad"),
    ("Tallstigen 8\u00a0C", "Tallstigen 8\u00a0C"),
    # a student's room after the street is the door, as a flat's number
    ("Hon hyr Campusgränd 6, rum 3104, 903 35 Norrstad i vår.", "Campusgränd 6, rum 3104, 903 35 Norrstad"),
    ("Adress: Studiegatan 2 B, rum 12", "Studiegatan 2 B, rum 12"),
    # the block's entrance, stairwell, building or floor after the number is the door the post goes to
    ("Han sover i verkstaden, Smedjegatan 11, port 4, 871 33 Näsby, på vardagar.",
     "Smedjegatan 11, port 4, 871 33 Näsby"),
    ("Adress: Ekvägen 3, uppgång B, 871 40 Näsby", "Ekvägen 3, uppgång B, 871 40 Näsby"),
    ("Hon bor på Parkgatan 2 hus C, 871 31 Näsby.", "Parkgatan 2 hus C, 871 31 Näsby"),
    ("Ny adress: Åsgatan 9, vån 3, 871 32 Näsby", "Åsgatan 9, vån 3, 871 32 Näsby"),
    ("Han sover i verkstaden på Industrigatan 4, lokal 12, 871 33 Näsby.", "Industrigatan 4, lokal 12, 871 33 Näsby"),
    # the stairwell cut short and the floor, and the side of the yard the floor looks over
    ("Ny adress: Kvarngatan 14 uppg. C vån 2, 871 33 Näsby", "Kvarngatan 14 uppg. C vån 2, 871 33 Näsby"),
    ("Adress: Rosengatan 40, 2 tr ö.g., 871 35 Näsby", "Rosengatan 40, 2 tr ö.g., 871 35 Näsby"),
    ("Hon bor på Parkvägen 8, 3 tr mot gården, 871 34 Näsby.", "Parkvägen 8, 3 tr mot gården, 871 34 Näsby"),
]

NEAR_MISSES = [
    "Enligt plan 3 och Plan 4 ska arbetet vara klart.",
    "Utredningen 2 visar att vägen 5 är fel väg.",
    "Riksväg 40 och Länsväg 123 byggs om.",
    "Se Bilaga 2 och Kapitel 3.",
    "Storgatan är avstängd.",
    "Fastigheten Ramlösa 12:34 ligger vid vägen.",
    "Sammanträde 12 mars i Storsalen.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_an_address(text):
    assert found(text) == []


def test_full_address_scores_above_street_only():
    full = REC.analyze("Storgatan 12\n123 45 Småstad", ["ADDRESS"])[0].score
    street = REC.analyze("uppgiften Storgatan 12 stämmer", ["ADDRESS"])[0].score
    assert full >= 0.85 > street >= 0.5


def test_context_word_raises_street_only_score():
    plain = REC.analyze("uppgiften Storgatan 12 stämmer", ["ADDRESS"])[0].score
    lives = REC.analyze("hon bor på Storgatan 12 sedan maj", ["ADDRESS"])[0]
    assert lives.score > plain
    assert "bor" in lives.recognition_metadata["reason"]


def test_lowercase_street_needs_an_address_word():
    assert found("Hon bor på storgatan 12 sedan maj.") == ["storgatan 12"]
    assert found("Vi gick längs storgatan 12 minuter.") == []


def test_two_address_blocks():
    text = "Till:\nLena Ek\nStorgatan 12\n123 45 Småstad\n\nFrån:\nSmådalens kommun\nBox 100\n123 80 Småstad\n"
    assert found(text) == ["Storgatan 12\n123 45 Småstad", "Box 100\n123 80 Småstad"]


@pytest.mark.parametrize("text,expected", [
    ("Han bor sedan i somras på Lövsjöbyn 48 med sin bror.", "Lövsjöbyn 48"),
    ("Familjen flyttade i maj till Rödmyra 7 B.", "Rödmyra 7 B"),
    ("Hon är skriven i Nybodarna 112 men vistas hos sin mamma.", "Nybodarna 112"),
])
def test_a_village_and_house_number_after_a_residence_cue(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Hon flyttade till Sverige 2015 och arbetar i Umeå.",
    "Han bodde i Kista 3 år innan han flyttade.",
    "Familjen bor i Norge 4 månader om året.",
])
def test_a_place_and_a_year_or_a_count_after_a_residence_cue_is_no_address(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Ägaren bor i Polen: ul. Lipowa 8/15, 31-042 Kraków.", "ul. Lipowa 8/15, 31-042 Kraków"),
    ("Adress:\nSkovvej 7, 5000 Odense C, Danmark.", "Skovvej 7, 5000 Odense C, Danmark"),
    ("Hon har flyttat till Fjordgade 3, 1050 København K.", "Fjordgade 3, 1050 København K"),
])
def test_an_address_abroad_with_a_flat_a_dashed_postal_code_or_a_district_letter(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", [
    # Dutch: a canal street, the floor as a Roman numeral, a postal code with two letters
    ("Ägaren bor numera på Herengracht 87 II, 1015 BE Amsterdam hela året.", "Herengracht 87 II, 1015 BE Amsterdam"),
    ("Fakturan skickas till Oudegracht 140, 3511 AZ Utrecht i morgon.", "Oudegracht 140, 3511 AZ Utrecht"),
    # Danish: the floor and side after the number ("2. tv.", "st. th.")
    ("Sonen hyr på Skolegade 12, 2. tv., 5000 Odense C; kontraktet gäller ett år.",
     "Skolegade 12, 2. tv., 5000 Odense C"),
    ("Post till Algade 4, st. th., 9000 Aalborg, tack.", "Algade 4, st. th., 9000 Aalborg"),
])
def test_an_address_abroad_with_a_floor_or_a_dutch_postal_code(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Kommunen beslutade i paragraf 12, 2026 AB Tillsyn fick uppdraget.",
    "Mätningen gav 31, 1. plats, 8000 deltagare.",
])
def test_numbers_and_years_after_a_number_are_no_address_abroad(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Friluftskonserter i Tallbergsparken 2026, juni–augusti.",
    "Marknaden på Hamnplatsen 2025 lockade många.",
    # a square, a sports ground or a quay named with the event's year, as a heading writes it
    "Vårmarknad på Smedjetorget 2027, platser och avgifter",
    "Sommarcup på Kvarnvallen 2026: lag och tider",
    "Båtloppis vid Norra kajen 2026.",
])
def test_a_year_after_a_park_or_a_square_is_no_house_number(text):
    assert found(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Hon bor i Tallbergsparken 14, 611 30 Norrvik.", "Tallbergsparken 14, 611 30 Norrvik"),
    ("Ny adress: Hamnplatsen 3", "Hamnplatsen 3"),
    ("Hon bor på Smedjetorget 4.", "Smedjetorget 4"),
    ("Hemadress Tallbergsparken 2026, 611 30 Norrvik", "Tallbergsparken 2026, 611 30 Norrvik"),
])
def test_a_house_number_or_a_postal_code_after_a_park_is_an_address(text, expected):
    assert found(text) == [expected]


# A care home named in the genitive before its kind is an institution, no home of one's own; a village after "bor
# på" still is.
@pytest.mark.parametrize("text, expected", [
    ("Hon bor numera på Solbackens äldreboende sedan i våras.", []),
    ("Han bor på Tallgårdens gruppbostad.", []),
    ("Han bor på Tallgården och har hemtjänst.", ["Tallgården"]),
])
def test_a_care_home_in_the_genitive_after_bor_pa_is_no_home(text, expected):
    assert found(text) == expected


def test_a_label_opening_the_next_line_is_no_town_of_the_digits_before():
    # an account's last digits read as a postal code: the next line's "Attesterat:" is its label, no town
    assert not [a for a in found("Utbetalas till\nBank 8105-90 224 18\nAttesterat: KLm.\n") if "Attesterat" in a]
    # a town on the next line stays
    assert found("Bor på Storgatan 12 B, 123 45\nSmåstad sedan maj.\n") == ["Storgatan 12 B, 123 45\nSmåstad"]


# A town named by its side or size first ("Västra Ämtervik", "Lilla Edet") is two words also where the sentence goes on
# after it.
@pytest.mark.parametrize("text, expected", [
    ("Jag har flyttat från Ekbacksvägen 4, 686 93 Västra Ämtervik till gården.",
     ["Ekbacksvägen 4, 686 93 Västra Ämtervik"]),
    ("Han bor på Strandvägen 2, 463 30 Lilla Edet sedan maj.", ["Strandvägen 2, 463 30 Lilla Edet"]),
])
def test_a_town_named_by_its_side_or_size_is_taken_whole(text, expected):
    assert found(text) == expected
