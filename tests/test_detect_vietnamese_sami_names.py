"""Vietnamese names written with their diacritics ("Hoàng Văn Minh", "Nguyễn Thị Hương") and Sami names
("Risten Labba", the genitive "Ristens") are masked whole. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Protokoll från inköpsgruppen
Stugan vid sjön hyrs ut av Hoàng Văn Minh genom hans firma.
Kursen leddes i år av Nguyễn Thị Hương från räddningstjänsten.
Textilen av Risten Labba köptes för 12 000 kr. Ristens textil hängs i biblioteket.
"""


@pytest.fixture(scope="module")
def persons(blank_detector) -> set[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("name", ["Hoàng Văn Minh", "Nguyễn Thị Hương", "Risten Labba", "Ristens"])
def test_the_whole_name_is_a_person(persons, name):
    assert name in persons


# Surnames beyond the commonest few, the name opening a line after "och" (where a sentence's first word is doubtful)
LINE_START = """Vårdnadshavare till eleven är Lưu Văn Toàn och
Kiều Thị Nhung, som båda talar svenska. Tolk vid mötet var
Quách Ngọc Hải från tolkförmedlingen.
"""


@pytest.mark.parametrize("name", ["Lưu Văn Toàn", "Kiều Thị Nhung", "Quách Ngọc Hải"])
def test_a_vietnamese_surname_at_a_lines_start_is_part_of_the_name(blank_detector, name):
    page = Page(number=1, text=LINE_START, words=(), width=595, height=842)
    persons = {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "PERSON"}
    assert name in persons
