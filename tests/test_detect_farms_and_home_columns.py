"""Homes in the countryside's forms: a farm and its village (or street) in running text and in an address cell,
and a column of homes under a header nobody listed, judged by its street cells, where a village and house number
beside them is a home too. Fictional people and places; the blank pipeline (rules only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, ruled_grid, save, write_lines  # noqa: E402

TEXT = """Anteckningar om skolskjutsarna
Vintertid står släpvagnen hos Kent Lindholm på gården
Svartmyra, Granåsen.
Barnen åker skolbuss från Ekbackens gård, Storbyn; mamman ringer om tiderna.
Hon har flyttat till Solgården, Björkgatan 12 lgh 1103.
Vi besökte Stadsgården, Slussen och Gamla stan med klassen.
"""


def _addresses(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "ADDRESS"}


@pytest.mark.parametrize("home", ["Svartmyra, Granåsen", "Ekbackens gård, Storbyn", "Solgården, Björkgatan 12 lgh 1103"])
def test_a_farm_and_its_village_or_street_is_one_home(blank_detector, home):
    assert home in _addresses(TEXT, blank_detector)


def test_a_farm_and_its_village_before_the_other_end_of_a_move(blank_detector):
    text = "Vi har flyttat från Kvarngården, Myrheden till Bryggargatan 9, 462 33 Vänersborg."
    assert "Kvarngården, Myrheden" in _addresses(text, blank_detector)


def test_places_in_a_list_that_goes_on_are_no_farm(blank_detector):
    assert not any("Slussen" in a for a in _addresses(TEXT, blank_detector))


def test_a_farm_and_its_village_in_an_address_cell(blank_detector):
    text = "\n".join(["Sakägare", "Fastighet | Ägare | Adress",
                      "Myrby 1:4 | Greta Holmlund | Västergården, Myrby", "Myrby 1:7 | Jon Sandin | Åkervägen 3", "",
                      "Förteckningen upprättades i maj."])
    assert "Västergården, Myrby" in _addresses(text, blank_detector)


ROWS = [
    ["Resenär", "Hämtas vid", "Handl."],
    ["Gertrud Eklind", "Lomtjärn 9", "AnS"],
    ["Yusuf Demir", "Lingonvägen 4 lgh 1102", "AnS"],
    ["Saga Nordin", "Övre Åsen 12", "PeH"],
    ["Birger Falk", "Smedjegatan 7", "PeH"],
]


def _grid_addresses(path, detector, title: str, rows: list[list[str]]) -> set[str]:
    """The addresses found in a PDF of a title and a ruled table of ``rows``."""
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, [title], y=60)
    ruled_grid(page, (50, 200, 400), 100, rows)
    write_lines(page, ["Listan lämnas ut efter sekretessprövning."], y=100 + 16 * len(rows) + 30)
    det = detect_document(save(doc, path), detector)
    return {" ".join(f.text.split()) for f in det.findings if f.category == "ADDRESS"}


def test_a_village_and_number_in_a_column_of_homes_under_an_unlisted_header(tmp_path, blank_detector):
    found = _grid_addresses(tmp_path / "resor.pdf", blank_detector, "Sjukresor, hämtningar i oktober", ROWS)
    assert {"Lomtjärn 9", "Övre Åsen 12"} <= found, found


def test_a_column_of_numbered_things_is_no_column_of_homes():
    from redact.detect.home_columns import is_home_column

    assert not is_home_column(["Bod 4", "Bod 7", "Lott 12", "Lott 3"])
    assert is_home_column(["Lomtjärn 9", "Lingonvägen 4 lgh 1102", "Övre Åsen 12", "Smedjegatan 7"])


def test_a_farm_by_its_place_in_the_village_in_an_address_cell(blank_detector):
    # "Nedre gården" is the lower farm of the village, "Backa södra" the village's southern part
    text = "\n".join(["Sakägare", "Fastighet | Ägare | Adress",
                      "Tallmo 2:3 | Greta Holmlund | Nedre gården, Tallmo", "Tallmo 2:9 | Jon Sandin | Backa södra, Ekeby",
                      "Tallmo 3:1 | Ali Demir | Åkervägen 3", "", "Förteckningen upprättades i maj."])
    found = _addresses(text, blank_detector)
    assert "Nedre gården, Tallmo" in found and "Backa södra, Ekeby" in found, found


def test_a_column_of_homes_with_letterboxes_and_farms_counts_them_as_homes():
    from redact.detect.home_columns import is_home_column

    # two streets of five, a letterbox's holder and a farm with its village: still a column of homes
    assert is_home_column(["Granby 14", "Tallgatan 3 lgh 1101", "c/o Berg, Ekeby 6", "Backa södra, Ekeby",
                           "Hagvägen 9 B"])
    assert not is_home_column(["Bod 4", "Bod 7", "Lott 12", "Tallgatan 3", "Hagvägen 9"])


def test_a_column_of_homes_with_postal_codes_and_a_house_named_alone(tmp_path, blank_detector):
    from redact.detect.home_columns import is_home_column

    # streets with their postal code and town after them ("Vildmarksstråket 8, 907 36 Umeå") are streets too, so
    # the column under a party's header is one of homes, and a house named alone in it is a home
    cells = ["Tjärnby 2204, 743 91 Storvreta", "Backgården, Ensta", "Fjärdingsvägen 12 lgh 1104", "Bergsäng",
             "Vildmarksstråket 8, 907 36 Umeå"]
    assert is_home_column(cells)
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Parternas adresser för delgivning"], y=60)
    ruled_grid(page, (40, 130, 320), 90, [["Mål", "Klagande", "Svarande"],
                                          *[[f"T {300 + n}-27", f"Ekgatan {n + 2}, 754 31 Uppsala", cell]
                                            for n, cell in enumerate(cells)]])
    found = {" ".join(f.text.split()): f.category
             for f in detect_document(save(doc, tmp_path / "parter.pdf"), blank_detector).findings}
    assert found.get("Bergsäng") == "ADDRESS", found


def test_a_column_of_roads_named_alone_is_no_column_of_homes():
    from redact.detect.home_columns import is_home_column

    assert not is_home_column(["Tjärnvägen", "Granbergsvägen", "Storforsvägen", "Åsvägen"])


def test_homes_under_a_header_naming_what_is_done_at_home_and_where(blank_detector):
    text = "\n".join(["Familjedaghem", "Dagbarnvårdare | Verksam i hemmet på | Telefon",
                      "Lundmark | Björkgränd | 070-118 22 40", "Ekdahl | Östergården, Ramsele | 070-228 19 07",
                      "Wiklund | Tallmovägen 4 | 070-331 05 66", "", "Listan uppdateras varje termin."])
    found = _addresses(text, blank_detector)
    assert {"Björkgränd", "Östergården, Ramsele"} <= found, found


def test_a_service_given_at_home_is_no_home():
    from redact.detect.table_headers import header_kind

    assert header_kind("Insats i hemmet") is None


@pytest.mark.parametrize("text, home", [
    ("Hon bor kvar på gården Lillhagen sedan 1990.\n", "Lillhagen"),
    ("Pappan bor kvar på släktgården Storhagen, Nässjöby.\n", "Storhagen, Nässjöby"),
    # a farm's name of two words, then its village
    ("Morfar bor på gården Myra Hage, Lillsjön; han har hästar.\n", "Myra Hage, Lillsjön"),
    ("Dottern bor på gården Övre Lid, Västanby och pendlar.\n", "Övre Lid, Västanby"),
])
def test_a_farm_named_after_its_noun_where_someone_lives(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


@pytest.mark.parametrize("text", [
    "Han gravsattes på kyrkogården Skogsro, Ekeskog.\n",  # a churchyard is no one's home
    "Han bor nära skolan. Gården Lillhagen säljs i vår.\n",  # no one said to live there in its sentence
])
def test_a_churchyard_or_a_farm_no_one_is_said_to_live_on_stays(blank_detector, text):
    assert not _addresses(text, blank_detector)


def test_a_cottage_or_croft_and_its_village_is_one_home(blank_detector):
    text = "Han har flyttat till Lillstugan, Nedre Åsbyn 4.\nHon bor kvar på Pers torp, Granlid.\n"
    found = _addresses(text, blank_detector)
    assert {"Lillstugan, Nedre Åsbyn 4", "Pers torp, Granlid"} <= found, found


def test_a_column_under_a_header_set_close_to_its_neighbour(tmp_path, blank_detector):
    import pymupdf

    # a long header fills its cell: the next header stands two points after it, where its column's values begin
    width = pymupdf.get_text_length("Vårdnadshavare", fontname="hebo", fontsize=9.0)
    rows = [["Vårdnadshavare", "Skickas till", "Personnr"],
            ["Lena Granberg", "Granby 14", "810214-3328"],
            ["Omar Haddad", "Tallgatan 3 lgh 1101", "790512-4417"],
            ["Siri Ek", "c/o Berg, Ekeby 6", "850630-2291"],
            ["Pål Norén", "Backa södra, Ekeby", "770101-1186"],
            ["Aida Hoxha", "Hagvägen 9 B", "880808-5524"]]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Fakturering av avgifter"], y=60)
    ruled_grid(page, (50, 50 + width + 6, 300), 100, rows)
    write_lines(page, ["Listan lämnas ut efter sekretessprövning."], y=100 + 16 * len(rows) + 30)
    det = detect_document(save(doc, tmp_path / "avgifter.pdf"), blank_detector)
    found = {" ".join(f.text.split()) for f in det.findings if f.category == "ADDRESS"}
    assert {"Granby 14", "Backa södra, Ekeby"} <= found, found


def test_a_column_of_days_with_the_months_name_is_no_column_of_homes():
    from redact.detect.home_columns import is_home_column

    # when tenants move in ("1 okt", "15 november"): a number and a word, but a date
    assert not is_home_column(["1 okt", "15 nov", "1 dec", "30 november"])


MOVES = [
    ["Hyresgäst", "Rum", "Inflyttning"],
    ["Gertrud Eklind", "2 rok", "1 okt"],
    ["Yusuf Demir", "3 rok", "15 nov"],
    ["Saga Nordin", "1 rok", "1 dec"],
]


def test_the_days_tenants_move_in_stay_readable(tmp_path, blank_detector):
    found = _grid_addresses(tmp_path / "flyttar.pdf", blank_detector, "Andrahandskontrakt, inflyttningar i höst", MOVES)
    assert not found & {"1 okt", "15 nov", "1 dec"}, found


@pytest.mark.parametrize("text, home", [
    # the farm named as a name ("Myrby Gård"), who it is set off before it, the house on it between
    ("Hon bor i en personalbostad hos arbetsgivaren, Myrby Gård, personalhuset, Myrby 5. Hon har sambo.",
     "Myrby Gård, personalhuset, Myrby 5"),
    ("Han bor hos arbetsgivaren, Myrby Gård, Myrby 5.", "Myrby Gård, Myrby 5"),
    ("Dottern har flyttat till Ekbackens gård, flygeln, Storbyn.", "Ekbackens gård, flygeln, Storbyn"),
])
def test_a_farm_with_the_house_on_it_is_one_home(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


@pytest.mark.parametrize("text, home", [
    # a family's adjective names the farm, the village after it ends its clause at "och"
    ("Jag har bott i farfars hus på Ståhlska gården, Kilsbergen och har nyckel kvar.", "Ståhlska gården, Kilsbergen"),
    ("Modern bor på Hedlundska gården, Ödsmål sedan 2019.", "Hedlundska gården, Ödsmål"),
    # the farm's word after its name, after the noun
    ("Hon är 25 år och bor på släktgården Ekeby gård i Västra Ämtervik.", "Ekeby gård"),
    # farming, owning or growing up on a named farm says it is the family's home
    ("Traktorn behövs i jordbruket på gården Nybodarna i Sörbyn.", "Nybodarna"),
    ("Bröderna driver gården Lövåsen tillsammans.", "Lövåsen"),
])
def test_a_farm_in_its_further_forms_is_a_home(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


@pytest.mark.parametrize("text", [
    "Mötet hölls på gården Lindö i fjol.",
    "Konserten hölls i parken vid gården Solbacka.",
])
def test_a_farm_where_no_one_lives_or_farms_stays(blank_detector, text):
    assert not _addresses(text, blank_detector)


@pytest.mark.parametrize("text, home", [
    ("Gården Norrgården, Rönnås 2:14,\n826 95 Kvarnbäcken är den avlidnes egendom.",
     "Norrgården, Rönnås 2:14, 826 95 Kvarnbäcken"),
    ("Folkbokföringsadress:\nVästra Ängsgården, Bergsjöholm 3:12,\n781 93 Bergsjöholm\n",
     "Västra Ängsgården, Bergsjöholm 3:12, 781 93 Bergsjöholm"),
    ("Postadress: Nygårds gård, Mobyn 1:7, 796 90 Älvdalen.", "Nygårds gård, Mobyn 1:7, 796 90 Älvdalen"),
])
def test_a_farms_name_before_a_designation_with_its_postcode_is_one_home(blank_detector, text, home):
    # the register writes the farm first and the designation as its street
    assert home in _addresses(text, blank_detector)


@pytest.mark.parametrize("text, farm", [
    # the farm's name set off by commas after its noun
    ("Hon bor i personalbostaden på gården, Vibyn, och tidigare i Poltava.", "Vibyn"),
    # the farm's name given as such
    ("Fastigheten är taxerad som lantbruksenhet med gårdsnamnet Nyängen.", "Nyängen"),
    ("Gårdsnamn: Övre Myrängen\nTaxeringsvärde: 1 240 000 kr", "Övre Myrängen"),
])
def test_a_farms_name_apposed_or_given_as_such_is_masked(blank_detector, text, farm):
    found = [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
             if f.category == "ADDRESS" and f.status != "rejected"]
    assert farm in found


@pytest.mark.parametrize("text", [
    "Vi träffades på gården, Anna berättade om skörden.",
    "Hon arbetar på gården, Vibyn, sedan i våras.",
])
def test_a_farm_apposed_where_no_one_lives_or_a_name_after_the_comma_stays(blank_detector, text):
    assert not [f.text for f in detect_text(text, blank_detector).findings
                if f.category == "ADDRESS" and f.status != "rejected"]


ARTIST_ROWS = [
    ["Nr", "Postadress", "Ateljé"],
    ["1", "Storgatan 8 B, 871 30 Näsby", "Gamla smedjan, Lövbyn 4"],
    ["2", "Kvarnvägen 2 lgh 1001, 871 31 Näsby", "Kulturhuset Näsby, rum 12"],
    ["3", "Bäckby 114, 871 92 Bäckby", "Bäckby 116"],
    ["4", "Torggatan 3, 871 33 Näsby", "samma"],
]


def test_a_private_persons_studio_beside_the_postal_address(tmp_path, blank_detector):
    # an artist's studio is a place of the person's own, as a summer house is: the village and house number there
    # point to the person; a room in a public arts centre is the centre's
    found = _grid_addresses(tmp_path / "stipendier.pdf", blank_detector, "Arbetsstipendier, adresser", ARTIST_ROWS)
    assert {"Gamla smedjan, Lövbyn 4", "Bäckby 116"} <= found, found
    assert not any("Kulturhuset" in f for f in found), found


# A farm's or a house's name opening its cell or line before its village and postal address, as a table of
# creditors or of homes writes it in the countryside
HOMES_WITH_POSTAL_TOWNS = "\n".join([
    "Borgenärer", "Borgenär | Adress | Kronor",
    "Skatteverket | Ösby | 12 400",
    "Greta Holmlund | Prästgården, Åkerby, 712 91 Ösby | 8 000",
    "Jon Sandin | Lugnet, Myrbyn 41, 712 93 Ösby | 3 500",
    "Rune Ek | Åkervägen 3, 712 30 Ösby | 1 200",
    "Ösby Maskin AB | Box 12, 712 22 Ösby | 40 000",
    "", "Länsstyrelsen, Storgatan 5, 712 30 Ösby", "Förteckningen upprättades i maj.",
    "", "Beslutet skickas till", "Maud Sandin", "Nyrödningen, Kvarntorp 17, 712 94 Ösby", "för kännedom."])


@pytest.mark.parametrize("home", ["Prästgården, Åkerby, 712 91 Ösby", "Lugnet, Myrbyn 41, 712 93 Ösby",
                                  "Nyrödningen, Kvarntorp 17, 712 94 Ösby"])
def test_a_homes_name_before_its_village_and_postal_address_is_the_homes(blank_detector, home):
    assert home in _addresses(HOMES_WITH_POSTAL_TOWNS, blank_detector)


@pytest.mark.parametrize("word", ["Länsstyrelsen", "Skatteverket"])
def test_a_bodys_name_before_its_street_or_box_stays_readable(blank_detector, word):
    assert not any(word in a for a in _addresses(HOMES_WITH_POSTAL_TOWNS, blank_detector))


# A village and its farm in an address cell, no comma and no number ("Bjursele Prästbol"), over the postal code in the
# next cell: the home, as a farm's name alone is; a body's name in the same column stays.
VILLAGE_AND_FARM_ROWS = "\n".join([
    "Leveranser av hjälpmedel", "Nr | Adress | Postadress",
    "1 | Granvägen 14 | 931 41 Skellefteå", "2 | Bjursele Prästbol | 931 98 Bjursele",
    "3 | Region Västerbotten | 901 89 Umeå", "", "Listan upprättades i maj."])


def test_a_village_and_its_farm_in_an_address_cell_are_a_home(blank_detector):
    assert any("Bjursele Prästbol" in a for a in _addresses(VILLAGE_AND_FARM_ROWS, blank_detector))


def test_a_bodys_name_in_an_address_cell_stays_readable(blank_detector):
    assert not any("Region" in a for a in _addresses(VILLAGE_AND_FARM_ROWS, blank_detector))


# A farm by its name's ending (a genitive before "gård", a "-gården" compound after its village) with the postal code
# and town right after it, set off after a person's name or after an address's word: the home, whole.
FARMS_WITH_POSTAL_TOWNS = """Arrenden och grannar
Nr 5: arrendator på marken är grannen Bo Lindqvist,
Skogaby gård, 561 92 Huskvarna.
Nr 6: Aino Rantanen har sommaradress
Lemby Norrgården, 686 94 Rottneros.
Kontakt för äggleveranser: Solgården, 686 30 Sunne.
"""


@pytest.mark.parametrize("home", ["Skogaby gård, 561 92 Huskvarna", "Lemby Norrgården, 686 94 Rottneros"])
def test_a_farm_with_its_postal_town_after_a_name_or_an_address_word_is_a_home(blank_detector, home):
    assert home in _addresses(FARMS_WITH_POSTAL_TOWNS, blank_detector)


def test_a_farms_name_with_a_postal_town_no_one_is_said_to_live_at_stays(blank_detector):
    assert not any("Solgården" in a for a in _addresses(FARMS_WITH_POSTAL_TOWNS, blank_detector))


# A body's letterhead naming its district by a direction and a province before the district's box, and a private
# forest owner's farm of the same shape in a letter's sentence.
DISTRICT_LETTER = """Avverkningsanmälan, beslut
Skogsverket, distrikt Norra Hälsingland, Box 418, 824 27 Hudiksvall
Växel 0650-77 41 00

Markägaren Tyra Lindgren bor på Västra Bäck, Tallåsen 7, 820 40 Järvsö, och har anmält avverkning.
"""


def test_a_district_named_by_a_direction_before_the_bodys_box_is_no_farm(blank_detector):
    found = _addresses(DISTRICT_LETTER, blank_detector)
    assert not any("Hälsingland" in a or "Box 418" in a for a in found), found


def test_a_courts_name_with_for_and_a_direction_before_its_box_is_no_farm(blank_detector):
    text = DISTRICT_LETTER.replace("Skogsverket, distrikt Norra Hälsingland", "Kammarrätten för Norra Hälsingland")
    found = _addresses(text, blank_detector)
    assert not any("Hälsingland" in a or "Box 418" in a for a in found), found
    assert any(a.startswith("Västra Bäck, Tallåsen 7") for a in found), found


def test_a_private_owners_farm_of_the_same_shape_is_still_a_home(blank_detector):
    found = _addresses(DISTRICT_LETTER, blank_detector)
    assert any(a.startswith("Västra Bäck, Tallåsen 7") for a in found), found


# A home's name, its village and its postal address in running text after a preposition of motion or place, where the
# sentence says someone lives or moved there: a farm or a manor named in any language; with no such word, a postal
# address after "hos" stays what it is
@pytest.mark.parametrize("text, home", [
    ("Farfar har flyttat från Pirttiniemi, Ylijoki, 957 94 Övertorneå till sonen i Luleå.",
     "Pirttiniemi, Ylijoki, 957 94 Övertorneå"),
    ("Hon bor sedan i våras på Lövnäset, Brännberg 7, 961 97 Gunnarsbyn och pendlar.",
     "Lövnäset, Brännberg 7, 961 97 Gunnarsbyn"),
])
def test_a_homes_name_village_and_postal_address_in_a_sentence_are_one_home(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


def test_a_postal_address_after_hos_without_a_home_word_is_no_home(blank_detector):
    assert not any("Pirttiniemi" in a for a in _addresses(
        "Kursen hålls hos Pirttiniemi, Ylijoki, 957 94 Övertorneå i maj.", blank_detector))


# A home's name of any shape over its postal line, as an address table's cells read one a line or a window envelope
# writes it: a one-word house name, a name of two words with a short second word; a body's name and a street of the
# same shape stay as their own rules read them.
HOMES_OVER_POSTAL_LINES = """Postadresser
Ärende
Gatuadress
Postadress
SOC 2027/0101
Fjällhemmet, Granås
812 92 Granås
SOC 2027/0102
Ovanför Ån, Rya
264 91 Klippan
SOC 2027/0103
Kommunhuset, Klippan
264 80 Klippan
"""


@pytest.mark.parametrize("home", ["Fjällhemmet, Granås 812 92 Granås", "Ovanför Ån, Rya 264 91 Klippan"])
def test_a_homes_name_and_village_over_its_postal_line_are_one_home(blank_detector, home):
    assert home in _addresses(HOMES_OVER_POSTAL_LINES, blank_detector)


def test_a_bodys_house_over_its_postal_line_stays_readable(blank_detector):
    assert not any("Kommunhuset" in a for a in _addresses(HOMES_OVER_POSTAL_LINES, blank_detector))


# A cottage with its postal code after "från" where the sentence describes a person by their birth, as a museum's
# provenance or a parish register does; a workplace of the same shape stays.
@pytest.mark.parametrize("text, home", [
    ("Skåpet ägdes av hennes morfar Nils Ek, född 3 maj 1901, dräng från\nNorra Lövstugan, 593 92 Ösby.",
     "Norra Lövstugan, 593 92 Ösby"),
    ("Rune Holm, f. 1932, torpare från Vreta Kvarnstugan, 612 91 Finspång, sålde båten.",
     "Vreta Kvarnstugan, 612 91 Finspång"),
])
def test_a_cottage_a_person_born_there_came_from_is_a_home(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


def test_a_cottage_where_a_person_born_then_works_stays(blank_detector):
    text = "Per Ek, född 1950, arbetar på Lövstugan, 712 30 Ösby."
    assert not any("Lövstugan" in a for a in _addresses(text, blank_detector))


def test_the_cell_before_a_column_of_postal_codes_opens_the_home(tmp_path, blank_detector):
    # a home split over two cells under headers nobody listed: the postal column says the cell before it is the home's
    # first line, whatever its shape (a student house's corridor, a cabin by a lake)
    rows = [["Kontrakt", "Uthyrt", "Postnummer"],
            ["HY 31-0412", "Rydsberg, hus 4, korridor D, rum 412", "903 41 Norrstad"],
            ["HY 31-0418", "Lärkvägen 3, rum 12", "903 44 Norrstad"],
            ["HY 31-0423", "Torpet vid Kvarntjärn, Ängeby", "903 47 Norrstad"],
            ["HY 31-0431", "Gästvåningen Åsen, plan 3, rum 2", "903 45 Norrstad"]]
    found = _grid_addresses(tmp_path / "rum.pdf", blank_detector, "Uthyrda rum i september", rows)
    for home in ("Rydsberg, hus 4, korridor D, rum 412", "Torpet vid Kvarntjärn, Ängeby", "Gästvåningen Åsen, plan 3, rum 2"):
        assert any(f.startswith(home) for f in found), (home, found)


def test_a_column_of_names_before_postal_codes_is_no_column_of_homes(tmp_path, blank_detector):
    rows = [["Kontrakt", "Ort", "Postnummer"],
            ["HY 31-0412", "Norrstad", "903 41 Norrstad"],
            ["HY 31-0418", "Ängeby", "903 44 Norrstad"],
            ["HY 31-0423", "Rydsberg", "903 47 Norrstad"]]
    found = _grid_addresses(tmp_path / "orter.pdf", blank_detector, "Orter i september", rows)
    assert not {"Norrstad", "Ängeby", "Rydsberg"} & found, found


@pytest.mark.parametrize("text, home", [
    # a village of two letters before the postal code
    ("Boende\n| Nils Ek | Ängsgården, Ed, 871 93 Näsby\n", "Ängsgården, Ed, 871 93 Näsby"),
    # a wing of a house named by its genitive, no number
    ("Boende\n| Norrby | Kyrkbyns flygel, Åkerby, 871 92 Näsby\n", "Kyrkbyns flygel, Åkerby, 871 92 Näsby"),
])
def test_a_homes_name_a_short_village_or_a_wing_with_its_postal_line_is_one_home(blank_detector, text, home):
    assert home in _addresses(text, blank_detector)


LODGINGS = """Gästforskarnas bostäder
Nr | I Sverige | I hemlandet
14 | Gäststugan, Ekeby gård | Apt 3, Main St, Cork
15 | Drängstugan, Lilla Åby gård | Plot 9, Ring Rd, Accra
16 | Flygeln, Norrgården, 712 91 Ösby | 4 Rue Neuve, Lyon
Lokaler för mötet
Nr | Lokal
1 | Gårdsbutiken, Ekeby gård
Välkomna till Gästhemmet, Ekeby gård i sommar.
"""


@pytest.mark.parametrize("home", ["Gäststugan, Ekeby gård", "Drängstugan, Lilla Åby gård",
                                  "Flygeln, Norrgården, 712 91 Ösby"])
def test_a_lodging_on_a_farm_alone_in_its_cell_is_a_home(blank_detector, home):
    found = {" ".join(f.text.split()) for f in detect_text(LODGINGS, blank_detector).findings
             if f.category in ("ADDRESS", "PERSON")}
    assert home in found, found


def test_a_farms_shop_and_a_lodging_named_in_a_sentence_stay(blank_detector):
    found = " ".join(f.text for f in detect_text(LODGINGS, blank_detector).findings)
    assert "Gårdsbutiken" not in found and "Gästhemmet" not in found


@pytest.mark.parametrize("value", ["Södra Ed, 668 91 Ed", "Västra Mo, 820 65 Bjuråker", "Övre Ås, 830 05 Järpen"])
def test_a_village_by_its_sides_word_and_a_short_name_with_its_postcode_is_a_place(value):
    from redact.detect.table_home_values import places_with_postcode

    assert places_with_postcode(value)


def test_a_short_name_after_a_given_name_is_no_place():
    from redact.detect.table_home_values import places_with_postcode

    assert not places_with_postcode("Anna Mo, 820 65 Bjuråker")
