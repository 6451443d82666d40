"""Initials given with the name they stand for ("kbe är Kajsa Berglöf", "T-OB = Tor-Olof Björk"), in any case,
when the letters agree with the name, or in brackets after a hyphenated given name with the surname's letter apart
("Per-Åke (P-Å L)"); and a list of initials after a signing word that wraps before its "och"
("Attest: EvE" / "och lmo"), and small letters alone after a role or a reference with its colon ("Handläggare:
tlö", "Vår ref: hsv"). "det är Dan Berg" and "ann är Anna Nilsson" inside a sentence stay. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.initials import find_initials_in_signatures


def initials(text: str) -> set[str]:
    return {text[a:b] for a, b, _ in find_initials_in_signatures(text)}


@pytest.mark.parametrize("text, token", [
    ("Kontakt: Kajsa Berglöf; kbe är Kajsa Berglöf. Växel 0553-100 00", "kbe"),
    ("Handläggare Ivar Lund, T-OB är\nTor-Olof Björk.", "T-OB"),
    ("Anteckningar\nmsv = Mona Svedberg\n", "msv"),
    ("Utredare: Ronja Vikström (rvi), tfn 0612-440 31", "rvi"),
])
def test_initials_before_the_name_they_stand_for(text, token):
    assert token in initials(text)


@pytest.mark.parametrize("text", [
    "Det sade han, det är Dan Berg som kom.",
    "Hon säger att ann är Anna Nilsson.",
    "Kontakt: ok är Olle Karlsson.",
])
def test_words_before_a_name_are_no_initials(text):
    assert not initials(text) & {"det", "ann", "ok"}


@pytest.mark.parametrize("text, token", [
    ("Per-Åke (P-Å L) har sökt bidrag för taket.", "P-Å L"),
    ("Hans dotter Ann-Sofi Holm (A-S H) sköter kontakten.", "A-S H"),
    ("Mötet leddes av Karl-Erik (K.-E. N.) i fjol.", "K.-E. N."),
])
def test_initials_with_the_surnames_letter_apart_in_brackets_after_a_hyphenated_name(text, token):
    assert token in initials(text)


@pytest.mark.parametrize("text", [
    "Ann-Sofi Holm (A-S B) sköter kontakten.",  # the surname opens with another letter
    "Per-Åke (K-E L) har sökt bidrag.",  # the given name's parts open with others
    "Avtalet gäller Nord-Syd (E-4 N) i år.",
])
def test_bracketed_letters_that_disagree_with_the_name_before_are_not_taken(text):
    assert not {t for t in initials(text) if " " in t}


def test_a_list_of_initials_wrapped_before_och():
    assert {"EvE", "lmo"} <= initials("Handläggare Eva Ek. Attest: EvE\noch lmo. Växel 08-100 00")


@pytest.mark.parametrize("text, tokens", [
    ("Beslutet fattades av EvK.\nHandläggare: tlö", {"tlö"}),
    ("Vår ref: hsv", {"hsv"}),
    ("Ansvariga: KaL och tlö.", {"KaL", "tlö"}),
    ("Underskrifter: tlö, mkv", {"tlö", "mkv"}),
    ("Sign. AnW och\ntlö", {"AnW", "tlö"}),
    # several roles on one line, each with its initials; a list after initials in brackets
    ("Föredragande: tlö. Beslutande: AnW.", {"tlö", "AnW"}),
    ("Ansvarig handläggare: hsv", {"hsv"}),
    ("Protokollförare: mkv", {"mkv"}),
    ("Beslutet fattades av Vera Holm (VeH) och tlö.", {"VeH", "tlö"}),
])
def test_small_initials_alone_after_a_role_or_a_reference(text, tokens):
    assert tokens <= initials(text)


@pytest.mark.parametrize("text", ["Handläggare: Eva Lund.", "Vår ref: 2026/118", "Ola Ek (ok) kom", "Anna Berg (född 1980)",
                                  "Ordförande: Vera Holm. Sekreterare: Per Ek."])
def test_names_words_and_numbers_after_a_role_are_no_initials(text):
    assert not initials(text)


def test_dotted_initials_are_not_cut_before_their_last_dot():
    assert "L.B" not in initials("Justerat KnW L.B.    Kulturhuset: info@orten.se")


def test_an_answer_or_a_refusal_in_capitals_beside_a_sign_column_is_no_ones_initials():
    text = ("Återlämning\nKort\nUtlämnat av\nSkador\nSign.\nKK 5512-26\nB.Ha.\nINGA\nVRL\n"
            "KK 5534-26\nL-M.K.\nAVSL\nO.Tj.\n")
    found = initials(text)
    assert {"B.Ha.", "VRL", "L-M.K."} <= found and not found & {"INGA", "AVSL"}
