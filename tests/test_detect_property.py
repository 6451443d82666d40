"""Property detector: fastighetsbeteckningar, and the times and references that look like them."""

import pytest

from redact.detect.property import PropertyRecognizer

REC = PropertyRecognizer()


def found(text: str, minimum: float = 0.5) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["PROPERTY"], nlp_artifacts=None) if r.score >= minimum]


HITS = [
    ("Ansökan om bygglov på Ramlösa 12:34.", "Ramlösa 12:34"),
    ("Fastigheten Solna Järva 4:12 ägs av sökanden.", "Solna Järva 4:12"),
    ("Kv. Björken 3 ska rivas.", "Kv. Björken 3"),
    ("inom kvarteret Stora Tallen 12", "kvarteret Stora Tallen 12"),
    ("Fastighetsbeteckning: Småstad Tallen 5", "Småstad Tallen 5"),
    ("Lagfart för Byn 1:7 beviljades.", "Byn 1:7"),
    ("Fastigheten Hagen 9:30 (tomt)", "Hagen 9:30"),  # HH:MM shape but labelled
]

NEAR_MISSES = [
    "Sammanträde 13:00 i Storsalen.",
    "Kl 09:30 börjar mötet.",
    "Enligt SFS 2009:400 och SOU 2021:34.",
    "Se Bilaga 2:1 och Kapitel 3:2.",
    "Tisdag 10:15 inställt.",
    "Prop. 2019/20:123 antogs.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_a_property(text):
    assert found(text) == []


def test_units_listed_after_a_property_are_each_found():
    text = "Fastigheterna Ramlösa 12:34, 12:35 och 12:36 berörs."
    # the joining "och" goes under the last unit's box: no lone word between two masks
    assert found(text) == ["Ramlösa 12:34", "12:35", "och 12:36"]


def test_times_listed_after_a_time_stay_out():
    assert found("Kl 13:00 och 14:00 samt 15:00.") == []


def test_time_shape_without_label_is_low():
    rs = REC.analyze("Mötet i Ljusdal 10:30 drog ut.", ["PROPERTY"])
    assert [r.score < 0.5 for r in rs] == [True]


def test_a_tract_without_block_and_unit_is_a_property_near_a_planning_word():
    # a neighbour hearing and a minute on an annex: the town, the block and the number
    assert found("Sakägarna på Ljungby Svalan 4 och Ljungby Mården 15 har yttrat sig.") == [
        "Ljungby Svalan 4", "Ljungby Mården 15"]
    assert found("§ 12 Anmälan om attefallshus, Ljungby Lärkan 3") == ["Ljungby Lärkan 3"]


def test_a_tract_once_labelled_is_a_property_wherever_it_stands():
    text = "Fastighet: Ljungby Svalan 4\n\nGrannar som hörts\nLjungby Svalan 6 | Ebba Sjöholm\nLjungby Svalan 9 | Omid Rahimi"
    assert found(text) == ["Ljungby Svalan 4", "Ljungby Svalan 6", "Ljungby Svalan 9"]


def test_two_capitalised_words_and_a_number_are_no_property_without_a_cue():
    assert found("Mötet hölls i Ljungby Arena 2 den 3 maj.") == []
    assert found("Bygglov: Sal 3 i Stadshuset är bokad.") == []
    assert found("Grannarna träffades på Café Linden 2 tisdagar.") == []


def test_a_tract_in_the_municipalitys_register_area():
    text = ("Ärendet gäller Ekvika kommun. Grenen föll på Ekvika Rönnen 8 under stormen;"
            " Ekvika Idrottsförening 2026 ansökte om bidrag.")
    hits = found(text)
    assert "Ekvika Rönnen 8" in hits and not any("Idrottsförening" in h for h in hits)


def test_a_tract_beside_a_block_and_unit_of_the_same_town():
    text = "Kundnr 4410 Bodil Sjöberg Västanå Granen 2:14\nKundnr 4411 Mehmet Aslan Västanå Tallen 7\n"
    assert "Västanå Tallen 7" in found(text)


def test_a_designation_broken_after_its_name_at_a_line_end():
    assert found("Bikuporna står kvar på Lövsjöbyn\n4:107 under vintern.") == ["Lövsjöbyn\n4:107"]


def test_a_time_on_the_next_line_stays_out():
    assert found("Mötet börjar\n13:00 i Storsalen.") == []


@pytest.mark.parametrize("text, prop", [
    # the block again without its register area, after the full designation
    ("Sökande äger fastigheten Ekvik Lärkan 4. Buller uppmättes vid altanen på Lärkan 4 efter midnatt.", "Lärkan 4"),
    # a house or plot word just before the block and its number
    ("Vi har ägt huset (Kvarnen 11) sedan 1992 och vill nu stycka av.", "Kvarnen 11"),
    ("Grannen på Tallkotten 3 har klagat på hunden.", "Tallkotten 3"),
])
def test_a_block_named_without_its_register_area(text, prop):
    assert prop in found(text)


@pytest.mark.parametrize("text", [
    "Grannen på Björkgatan 7 har klagat på hunden.",  # a street, no block
    "Fakturamottagare: Fastighetsavdelningen\nBox 214\n686 80 Ekvik",
    "Huset byggdes enligt bilaga 3 och kapitel 2.",
])
def test_streets_boxes_and_references_are_no_short_block(text):
    assert not any(p.startswith(("Björkgatan", "Box", "bilaga", "kapitel")) for p in found(text))


@pytest.mark.parametrize("text,expected", [
    ("Servitutet gäller Ekeby 4:22 m.fl. enligt förrättningen.", "Ekeby 4:22 m.fl."),
    ("Andelen i vägen hör till Ekeby 4:71 m fl och prövas i år.", "Ekeby 4:71 m fl"),
])
def test_a_designation_with_its_others_is_one_property(text, expected):
    # "m.fl." ("med flera") ends the designation of a tract and its others as the registrar writes it
    assert found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Arrendet gäller del av NORRBY SKATAN 4 från maj.", "NORRBY SKATAN 4"),
    ("Hon är delägare i Norrby Skatan 4 sedan 2019.", "Norrby Skatan 4"),
])
def test_a_designation_after_del_av_or_a_share_in_it(text, expected):
    from redact.detect.property import PropertyRecognizer

    found = [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], None)]
    assert found == [expected]


@pytest.mark.parametrize("text", ["Hon är delägare i Norrby Bygg 2019.", "Det gäller en del av Norrby Storgatan 4."])
def test_a_firm_and_a_year_or_a_street_after_del_av_is_no_property(text):
    from redact.detect.property import PropertyRecognizer

    assert PropertyRecognizer().analyze(text, ["PROPERTY"], None) == []


@pytest.mark.parametrize("text, expected", [
    ("§ 12 Ägaren till Norrby Skatan 4, Eva Lind, får fälla en ek.", "Norrby Skatan 4"),
    ("Ägarna av Norrby Hägern 11 har yttrat sig.", "Norrby Hägern 11"),
    ("Grannen Per Ek äger Norrby Lärkan 2 sedan länge.", "Norrby Lärkan 2"),
])
def test_a_designation_after_its_owner(text, expected):
    from redact.detect.property import PropertyRecognizer

    found = [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], None)]
    assert found == [expected]


@pytest.mark.parametrize("text", ["Ägaren till Norrby Storgatan 4 har ringt.", "Han ägde Norrby Bygg 2019 och 2020."])
def test_a_street_or_a_year_after_an_owner_is_no_property(text):
    from redact.detect.property import PropertyRecognizer

    assert PropertyRecognizer().analyze(text, ["PROPERTY"], None) == []


@pytest.mark.parametrize("text, expected", [
    ("Tillbyggnaden på fastigheten kvarnby lärkan 12 kräver bygglov. Kvarnby kommun har fått ritningarna.",
     "kvarnby lärkan 12"),
    ("Hela KVARNBY SKATAN 3 är såld och nu arrenderar hon del av kvarnby hägern 7.", "kvarnby hägern 7"),
])
def test_a_designation_in_lower_case_after_a_property_word(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Tillbyggnaden på fastigheten blir ungefär tolv meter lång och 4 meter hög.",
    "Fastigheten ligger vid kvarnby skolan 3 km bort.",  # the area is no register area the page names
    "Marklov för fastigheten gäller enligt ritning 4. Ritning kommun 5.",
])
def test_lower_case_words_and_a_number_after_a_property_word_are_no_property(text):
    assert not [f for f in found(text) if f[:1].islower()]


@pytest.mark.parametrize("text, expected", [
    ("Hon hade pengarna på kontot efter försäljningen av sitt hus,\nNorrvik Svalan 9. Beloppet över taket ersätts inte.",
     "Norrvik Svalan 9"),
    ("Han har ärvt sin fars fritidshus (Ekby Lärkan 3) och hyr ut det.", "Ekby Lärkan 3"),
])
def test_a_designation_set_off_after_the_owners_house_is_a_property(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Han sålde sitt hus, Storgatan 4, i maj.",  # a street with its number: an address, no designation
    "Hon visade sitt hus, Ekby Marknad 2026, för besökarna.",  # a name and a year
])
def test_a_street_or_a_year_after_the_owners_house_is_no_designation(text):
    assert found(text) == []


# a register read one cell a line, as a PDF's table is; the town opens only one designation in it
_SHELTERS = """Skyddsrum med brister
Nr
Fastighet
Ägare
1
Motala Lärkan 4
Per Holm
2
Vadstena Domnarvet 12
Lena Ek
Anmärkningar
"""


def test_another_number_of_a_tract_in_the_property_column_is_a_property():
    text = _SHELTERS + "Nr 1: Per lånar ut nyckeln till grannen Eva Lund (Motala Lärkan 6), som vattnar.\n"
    assert "Motala Lärkan 6" in found(text)


def test_the_same_tract_with_a_year_stays():
    text = _SHELTERS + "Nr 1: Per ställde ut på mässan Motala Lärkan 2026 i maj.\n"
    assert not any("2026" in hit for hit in found(text))


# Its sale or purchase named right before it: what a private person sells with a town's and a block's name and a
# number is a property; a car's make and model, a street with its number and a firm with a year are not.
@pytest.mark.parametrize("text, expected", [
    ("Nr 4: försäljningen av Tallvik Kvarnhjulet 12 drar ut på tiden; bilen är pantsatt.", "Tallvik Kvarnhjulet 12"),
    ("Hon sålde Tallvik Mjölnaren 3 till sin dotter i våras.", "Tallvik Mjölnaren 3"),
    ("Köpet av Tallvik Stenkulan 21 är klart.", "Tallvik Stenkulan 21"),
])
def test_a_designation_after_its_sale_or_purchase(text, expected):
    from redact.detect.property import PropertyRecognizer

    found = [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], None)]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Försäljningen av Volvo XC 60 gick fort.",  # a car's make and model
    "Han har sålt Tallvik Storgatan 4 till sonen.",  # a street's number
    "Försäljningen av Tallvik Bygg 2026 ökade.",  # a firm and a year
])
def test_a_car_a_street_or_a_firm_after_a_sale_is_no_property(text):
    from redact.detect.property import PropertyRecognizer

    assert PropertyRecognizer().analyze(text, ["PROPERTY"], None) == []


def test_a_case_number_by_its_series_letters_is_no_property_near_a_property_word():
    # "kv." of an address abroad on the line before is a property's word, but a series' letters, a year and a serial
    # are the board's case number
    text = "Familjen bodde på ul. Lipowa 4, kv. 7, Lublin.\nNMB 2026:418: Modern bor kvar."
    assert found(text) == []
    assert found("Ärende MFoF 2026:77 gäller kvarteret.") == []


def test_a_roles_noun_before_its_codes_series_is_no_town_and_block():
    # "Kund VBF 31 2207": the customer's code after the role's noun, beside a labelled property of the same text
    text = "Fastighet Vänersborg Linden 7. Kund VBF 31 2207. Elev GYM 12 och en grannes Vänersborg Eken 4."
    assert "Kund VBF 31" not in found(text) and "Elev GYM 12" not in found(text)
    assert "Vänersborg Linden 7" in found(text)
