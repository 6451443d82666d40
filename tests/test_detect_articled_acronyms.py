"""A short name in capitals with a definite article joined by a hyphen ("CNP-ul", "ЕГН-то") is a register's or a
document's name, no person; a hyphened name or a word of small letters stays with the other rules. Fictional
people."""

from __future__ import annotations

import pytest

from redact.detect.articled_acronyms import articled_acronym
from redact.types import Finding


def _person(word: str) -> Finding:
    return Finding(id="p1-0", page=1, start=0, end=len(word), text=word, category="PERSON", score=0.85,
                   detector="names", reason="ner: ner:PER")


@pytest.mark.parametrize("word", ["CNP-ul", "BI-ul", "IBAN-ului", "ЕГН-то", "ЕМБГ-от"])
def test_a_short_name_with_its_article_is_no_person(word):
    assert articled_acronym(_person(word))


@pytest.mark.parametrize("word", ["Anna-Ul", "Jean-Paul", "Ioana", "Ul", "AB"])
def test_names_and_plain_capitals_stay(word):
    assert not articled_acronym(_person(word))


def test_the_engine_leaves_the_label_readable_and_masks_the_code(blank_detector):
    from redact.document_detection import detect_text

    text = "Bună ziua,\nCNP-ul meu 2850412400019, telefon 070-118 22 41.\n"
    found = {f.text: f.category for f in detect_text(text, blank_detector).findings}
    assert "CNP-ul" not in found and not any("CNP-ul" in t for t in found), found
