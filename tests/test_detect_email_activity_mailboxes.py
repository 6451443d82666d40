"""A one-word mailbox named after a unit's activity on the domain where staff have "first.last" addresses
("krisledning@", "familjeratten@") is the service's, though its first letters spell a first name; a person's first
name there, and the same local part at a mail provider, stay masked. Fictional people and domains."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _emails(text: str, detector) -> set[str]:
    return {f.text for f in detect_text(text, detector).findings if f.category == "EMAIL" and f.status != "rejected"}


@pytest.mark.parametrize("text, box", [
    ("Kontakt: sara.lindqvist@ekby.se, 0910-12 34 56. Frågor: krisledning@ekby.se.", "krisledning@ekby.se"),
    ("Handläggare jonas.berg@norrvik.se. Ärendet skickas till familjeratten@norrvik.se.", "familjeratten@norrvik.se"),
])
def test_an_activitys_mailbox_is_left_readable(blank_detector, text, box):
    assert box not in _emails(text, blank_detector)


@pytest.mark.parametrize("text, box", [
    ("Handläggare jonas.berg@norrvik.se. Modern nås på kristina@norrvik.se.", "kristina@norrvik.se"),
    ("Sonen nås på krisledning@gmail.com.", "krisledning@gmail.com"),
])
def test_a_persons_mailbox_stays_masked(blank_detector, text, box):
    assert box in _emails(text, blank_detector)


# A committee's mailbox by the letters of its case numbers ("Dnr BUN 2026/88", "bun@ekby.se"), and a company's
# one-word mailbox on the domain named after it ("Sökande: Vindkraft Gransjön AB", "yttrande@gransjon.se"); a person's
# initials the document uses for no case, and a word at a mail provider, stay masked.
@pytest.mark.parametrize("text, box", [
    ("Ekby kommun, Barn- och utbildningsnämnden. Dnr BUN 2026/88. Svar till bun@ekby.se senast i maj.",
     "bun@ekby.se"),
    ("Sökande: Gransjön Vind AB. Synpunkter till yttrande@gransjon.se före 1 maj.", "yttrande@gransjon.se"),
])
def test_a_committees_letters_or_a_companys_word_is_the_bodys_mailbox(blank_detector, text, box):
    assert box not in _emails(text, blank_detector)


@pytest.mark.parametrize("text, box", [
    ("Ekby kommun. Dnr BUN 2026/88. Handläggaren nås på kle@ekby.se.", "kle@ekby.se"),
    ("Sökande: Gransjön Vind AB. Grannen nås på samrad@gmail.com.", "samrad@gmail.com"),
])
def test_other_short_mailboxes_stay_masked(blank_detector, text, box):
    assert box in _emails(text, blank_detector)
