"""Shapes of personal data no earlier rule was written for, caught by the general rule behind each: a code
column named by what a person is handed ("Nyckelbricka", "Låskod"), a signing column named by any
participle and "av", a code after "bricka" or in a sentence about a key, a check letter after a dash, a
plate after the word "skylt" however it looks, a sole trader's spaced VAT number, rarer street words and a
town on the line after its postal code. Fictional documents; the detect stage on text files, rules only."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.detect.table_header_words import ID, SIGN
from redact.detect.table_headers import header_kind
from redact.pipeline import detect_document

KEYS = """Nyckelkvittenser, hemtjänstgrupp Ekåsen
Brukare
Nyckelbricka
Låskod
Kvitterad av
Greta Lindholm
NB 0417
4471-B
PeJ
Aune Korhonen
NB 0422
9/2208
a-k.s
Dragan Petrović
NB 0430
X7 553
MM
Personal: Petra Jansson, Anna-Karin Sjöberg och Mira Magnusson.
Dottern har en extra nyckel, bricka NB 0436.
Nyckelgömman hos Greta Lindholm vid Lilla Torget 2 har kod 2580.
Kursen i engelska har kod 4410 i katalogen.
Låntagarnummer i det gamla systemet: 00-4471-N.
Hon har eget kort, nr 2 0187 0044 9951, som inte är spärrat.
"""

OTHER = """Anteckningar
Hon har en bil med skylten MK 2026 och en personlig skylt MORFAR 1.
Skylten ANSLAGSTAVLA sitter vid entrén sedan 2026.
Firman har momsnr SE 760412 5570 01 och tidigare SE760412557001.
Han bor på Granringen 21 lgh 1203 och hon på Solhöjden 12, lgh 1102, 796 32
Skärvik och får post dit.
Överklagandet skickas till nämnden, Box 200, 684 28
Rönnåker.
"""


def _found(tmp_path: Path, detector, text: str) -> dict[str, str]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    det = detect_document(path, detector)
    return {" ".join(f.text.split()): f.category for f in det.findings if f.status != "rejected"}


@pytest.mark.parametrize("header, kind", [
    ("Nyckelbricka", ID), ("Låskod", ID), ("Portkod", ID), ("Tagg", ID), ("Bricka", ID),
    ("Spärrad av", SIGN), ("Kvitterad av", SIGN), ("Utlämnad av", SIGN), ("Mottagen av", SIGN),
])
def test_headers_named_by_what_a_person_holds_or_by_who_did_it(header, kind):
    assert header_kind(header) == kind


@pytest.mark.parametrize("header", ["Kod", "Kostnadskod", "Del av", "Andel av", "Nyckel"])
def test_headers_of_other_codes_and_shares_name_no_column_of_persons(header):
    assert header_kind(header) not in (ID, SIGN)


def _covered(tmp_path: Path, detector, text: str, value: str) -> bool:
    """True when every character of ``value`` lies in a finding (a cell's code may merge with a neighbour's)."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    det = detect_document(path, detector)
    start = text.index(value)
    spans = [(f.start, f.end) for f in det.findings if f.status != "rejected" and f.start is not None]
    return all(any(a <= i < b for a, b in spans) for i in range(start, start + len(value)))


@pytest.mark.parametrize("value", ["NB 0417", "NB 0422", "NB 0430", "4471-B", "9/2208", "X7 553"])
def test_codes_in_a_badge_or_lock_column_are_covered(tmp_path, blank_detector, value):
    assert _covered(tmp_path, blank_detector, KEYS, value)


@pytest.mark.parametrize("value", ["NB 0436", "2580", "00-4471-N", "2 0187 0044 9951"])
def test_codes_after_badge_key_and_card_words_are_identifiers(tmp_path, blank_detector, value):
    assert _found(tmp_path, blank_detector, KEYS).get(value) == "ID_NUMBER"


def test_a_course_code_is_no_door_code(tmp_path, blank_detector):
    assert "4410" not in _found(tmp_path, blank_detector, KEYS)


@pytest.mark.parametrize("value", ["MK 2026", "MORFAR 1"])
def test_a_plate_after_the_word_skylt_is_one_whatever_its_shape(tmp_path, blank_detector, value):
    assert _found(tmp_path, blank_detector, OTHER).get(value) == "LICENSE_PLATE"


def test_a_sign_without_digits_is_no_plate(tmp_path, blank_detector):
    assert "ANSLAGSTAVLA" not in _found(tmp_path, blank_detector, OTHER)


@pytest.mark.parametrize("value", ["SE 760412 5570 01", "SE760412557001"])
def test_a_sole_traders_vat_number_is_found_whole(tmp_path, blank_detector, value):
    assert value in _found(tmp_path, blank_detector, OTHER)


def test_rarer_street_words_and_a_town_on_the_next_line(tmp_path, blank_detector):
    found = _found(tmp_path, blank_detector, OTHER)
    assert found.get("Granringen 21 lgh 1203") == "ADDRESS"
    assert found.get("Solhöjden 12, lgh 1102, 796 32 Skärvik") == "ADDRESS"


def test_a_box_address_does_not_take_the_next_lines_town(tmp_path, blank_detector):
    assert "Box 200, 684 28 Rönnåker" not in _found(tmp_path, blank_detector, OTHER)


ABROAD_AND_SHARED = """Hundregister
Hundägare
Chipnummer
Ras
Svensson, Anna-Lena
752 098 100 123 456
Labrador
Papadopoulos, Dimitrios
752 0981 0045 5190
Beagle
Tobias Strand bor på Østerbrogade 112, 3. tv, 2100 København Ø.
Han har flyttat till Ekdungen 3 B från Odos Ermou 22, 105 63 Athína.
Bryggan berör även del av Kallholmen s:1 (samfälligheten) och Tallåsen ga:3.
"""


@pytest.mark.parametrize("value", ["752 098 100 123 456", "752 0981 0045 5190"])
def test_a_pets_chip_number_in_its_column_is_covered(tmp_path, blank_detector, value):
    assert _covered(tmp_path, blank_detector, ABROAD_AND_SHARED, value)


@pytest.mark.parametrize("value, category", [
    ("Østerbrogade 112, 3. tv, 2100 København Ø", "ADDRESS"), ("Ekdungen 3 B", "ADDRESS"),
    ("Odos Ermou 22, 105 63 Athína", "ADDRESS"), ("Kallholmen s:1", "PROPERTY"), ("Tallåsen ga:3", "PROPERTY"),
])
def test_addresses_in_any_latin_letters_and_joint_properties(tmp_path, blank_detector, value, category):
    assert _found(tmp_path, blank_detector, ABROAD_AND_SHARED).get(value) == category


NEIGHBOURS = """Grannar
Fastighet
Ägare
Adress
Lönnen 12
Bengt Åkesson
Kallholmsvägen 31
BJÖRKEN 4
Aino Mäkinen
Kallholmsvägen 33
Bryggan berör även del av Kallholmen s:1 (samfälligheten).
Stubbarna får inte fräsas närmare gränsen mot Vårsjö Hälleberg 7:1 (kommunens park).
Kommunens egen lokal Skärvik Centrum 1:1 hyrs ut utan bidrag; Vårsjö Åsvallen 1:1 som kommunen äger likaså.
"""


@pytest.mark.parametrize("value", ["Lönnen 12", "BJÖRKEN 4", "Kallholmen s:1"])
def test_a_property_column_cell_or_a_joint_unit_is_a_property(tmp_path, blank_detector, value):
    assert _found(tmp_path, blank_detector, NEIGHBOURS).get(value) == "PROPERTY"


@pytest.mark.parametrize("value", ["Vårsjö Hälleberg 7:1", "Skärvik Centrum 1:1", "Vårsjö Åsvallen 1:1"])
def test_the_municipalitys_own_land_named_so_stays(tmp_path, blank_detector, value):
    assert value not in _found(tmp_path, blank_detector, NEIGHBOURS)


ABROAD = """Anhöriga utomlands
Hon bor på Kongens gate 3, 0153 Oslo.
Modern bor på Gedimino pr. 9-14, LT-01103 Vilnius.
Kusinen bor på Narva mnt 7-12, 10117 Tallinn.
Mostern bor på ul. Piotrkowska 104 m. 5, 90-926 Łódź.
Hon bor på Calle Mayor 10, 3º B, 28013 Madrid.
Fadern Park Sung-ho och modern Kim Ji-yeon deltog; sonen Jin-Woo Park går i årskurs 4.
Han bor på Storgata 12 B. Han kom i går.
Sara har busskortsnummer AB-1021 22 och p-tillstånd PT 4471.
Bussnummer 412 går till skolan.
"""


@pytest.mark.parametrize("value", [
    "Kongens gate 3, 0153 Oslo", "Gedimino pr. 9-14, LT-01103 Vilnius", "Narva mnt 7-12, 10117 Tallinn",
    "ul. Piotrkowska 104 m. 5, 90-926 Łódź", "Calle Mayor 10, 3º B, 28013 Madrid",
])
def test_street_words_written_apart_and_flats_abroad(tmp_path, blank_detector, value):
    assert _found(tmp_path, blank_detector, ABROAD).get(value) == "ADDRESS"


@pytest.mark.parametrize("value", ["Park Sung-ho", "Kim Ji-yeon", "Jin-Woo Park"])
def test_korean_names_in_either_order(tmp_path, blank_detector, value):
    assert _covered(tmp_path, blank_detector, ABROAD, value)


@pytest.mark.parametrize("value", ["AB-1021 22", "PT 4471"])
def test_a_card_or_a_permit_one_person_holds_names_an_identifier(tmp_path, blank_detector, value):
    assert _found(tmp_path, blank_detector, ABROAD).get(value) == "ID_NUMBER"


def test_a_bus_line_number_is_no_identifier(tmp_path, blank_detector):
    assert "412" not in _found(tmp_path, blank_detector, ABROAD)


@pytest.mark.parametrize("text, value", [
    # the country's code set off from the animal's twelve digits, as a register or a vet writes it
    ("Katten Sotis, transponder 752 098100447219, ägs av Lisa Grön.", "752 098100447219"),
    ("| Hund | Chip |\n| Tessan | 752 098 100447220 |", "752 098 100447220"),
])
def test_a_chip_number_with_its_country_code_set_off_is_masked(blank_detector, text, value):
    from redact.document_detection import detect_text

    found = {f.text: f.category for f in detect_text(text, blank_detector).findings}
    assert found.get(value) == "ID_NUMBER", found


def test_a_sum_in_the_chips_groups_stays(blank_detector):
    from redact.document_detection import detect_text

    found = [f.text for f in detect_text("Summan 752 098100447 kr betalades i mars.", blank_detector).findings
             if f.category == "ID_NUMBER"]
    assert not found, found
