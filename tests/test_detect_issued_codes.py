"""Codes of what is issued to one person: a certificate, a licence, a proof of competence or a card, after its
label in running text ("jägarexamensbevis JE 2019-0447", "certifikat CERT-1187", "Licens SBF 44-118") and in a
column headed by such a thing even when the code has the shape of a case number ("JK 2026-1187" under
"Jaktkort"). Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page)}


RUNNING = """Anteckningar från jaktvårdsträffen
Olle Sten visade sitt jägarexamensbevis JE 2019-0447 vid kontrollen.
Lena Borg har certifikat CERT-1187 och yrkesbevis YB-22918 sedan i fjol.
Licens SBF 44-118 utfärdades för Sven Ek i mars.
Enligt intyg SSK 2021-118 är Pirjo Laine legitimerad.
"""


@pytest.mark.parametrize("value", ["JE 2019-0447", "CERT-1187", "SBF 44-118", "SSK 2021-118", "YB-22918"])
def test_code_after_an_issued_things_label_is_masked(blank_detector, value):
    assert value in found(blank_detector, RUNNING)


TABLE = """Jägare med giltiga kort
| Jägare | Jaktkort | Telefon
| Sven Ek | JK 2026-1187 | 070-118 42 77
| Pirjo Laine | JK 2026-2204 | 073 610 22 45
"""


@pytest.mark.parametrize("value", ["JK 2026-1187", "JK 2026-2204"])
def test_case_shaped_code_under_a_card_header_is_masked(blank_detector, value):
    assert value in found(blank_detector, TABLE)


def test_the_authoritys_case_numbers_stay(blank_detector):
    text = ("| Dnr | Namn | Telefon\n| MB 2026-118 | Sven Ek | 070-118 42 77\n"
            "Beslutet har diarienummer BN 2026-0493 och gäller beviset.\n")
    hits = found(blank_detector, text)
    assert "MB 2026-118" not in hits and "BN 2026-0493" not in hits


PERSONAL_CODES = """Fritidskortet
Kortet är personligt. Du kan ladda ned kortet i appen med
koden KT-4R8X-1176.
Aktiveringskod: 9XK2-77QP gäller i 30 dagar.
Kursen har kurskod SV2026B och anmälan görs med koden KS-2026.
Ange rabattkoden VÅR2026 i kassan.
"""


@pytest.mark.parametrize("value", ["KT-4R8X-1176", "9XK2-77QP"])
def test_a_personal_code_of_letters_and_digits_after_the_word_code_is_masked(blank_detector, value):
    assert value in found(blank_detector, PERSONAL_CODES)


@pytest.mark.parametrize("value", ["SV2026B", "KS-2026", "VÅR2026"])
def test_a_courses_a_cases_or_a_discounts_code_stays_readable(blank_detector, value):
    assert value not in found(blank_detector, PERSONAL_CODES)


# a licence's number with its register's letter between the digits ("3307-K-11204"), and an engine's serial after
# the bare word "motor": each ties one thing to its holder
THINGS = """Ragnar Ek arrenderade jakten och har vapenlicens 3307-K-11204 sedan i fjol.
I sjöboden ligger Gunnars eka med motor 4T772190 och en utombordare 22K90417.
Båtklubbens båt har motor B230F och motorn D4-300 byttes i våras.
"""


@pytest.mark.parametrize("value", ["3307-K-11204", "4T772190", "22K90417"])
def test_a_licence_with_a_letter_inside_or_an_engines_serial_is_masked(blank_detector, value):
    assert value in found(blank_detector, THINGS)


@pytest.mark.parametrize("value", ["B230F", "D4-300"])
def test_an_engines_type_stays_readable(blank_detector, value):
    assert value not in found(blank_detector, THINGS)
