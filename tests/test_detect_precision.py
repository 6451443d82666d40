"""What detection must not propose: places used in an organisation's name, the authority's
own switchboard and shared mailboxes. Recall stays first: a person beside them is still found."""

from __future__ import annotations

from redact.types import Page

LETTERHEAD = """Lövstrands kommun
Bygglov Lövstrand
Växel: 0455-30 00 00
registrator@lovstrand.se
Beslut om bygglov
Sökande: Tuula Heikkinen, tfn 070-318 55 21, tuula.heikkinen@exempel.se
Region Lövstrand har yttrat sig.
"""


def found(detector, text: str) -> set[tuple[str, str]]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {(f.category, f.text) for f in detector.detect(page)}


def test_a_place_in_an_organisations_name_is_not_a_person(model_detector):
    persons = {t for c, t in found(model_detector, LETTERHEAD) if c == "PERSON"}
    assert not any("Lövstrand" in t for t in persons), persons
    assert "Tuula Heikkinen" in persons


def test_the_authoritys_switchboard_and_shared_mailbox_are_not_proposed(blank_detector):
    hits = found(blank_detector, LETTERHEAD)
    assert ("PHONE", "0455-30 00 00") not in hits
    assert ("EMAIL", "registrator@lovstrand.se") not in hits
    assert {("PHONE", "070-318 55 21"), ("EMAIL", "tuula.heikkinen@exempel.se")} <= hits


def test_a_first_name_before_a_place_word_stays_a_person(blank_detector):
    persons = {t for c, t in found(blank_detector, "Lövstrands kommun\nHandläggare: Sara Lövstrand\n") if c == "PERSON"}
    assert any("Sara" in t for t in persons)


def test_the_authoritys_visiting_address_is_not_proposed(blank_detector):
    hits = found(blank_detector, "Besöksadress: Rådhusgatan 9\nSökanden bor på Tallstigen 3, 456 32 Lövstrand.\n")
    assert not any(text.startswith("Rådhusgatan") for _, text in hits)
    assert any(cat == "ADDRESS" and text.startswith("Tallstigen 3") for cat, text in hits)


def test_a_name_with_a_number_after_an_address_label_is_an_address(blank_detector):
    hits = found(blank_detector, "Hemadress: Kvarnliden 12\nAdress: Box 44\n")
    assert ("ADDRESS", "Kvarnliden 12") in hits
    assert not any(text.startswith("Box 44") for _, text in hits)
