"""Codes of a person's certificate, tag, foreign plate or register serial, under labels and headers no rule
listed: a column "Behörighet" or "Kursintyg", "passertagg 0047 1193", "tysk registrering HB 55 713",
"med litauiska skyltar, LK 4HZ19", "reservnummer RV 2026-04417". Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page)}


RUNNING = """Anteckningar från samhällsbyggnadsförvaltningen
Nyckeln återlämnades av hennes sambo Göran Lind, passertagg 0047 1193, som spärrades samma dag.
Hans släpvagn, tysk registrering HB 55 713, får stå kvar till april.
Ärendet lades upp under reservnummer RV 2026-04417 i regionen.
Karin Öberg gick kursen 2024, kursintyg MSB-E 3310.
En lastbil med litauiska skyltar, LK 4HZ19, stod parkerad vid porten.
"""


@pytest.mark.parametrize("value", ["0047 1193", "HB 55 713", "RV 2026-04417", "MSB-E 3310", "LK 4HZ19"])
def test_code_after_an_unlisted_label_is_masked(blank_detector, value):
    assert value in found(blank_detector, RUNNING)


TABLE = """Kontrollansvariga under kvartalet
| Namn | Behörighet | Telefon
| Lina Sandberg | KA 5521-22 | 070-118 42 77
| Yusuf Demir | SC 3309-18 | 073 610 22 45
Ägare och intyg
| Ägare | Telefon | Kursintyg
| Östberg | 0504-221 90 | MSB-E 0412
| Kowalczyk | 070-552 18 04 | MSB-E 1187
"""


@pytest.mark.parametrize("value", ["KA 5521-22", "SC 3309-18", "MSB-E 0412", "MSB-E 1187"])
def test_certificate_column_is_masked(blank_detector, value):
    assert value in found(blank_detector, TABLE)


def test_case_numbers_and_phone_numbers_stay_what_they_are(blank_detector):
    text = ("Beslutet har diarienummer BN 2026-0493.\nRing växeln 0047 1193 vid frågor.\n"
            "Kursen 2024 hade 35 deltagare.\n")
    hits = found(blank_detector, text)
    assert "BN 2026-0493" not in hits and "2024" not in hits


COMPETENCY = """Beslut om lotsdispens
| Dispensnr | Befälhavare | Född | Behörighetsbevis
| LD-27-104 | Kadri Saar | 11.06.1980 | EST-CoC 07713
| LD-27-105 | Jānis Bērziņš | 4 maj 1975 | LV-CoC 2231 08
"""


@pytest.mark.parametrize("value", ["EST-CoC 07713", "LV-CoC 2231 08"])
def test_a_certificates_issuer_and_kind_in_abbreviations_belong_to_its_number(blank_detector, value):
    # "EST-CoC": the country and the certificate of competency as the issuer writes them, capitals in each part; a
    # label word of a cell ("UT-kort", "pass") holds a lower-case word
    assert value in found(blank_detector, COMPETENCY)


@pytest.mark.parametrize("text, value", [
    ("Han har S1-intyg nr S1-GR-2025-88174 från Grekland.", "S1-GR-2025-88174"),
    ("Hon visade ett E104-intyg nr FI 4471 2209 vid besöket.", "FI 4471 2209"),
    ("Han är utsänd med A1-intyg nummer 55 1204 7710 till juni.", "55 1204 7710"),
])
def test_a_number_after_an_eu_forms_certificate(blank_detector, text, value):
    # the form's code ("S1", "E104", "A1") leads the label word: the certificate is one person's
    assert value in found(blank_detector, text)
