"""A name in capitals in an authority's header after "från", "avseende", "angående" or a label ("ÄRENDE:"): a name
no list holds is taken when it is spelled like a name from abroad and no word of it is a Swedish word; headers made
of ordinary words, places and organisations stay. Fictional documents; the detect stage on text, rules only."""

from __future__ import annotations

import pytest

from redact.detect.name_shapes import foreign_shape, swedish_shape
from redact.pipeline import detect_text


def _persons(detector, text: str) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "PERSON"}


@pytest.mark.parametrize("header, name", [
    ("ANSÖKAN FRÅN THONGCHAI SAENGTHONG", "THONGCHAI SAENGTHONG"),
    ("UTREDNING AVSEENDE: KHAMPHOUI VONGSAKDA", "KHAMPHOUI VONGSAKDA"),
    ("YTTRANDE ANGÅENDE DAVAADORJ BAYARSAIKHAN, FÖDD 1991", "DAVAADORJ BAYARSAIKHAN"),
    ("BESLUT BETRÄFFANDE NASRIN QADERZAI OM FÄRDTJÄNST", "NASRIN QADERZAI"),
    ("ÄRENDE: MIHAELA POPESCU", "MIHAELA POPESCU"),
])
def test_a_name_in_a_capitals_header_is_a_person(blank_detector, header, name):
    text = f"{header}\nÄrendet gäller stöd i hemmet enligt socialtjänstlagen."
    assert name in _persons(blank_detector, text)


@pytest.mark.parametrize("header", [
    "BESLUT ANGÅENDE EKONOMISKT BISTÅND",
    "ANSÖKAN FRÅN BYGGNADSNÄMNDEN",
    "AVSEENDE: DETALJPLAN NORRA HAMNEN",
    "GÄLLANDE SWISH BETALNING",
    "AVSEENDE: WORKSHOP KULTURSKOLA",
    "ANGÅENDE QUIZ KVÄLL",
    "AVSEENDE: SAUDIARABIEN QATAR",
    "YTTRANDE FRÅN STOCKHOLM MARATHON",
    "ANGÅENDE MOPED KLASS",
])
def test_ordinary_words_in_a_capitals_header_stay(blank_detector, header):
    text = f"{header}\nÄrendet inkom i mars och har diarieförts."
    assert not {p for p in _persons(blank_detector, text) if p.isupper()}


def test_a_capitals_run_in_mixed_case_text_is_left_to_the_other_rules(blank_detector):
    # the rule reads capitals headers only: a word in capitals inside a mixed-case line may be an acronym
    text = "Ansökan från KHAMPHOUI VONGSAKDA kom in i maj.\nÄrendet gäller stöd i hemmet."
    assert all("Ansökan" not in p for p in _persons(blank_detector, text))


def test_a_word_written_in_lower_case_elsewhere_is_no_name(blank_detector):
    text = "ANGÅENDE ZUMBA QIGONG\nKursen i zumba och qigong hålls i idrottshallen."
    assert "ZUMBA QIGONG" not in _persons(blank_detector, text)


@pytest.mark.parametrize("word", ["Saengthong", "Qaderzai", "Popescu", "Khamphoui", "Bayarsaikhan", "Eroğlu"])
def test_name_shapes_from_abroad(word):
    assert foreign_shape(word) and not swedish_shape(word)


@pytest.mark.parametrize("word", ["Bostadsanpassning", "Personlig", "Stockholm", "Fastigheten", "Bygglov", "Kväll",
                                  "Januari"])
def test_swedish_words_have_no_foreign_name_shape(word):
    assert not foreign_shape(word)
