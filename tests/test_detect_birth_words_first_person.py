"""Dates of birth after a person's own "I was born" (a letter or mail quoted in a case: Polish, Czech, Estonian,
Romanian, Greek, Finnish; Hungarian and Turkish after the date) and after Afrikaans birth words with their months
("gebore op 3 Oktober 1976"); a date without a birth word stays readable. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Witam, urodziłem się 9 lutego 1979 r. w Gnieźnie.", "9 lutego 1979 r."),
    ("Urodziłam się 21 listopada 1992 i mieszkam w Łodzi.", "21 listopada 1992"),
    ("Dobrý den, narodila jsem se 4. června 1988 v Olomouci.", "4. června 1988"),
    ("Tere, sündisin 12. mail 1984 Tartus.", "12. mail 1984"),
    ("Bună ziua, m-am născut 30 august 1969 la Iași.", "30 august 1969"),
    ("Sy vader, Pieter Venter, gebore op 3 Oktober 1966, woon in Paarl.", "3 Oktober 1966"),
    # (the Greek "I was born": "γεννήθηκα στις 21 Μαρτίου 1975")
    ("Καλησπέρα, γεννήθηκα στις 21 Μαρτίου 1975 στην Πάτρα.", "21 Μαρτίου 1975"),
    # (the Finnish month in the genitive before the day and "päivänä", "on the day")
    ("Hei, olen syntynyt helmikuun 14. päivänä 1983 Tampereella.", "helmikuun 14. päivänä 1983"),
    ("Isoäiti on syntynyt elokuun 21. päivä 1938 Porissa.", "elokuun 21. päivä 1938"),
    ("Volgens die sertifikaat is sy gebore 17 Februarie 1990.", "17 Februarie 1990"),
    # (the Georgian "I was born", the year first with its word in the genitive, the day's month in the dative or
    # the genitive: "1987 წლის 14 მარტს", "on 14 March 1987")
    ("გამარჯობა, დავიბადე 1987 წლის 14 მარტს ქუთაისში.", "1987 წლის 14 მარტს"),
    ("ჩემი ძმა დაიბადა 1993 წლის 2 ოქტომბრის დილით.", "1993 წლის 2 ოქტომბრის"),
    # (the Portuguese "on the day" between the birth word and the date: "nasci no dia …")
    ("Olá, nasci no dia 17.08.1991 em Assomada.", "17.08.1991"),
    ("A minha irmã nasceu no dia 3 de maio de 1988.", "3 de maio de 1988"),
    # (the Seychellois and Mauritian Creole "I was born")
    ("Bonzour, mon'n ne 23/07/1995 Victoria.", "23/07/1995"),
    ("Mo ne 04.05.1979 Curepipe.", "04.05.1979"),
    # (the Kazakh "my birthday" before a year-first date)
    ("Сәлем, менің туған күнім 1991 жылғы 7 қазан.", "1991 жылғы 7 қазан"),
])
def test_a_date_after_a_persons_own_birth_words_is_a_birth_date(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Mötet hölls 3 Oktober 1976 i Paarl enligt protokollet.",
    "Skrivelsen kom 17 Februarie 1990 till kontoret.",
    "წერილი გაიგზავნა 2026 წლის 3 მარტს.",  # a letter's date in Georgian, no birth word
])
def test_a_date_without_a_birth_word_is_no_birth_date(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ek is op 12 Junie 1980 in Worcester gebore.", "12 Junie 1980"),
    ("Merhaba, ben 4 Mart 1983 doğdum ve İzmir'de yaşıyorum.", "4 Mart 1983"),
    ("Jó napot, 1971. április 6-án születtem Győrben.", "1971. április 6-án"),
    # (the Turkish "I am one born on", "he or she is one born on": "doğumluyum", "doğumludur")
    ("Merhaba, ben 17 Kasım 1979 doğumluyum ve Bursa'da oturuyorum.", "17 Kasım 1979"),
    ("Oğlum Deniz 8 Şubat 2004 doğumludur.", "8 Şubat 2004"),
    # (the Hungarian month cut short with its dot: "1988. febr. 14.")
    ("Üdvözlettel: 1988. febr. 14. születtem Debrecenben.", "1988. febr. 14."),
])
def test_a_persons_own_birth_word_after_the_date(text, expected):
    assert expected in found(text)
