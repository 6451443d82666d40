"""A given name no list holds, standing alone where only a person stands: after a greeting, under a closing,
after a person label, as the subject of a person's verb. Ordinary words, roles, bodies, days, months and towns at
the same places stay readable. Fictional people with invented given names; the blank pipeline (the rules decide)."""

from __future__ import annotations

import pytest

from redact.detect.name_words import unlisted
from tests.invented_given_names import NAMES, persons as _persons


def test_the_invented_names_are_in_no_list():
    assert all(unlisted(n) for n in NAMES)


@pytest.mark.parametrize("text, name", [
    ("Hej Velmiro!\nTack för ditt brev om bidraget.", "Velmiro"),
    ("Hejsan Skaldreva,\njag har fått dina papper.", "Skaldreva"),
    ("Dear Tuvinja,\nThank you for your letter.", "Tuvinja"),
    ("Merhaba Oruzelle,\nbelgeler ektedir.", "Oruzelle"),
    ("Cześć Havrinaz!\nDziękuję za list.", "Havrinaz"),
    ("Salaam Jelmosh\nTack för samtalet i går.", "Jelmosh"),
])
def test_a_name_after_a_greeting_is_found(blank_detector, text, name):
    assert name in _persons(blank_detector, text)


@pytest.mark.parametrize("text, name", [
    ("Beslutet skickas med posten.\n\nHälsningar\nBrenvika", "Brenvika"),
    ("Vi ses på mötet.\n\nMed vänlig hälsning\n\nQuorelin", "Quorelin"),
    ("Tack för hjälpen, vänliga hälsningar\nVelmiro", "Velmiro"),
    ("See you on Monday.\n\nKind regards,\nTuvinja", "Tuvinja"),
    ("Dziękuję.\n\nPozdrawiam\nHavrinaz", "Havrinaz"),
])
def test_a_name_under_a_closing_is_found(blank_detector, text, name):
    assert name in _persons(blank_detector, text)


@pytest.mark.parametrize("text, name", [
    ("Ansökan om bygglov\nKontakt: Skaldreva\nTelefon: 070-174 06 21", "Skaldreva"),
    ("Ärende om färdtjänst\nHandläggare: Oruzelle\nTelefon: 0383-970 00", "Oruzelle"),
])
def test_a_name_after_a_person_label_is_found(blank_detector, text, name):
    assert name in _persons(blank_detector, text)


@pytest.mark.parametrize("text, name", [
    ("Jelmosh går i förskoleklass och trivs bra med sina kamrater.", "Jelmosh"),
    ("Brenvika ringde i morse och ville prata om schemat.", "Brenvika"),
    ("Vi träffades i maj. Quorelin har svårt att koncentrera sig.", "Quorelin"),
    ("I går ringde Velmiro och frågade om bygglovet.", "Velmiro"),
    ("I förmiddags mejlade Tuvinja och sa att hon kommer senare.", "Tuvinja"),
])
def test_a_name_as_a_persons_subject_is_found(blank_detector, text, name):
    assert name in _persons(blank_detector, text)


@pytest.mark.parametrize("text, word", [
    ("Hej alla!\nTack för att ni kom.", "alla"),
    ("Hej Team!\nHär kommer veckobrevet.", "Team"),
    ("Hej Vetlanda!\nNu börjar sommarlovet.", "Vetlanda"),
    ("Hej Rektor!\nJag har en fråga.", "Rektor"),
    ("Hälsningar\nKommunstyrelsen", "Kommunstyrelsen"),
    ("Vänliga hälsningar\nRedaktionen", "Redaktionen"),
    ("Hälsningar\nKansliet", "Kansliet"),
    ("Mvh\nKundtjänst", "Kundtjänst"),
    ("Hälsningar\nFörskolechef", "Förskolechef"),
    ("Kontakt: Servicecenter\nTelefon: 0383-970 00", "Servicecenter"),
    ("Kontakt: Support\nTelefon: 0383-970 00", "Support"),
    ("Pojken går i förskoleklass och trivs bra.", "Pojken"),
    ("Läraren berättar att det går bra.", "Läraren"),
    ("Sedan ringde hon igen.", "Sedan"),
    ("Fredag ringde Skolverket och frågade om statsbidraget.", "Fredag"),
    ("I går ringde Skolan och frågade om frånvaron.", "Skolan"),
    ("Summa 500 kr\nMoms", "Moms"),
])
def test_ordinary_words_at_the_same_places_stay_readable(blank_detector, text, word):
    found = _persons(blank_detector, text)
    assert not any(word in p for p in found), found


@pytest.mark.parametrize("text, word", [
    ("Ansökan om bygglov\nKontaktperson: Växeln\nTelefon: 0383-970 00", "Växeln"),
    ("Från: Kundtjänst\nSkickat: den 4 mars 2025 09:12", "Kundtjänst"),
    ("Handläggare: Registraturen\nTelefon: 0383-970 00", "Registraturen"),
])
def test_a_service_or_a_body_after_a_person_label_stays_readable(blank_detector, text, word):
    found = _persons(blank_detector, text)
    assert not any(word in p for p in found), found


@pytest.mark.parametrize("text, name", [
    ("Från: Skaldreva\nSkickat: den 4 mars 2025 09:12", "Skaldreva"),
    ("Ansökan om bygglov\nKontaktperson: Brenvika\nTelefon: 0383-970 00", "Brenvika"),
])
def test_an_unlisted_name_after_a_person_label_is_still_found(blank_detector, text, name):
    assert name in _persons(blank_detector, text)


@pytest.mark.parametrize("text, name", [
    ("Kontaktperson: Vetlanda\nTelefon: 0383-970 00", "Vetlanda"),
    ("Handläggare: Marzo\nTelefon: 0383-970 00", "Marzo"),
])
def test_a_town_or_a_month_after_a_person_label_may_be_a_surname(blank_detector, text, name):
    assert name in _persons(blank_detector, text)
