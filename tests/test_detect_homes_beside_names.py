"""Homes given to a named neighbour or relative ("grannen Sture Vallgren på Ekarp 14", the name wrapped over a
line end), a street whose first word ends the line before ("Övre" / "Kvarnbacksvägen 12"), and the farm after
the name a "c/o" names in a home cell ("c/o Lind, Backgården"). Fictional text; the blank pipeline."""

from __future__ import annotations

from redact.types import Page


def addresses(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "ADDRESS"}


def test_a_village_and_number_after_a_named_neighbour_wrapped_over_a_line(blank_detector):
    text = "Klaganden anger att hans granne Sture-Olof\nVallgrim på Ekarpa 117 eldar sopor varje vecka."
    assert "Ekarpa 117" in addresses(blank_detector, text)


def test_a_count_after_a_named_relative_is_no_home(blank_detector):
    text = "Hon bodde hos sin bror Anders Kvist på Ekarpa 3 år innan flytten."
    assert "Ekarpa 3" not in addresses(blank_detector, text)


def test_a_streets_first_word_on_the_line_before(blank_detector):
    text = "Under vintern bor hon hos sin syster på Övre\nKvarnbacksvägen 12. Bidraget betalas ändå."
    assert "Övre Kvarnbacksvägen 12" in addresses(blank_detector, text)


def test_a_farm_after_the_name_after_c_o_in_a_home_cell(blank_detector):
    text = "Namn\nBostad\nTove Rask\nc/o Vrenlund, Backgärdet\n073-661 20 47\n"
    assert "c/o Vrenlund, Backgärdet" in addresses(blank_detector, text)


def test_a_village_and_number_after_a_relatives_birth_date_or_age(blank_detector):
    text = ("Katten var hos dottern Lisa Fernholm, född 4.11.1988, på Brattby 12; Lisa nås på mejl.\n"
            "Hunden bodde hos brodern Per Sandell, född 12 maj 1975, på Ölmsta 3 under våren.\n"
            "Hon besökte sonen Erik Lund, 34 år, på Norrvik 8 i helgen.\n")
    found = addresses(blank_detector, text)
    assert {"Brattby 12", "Ölmsta 3", "Norrvik 8"} <= found, found


def test_a_farm_and_its_village_set_off_after_a_named_neighbour(blank_detector):
    text = ("Nr 2: Gösta bor ensam; grannen Margit Holmberg, Lövnäs, Kvarnsjö,\ntar emot varorna.\n"
            "Sonen Tobias Sandin, Backlund, Östansjö. Han hämtar ut medicinen.\n")
    found = addresses(blank_detector, text)
    assert {"Lövnäs, Kvarnsjö", "Backlund, Östansjö"} <= found, found


def test_a_town_a_country_or_more_names_after_a_named_relative_stay(blank_detector):
    text = ("Post till 827 32 Storhamn.\nDottern Elsa Brink, Storhamn, Kvarnsjö, ringer varje vecka.\n"
            "Hans bror Nils Brink, Bergen, Norge, har skrivit.\nMamma Siv Brink, Lisa, Karin och Per kom.\n")
    assert addresses(blank_detector, text) == set()
