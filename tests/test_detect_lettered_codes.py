"""A register's code of capitals and digits shaped as a telephone number ("VA 0470-1188") is an identifier with its
letters; a phone after its label, a firm's form or nothing stays a phone. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


@pytest.mark.parametrize("text, code", [
    ("Föreläggande gäller skyddsrum VA 0470-1188 i fastigheten.", "VA 0470-1188"),
    ("Ämne: Skyddsrum KR 0480-3317 efter besiktningen", "KR 0480-3317"),
    ("| 4 | Tove Rask | KR 0480-3342 | rm", "KR 0480-3342"),
    # the issuer's letters and its series' word after a hyphen: a college's access card
    ("| MSa-PS 27/118 | K.Ö. | MSa-KORT 0552 9130 41", "MSa-KORT 0552 9130 41"),
])
def test_a_lettered_code_with_phone_shaped_digits_is_an_identifier_with_its_letters(blank_detector, text, code):
    assert found(blank_detector, text).get(code) == "ID_NUMBER"


@pytest.mark.parametrize("text, phone", [
    ("Ring Målarna AB 08-612 33 44 för offert.", "08-612 33 44"),
    ("Kontakt: TEL 070-412 88 19 vardagar.", "070-412 88 19"),
    ("Kontoret nås på 0470-41 22 00.", "0470-41 22 00"),
    ("Ring Anna-Karin 0470-41 22 00 i morgon.", "0470-41 22 00"),
])
def test_a_phone_after_a_label_a_firms_form_or_nothing_stays_a_phone(blank_detector, text, phone):
    assert found(blank_detector, text).get(phone) == "PHONE"


# The body's own cases in the column under "Ärende", their digits shaped as a phone: no one's code; the holders'
# own numbers in the next column stay masked.
CASE_TABLE = "\n".join([
    "Ärende", "Sökande", "Kundnr",
    "BK 031-662740", "Tilde Morberg", "KN 5520-1184",
    "BK 031-662757", "Edvin Sarlund", "KN 5520-1191",
    "BK 031-662764", "Ronja Falkvik", "KN 5520-1207",
    "",
])


def test_a_cases_letters_before_phone_shaped_digits_are_the_bodys_case(blank_detector):
    got = found(blank_detector, CASE_TABLE)
    assert not any(code.startswith("BK") or code.startswith("031") for code in got)
    assert got.get("KN 5520-1184") == "ID_NUMBER"
