"""Names written surname, comma, first name as list items: in running lists ("Lindqvist,
Maja-Stina; al-Hashimi, Yusuf") and one a line under "Efternamn, förnamn". Fictional people;
the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text

TEXT = """Kallade till mötet: Lindqvist, Maja-Stina; al-Hashimi, Yusuf; Öberg, Karl-Erik och Nguyen, Thi Hoa.
Deltagarlista
Efternamn, förnamn
Rautio, Eeva
Abdullahi, Sahra
Handläggare: Eija Nurmi, Socialsekreterare
Mötet hölls i Ornäs, Sverige."""


def _masked_words(det) -> set[str]:
    return {w.strip(",") for f in det.findings if f.category == "PERSON" for w in f.text.split()}


@pytest.mark.parametrize("word", ["Lindqvist", "al-Hashimi", "Öberg", "Nguyen", "Rautio", "Abdullahi", "Maja-Stina",
                                  "Yusuf", "Thi", "Hoa", "Eeva", "Sahra"])
def test_both_parts_of_an_inverted_name_are_masked(blank_detector, word):
    assert word in _masked_words(detect_text(TEXT, blank_detector))


@pytest.mark.parametrize("word", ["Socialsekreterare", "Sverige", "Ornäs", "förnamn", "Efternamn"])
def test_what_follows_a_comma_after_a_full_name_or_a_place_stays(blank_detector, word):
    assert word not in _masked_words(detect_text(TEXT, blank_detector))
