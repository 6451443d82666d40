"""The first word of the next line that an address or a code took in over a line end is cut: a date's day in the next
cell, a number's label opening the next sentence, a heading's plural noun. A home's last line stays. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.next_line_words import trim_next_line_words
from redact.types import Finding


def _finding(text: str, part: str, category: str) -> Finding:
    a = text.index(part)
    return Finding(id="p1-0", page=1, start=a, end=a + len(part), text=part, category=category, score=0.8,
                   detector="address")


@pytest.mark.parametrize("text, part, category, kept", [
    ("Avtal\nKR 4471-22\n14 mars\nNästa rad", "KR 4471-22\n14", "ID_NUMBER", "KR 4471-22"),
    ("Tove Lind\nVia Roma 12\n00184 Roma, Italia\nKundnummer 4410 2207 gäller.", "Via Roma 12\n00184 Roma, Italia\nKundnummer",
     "ADDRESS", "Via Roma 12\n00184 Roma, Italia"),
    ("Rua Augusta 40, 1100-048 Lisboa\nHandläggarnas anteckningar\nInga", "Rua Augusta 40, 1100-048 Lisboa\nHandläggarnas",
     "ADDRESS", "Rua Augusta 40, 1100-048 Lisboa"),
    # a foreign number's own label opening the next cell ("TFN 552 107 318"), the address rule's run over a date
    ("June 9, 1987\nTFN 552 107 318\n", "June 9, 1987\nTFN", "ADDRESS", "June 9, 1987"),
])
def test_the_next_lines_first_word_is_cut(text, part, category, kept):
    assert [f.text for f in trim_next_line_words([_finding(text, part, category)], text)] == [kept]


@pytest.mark.parametrize("text, part", [
    ("Storgatan 4\n641 30 Ekby\n", "Storgatan 4\n641 30 Ekby"),  # a home's last line, nothing after it
    ("Box 118\nEKBY\nSverige", "Box 118\nEKBY"),  # a town alone on its line
    ("Storgatan 4\nLillby Gård\nnästa", "Storgatan 4\nLillby"),  # a word that is neither label nor plural
])
def test_a_homes_last_line_stays(text, part):
    assert [f.text for f in trim_next_line_words([_finding(text, part, "ADDRESS")], text)] == [part]
