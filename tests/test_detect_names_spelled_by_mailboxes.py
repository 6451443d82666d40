"""A name no list holds is a person's when the e-mail address right after it (or a few words of the sentence later:
"nås på", "har e-postadressen") spells it: its words with dots between or run together, or an initial and the
surname, accents dropped ("Deniz Karaağaç, deniz.karaagac@...").
An organisation's own mailbox (its words in the domain), an address that spells something else and words the
page writes in lower case stay. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def persons(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page) if f.category == "PERSON"}


@pytest.mark.parametrize("text,name", [
    ("Bordet delades med Deniz Karaağaç, deniz.karaagac@example.com, som sålde lampor.", "Deniz Karaağaç"),
    ("Ansökan från Olesya Vyshnevska (o.vyshnevska@example.net) avslogs.", "Olesya Vyshnevska"),
    ("Svar skickas till Thandiwe Mokoena <thandiwemokoena@example.org> i veckan.", "Thandiwe Mokoena"),
    ("Kvittot mejlades. Yıldız Şencan, yildiz.sencan82@example.com, betalade kontant.", "Yıldız Şencan"),
    # a few words of the sentence between the name and the address
    ("Beslutet gick ut i maj. Tsehaye Okbamichael nås på tsehaye.okbamichael@example.com.", "Tsehaye Okbamichael"),
    ("Kortet är spärrat. Chaiwat Phonsiri har e-postadressen c.phonsiri@example.net sedan i våras.",
     "Chaiwat Phonsiri"),
    ("Fakturan mejlades. Mehari Kiflom skriver från\nmehari.kiflom@example.org om återbetalningen.", "Mehari Kiflom"),
])
def test_a_name_spelled_by_the_mailbox_after_it_is_a_person(blank_detector, text, name):
    assert name in persons(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Lokalen bokas via Ekby Konsthall, ekby.konsthall@ekbykonst.se, i god tid.",
    "Frågor besvaras av Ekby Fibernät, kundservice@example.se, vardagar.",
    "Anmälan till Grön Odling, gron.odling@example.se; all odling sker i lådor.",
    "Salen i Ekby Konsthall bokas via ekby.konsthall@ekbykonst.se i god tid.",
    "Hyran för Ekby Fibernät betalas enligt avtal, frågor till kundservice@example.se.",
])
def test_an_organisations_mailbox_or_one_that_spells_something_else_names_nobody(blank_detector, text):
    assert not persons(blank_detector, text)


def test_the_sentences_noun_before_the_name_is_no_part_of_it(blank_detector):
    text = "Beslutet står fast. Ombudet Tsehaye Okbamichael har skrivit från tsehaye.okbamichael@example.com i dag."
    found = persons(blank_detector, text)
    assert "Tsehaye Okbamichael" in found and not [p for p in found if "Ombudet" in p]
