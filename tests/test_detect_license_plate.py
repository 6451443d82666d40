"""License plate detector: a weak shape raised by vehicle words."""

import pytest

from redact.detect.license_plate import LicensePlateRecognizer

REC = LicensePlateRecognizer()
CONFIDENT = 0.5


def scored(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in REC.analyze(text, ["LICENSE_PLATE"], nlp_artifacts=None)]


HITS = [
    ("Bilen med regnr ABC 123 stod felparkerad.", "ABC 123"),
    ("Reg.nr: XYZ12A", "XYZ12A"),
    ("Fordonet (DEF 456) besiktades.", "DEF 456"),
    ("Kontrollavgift för GHJ 78B.", "GHJ 78B"),
    ("Registreringsnummer KLM 901", "KLM 901"),
    ("MNP 234 är hennes personbil.", "MNP 234"),  # vehicle word after the plate
]

NEAR_MISSES_NO_RESULT = [
    "Avgiften är SEK 500 eller EUR 450.",
    "Enligt ISO 900 och SFS 123.",
    "Bilen ABI 123 finns inte: I används inte.",
    "Regnr ABC 12O: O används inte sist.",
    "Regnr ÅÄÖ 123.",
    "Regnr ABC 1234 har för många siffror.",
    "Regnr ABCD 123.",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_with_context_is_confident(text, expected):
    found = scored(text)
    assert [t for t, _ in found] == [expected]
    assert found[0][1] >= CONFIDENT


@pytest.mark.parametrize("text", NEAR_MISSES_NO_RESULT)
def test_near_miss_is_not_a_plate(text):
    assert scored(text) == []


def test_shape_without_context_is_low():
    found = scored("Kod ABC 123 i tabellen.")
    assert [t for t, _ in found] == ["ABC 123"]
    assert found[0][1] < CONFIDENT


# A table of parking fees read one cell a line: the "Reg." header is far above the later rows, and a
# Danish plate ("AB 12 345") stands among the Swedish ones; the fee numbers beside them are the authority's.
FEES = "\n".join([
    "Avgift", "Reg.", "Förnamn", "Efternamn", "Beslut",
    "PA 70211", "GRT 418", "Lovisa", "Hedin", "Avslag",
    "PA 70219", "MKN 07C", "Jonatan", "Ekwall", "Bifall",
    "PA 70230", "BX 48 113", "Sofie", "Holm", "Bifall",
    "PA 70236", "WUL 552", "Elias", "Dahl", "Avslag",
    "",
    "Sofie Holm angav fel reg. (BX 48 131) i appen.",
])


def test_plates_in_a_vehicle_column_are_found_however_far_below_the_header():
    hits = [t for t, s in scored(FEES) if s >= CONFIDENT]
    for plate in ("GRT 418", "MKN 07C", "BX 48 113", "WUL 552", "BX 48 131"):
        assert plate in hits, plate
    # the fee numbers beside them are no plates, nor a Danish shape without a vehicle word
    assert not any(t.startswith("PA") for t in hits)
    assert not [t for t, s in scored("Kontot hos banken är AB 12 345 enligt avtalet.") if s >= CONFIDENT]


@pytest.mark.parametrize("text,expected", [
    ("Grannen har vagnen KRT 418 stående på gården.", "KRT 418"),
    ("Hon läste skylten NBE 27C från fönstret.", "NBE 27C"),
])
def test_a_plate_after_the_car_called_vagnen_or_the_plate_called_skylten(text, expected):
    found = scored(text)
    assert [t for t, _ in found] == [expected] and found[0][1] >= CONFIDENT


# A vehicle register read one cell a line: a Polish and a German plate stand among the Swedish ones;
# the municipality's fee numbers share one prefix and stay.
FOREIGN = "\n".join([
    "Avgift", "Reg.nr", "Ägare", "Status",
    "BV 4410", "DLU 22K", "Anders Krantz", "Hämtad",
    "BV 4417", "GDA 7713F", "Agnieszka Wróbel", "Förvaras",
    "BV 4425", "HH 3208", "Jörn Albers", "Skrotad",
])


def test_foreign_plates_in_a_vehicle_column():
    hits = [t for t, s in scored(FOREIGN) if s >= CONFIDENT]
    assert "GDA 7713F" in hits and "HH 3208" in hits
    assert not any(t.startswith("BV") for t in hits)


MERGED_HEADER = """Parkeringstillstånd vid badplatsen
Innehavare Födelsedatum Bil
Telefon
Elsa Lundmark
1981-02-17
FTR 409
070-118 42 07
Mirza Hodžić
1975-09-30
KLS 28W
073-660 19 52
"""


def test_plates_under_a_header_row_merged_into_one_line():
    hits = [t for t, s in scored(MERGED_HEADER) if s >= CONFIDENT]
    assert "FTR 409" in hits and "KLS 28W" in hits, hits
    # a sentence that names a car is no header
    # the vehicle's cell among the others of the merged row
    middle = MERGED_HEADER.replace("Innehavare Födelsedatum Bil\nTelefon", "Innehavare Bil Telefon\nFödelsedatum")
    assert "FTR 409" in [t for t, s in scored(middle) if s >= CONFIDENT]
    text = "Parkering med bil\nUppgifter om ansökan och beslut i nämnden\nBeslutet gäller till och med april\nHPN 301\n"
    assert not [t for t, s in scored(text) if s >= CONFIDENT]


# A plate after its registration word broken at a line end after its letters: the whole plate.
@pytest.mark.parametrize("text,plate", [
    ("Sökanden har registreringsnummer TRV\n52C enligt Transportstyrelsen.", "TRV\n52C"),
    ("Bilens registreringsnummer är GPS\n417 och den står kvar.", "GPS\n417"),
])
def test_a_plate_broken_after_its_letters_after_a_registration_word(text, plate):
    assert plate in [t for t, _ in scored(text)]


@pytest.mark.parametrize("text, expected", [
    ("Ärende om personlig skylt. Sökanden har skylten FARFAR på sin veteranbil.", "FARFAR"),
    ("Beslut, personlig skylt\nSkylttexten LOTTA 7 beviljas för fordonet.", "LOTTA 7"),
    ("Personliga registreringsskyltar\nHan behåller skylten RAKKE ÅS till husbilen.", "RAKKE ÅS"),
])
def test_a_personalised_plates_text_after_skylt_on_a_page_about_them(text, expected):
    assert (expected, 0.8) in scored(text)


@pytest.mark.parametrize("text", [
    # a sign, not a plate: the page says nothing of personalised plates
    "Butiken satte upp skylten REA vid entrén.",
    "Vid infarten står skylten STOPP sedan i våras.",
])
def test_a_word_after_skylten_elsewhere_stays(text):
    assert scored(text) == []
