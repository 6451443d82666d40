"""A plate of any European country after any word that says it is one: a vehicle noun, "registrering",
"registreringsnummer", "reg.nr" or a country's adjective with "nummer" or "skyltar", whatever stands between
("är", "var", a colon, nothing). Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page)}


PLATES = [
    ("Hans tyska registrering är B-KX 4471, och bilen står på gården.", "B-KX 4471"),
    ("Sambon kör en bil med litauisk registrering HKA 447 till jobbet.", "HKA 447"),
    ("Skåpbilens registreringsnummer var PO 5K221 när den bärgades.", "PO 5K221"),
    ("Hon hade tidigare ett bulgariskt nummer, CA 7741 BX; nu har bilen svenska skyltar.", "CA 7741 BX"),
    ("Husbilen har nederländska skyltar: 12-XKB-7.", "12-XKB-7"),
    ("Registreringsnummer: WGM 4512K (polsk personbil).", "WGM 4512K"),
    ("Den rumänska bilen med registreringen CJ 08 RTM stod på gatan.", "CJ 08 RTM"),
    ("Mopeden har registrering FL 7731 och ägs av grannen.", "FL 7731"),
    # the plate right after its vehicle, with nothing between, or after words that wrap the line
    ("Grannen ställde sin husvagn NL-33-KX utanför garaget.", "NL-33-KX"),
    ("Hon lånade ut släpkärran DPR 19C till föreningen.", "DPR 19C"),
    ("Han kör en snöskoter klass\nII, KZT 407 på sjön.", "KZT 407"),
]


@pytest.mark.parametrize("text,value", PLATES)
def test_a_foreign_plate_after_a_word_naming_it_is_masked(blank_detector, text, value):
    assert value in found(blank_detector, text)


KEEP = [
    "Bilen, en BMW X5 av 2019 års modell, stod kvar.",
    "Registreringen är klar sedan 2026-05-01 och avgiften betald.",
    "Han har ett ukrainskt nummer, +380 67 123 4567, och ett svenskt.",
    "Bilen registrerades i ärendet KS 2026/0412.",
    "Registreringen av lotteriet har nummer L 2026:04.",
]


@pytest.mark.parametrize("text", KEEP)
def test_a_date_a_case_or_a_register_entry_after_such_words_is_no_plate(blank_detector, text):
    hits = found(blank_detector, text)
    assert not {h for h in hits if "2026" in h or h.startswith(("KS", "L "))}


COLUMN = """Boende med parkeringstillstånd
Namn
Reg.nr
Telefon
Siri Holmqvist
M-AB 1234
070-318 22 41
Dilan Aksoy
AB-123-CD
073-402 19 86
"""


@pytest.mark.parametrize("value", ["M-AB 1234", "AB-123-CD"])
def test_a_dashed_plate_of_another_country_in_a_vehicle_column_is_masked(blank_detector, value):
    assert value in found(blank_detector, COLUMN)


def test_a_registers_serials_beside_the_vehicle_column_stay(blank_detector):
    text = ("Tillstånd\nInnehavare\nFordon\nBP-C-0411\nSiri Holmqvist\nM-AB 1234\n"
            "BP-C-0412\nDilan Aksoy\nAB-123-CD\n")
    hits = found(blank_detector, text)
    assert "M-AB 1234" in hits and not {h for h in hits if h.startswith("BP-C")}


# Another country's plate in a sentence about parking or driving, with no word of registration before it.
SENTENCES = [
    ("Grannen parkerade KR 7731X på gräsmattan hela helgen.", "KR 7731X"),
    ("Hon körde HH-LK 208 till återvinningen.", "HH-LK 208"),
    ("Husbilen med CB 4471 AK felparkerades vid stranden.", "CB 4471 AK"),
    ("Den felparkerade bilen hade skylten 4471 KTV.", "4471 KTV"),
]


@pytest.mark.parametrize("text,value", SENTENCES)
def test_a_european_plate_in_a_sentence_about_vehicles_is_masked(blank_detector, text, value):
    assert value in found(blank_detector, text)


def test_a_sum_or_a_standard_beside_a_parking_word_is_no_plate(blank_detector):
    hits = found(blank_detector, "Felparkeringen kostar SEK 1500 och skylten följer ISO 7591.\n")
    assert not {h for h in hits if "1500" in h or "7591" in h}


# A long header cell overflowing into the vehicle column's header glues the two ("Medlemskort nrFordon"):
# the plates under it are still the vehicle column's, Swedish or foreign.
def test_plates_under_a_vehicle_header_glued_to_the_header_before(blank_detector):
    text = ("Deltagare\nTelefon\nFiskekortets nrFordon\nGöran Ekstig\n070-118 42 90\nFK 4410 2291\nDHT 52R\n"
            "Tove Rask\n073-661 20 47\nFK 4410 3307\nKB 8812M\n")
    got = found(blank_detector, text)
    assert {"DHT 52R", "KB 8812M"} <= got


def test_a_vehicle_word_glued_inside_running_text_makes_no_column(blank_detector):
    text = "Han skrev om Ekstigs ombyggnadFordon i tidningen.\nKoden KB 8812M står i katalogen.\n"
    assert "KB 8812M" not in found(blank_detector, text)
