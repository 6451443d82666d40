"""A month's full name in another language read alone as a person is no one's name; a listed name, a Swedish month
and someone's initials stay. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.month_words import drop_month_words, month_word
from redact.types import Finding


@pytest.mark.parametrize("word", ["Ιούνιο", "Οκτώβριο", "Haziran", "Marzo"])
def test_a_month_in_another_language_is_no_name(word):
    text = f"Η μητέρα μου έρχεται τον {word} στη Σουηδία, σύμφωνα με την Ελένη Παππά."
    at = text.index(word)
    f = Finding(id="p1-0", page=1, start=at, end=at + len(word), text=word, category="PERSON", score=0.85,
                detector="names")
    assert drop_month_words([f], text) == []


@pytest.mark.parametrize("word", ["Maj", "Juli", "June", "August", "LiS", "Kwi"])
def test_a_listed_name_a_swedish_month_or_initials_stay(word):
    assert not month_word(word)
