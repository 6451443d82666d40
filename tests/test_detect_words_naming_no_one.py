"""Words that standing alone name no person wherever they stand, when no name list holds them: a Swedish
municipality, a month, an English letter's "Sir" or "Madam". The span tagger may tag them alone ("Hej Boxholm!"),
and a relation's word before one is no person's context ("sambo Oktober"); a given name at the same places is still
found. Fictional texts."""

from __future__ import annotations

import pytest

from tests.invented_given_names import persons


@pytest.mark.parametrize("text, word", [
    ("Hon bodde där med sin sambo Oktober och två katter.", "Oktober"),
    ("Han flyttade ihop med sin fru Boxholm i fjol.", "Boxholm"),
])
def test_a_month_or_a_town_after_a_relations_word_stays_readable(blank_detector, text, word):
    assert not any(word in p for p in persons(blank_detector, text))


def test_a_given_name_after_a_relations_word_is_still_found(blank_detector):
    assert "Velmiro" in persons(blank_detector, "Hon bodde där med sin sambo Velmiro och två katter.")


@pytest.mark.parametrize("text, word", [
    ("Hej Boxholm!\nNu är sommarlovet här och skolan stänger.", "Boxholm"),
    ("Dear Sir or Madam,\nPlease find the forms attached.", "Madam"),
])
def test_a_town_or_an_addressee_tagged_alone_stays_readable(model_detector, text, word):
    assert not any(word in p for p in persons(model_detector, text))
