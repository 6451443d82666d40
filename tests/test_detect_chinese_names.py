"""Chinese names as Taiwan and Hong Kong write them: a family name and a hyphenated two-syllable given name with a
small second syllable, in either order ("Lin Chia-hui", "Mei-ling Chen"), in a sentence and in a table cell under a
header naming the person a service is for ("Assistansanvändare"). Words of the same letters that are no name stay.
Fictional documents; the detect stage on text, rules only."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

TEXT = """Anteckningar från uppföljningen
Huang Shu-fen studerar i Lund sedan hösten och Wong Siu-ming arbetar på lagret.
Hon har kontakt med Mei-ling Chen på biblioteket; Fan Wen-hsiung skickade intyget.
Skolan har wifi (Wi-fi) i alla salar och e-post till alla elever.
"""


def _persons(detector, text: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


@pytest.mark.parametrize("name", ["Huang Shu-fen", "Wong Siu-ming", "Mei-ling Chen", "Fan Wen-hsiung"])
def test_a_chinese_name_with_a_hyphenated_given_name_is_a_person(blank_detector, name):
    assert name in _persons(blank_detector, TEXT)


def test_a_hyphenated_word_is_no_name(blank_detector):
    assert not {p for p in _persons(blank_detector, TEXT) if "Wi-fi" in p or "post" in p}


CELLS = """Timmar per brukare, mars 2027
| Assistansanvändare | Personnummer | Timmar | Attest
| Kao Hsiao-wen | 990412-1234 | 112 | MiF
| Tesfalem Gebrekidan | 870211-2345 | 64 | MiF
"""


@pytest.mark.parametrize("name", ["Kao Hsiao-wen", "Tesfalem Gebrekidan"])
def test_a_person_column_named_by_a_service_users_compound(blank_detector, name):
    found = {" ".join(f.text.split()): f.category for f in detect_text(CELLS, blank_detector).findings}
    assert found.get(name) == "PERSON", found


@pytest.mark.parametrize("header", ["Assistansanvändare", "Bidragstagare", "Insatsbrukare"])
def test_a_compound_naming_whom_a_service_is_for_heads_a_name_column(header):
    from redact.detect.table_header_words import FULL
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == FULL
