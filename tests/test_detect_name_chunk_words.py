"""The word test the name chunks pass over most tokens with, read from the token's text alone."""

from __future__ import annotations

import spacy

from redact.detect.name_words import _is_cap, capitalised_word


def test_capitalised_word_is_the_token_test_on_its_text() -> None:
    doc = spacy.blank("sv")("Igår ringde Lisa-Marie O’Neil från Tallby-skolan, BK och Åke: a Y Östen-Hedda")
    assert [tok.text for tok in doc if capitalised_word(tok.text)] == [tok.text for tok in doc if _is_cap(tok)]
    assert capitalised_word("Lisa-Marie") and capitalised_word("Åke")
    assert not capitalised_word("Tallby-skolan") and not capitalised_word("Y") and not capitalised_word("ringde")
