"""The ward, room or pitch written before a home's street, and the home's or site's name before it, are masked with
the street ("Ekbackens vårdboende, avd. 3, Lindgatan 2, ..."); a boat berth given as the home is masked with its
harbour. A home named before its street with no ward or room, and a berth in a harbour's register, stay as they
were. Fictional people and places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import addresses_over, readable_letters


@pytest.mark.parametrize("text, address", [
    ("Hon bor sedan januari på Björkängens vårdboende, avd. 4, Ekgatan 11, 871 40 Näsby.",
     "Björkängens vårdboende, avd. 4, Ekgatan 11, 871 40 Näsby"),
    ("Hans adress är Lindens äldreboende avd. Sippan, Parkvägen 2, Näsby.",
     "Lindens äldreboende avd. Sippan, Parkvägen 2"),
    ("Under terminen bor hon i studentrum 3317, Haga, Universitetsgränd 5, 903 35 Norrstad.",
     "studentrum 3317, Haga, Universitetsgränd 5, 903 35 Norrstad"),
    ("Eleven har adressen Älvdalens folkhögskola, internatet rum 22, Skolbacken 3, 871 90 Älvdal.",
     "Älvdalens folkhögskola, internatet rum 22, Skolbacken 3, 871 90 Älvdal"),
    ("De bor i husvagn på Sjöviks camping, plats 112, Badvägen 4 sedan i maj.",
     "Sjöviks camping, plats 112, Badvägen 4"),
    ("Adress: Kvarnbackens studentboende, rum 508, Kvarngatan 40, 871 34 Näsby",
     "Kvarnbackens studentboende, rum 508, Kvarngatan 40, 871 34 Näsby"),
    ("Ärende | Adress\n| 7 | HVB Granbacken, rum 2, Åsvägen 14, 871 33 Näsby\n",
     "HVB Granbacken, rum 2, Åsvägen 14, 871 33 Näsby"),
    ("Hon har flyttat till särskilt boende Linnegården, avd. 3, Skolgatan 8, 871 40 Näsby.",
     "särskilt boende Linnegården, avd. 3, Skolgatan 8, 871 40 Näsby"),
    # a ward and its room without a comma between, in a table's address cell
    ("Nr | Bostadsadress | Telefon\n3 | avd. Vitsippan rum 21, Ekhagsvägen 6, 871 42 Näsby | 070-311 20 84",
     "avd. Vitsippan rum 21, Ekhagsvägen 6, 871 42 Näsby"),
    # a ward by its number and letter; a home "vid" its street; a seamen's church's guest room, the street on the next
    # line of a letter's window; a home for care by its short name
    ("Nr | Bostadsadress\n4 | Lärkans vårdboende, avd. 1 A, rum 9, 871 42 Näsby | x",
     "Lärkans vårdboende, avd. 1 A, rum 9, 871 42 Näsby"),
    ("Nr | Boende\n5 | Jourhemmet vid Åsvägen 4, rummet på vinden, 871 42 Näsby",
     "Jourhemmet vid Åsvägen 4, rummet på vinden, 871 42 Näsby"),
    ("Beslut\n\nAnna Lind\nSjömanskyrkan, gästrum 2\nHamnvägen 6, 871 33 Näsby\n\nDu har ansökt om",
     "Sjömanskyrkan, gästrum 2\nHamnvägen 6, 871 33 Näsby"),
    ("Nr | Boende\n6 | HVB Tallåsen, rum 3, Åsvägen 2, 871 42 Näsby", "HVB Tallåsen, rum 3, Åsvägen 2, 871 42 Näsby"),
    # a home's own name alone, its ward by name and the room in it before the street
    ("Efter vistelsen flyttar hon till Granbacka, avd. Tranan, rum 6, Åsvägen 14, 871 33 Näsby.",
     "Granbacka, avd. Tranan, rum 6, Åsvägen 14, 871 33 Näsby"),
])
def test_the_ward_room_or_pitch_before_a_street_is_masked_with_it(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    ("Han bor ombord på sin motorbåt på båtplats C 7, Västra gästhamnen, sedan april.",
     "båtplats C 7, Västra gästhamnen"),
    ("Paret bor i sin segelbåt vid båtplats 23 i Norrhamnen hela sommaren.", "båtplats 23 i Norrhamnen"),
])
def test_a_boat_berth_given_as_the_home_is_masked_with_its_harbour(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_berth_in_a_harbours_register_stays_readable(blank_detector):
    text = "Båtplats C 7, Västra gästhamnen, hyrs ut från 1 maj. Avgiften är 3 200 kr."
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


def test_a_home_named_before_its_street_without_a_ward_is_left_as_it_was(blank_detector):
    text = "Mötet hålls på Björkängens vårdboende, Ekgatan 11, 871 40 Näsby, klockan 10."
    assert not addresses_over(blank_detector, text, "Björkängens")


def test_a_name_before_a_ward_with_no_room_is_left_as_it_was(blank_detector):
    # a ward alone after a name may be the authority's own unit: only a ward and a room make the name a home's
    text = "Skriv till Ringhult, avd. Ekonomi, Storgatan 4, 871 40 Näsby, om fakturan."
    assert not addresses_over(blank_detector, text, "Ringhult")


@pytest.mark.parametrize("text, address", [
    ("Mamman flyttade i höstas till Lindhagens vårdboende, avd. Kastanjen, rum 7.",
     "Lindhagens vårdboende, avd. Kastanjen, rum 7"),
    ("Ny adress: Ekhemmet, avd. 3, rum 11\nTelefon saknas.", "Ekhemmet, avd. 3, rum 11"),
    ("Tidigare bodde han på Flyktingboendet Sjöbacka, rum 17 i två år.", "Flyktingboendet Sjöbacka, rum 17"),
    ("Bor på: Granbergsgården, avd. Tranan, Norrvik\nGod man: saknas", "Granbergsgården, avd. Tranan, Norrvik"),
    # two kinds sharing the compound's last part
    ("Nr | Adress | Post\n4 | Tallbackens vård- och omsorgsboende, avd. Lönnen | 824 93 Hudiksvall\n",
     "Tallbackens vård- och omsorgsboende, avd. Lönnen"),
    # an adjective before the home's kind, the postal line after the room
    ("Nr | Adress\n2 | Hagtornens särskilda boende, avd. 2, rum 114, 824 31 Norrvik\n",
     "Hagtornens särskilda boende, avd. 2, rum 114, 824 31 Norrvik"),
    ("Farmor flyttade i mars till Ekåsens gamla hem, avd. Tranan och trivs där.", "Ekåsens gamla hem, avd. Tranan"),
    # the room right after the ward's name, with no comma
    ("26-0512: Maj-Britt bor på Ekbackens äldreboende, avdelning Lilja rum 14; sonen har fullmakt.",
     "Ekbackens äldreboende, avdelning Lilja rum 14"),
    # the kind before the home's own name: a described housing, a treatment home
    ("Ärende | Adress\n| 12 | Tillfälligt boende Granliden, hus C, rum 4, 871 52 Näsby\n",
     "Tillfälligt boende Granliden, hus C, rum 4, 871 52 Näsby"),
    ("Pojken bor sedan juni på HVB Tallkotten, rum 9 och går i skolan i Näsby.", "HVB Tallkotten, rum 9"),
    # the town and the home's kind, then its own name before the ward
    ("Ärende | Adress | Postort\n| 14 | Näsby korttidsboende Lärkan, avd. 2 | 871 40 Näsby\n",
     "Näsby korttidsboende Lärkan, avd. 2"),
])
def test_a_homes_ward_or_room_with_no_street_is_masked_as_a_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_meeting_room_or_a_unions_branch_stays_readable(blank_detector):
    text = ("Mötet hölls i Ringhults rådhus, rum Sågen. Närvarande från SKTF avd. 12 var ingen. "
            "Nämnden beviljade boende, rum 4 saknades.")
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    ("Han bor i ett studentrum, korridor C, rum 1207, Campusvägen 14, 903 36 Norrstad.",
     "korridor C, rum 1207, Campusvägen 14, 903 36 Norrstad"),
    ("Adress: hus B, rum 12, Folkhögskolevägen 3, 871 90 Älvdal", "hus B, rum 12, Folkhögskolevägen 3, 871 90 Älvdal"),
    ("Hon bor i uppgång 2, lgh 1101, Parkvägen 9, 871 31 Näsby, sedan april.",
     "uppgång 2, lgh 1101, Parkvägen 9, 871 31 Näsby"),
])
def test_the_corridor_building_or_stairwell_before_the_room_is_masked_with_the_street(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    ("Familjen bor över sommaren i kolonistugan på Koloniområdet Solbacken, lott 23.",
     "Koloniområdet Solbacken, lott 23"),
    ("Han bor sedan maj i Ängsbackens koloniträdgård, stuga 14, och har ingen annan adress.",
     "Ängsbackens koloniträdgård, stuga 14"),
    ("De bor i stugan på kolonilott 23 i Solbackens koloniområde hela sommaren.",
     "kolonilott 23 i Solbackens koloniområde"),
    ("Hon övernattar i Stugbyn Fjällgläntan, stuga 7 under säsongen.", "Stugbyn Fjällgläntan, stuga 7"),
    ("Sommaradress: Koloniområdet Solbacken, lott 23\nTelefon: saknas", "Koloniområdet Solbacken, lott 23"),
    # a fell's cabin by its number and letter, the postal line under it as a lodgings table's cells are read
    ("Boende under vistelsen\nNr\nBoende\nOrt\n12\nKorpfjället, stuga 9 A\n840 93 Hede\n",
     "Korpfjället, stuga 9 A"),
])
def test_an_allotments_or_a_sites_lot_as_the_home_is_masked_with_the_site(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_lot_in_the_associations_register_stays_readable(blank_detector):
    text = "Koloniområdet Solbacken, lott 23: ny arrendator från 1 maj, avgift 900 kr."
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]
    text = "Korpfjället, stuga 9 A, är stängd för renovering i maj."
    assert not [f for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]


# An asylum accommodation's or a home's house or corridor between its name and the room, the postal line after the
# room: one home, its commas inside
@pytest.mark.parametrize("text, address", [
    ("Ärende | Adress\nABC 27-1101 | Asylboendet Norrby, hus B, rum 12, 712 91 Näsby\n",
     "Asylboendet Norrby, hus B, rum 12, 712 91 Näsby"),
    ("Nr | Adress\n3 | Lindhemmet, korridor B, rum 21, Näsby\n", "Lindhemmet, korridor B, rum 21, Näsby"),
])
def test_the_house_or_corridor_and_the_postal_line_belong_to_the_lodgings_home(blank_detector, text, address):
    assert address in [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]


# A room in a numbered house of a student or housing area with no street, and a house on a street given by its number
# abroad: the area or the district leads
@pytest.mark.parametrize("text, address", [
    ("Sedan augusti trivs hon på Tallbacken, hus 7, rum 714, 903 52 Norrstad.",
     "Tallbacken, hus 7, rum 714, 903 52 Norrstad"),
    ("Han hyr sedan januari Campus Ryd, hus 3, korridor B, rum 12 och betalar själv.",
     "Ryd, hus 3, korridor B, rum 12"),
    ("Familjen kom från Aleppo, al-Jamiliya, gata 9, hus 4 år 2021.", "Aleppo, al-Jamiliya, gata 9, hus 4"),
])
def test_a_room_in_an_areas_numbered_house_is_masked_as_a_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_house_or_a_room_without_a_place_before_it_stays_readable(blank_detector):
    text = "Utbildningen hålls i hus 2, rum 14. Gata 4, rum 3 är stängd."
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS"]


# A group or service flat the social services give (LSS), named in the genitive before its house and flat: the
# home's name goes with them and the street, in a letter's window and in a table's cell.
@pytest.mark.parametrize("text, address", [
    ("Beslut\n\nKarin Ek\nTallbackens gruppbostad, hus C, lgh 2, Åsvägen 8\n871 42 Näsby\n\nDu har ansökt om",
     "Tallbackens gruppbostad, hus C, lgh 2, Åsvägen 8\n871 42 Näsby"),
    ("Ärende\nAdress\nNB 2031-44\nEkängens servicebostad, lägenhet 5, Skolgatan 3, 871 40 Näsby\n",
     "Ekängens servicebostad, lägenhet 5, Skolgatan 3, 871 40 Näsby"),
    ("Nr | Boende\n2 | Lindens gruppbostad, lägenhet 6 | ja\n", "Lindens gruppbostad, lägenhet 6"),
])
def test_a_group_or_service_flat_is_masked_with_its_name(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    ("Mottagare: Hotell Fjärden, rum 218, Fjärdgatan 3, 871 40 Näsby.\nÖvrigt.\n",
     "Hotell Fjärden, rum 218, Fjärdgatan 3, 871 40 Näsby"),
    ("Boende\n| Kollektivet Ängen, Ängsvägen 7, rum 2, 871 33 Näsby\n",
     "Kollektivet Ängen, Ängsvägen 7, rum 2, 871 33 Näsby"),
])
def test_a_hotel_or_a_collective_named_by_its_kind_first_is_masked_with_its_street(blank_detector, text, address):
    # the room says that the street is where someone lodges, before or after it
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    ("| Eva Lind | Björkhagens HVB, hus 3, rum 11, 871 50 Näsby\n", "Björkhagens HVB, hus 3, rum 11, 871 50 Näsby"),
    ("| Eva Lind | Vitsippan, avd. 4, rum 12, 871 52 Näsby\n", "Vitsippan, avd. 4, rum 12, 871 52 Näsby"),
    ("Eva Lind\nStudentbyn Ängen, hus 2, korr C, rum 7\n871 60 Näsby\n",
     "Studentbyn Ängen, hus 2, korr C, rum 7\n871 60 Näsby"),
])
def test_a_homes_house_or_ward_and_room_with_no_street_are_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_town_halls_room_and_a_unions_branch_stay_readable_beside_a_ward_rule(blank_detector):
    text = "Mötet hölls i Rådhuset, rum Oden. SKPF avd. 58 deltog.\n"
    assert not addresses_over(blank_detector, text, "Rådhuset")
    assert not addresses_over(blank_detector, text, "SKPF")


@pytest.mark.parametrize("text, address", [
    ("Nr | Adress\n12 | Granbo, boende för unga, hus C rum 4, 871 50 Näsby\n",
     "Granbo, boende för unga, hus C rum 4, 871 50 Näsby"),
    ("Nr | Adress\n13 | Lärkan, stödboende för unga vuxna, rum 12\n", "Lärkan, stödboende för unga vuxna, rum 12"),
    ("Han bor numera på Granen, behandlingshem för pojkar, lgh 1102, Näsby.",
     "Granen, behandlingshem för pojkar, lgh 1102, Näsby"),
])
def test_a_home_named_then_described_with_its_room_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_meeting_room_or_a_ward_after_a_described_kind_stays_readable(blank_detector):
    text = "Mötet hölls i Rådhuset, hem för vård, rum 3. Enheten Norrgården, boende för äldre, avd. 2 svarade.\n"
    assert not addresses_over(blank_detector, text, "Rådhuset")
    assert not addresses_over(blank_detector, text, "Norrgården")


@pytest.mark.parametrize("text, address", [
    # what stands on the pitch between the campsite and the pitch, in an address column and after a word of living
    ("Kontakt | Adress\n| K.L. | Sjöviks camping, husvagn på plats 31, 871 90 Näsby\n",
     "Sjöviks camping, husvagn på plats 31, 871 90 Näsby"),
    ("Sedan maj bor han på Sjöviks camping, husbil på plats 31 med sin hund.", "Sjöviks camping, husbil på plats 31"),
])
def test_a_campsite_and_the_caravan_on_its_pitch_are_the_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("home", ["Granlund", "Björklund"])
def test_a_homes_name_opening_its_wards_address_is_no_surname(model_detector, home):
    # a home named like a surname, alone before its ward and room: the address is masked, the names are no person's
    # (a person's finding would spread to the home's genitive in the letter's heading)
    from redact.types import Page

    # (the ward named like a person too: "avd. Stina")
    text = f"Efter korttidsvistelsen flyttar Vera till {home}, avd. Stina, rum 6, Åsvägen 14, 871 33 Näsby."
    findings = model_detector.detect(Page(number=1, text=text, words=(), width=595, height=842))
    assert not [f.text for f in findings if f.category == "PERSON" and (home in f.text or "Stina" in f.text)]
    assert any(f.category == "ADDRESS" and f.text.startswith(f"{home}, avd. Stina") for f in findings)


def _tagged(text: str, start_word: str, end: str):
    from redact.types import Finding

    a, b = text.index(start_word), text.index(end) + len(end)
    return Finding(id="p1-0", page=1, start=a, end=b, text=text[a:b], category="ADDRESS", score=0.7,
                   detector="learned_spans")


def test_a_lodgings_kind_right_before_its_name_and_room_is_the_addresss():
    # the tagger's address opens with the hotel's own name; its kind before it is the name's first word
    from redact.detect.address_lodgings import with_lodging_before

    text = "Under besöket bor Tove på Hotell Strandporten, rum 208, Norrstad."
    assert with_lodging_before(_tagged(text, "Strandporten", "Norrstad"), text).text == (
        "Hotell Strandporten, rum 208, Norrstad")
    other = text.replace("Hotell", "Kafé")
    assert with_lodging_before(_tagged(other, "Strandporten", "Norrstad"), other).text == "Strandporten, rum 208, Norrstad"
