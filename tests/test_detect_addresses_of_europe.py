"""Whole addresses abroad in the forms of each European country: the street in its own language, the number in
its own form ("123-II", "45/3/12", "10/12 m. 5", "No: 45"), the flat or floor ("3º izq.", "st. th.", "bus 3",
"int. 4", "bl. A, ap. 12") and the postal code of the country's shape with its town ("1100-048 Lisboa",
"LT-44309 Kaunas", "1015 CJ Amsterdam", "105 63 Athina", "Dublin D02 X285"), and a French address written
number first. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Delgivningsadresser utomlands
| Namn | Adress
| Claire Dubois | 12 rue Victor Hugo, 69002 Lyon
| Lucía Gómez | Calle Mayor 8, 3º izq., 28013 Madrid
| João Santos | Rua Augusta 44, 1100-048 Lisboa
| Ewa Nowak | ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa
| Sanne de Vries | Keizersgracht 123-II, 1015 CJ Amsterdam
| Rūta Kazlauskienė | Laisvės al. 55-3, LT-44309 Kaunas
| Anna Huber | Mariahilfer Straße 45/3/12, 1060 Wien
| Siobhán Byrne | 12 Main Street, Dublin D02 X285
Hon bor nu på Via Garibaldi 12, int. 4, 10122 Torino.
Han flyttade till Odos Ermou 20, 105 63 Athina.
Bostad: Strada Lipscani 5, bl. A, ap. 12, 030031 București
Familjen bor på Vesterbrogade 4, st. th., 1620 København V.
Adressen är Atatürk Cad. No: 45, 34000 İstanbul.
Dottern bor på Rue Royale 55 bus 3, 1000 Bruxelles.
Modern är skriven på Avenida da Liberdade 120, 3.º Esq., 1250-146 Lisboa.
Sökanden bor på Avenida Grecia 2180, depto. 41, 7750000 Ñuñoa, Santiago.
Hon är folkbokförd i Norge, Kirkeveien 12 B, H0201, 9730 Karasjok, och har norskt personnummer.
Familjen bor på Street 14, House 22, Al-Karrada, Baghdad 10001.
Han bor hos sin bror på Str. Vasile Alecsandri nr. 22, bl. D4, ap. 12, 400112 Cluj-Napoca.
Hon bor på Rantakatu 9 as. 7, 90100 Oulu och ringer ofta.
Brodern bor på Mannerheimintie 40 as 12, 00100 Helsinki.
Modern bor på Rua das Laranjeiras 88, apto 31, 22240-003 Rio de Janeiro.
Sonen bor på Rua do Carmo 19, r/c Dto., 3000-098 Coimbra.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> set[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"}


@pytest.mark.parametrize("address", [
    "12 rue Victor Hugo, 69002 Lyon", "Calle Mayor 8, 3º izq., 28013 Madrid", "Rua Augusta 44, 1100-048 Lisboa",
    "ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa", "Keizersgracht 123-II, 1015 CJ Amsterdam",
    "Laisvės al. 55-3, LT-44309 Kaunas", "Mariahilfer Straße 45/3/12, 1060 Wien", "12 Main Street, Dublin D02 X285",
    "Via Garibaldi 12, int. 4, 10122 Torino", "Odos Ermou 20, 105 63 Athina",
    "Strada Lipscani 5, bl. A, ap. 12, 030031 București", "Vesterbrogade 4, st. th., 1620 København V",
    "Atatürk Cad. No: 45, 34000 İstanbul", "Rue Royale 55 bus 3, 1000 Bruxelles",
    "Avenida da Liberdade 120, 3.º Esq., 1250-146 Lisboa",
    "Avenida Grecia 2180, depto. 41, 7750000 Ñuñoa, Santiago", "Kirkeveien 12 B, H0201, 9730 Karasjok",
    "Street 14, House 22, Al-Karrada, Baghdad 10001",
    # a Romanian block by its letter and number, a Finnish flat ("as.": asunto)
    "Str. Vasile Alecsandri nr. 22, bl. D4, ap. 12, 400112 Cluj-Napoca", "Rantakatu 9 as. 7, 90100 Oulu",
    "Mannerheimintie 40 as 12, 00100 Helsinki", "Rua das Laranjeiras 88, apto 31, 22240-003 Rio de Janeiro",
    # a Portuguese ground floor and its side ("r/c Dto.": rés-do-chão, direito)
    "Rua do Carmo 19, r/c Dto., 3000-098 Coimbra",
])
def test_the_whole_address_is_found(addresses, address):
    assert address in addresses


def test_numbers_and_sums_with_a_comma_are_no_address(blank_detector):
    text = ("Faktura 2026-118, 1200 Kronor betalas senast fredag.\nEnligt paragraf 12, 4 kap. Socialtjänstlagen.\n"
            "Mötet 12, 2026 Mars hölls i salen.\nAnna Berg, Storgatan 4, Lövåsa, 2024 Beslut fattades.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = [f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert not [a for a in found if any(w in a for w in ("Kronor", "kap", "Mars", "Beslut"))]


def test_a_street_named_again_without_its_number_is_masked(blank_detector):
    """The street of a whole address abroad, and a Swedish street written "Södra Allén", recur without number."""
    from redact.document_detection import detect_text

    text = ("| Namn | Adress\n| Mart Tamm | Tartu mnt 14, 10117 Tallinn\n"
            "| Thi Lan Nguyen | Södra Allén 7, 732 32 Kvarnby\n"
            "Mart Tamm har flyttat från Tartu mnt. Thi Lan Nguyen har bytt adress till Södra Allén i maj.\n")
    det = detect_text(text, blank_detector)
    masked = [(f.start, f.end) for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]
    for street in ("Tartu mnt.", "Södra Allén i"):
        at = text.index(street)
        assert any(a <= at and at + len(street) - 2 <= b for a, b in masked), street


# Hungarian addresses: the street's kind in lower case after its name ("utca", "u.", "krt.", "tér"), the house
# number with its dot, the floor and door ("IV/11", "2. em. 5.", "fszt. 3."), the town before with or without its
# postal code, or the postal code (and town) after. Fictional people and places.
HUNGARIAN = """Anhöriga i Ungern
Hennes syster bor i Szeged, Tisza Lajos krt. 41. IV/11, 6720 och ringer på söndagar.
Brodern har flyttat till 9021 Győr, Baross Gábor út 12. 2. em. 5. sedan i våras.
Beslutet skickas till Kossuth tér 3. fszt. 2, 8200 Veszprém.
Fadern bor på Petőfi utca 7/B., Eger 3300.
"""


@pytest.mark.parametrize("address", [
    "Szeged, Tisza Lajos krt. 41. IV/11, 6720", "9021 Győr, Baross Gábor út 12. 2. em. 5.",
    "Kossuth tér 3. fszt. 2, 8200 Veszprém", "Petőfi utca 7/B., Eger 3300",
])
def test_a_hungarian_address_is_found_whole(blank_detector, address):
    page = Page(number=1, text=HUNGARIAN, words=(), width=595, height=842)
    found = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"}
    assert address in found


# the door's dot is the number's own, as Hungarian writes every ordinal: masked with it where the sentence goes on or
# the line or cell ends, a floor in Roman numerals before the door with no word ("II. 4."); a new sentence's capital
# after it on the line makes it a full stop too
@pytest.mark.parametrize("text, address", [
    ("Anyám korábban a 4025 Debrecen, Piac utca 21. 4. em. 9. címen lakott.",
     "4025 Debrecen, Piac utca 21. 4. em. 9."),
    ("Gatuadress | Postadress\nRózsa u. 8. II. 4.\n7621 Pécs\n", "Rózsa u. 8. II. 4."),
    ("Adress: Fő tér 6. III. em. 2. Hon flyttar i maj.", "Fő tér 6. III. em. 2"),
])
def test_a_hungarian_doors_dot_is_masked_with_it(blank_detector, text, address):
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"}
    assert address in found, found


def test_a_hungarian_street_word_in_a_swedish_sentence_is_no_address(blank_detector):
    text = "Mötet hölls i Sal 3. Punkt 4 utgick, 2026 Beslut fattades.\nOrdförande Anna Berg, tel 0660-123 45.\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    assert not [f for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("text, town", [
    ("Lindenstraße 4\n88212 Ravensburg am See", "Ravensburg am See"),
    ("Hon bor numera på Kirchweg 9, 47051 Duisburg an der Ruhr.", "Duisburg an der Ruhr"),
])
def test_a_german_town_named_by_its_river_or_region_is_masked_whole(blank_detector, text, town):
    from tests.address_checks import readable_letters

    assert readable_letters(blank_detector, text, town) == ""


def test_a_town_after_a_postcode_with_a_small_word_in_a_sentence_keeps_the_sentence(blank_detector):
    from redact.document_detection import detect_text

    text = "Kontoret ligger i 40213 Düsseldorf am Rhein och har öppet."
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert not any("och" in t for t in found)


# A letter's window, the street on one line and the postal code, town and country on the next with no comma between:
# a German street named after a person, its words hyphenated to "Straße" or "Allee", and a Dutch number with its floor
# hung on by a hyphen ("301-II").
@pytest.mark.parametrize("street, post", [
    ("Rosa-Luxemburg-Straße 14", "10178 Berlin, Deutschland"),
    ("Konrad-Adenauer-Allee 52", "86150 Augsburg, Deutschland"),
    ("Keizersgracht 301-II", "1016 ED Amsterdam, Nederland"),
    ("Oudegracht 88-hs", "3511 AV Utrecht, Nederland"),
    # a Portuguese ground floor, basement or mezzanine, its side after it, ending the street's line
    ("Travessa das Oliveiras 14, r/c Esq.", "4450-208 Matosinhos, Portugal"),
    ("Rua da Boavista 61, rés-do-chão Dto.", "3800-112 Aveiro, Portugal"),
    ("Rua do Moinho 7, cave", "8700-311 Olhão, Portugal"),
])
def test_a_window_address_abroad_over_two_lines_is_found_whole(blank_detector, street, post):
    text = (f"Beslut om bidrag\nNorrbyns kommun\nBox 40, 871 21 Norrby\n\nMarlene Vogt\n{street}\n{post}\n\n"
            "Du har ansökt om bidrag till resor. Kommunen har prövat din ansökan och beviljar den.\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = {f.text for f in blank_detector.detect(page) if f.category == "ADDRESS"}
    assert f"{street}\n{post}" in found
