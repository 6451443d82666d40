"""A birth certificate's series and number of the former Soviet states ("ІІ-МЮ № 512907"), and a registry's number
after its Portuguese or Spanish word ("certidão 1184 0155 2016 1 00087 214 0041187-22", "matrícula 5512047-3"), the
label outside the mark; a short number after the word (a plate's, a year) stays. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Sonens födelsebevis ІІ-МЮ № 512907 lämnades in.", "ІІ-МЮ № 512907"),
    ("Nummer\nIII-BO № 004417\n", "III-BO № 004417"),
    ("Flickans födelse är registrerad (certidão 1184 0155 2016 1 00087 214 0041187-22).",
     "1184 0155 2016 1 00087 214 0041187-22"),
    ("Skolintyget anger matrícula 5512047-3 för eleven.", "5512047-3"),
    ("Acta de nacimiento nº 2209 4417 5521 finns i akten.", "2209 4417 5521"),
])
def test_a_registrys_number_is_found_without_its_label(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Bilens matrícula 4471 KLM är spansk.",
    "Certidão 2019 gäller året då hon föddes.",
])
def test_a_short_number_after_the_word_stays(text):
    assert not any(v in ("4471", "2019") for v in found(text))
