"""A month's full name in another language read alone as a person is no one's name where it stands in that language's
sentence; the same word alone after a label or a role, or in a Swedish sentence, is a surname and stays. A listed
name, a Swedish month and someone's initials stay. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.month_words import drop_month_words, month_word
from redact.document_detection import detect_text
from redact.types import Finding


def _person(text: str, word: str) -> Finding:
    at = text.index(word)
    return Finding(id="p1-0", page=1, start=at, end=at + len(word), text=word, category="PERSON", score=0.85,
                   detector="names")


@pytest.mark.parametrize("word", ["Ιούνιο", "Οκτώβριο", "Haziran", "Marzo"])
def test_a_month_in_another_language_is_no_name(word):
    text = f"Η μητέρα μου έρχεται τον {word} στη Σουηδία, σύμφωνα με την Ελένη Παππά."
    assert drop_month_words([_person(text, word)], text, lambda at: False) == []


@pytest.mark.parametrize("text", ["Mi hermana viene en Agosto con los niños.", "Llegamos a Suecia Marzo 2019."])
def test_a_month_after_a_sentence_word_or_before_a_year_is_no_name(text):
    word = "Agosto" if "Agosto" in text else "Marzo"
    assert drop_month_words([_person(text, word)], text, lambda at: False) == []


def test_a_month_in_another_alphabet_is_no_name_whatever_the_page_language_says():
    text = "Η αδελφή μου έρχεται τον Ιούνιο με τα παιδιά."
    assert drop_month_words([_person(text, "Ιούνιο")], text, lambda at: True) == []


@pytest.mark.parametrize("text", ["Kontaktperson: Marzo\nTelefon 08-441 20 73", "Querida Junio, gracias por todo."])
def test_a_month_word_after_a_label_or_a_greeting_is_a_name(text):
    word = "Marzo" if "Marzo" in text else "Junio"
    finding = _person(text, word)
    assert drop_month_words([finding], text, lambda at: False) == [finding]


def test_a_month_word_in_a_swedish_sentence_is_a_name():
    text = "Handläggaren har talat med Agosto om ansökan."
    finding = _person(text, "Agosto")
    assert drop_month_words([finding], text, lambda at: True) == [finding]


@pytest.mark.parametrize("text, surname", [
    ("Kontaktperson: Marzo\nTelefon 08-441 20 73", "Marzo"),
    ("Handläggare Agosto har beslutat i ärendet.", "Agosto"),
])
def test_a_surname_that_is_a_month_abroad_is_masked(blank_detector, text, surname):
    found = {f.text for f in detect_text(text, blank_detector).findings
             if f.category == "PERSON" and f.status != "rejected"}
    assert surname in found


@pytest.mark.parametrize("word", ["Maj", "Juli", "June", "August", "LiS", "Kwi"])
def test_a_listed_name_a_swedish_month_or_initials_stay(word):
    assert not month_word(word)
