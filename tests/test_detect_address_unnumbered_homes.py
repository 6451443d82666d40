"""Homes without a number where the sentence says someone lives or stays: a place with its quarter's word ("bor på
Västra Nybodarna", "en egen stuga på Norra udden"), a dwelling's own name after a verb of moving ("flyttar till
Sjöboden på Ramsö"), an owner's cabin by a water ("Perićs stuga vid Lillån"); the island or village after them
stays readable, and a square, a station or a point of land where no one lives stays too. Fictional people and
places; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, home", [
    ("Fadern har nyckel och bor på Östra Myrbodarna sedan i höstas.", "Östra Myrbodarna"),
    ("Sommartid bor hon i sjöboden på Södra udden, Tallö; båten ligger där.", "Södra udden"),
    ("Hon har en egen stuga på Norra viken och kommer dit i juni.", "Norra viken"),
    ("Sonen flyttar i maj till Fiskarstugan på Tallö; post skickas dit.", "Fiskarstugan"),
    ("Han bor på Kvarnholmen 4 och sommartid på Kovačs stuga vid Lillsjön.", "Kovačs stuga vid Lillsjön"),
    ("Paret bodde tidigare på Lilla Sandviken, enligt folkbokföringen.", "Lilla Sandviken"),
    # a building the village once had, now a home that kept its name
    ("Jag bor sedan mars på Gamla skolan i Bränntorp, där finns inget gatunummer.", "Gamla skolan"),
    ("Familjen har bott på Gamla prästgården i Åby sedan 2019.", "Gamla prästgården"),
    # a line end between the verb and "på", a time between them
    ("Jag vill inte att mitt nummer sprids. Jag bor\npå Kyrkbyn i Tjärnby och vill ha post dit.", "Kyrkbyn"),
    ("Sonen bor sedan i höstas på Norrbyn hos sin flickvän.", "Norrbyn"),
])
def test_a_home_without_a_number_is_masked(blank_detector, text, home):
    assert readable_letters(blank_detector, text, home) == ""


def test_the_island_after_the_home_stays_readable(blank_detector):
    text = "Sommartid bor hon i sjöboden på Södra udden, Tallö; båten ligger där."
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert found and not any("Tallö" in t for t in found)


@pytest.mark.parametrize("text", [
    "Mötet hölls på Västra torget i början av mars.",
    "Han arbetar på Norra station sedan i fjol.",
    "Båten låg förtöjd vid Västra udden under natten.",
])
def test_a_place_where_no_one_is_said_to_live_stays(blank_detector, text):
    assert not [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]


def test_a_header_cell_ending_in_pa_reads_no_home_from_the_next_cell(blank_detector):
    text = "Utövare\nPersonnr\nFolkbokförd på\nInsp.\nSiri Khamsaeng\n850763-4280\nSälgsjö 27\nLiF\n"
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert not [a for a in found if "Insp" in a]


@pytest.mark.parametrize("text, home", [
    # a host named in full, then the place: the host's home, whoever stays there
    ("Fölet står hos Sune Ekdahl på Lövbacka utanför Hultsjö till hösten.", "Lövbacka"),
    ("Pojken bor under lovet hos Greta Wiklund på Solhaga.", "Solhaga"),
    # where a vehicle or an animal has long been kept: a homestead's name by its ending
    ("Traktorn köptes 1961 av hans farfar och har sedan stått på Kvarnängen.", "Kvarnängen"),
    ("Ponnyn är uppstallad på Granbacken under vintern.", "Granbacken"),
    # a farm named by whose it is ("hans mors gård"), with its village and number
    ("Firman drevs först från hans mors gård Lindängen, Hultsjö 17. Sedan flyttade den.", "Lindängen, Hultsjö 17"),
])
def test_a_home_named_by_its_host_its_keeping_or_its_owner_is_masked(blank_detector, text, home):
    assert readable_letters(blank_detector, text, home) == ""


@pytest.mark.parametrize("text, kept", [
    ("Hästen behandlades hos Hultsjö Djurklinik på Kvarnbacken i mars.", "Kvarnbacken"),
    # a care home keeps its residents' things; the text names the place as the home it is
    ("Förvaring av värdesaker, Solkullagårdens vård- och omsorgsboende\nHultsjö kommun. Värdesaker förvaras i "
     "kassaskåpet på\nSolkullagården mot kvittens.", "Solkullagården"),
    ("Ekhagens förskola har cyklarna. Cyklarna står på Ekhagen under sommaren.", "Ekhagen"),
    ("Skolan hyr kommunens gård Ekhagen för lägerskolan.", "Ekhagen"),
])
def test_a_bodys_place_stays_readable(blank_detector, text, kept):
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert not any(kept in t for t in found), found


@pytest.mark.parametrize("text, home", [
    # a cabin of any kind, a croft or a farm's word, then "på" or "vid" and the homestead's name
    ("Fiskestugan på Tallbacken i Norrby hyrs ut till Sune Pettersson varje sommar.", "Tallbacken"),
    ("Undantagsstugan på Granåsen\nhyrs av Lina Järvi sedan i fjol.", "Granåsen"),
    ("Torpet vid Björkliden i Åsby ägs av Erik Holm.", "Björkliden"),
    # a height's, a summer pasture's or a grove's name, at the sentence's end
    ("Makarna Lund hyr ut sommarstugan på Granhöjden.", "Granhöjden"),
    ("Torpet på Östersätern ärvdes av Kajsa Blom.", "Östersätern"),
    # a holding with its owner's word: the owner's own land, the farm it lies by
    ("Pumphuset står på hennes skifte vid Ekgården i\nNorrby.", "Ekgården"),
    # a plain house with its village after the homestead's name
    ("Huset på Sjöängen i Västerby har sålts.", "Sjöängen"),
    # a farm's two-word name after a word of living, its village outside
    ("Paret bodde på Backgården Orren i Åsby under vintern.", "Backgården Orren"),
    # a summer farm's name, and any name with its postal line after it
    ("Hon har fäboden på Granåsen i Åsby sedan i fjol.", "Granåsen"),
    ("Olle har fäboden på Myrsjövallen, 840 12 Åsby; sonen sköter djuren.", "Myrsjövallen, 840 12 Åsby"),
    ("Sommarstugan på Kvarnbo, 761 94 Norrvik ägs av Stina Ek.", "Kvarnbo, 761 94 Norrvik"),
])
def test_a_homestead_named_by_its_dwelling_or_holding_is_masked(blank_detector, text, home):
    assert readable_letters(blank_detector, text, home) == ""


@pytest.mark.parametrize("text, home", [
    ("Boende | Adress\nX-3 | Fiskestugan vid Lommsjön, 840 12 Åsby | 2 nätter", "Fiskestugan vid Lommsjön, 840 12 Åsby"),
    ("Stina Ek\nSkogsstugan på Granudden, 761 94 Norrvik\n", "Skogsstugan på Granudden, 761 94 Norrvik"),
])
def test_a_dwellings_own_name_opening_its_postal_line_is_masked_with_it(blank_detector, text, home):
    assert readable_letters(blank_detector, text, home) == ""


def test_a_dwellings_word_opening_a_sentence_stays_readable(blank_detector):
    text = "Sommarstugan på Kvarnbo, 761 94 Norrvik ägs av Stina Ek."
    assert readable_letters(blank_detector, text, "Sommarstugan på") == "Sommarstuganpå"


def test_a_cottage_by_its_own_name_after_a_word_of_a_home_is_masked_with_its_village(blank_detector):
    text = "Han har också en bostad som fritidshus,\nTorpet Lugnåsen, Norrby.\nDen hyrs ut."
    assert readable_letters(blank_detector, text, "Torpet Lugnåsen, Norrby") == ""


def test_a_cottage_by_its_name_where_no_home_is_spoken_of_stays(blank_detector):
    text = "Festen hålls i år på Villa Solbacken. Middagen börjar klockan sju."
    assert readable_letters(blank_detector, text, "Villa Solbacken") == "VillaSolbacken"


def test_a_homestead_rule_skips_a_page_without_its_part_from_pa_or_vid_and_finds_the_same():
    from redact.detect.address_unnumbered_homes import RULES

    rule = next(r for r in RULES if r.name == "homestead_after_home_word")
    # the dwelling's and the holding's words alone, with no homestead's name after "på" or "vid": nothing to search
    assert rule.gate.search("Stugan hyrs ut. Torpet vid ån säljs, och hans skifte på 12 hektar är arrenderat.") is None
    texts = ["Fiskestugan på Tallbacken i Norrby hyrs ut.", "Undantagsstugan på Granåsen\nhyrs av Lina Järvi.",
             "Pumphuset står på hennes skifte vid Ekgården i\nNorrby.", "Perssons ägor vid\n  Norrhult säljs.",
             "Torpet vid Björkliden 4 ägs av Erik Holm.", "Fäboden på Bergsvallen, 830 24 Oviken, hyrs ut."]
    matches = [(text, m) for text in texts for m in rule.regex.finditer(text)]
    assert len(matches) >= 5 and any(m.group("posted") for _, m in matches)
    for text, m in matches:  # every match holds where a match of the gate begins
        gate = rule.gate.search(text, m.start())
        assert gate is not None and gate.start() < m.end()


@pytest.mark.parametrize("text, kept", [
    ("Fiskestugan på Tallbacken i Norrby hyrs ut till Sune Pettersson varje sommar.", "Norrby"),
    ("Paret bodde på Backgården Orren i Åsby under vintern.", "Åsby"),
    # a lake, a district, a village named without a dwelling's word: no one's home
    ("Stugan vid Vättern hyrs ut varje sommar.", "Vättern"),
    ("Mötet hölls i stadshuset på Kungsholmen i mars.", "Kungsholmen"),
    ("Huset på Kungsholmen är rivet sedan länge.", "Kungsholmen"),
    ("Han har en stuga i Storvallen och kommer dit i juli.", "Storvallen"),
    # an island or a village the house stands on or in
    ("Hon äger fritidshuset på Tallholmen ensam enligt lagfarten.", "Tallholmen"),
    ("Stugan på Norrbyn i Åsele hyrs ut.", "Norrbyn"),
    # a work shift and a health centre's or a guide's cabin are no home
    ("Vi arbetade kvällsskiftet på Lövängen i Åby.", "Lövängen"),
    ("Sjukstugan på Kyrkbacken i Åby har stängt.", "Kyrkbacken"),
    ("Fjällstugan på Storåsen är öppen för vandrare.", "Storåsen"),
    # a care home named so elsewhere in the text
    ("Lindängens äldreboende har tolv platser. Stugan på Lindängen används för besök.", "Lindängen"),
    # the town after its own postcode, and a plain house's district, with a postal line too
    ("Gården på Åsby, 741 90 Åsby hyrs ut.", "Åsby,"),
    ("Huset på Kungsholmen, 112 34 Stockholm är rivet.", "Kungsholmen"),
])
def test_a_place_no_dwelling_makes_a_home_stays_readable(blank_detector, text, kept):
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert not any(kept in t for t in found), found


@pytest.mark.parametrize("text, home", [
    # where a private boat lies in summer: the owner's boathouse or homestead, named alone
    ("Plats 4: Maj har sin post i Box 81, 762 21 Rimbo; båten ligger\npå sommaren vid Notboden.", "Notboden"),
    ("Ekan låg hela säsongen vid Granudden enligt ägaren.", "Granudden"),
    # where an exemption from the ban on off-road driving leads: the person's cabin or land, named alone
    ("Dispensen gäller körning med snöskoter till Rösjövallen under vintern.", "Rösjövallen"),
    ("Hon får köra fyrhjuling fram till Lillkojan två gånger i veckan.", "Lillkojan"),
])
def test_where_a_boat_lies_or_an_offroad_exemption_leads_is_masked(blank_detector, text, home):
    assert readable_letters(blank_detector, text, home) == ""


@pytest.mark.parametrize("text, kept", [
    # a town the text writes after a postcode, a country, a public harbour, a boathouse named as a café
    ("Länsstyrelsen, Box 22, 833 21 Strömsund\nDispensen gäller körning med snöskoter till Strömsund.", "Strömsund"),
    ("Dispensen gäller körning med skoter till Norge under mars.", "Norge"),
    ("Båten ligger vid Gästhamnen i Öregrund.", "Gästhamnen"),
    ("Båten ligger vid Sjöbodens kafé om helgerna.", "Sjöbodens"),
])
def test_a_town_a_country_or_a_public_place_stays(blank_detector, text, kept):
    at = text.rindex(kept)  # (the last: the destination, after the letterhead's town)
    det = detect_text(text, blank_detector)
    assert not [f for f in det.findings if f.category == "ADDRESS" and f.start <= at < f.end]


# A farm's own two-word name and its village after a comma, ending the clause, are one home, as a farm and its village
# are; a point of land keeps its island outside (above), and a country after the comma is no village
@pytest.mark.parametrize("text, home", [
    ("Mormor bor kvar på Stora Tjärn, Övermyra. Hon har hemtjänst.", "Stora Tjärn, Övermyra"),
    ("Sonen bodde på Lilla Åby, Norrlid och pendlade till stan.", "Lilla Åby, Norrlid"),
])
def test_a_farms_two_word_name_and_its_village_are_one_home(blank_detector, text, home):
    assert readable_letters(blank_detector, text, home) == ""


def test_a_country_after_a_farms_two_word_name_stays_readable(blank_detector):
    found = [f.text for f in detect_text("Hon bor på Norra Lid, Norge.", blank_detector).findings
             if f.category == "ADDRESS"]
    assert found and not any("Norge" in t for t in found), found


@pytest.mark.parametrize("cell", ["Vaktstugan vid Lönnsjö", "Drängstugan, Åsby prästgård", "Fyrstugan, Ekö hamn",
                                  "Båtsmanstorpet, Näs"])
def test_a_dwelling_by_a_place_or_an_estates_house_in_a_street_column(blank_detector, cell):
    text = (f"Ärende | Gatuadress | Postadress\nK 2201-27 | {cell} | 590 41 Lönnsjö\n"
            "K 2202-27 | Ekvägen 3 | 590 42 Lönnsjö\n")
    found = [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert cell in found, found


def test_a_meeting_by_a_place_in_a_street_column_is_no_home():
    from redact.detect.address_unnumbered_homes import dwelling_cell

    assert not dwelling_cell("Mötet vid Lönnsjö") and not dwelling_cell("Vaktstugan nära Lönnsjö")


def test_a_hall_by_its_town_is_no_cottage():
    from redact.detect.address_unnumbered_homes import dwelling_cell

    assert not dwelling_cell("Stadshuset, Lönnsjö") and not dwelling_cell("Kommunhuset, Ekö hamn")
