"""Homes in the shapes a street rule alone does not know: a student corridor's letter and room after the street
("Forskarbacken 4, korridor B, rum 3"), a room with no comma before it, both ends of a move named by their streets
("flyttat från Lingonstigen till Ängsvägen"), a Sámi camp or a shieling where someone lives ("Stuorajávrre viste",
"sommarvistet vid Gárddejávrre", "Kallbergets fäbod"), a farm named with a place's first word or its own ending and
its village's number ("Stora Mon, Mobyn 3", "Nygård, Åkerby 4"), a
care home named by a Sámi place ("Ájluokta äldreboende, rum 9") and Australia's street words, units and states
("3/17 Marine Parade, St Kilda VIC 3182"). A camp visited, a chapter of a book and a number that counts stay
readable. Fictional people and places."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar om boendet
Hon studerar och bor under terminen på Forskarbacken 4, korridor B, rum 3, 981 42 Kiruna sedan i höstas.
Ny adress: Studentgatan 4 rum 17, 903 50 Norrvåg
Han hyr på Kårhusvägen 8, uppgång C, lgh 1102 och pendlar.
Vi har flyttat från Lingonstigen till Ängsvägen och har nytt nummer.
Han bor vintertid i Norge och på sommaren på Stuorajávrre viste med renarna.
Hon bor om somrarna på Kallbergets fäbod och resten av året i byn.
Vi besökte Bodsjö säter i juli med klassen.
Hans syster bor på sommarvistet vid Gárddejávrre med familjen.
Vi besökte vistet vid Vájsáluokta i juli.
Margareta bor på Ájluokta äldreboende, rum 9, sedan i våras.
Sonen bor i Australien, 3/17 Marine Parade, St Kilda VIC 3182.
Dottern, 22 The Esplanade, Cairns QLD 4870, ringer varje vecka.
Se Norra Europa, kapitel 3.
| Stig Lindmark | 1951 | Stora Mon, Mobyn 3 | egen bil
| Eva Lindmark | 1953 | Norra Lid, Åkerby 12 | buss
| Nils Lindmark | 1980 | Nygård, Åkerby 4 | tåg
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "Forskarbacken 4, korridor B, rum 3, 981 42 Kiruna",
    "Studentgatan 4 rum 17, 903 50 Norrvåg",
    "Kårhusvägen 8, uppgång C, lgh 1102",
    "Lingonstigen",
    "Stuorajávrre viste",
    "Kallbergets fäbod",
    "Ájluokta äldreboende, rum 9",
    "3/17 Marine Parade, St Kilda VIC 3182",
    "22 The Esplanade, Cairns QLD 4870",
    "Stora Mon, Mobyn 3",
    "Norra Lid, Åkerby 12",
    "Nygård, Åkerby 4",
    "sommarvistet vid Gárddejávrre",
])
def test_a_home_is_masked_whole(addresses, address):
    assert address in addresses, addresses


def test_both_ends_of_a_move_are_homes(addresses):
    assert "Lingonstigen" in addresses and "Ängsvägen" in addresses, addresses


@pytest.mark.parametrize("word", ["Bodsjö", "Vájsáluokta", "Europa", "kapitel"])
def test_a_camp_visited_and_a_chapter_stay(addresses, word):
    assert not any(word in found for found in addresses), addresses


def test_a_former_building_with_its_village_and_number_in_running_text(blank_detector):
    # an artist's studio in what the village once had ("Gamla mejeriet"), then the village and its number
    from redact.document_detection import detect_text

    text = "Han har sin ateljé på Gamla mejeriet, Västerbyn 7, och bor i Åby. Mötet hölls på Gamla skolan, kapitel 2."
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert "Gamla mejeriet, Västerbyn 7" in found, found
    assert not any("skolan" in f for f in found), found


def test_a_farm_named_apart_from_its_word_with_its_village_above_a_postal_line(blank_detector):
    # a table's cells read one a line: the farm and its village, then the postal code and the town on the next
    page = Page(number=1, text="Mottagare\nPnr\nNy adress\nPostadress\nGöran Lilja\n5601123318\nEkby gård, Åkerby\n"
                               "712 91 Ösby\nSara Ek\n680301-2231\nBox 12\n712 22 Ösby\n"
                               "Vi besökte Åkerby i somras och Ekby gård ligger vackert.\n",
                words=(), width=595, height=842)
    found = [f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert any(f.startswith("Ekby gård, Åkerby") for f in found), found
    # the village alone in running text, and the farm seen, not lived on, stay readable
    assert not any("somras" in f or f.startswith("Åkerby") or "vackert" in f for f in found), found


def test_a_farm_whose_word_is_a_compound_with_its_village_above_a_postal_line(blank_detector):
    # "bygård", "prästgård": the farm's word is a compound, the place's name before it
    page = Page(number=1, text="Adresser\nNr\nAdress\nPostadress\n1\nLövsta prästgård, Lövsta\n742 93 Östervåla\n"
                               "2\nBox 12\n712 22 Ösby\nKyrkan vid Lövsta prästgård är öppen i sommar.\n",
                words=(), width=595, height=842)
    found = [f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert any(f.startswith("Lövsta prästgård, Lövsta") for f in found), found
    # the same farm named in running text, with no postal line, stays readable
    assert not any("Kyrkan" in f or "sommar" in f for f in found), found


@pytest.mark.parametrize("text", [
    "Adress\nPostadress\n1\nGamla posten\n384 91 Vassmolösa\n",  # a table's cells read one a line
    "Lejla Hodžić\nNya stationen\n271 95 Ystad\n",  # a window envelope's lines
])
def test_a_former_building_alone_over_its_postal_line_is_a_home(blank_detector, text):
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = [f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert any(f.startswith(("Gamla posten", "Nya stationen")) for f in found), found


def test_a_former_building_in_running_text_with_a_postal_code_later_stays(blank_detector):
    from redact.document_detection import detect_text

    text = "Utställningen visas på Gamla skolan i Ystad, 271 95 Ystad, hela sommaren.\n"
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert not any("skolan" in f for f in found), found


def test_an_address_read_over_both_ends_of_a_move_is_its_two_homes():
    from redact.detect.address_moves import split_moves
    from redact.types import Finding

    text = "Jag har flyttat från Lärkgatan 3, 123 45 Ekby till Åsby Bygata 9, 123 47 Åsby.\n"
    a = text.index("Lärkgatan")
    b = text.index(".\n")
    f = Finding(id="a", page=1, start=a, end=b, text=text[a:b], category="ADDRESS", score=0.5, detector="learned_spans")
    assert [g.text for g in split_moves([f], text)] == ["Lärkgatan 3, 123 45 Ekby", "Åsby Bygata 9, 123 47 Åsby"]
    # one home with "till" inside no postal code before it stays whole
    one = "Hon bor på Vägen till Ekby 4, 123 45 Ekby.\n"
    a = one.index("Vägen")
    g = Finding(id="b", page=1, start=a, end=one.index(".\n"), text=one[a:one.index(".\n")], category="ADDRESS",
                score=0.5, detector="address")
    assert split_moves([g], one) == [g]
