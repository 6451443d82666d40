"""Homes in Eastern Europe written as their countries write them: the block, entrance, floor and flat of a
Bulgarian housing estate ("zh.k. Lyulin 5, bl. 312, vh. A, et. 4, ap. 11, 1324 Sofia"), the Russian house and flat
by "d." and "kv." with the town first or last, the street's kind after its name ("Ligovsky prospekt 40"), a
Macedonian boulevard named in lower case, a Ukrainian town by its word before the postal code ("м. Тернопіль,
46001"), Bucharest's sector, and a village by its commune and county (Romania) or parish and municipality (Latvia).
Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.document_detection import detect_document, detect_text
from tests.address_checks import readable_letters
from redact.types import Page

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, ruled_grid, save, write_lines  # noqa: E402


@pytest.mark.parametrize("text, address", [
    ("Hennes syster bor på zh.k. Lyulin 5, bl. 312, vh. A, et. 4, ap. 11, 1324 Sofia.",
     "zh.k. Lyulin 5, bl. 312, vh. A, et. 4, ap. 11, 1324 Sofia"),
    ("Sonen har flyttat till Ligovsky prospekt 40, kv. 17, 191040 Sankt-Peterburg och studerar där.",
     "Ligovsky prospekt 40, kv. 17, 191040 Sankt-Peterburg"),
    ("| Namn | Adress |\n| Igor Sokolov | g. Perm, ul. Lenina, d. 50, kv. 12, 614000 |",
     "g. Perm, ul. Lenina, d. 50, kv. 12, 614000"),
    ("Modern bor på Novosibirsk, Krasny prospekt, d. 18, kv. 204 och ringer ibland.",
     "Novosibirsk, Krasny prospekt, d. 18, kv. 204"),
    ("| Namn | Adress |\n| Elena Petrova | ul. Pushkina, d. 7, kv. 3, Tver, 170100 |",
     "ul. Pushkina, d. 7, kv. 3, Tver, 170100"),
    ("Brodern bor på ul. Makedonska brigada 18/5, 1000 Skopje.", "ul. Makedonska brigada 18/5, 1000 Skopje"),
    # the town with its word before it and the postal code last, as Ukrainian papers end the address
    ("Oleh kom från вул. Франка, 17, кв. 5, м. Тернопіль, 46001; han bor nu i Umeå.",
     "вул. Франка, 17, кв. 5, м. Тернопіль, 46001"),
    ("Iryna bodde på vul. Sadova, 8, kv. 3, m. Poltava, 36000 fram till 2022.", "vul. Sadova, 8, kv. 3, m. Poltava, 36000"),
    ("Hon bodde förut på ул. Садовая, д. 15, кв. 42, г. Самара, 443001.", "ул. Садовая, д. 15, кв. 42, г. Самара, 443001"),
    # the town last with no postal code, its word before it or not, in Cyrillic letters
    ("Hon bodde förut på ул. Гагарина, д. 31, кв. 8, г. Казань och flyttade 2021.",
     "ул. Гагарина, д. 31, кв. 8, г. Казань"),
    ("Brodern skriver från ул. Мира 14-22, Омск, där han arbetar.", "ул. Мира 14-22, Омск"),
    ("Fadern bor på Bd. Iuliu Maniu 7, sector 6, 061072 București.",
     "Bd. Iuliu Maniu 7, sector 6, 061072 București"),
    ("Farföräldrarna bor i Sat Poiana, Com. Ciurea, Jud. Iași.", "Sat Poiana, Com. Ciurea, Jud. Iași"),
    # a Romanian or Moldovan street named after a person's epithet, its article in small letters inside the name
    ("Bunica a locuit înainte la\nstr. Mircea cel Bătrân 12, ap. 7, MD-2004 Chișinău,\nacum stă la noi.",
     "str. Mircea cel Bătrân 12, ap. 7, MD-2004 Chișinău"),
    ("Adress: Liepkalni, Vecumnieku pag., Vecumnieku nov., LV-3933\nTelefon: saknas",
     "Liepkalni, Vecumnieku pag., Vecumnieku nov., LV-3933"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_cyrillic_home_before_a_sentences_small_words_ends_at_its_town(blank_detector):
    # a Kazakh letter puts the address's noun and the verb after the town: the home ends at the town
    text = "Анам бұрын ул. Сарыарқа 8, кв. 21, Павлодар мекенжайында тұрған,\nал қазір Umeå."
    assert readable_letters(blank_detector, text, "ул. Сарыарқа 8, кв. 21, Павлодар") == ""
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert not any("мекенжай" in a or "тұрған" in a for a in found)


def test_a_flat_broken_over_a_line_end(blank_detector):
    text = "Mostern bor numera på zh.k. Druzhba 2, bl. 14, vh. V,\net. 2, ap. 5, 1592 Sofia och kan nås där."
    assert readable_letters(blank_detector, text, "zh.k. Druzhba 2, bl. 14, vh. V,\net. 2, ap. 5, 1592 Sofia") == ""


def test_swedish_numbers_with_a_comma_stay_readable(blank_detector):
    text = ("Enligt 4 kap. 12 §, punkt 3, 1200 kronor per månad.\nProtokoll nr 14, sammanträde 3, 2026 Mars.\n"
            "Hus 4, Plan 2, Rum 14, Region Norrby.\nSida 3, bilaga 2, vecka 12, Norrby 2026.\n"
            # a Swedish block's name after "kv." and a town: a property, no home abroad
            "Fastigheten i kv. Eken 12, Uppsala säljs.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    assert not [f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"]


def test_the_country_before_the_address_stays_readable(blank_detector):
    text = "Mykola Bondar har bott kvar i Ukraina,\nvul. Sadova 12, kv. 4, Chernihiv, 14000, och väntar på besked.\n"
    det = detect_text(text, blank_detector)
    found = [f.text for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]
    assert not [a for a in found if "Ukraina" in a]
    assert readable_letters(blank_detector, text, "vul. Sadova 12, kv. 4, Chernihiv, 14000") == ""


@pytest.mark.parametrize("text, address, before", [
    ("Hans kusin bor i Odessa,\nvul. Derybasivska 12, kv. 5, Odesa, 65026, Ukraina, och skriver ofta.",
     "vul. Derybasivska 12, kv. 5, Odesa, 65026, Ukraina", "bor i Odessa"),
    ("Farmodern bor i Sankt Petersburg,\nul. Nevskogo 14, kv. 3, Sankt-Peterburg, 191186, Ryssland.",
     "ul. Nevskogo 14, kv. 3, Sankt-Peterburg, 191186, Ryssland", "bor i Sankt Petersburg"),
])
def test_the_town_named_before_an_address_that_names_it_again_stays_readable(blank_detector, text, address, before):
    assert readable_letters(blank_detector, text, address) == ""
    assert readable_letters(blank_detector, text, before) == before.replace(" ", "")


@pytest.mark.parametrize("text, address", [
    # a town with Czech, Polish or Lithuanian letters after its postcode, in the cell after the street's
    ("Gatuadress\nPostnummer och ort\n4\nMasarykova 318/22\n750 02 Přerov\n5\nLipová 9\n", "750 02 Přerov"),
    ("Gatuadress\nPostnummer och ort\n4\nNerudova 14/3\n370 04 České Velenice\n5\nLipová 9\n", "370 04 České Velenice"),
    ("Hennes mor bor på ul. Kwiatowa 8, 90-001 Łódź och ringer varje söndag.", "ul. Kwiatowa 8, 90-001 Łódź"),
])
def test_a_town_with_central_european_letters_is_part_of_the_home(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    ("Hennes bror bor på ж.к. Люлин 5, бл. 312, вх. А, ет. 4, ап. 11, 1324 София sedan i fjol.",
     "ж.к. Люлин 5, бл. 312, вх. А, ет. 4, ап. 11, 1324 София"),
    ("Modern har adressen ул. Пирин 14, ет. 3, ап. 9, 4000 Пловдив enligt intyget.",
     "ул. Пирин 14, ет. 3, ап. 9, 4000 Пловдив"),
    ("Sonen bor i г. Пермь, ул. Ленина, д. 50, кв. 12, 614000 och studerar.",
     "г. Пермь, ул. Ленина, д. 50, кв. 12, 614000"),
    ("Fadern skriver från вул. Садова 12, кв. 4, 14000 Чернігів varje månad.",
     "вул. Садова 12, кв. 4, 14000 Чернігів"),
])
def test_the_whole_home_written_in_cyrillic_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    ("Mostern bor på ул. „Осогово“ № 7, ет. 2, ап. 4, 1000 София.", "ул. „Осогово“ № 7, ет. 2, ап. 4, 1000 София"),
    ("Kusinen bor på ул. \"Витоша Планина\" 18, 1000 София sedan i fjol.", "ул. \"Витоша Планина\" 18, 1000 София"),
])
def test_a_street_named_in_quotation_marks_or_numbered_by_its_sign_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, address", [
    # the postal code and town in the next cell of a table split in two, read as the next line
    ("Gatuadress | Postort\nбул. Витоша 14, ет. 3, ап. 9\n1463 София\n", "бул. Витоша 14, ет. 3, ап. 9\n1463 София"),
    # a micro-district numbered after its name
    ("Hennes förra adress var Shymkent, mkr. Nurly-3, d. 17, kv. 40.", "Shymkent, mkr. Nurly-3, d. 17, kv. 40"),
])
def test_a_postal_line_in_the_next_cell_and_a_numbered_micro_district(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""



def test_a_country_of_two_names_joined_by_and_ends_a_postal_cell_whole(tmp_path, blank_detector):
    # the country's first name alone is a country too: the postal column's address must not stop at it
    rows = [["Ärende", "Gatuadress", "Postadress"],
            ["MB-2026/118", "Rönnvägen 3, entréplan", "791 52 Falun"],
            ["MB-2026/121", "Ulica Kralja Tvrtka 9, stan 4", "71000 Sarajevo, Bosnien och Hercegovina"],
            ["MB-2026/127", "Postbox 412", "790 70 Furudal"]]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Adresser"], y=60)
    ruled_grid(page, (50, 150, 330), 100, rows)
    det = detect_document(save(doc, tmp_path / "postal_cells.pdf"), blank_detector)
    homes = [" ".join(f.text.split()) for f in det.findings if f.category == "ADDRESS"]
    assert "Ulica Kralja Tvrtka 9, stan 4 71000 Sarajevo, Bosnien och Hercegovina" in homes
