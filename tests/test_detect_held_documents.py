"""The numbers of documents of value a private person holds and a court may declare void when lost: a promissory
note's, a run of share certificates, a savings book's, a mortgage deed's day-book number with its part; the noun and
the label stay outside, the registry's current day-book entry stays. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


@pytest.mark.parametrize("text, value", [
    # a note's number in a case number's shape, a run of certificates
    ("Sökanden har förlorat skuldebrev nr 2021-0733 utställt av grannen.", "2021-0733"),
    ("Ämne: Ä 2204-26, Revers nr 2018-0295", "2018-0295"),
    ("| Ä 2211-26 | aktiebrev i Byabolaget AB | Aktiebrev nr 207–215", "207–215"),
    # a mortgage deed's day-book number with the deed's part, in a sentence and in a row read one cell a line
    ("Pantbrev Dagboksnr 1974/3306:2 i Norrby 3:14 dödas.", "1974/3306:2"),
    ("Ä 2218-26\npantbrev 60 000 kr\nDagboksnr 1981/7720:1\nÄ 2225-26", "1981/7720:1"),
])
def test_a_held_documents_number_is_an_identifier(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, kept", [
    # the registry's current entry of an application: no deed's part
    ("Ansökan om nytt pantbrev fick dagboksnr 26-0417 i går.", "26-0417"),
    # a deed's shape without a deed named before it
    ("Dagboksnr 1981/7720:1 finns i akten.", "1981/7720:1"),
    # a list's place and a sum after the noun
    ("Reversen nr 4 gäller 30 000 kr.", "4"),
    ("Skuldebrev nr 250 kr betalades.", "250"),
])
def test_a_registrys_entry_a_place_in_a_list_or_a_sum_stays(blank_detector, text, kept):
    assert found(blank_detector, text).get(kept) != "ID_NUMBER"


def test_the_documents_noun_and_label_stay_outside(blank_detector):
    ids = [t for t, c in found(blank_detector, "Revers nr 2018-0295 och Dagboksnr 1974/3306:2 för pantbrevet.").items()
           if c == "ID_NUMBER"]
    assert "2018-0295" in ids and not any("Revers" in t or "Dagboks" in t for t in ids), ids
