"""Words read as a name that name no one: another language's relative by a possessive ("Mein Bruder"), contact label
before its number ("Handy 070-…"), mail subject label and the unlisted word opening the subject ("Tiêu đề: Răng …",
"Chủ đề: …", "Тема: Урна …", "Tema: …"), a preposition in small Cyrillic or Vietnamese letters ("до", "từ"); an area
in the genitive before a body's noun ("Norra Älvsborgs räddningstjänstförbund"); a bank's region after its word
("Sparbanken Gävleborg"). Names stay names there. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.no_person_spans import word_part_or_case_label
from redact.types import Finding


def _no_name(text: str, span: str, nth: int = 0) -> bool:
    at = -1
    for _ in range(nth + 1):
        at = text.index(span, at + 1)
    f = Finding(id="t", page=1, start=at, end=at + len(span), text=span, category="PERSON", score=0.8, detector="names")
    return word_part_or_case_label(f, text)


@pytest.mark.parametrize("text, span", [
    ("Betreff: Meine Schwester, Antrag 12\nMeine Schwester wohnte bis Mai in Graz.", "Meine Schwester"),
    ("Subject: my father\nMy father lived in Leeds until May.", "My father"),
    ("Objet : mon frère\nMon frère habitait à Lyon.", "Mon frère"),
    ("Steuer-ID 51 839 206 710, Handy 0176 5512 9080.", "Handy"),
    ("Đến: kundtjanst@exempel.se\nTiêu đề: Kính của mẹ tôi, AB-12", "Tiêu"),
    ("Đến: kundtjanst@exempel.se\nTiêu đề: Kính của mẹ tôi, AB-12", "Kính"),
    ("Тема: Картка мого брата, AB-12", "Картка"),
    ("у травні він переїжджає до Storgatan 4, 852 30 Sundsvall.", "до"),
    ("từ tháng 5 em ấy chuyển đến Storgatan 4, 852 30 Sundsvall.", "từ"),
    ("Norra Älvsborgs räddningstjänstförbund, i Trollhättan", "Norra Älvsborgs"),
    ("Västra Mälardalens miljö- och hälsoskyddsförbund beslutade", "Västra Mälardalens"),
    ("Bank\nSparbanken Tanum\n8327-9, 441 820 731-6", "Tanum"),
    # an Irish subject line's first word, the Irish month after its word for month, an identity code's label
    ("Ábhar: Cárta mo mhic, AB-12", "Cárta"),
    # the Vietnamese label's other form, its first word read as a name, and the Lithuanian label's first word after it
    ("Đến: kundtjanst@exempel.se\nChủ đề: Kính của bố tôi, AB-12", "Chủ"),
    ("Kam: kundtjanst@exempel.se\nTema: Tėčio kortelė, AB-12", "Tėčio"),
    ("i mí na Nollag bogfaidh sé go Storgatan 4, 852 30 Sundsvall.", "Nollag"),
    ("Hon har T.C. Kimlik No 10000000146 och bor i Lund.", "T.C. Kimlik No"),
    # a South Slavic possessive read alone, its kinship noun after it
    ("Moja majka je ranije živjela na adresi:\nUlica Lipa 4, 71000 Sarajevo,", "Moja"),
    ("Moj djed je ranije živio u Mostaru.", "Moj"),
])
def test_no_ones_name(text, span):
    assert _no_name(text, span)


@pytest.mark.parametrize("text, span, nth", [
    ("Betreff: Anna Schmidt, Antrag 12", "Anna Schmidt", 0),
    ("Mein Bruder Klaus Weber wohnte in Kiel.", "Klaus Weber", 0),
    ("Sie heißt Handy und wohnt in Kiel.", "Handy", 0),
    ("Bank\nSparbanken Anna\n8327-9", "Anna", 0),
    ("Ábhar: Siobhán Walsh, AB-12", "Siobhán Walsh", 0),
    # a given name that is a possessive elsewhere, before a kinship noun of that language
    ("Mia madre bor hos oss, skrev Mia brat Luka.", "Mia", 1),
])
def test_a_name_stays(text, span, nth):
    assert not _no_name(text, span, nth)


def test_turkeys_identity_label_is_no_initials_and_surname(blank_detector):
    from redact.document_detection import detect_text

    text = "Sökanden har turkiskt T.C. Kimlik No 10000000146 och bor i Lund.\n"
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"]
    assert not any("Kimlik" in t for t in found), found


# the Urdu "my" opening a sentence of romanised Urdu, though a name list holds its spelling ("Meri"); a person of that
# name in a Swedish sentence keeps it
@pytest.mark.parametrize("text, span", [
    ("Hamare walid pehle is ghar mein rehte the, aur ab woh Umeå mein hain.\n"
     "Meri tareekh-e-paidaish 4 Farwari 1999 hai.", "Meri"),
    ("Mere bhai ka pata yeh hai: Storgatan 4, 852 30 Sundsvall, aur woh wahan rehte hain.", "Mere"),
])
def test_an_urdu_possessive_in_romanised_urdu_is_no_name(text, span):
    assert _no_name(text, span)


def test_a_person_so_named_in_a_swedish_sentence_stays():
    assert not _no_name("Meri har lämnat in ansökan och hennes bror är med på mötet.", "Meri")
