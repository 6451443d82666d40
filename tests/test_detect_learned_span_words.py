"""The learned tagger's spans lose the words around an item that it takes in with it (see tagged_words)."""

from __future__ import annotations

from redact.detect.learned_spans import with_learned_spans
from redact.types import Page


def _page(text: str) -> Page:
    return Page(number=1, text=text, words=(), width=595.0, height=842.0, source="plain")


def _tagged(text: str, *parts: tuple[str, str]) -> list[str]:
    spans = [(text.index(p), text.index(p) + len(p), label) for p, label in parts]
    return [f.text for f in with_learned_spans(_page(text), [], spans)]


def test_a_codes_label_in_small_letters_is_cut():
    text = "Kortet gäller stamkund KX 5521 3307 hos kedjan."
    assert _tagged(text, ("stamkund KX 5521 3307", "OTHER_ID")) == ["KX 5521 3307"]


def test_a_capitals_label_joined_to_a_numbers_noun_is_cut():
    # the kind of number in capitals with "-kod" or "-nr", as a foreign register names it: a label, no part of it
    text = "Han har georgisk PIN-kod 7QX2205 och uzbekiskt JSHSHIR-nr 30205871440018."
    assert _tagged(text, ("PIN-kod 7QX2205", "OTHER_ID"), ("JSHSHIR-nr 30205871440018", "OTHER_ID")) == [
        "7QX2205", "30205871440018"]


def test_a_small_letter_label_stays_when_the_rest_is_a_date_alone():
    # the date alone is the date rules' to read; cut, the tagger's code would be dropped and the date left open
    text = "Sökande Ioana Marin, n. 14.09.1977, hämtade ut."
    assert _tagged(text, ("n. 14.09.1977", "OTHER_ID")) == ["n. 14.09.1977"]


def test_a_code_ends_before_the_next_sentences_first_word():
    text = "Medlemsnummer KX 5521-B. Beloppet betalas i maj."
    assert _tagged(text, ("KX 5521-B. Beloppet", "OTHER_ID")) == ["KX 5521-B"]


def test_a_code_ends_before_the_letters_of_a_ranges_second_code():
    # the second code of the range is found whole by its shape; the tagger's span must not run into it
    text = "Korna med märkena DK 4471822 00131–DK 4471822 00138 säljs."
    assert _tagged(text, ("DK 4471822 00131–DK", "OTHER_ID")) == ["DK 4471822 00131"]
    # a code's own letter after its dash, with no digits after it, stays
    text = "Lott FR 2210-AB säljs."
    assert _tagged(text, ("FR 2210-AB", "OTHER_ID")) == ["FR 2210-AB"]


def test_a_birth_dates_abbreviation_or_country_is_no_ones_initials():
    text = "Född 12.04.1971 г.р. enligt passet; hennes syster 03/02/1988 (AU). Sign. KL"
    assert _tagged(text, ("г.р.", "INITIALS"), ("AU", "INITIALS"), ("KL", "INITIALS")) == ["KL"]


def test_a_codes_letter_glued_to_its_digits_is_no_part_of_a_name():
    text = "Preparat: Histologi K27-55190 förstörs."
    assert _tagged(text, ("Histologi K27-55190", "PERSON")) == []


def test_a_place_with_a_stations_long_number_keying_notes_is_no_home():
    text = ("Mätplats Abisko 18840 ersätts; Gunnar bor i Björkliden 1182 och hans dotter i Seoul 03142.\n"
            "Abisko 18840: mätaren flyttas i maj.\nBrevet gick till Jr. Tacna 88, Cercado,\nTrujillo 13001")
    found = _tagged(text, ("Abisko 18840", "ADDRESS"), ("Björkliden 1182", "ADDRESS"), ("Seoul 03142", "ADDRESS"),
                    ("Trujillo 13001", "ADDRESS"))
    # a town abroad with its postcode, the end of an address, heads no notes
    assert found == ["Björkliden 1182", "Seoul 03142", "Trujillo 13001"]


def test_a_thing_after_an_indefinite_article_is_no_home():
    text = "Hon lånade ut en Fjordvik 330 S till grannen på Myrvägen 4."
    assert _tagged(text, ("Fjordvik 330 S", "ADDRESS"), ("Myrvägen 4", "ADDRESS")) == ["Myrvägen 4"]



def test_small_dotted_letters_away_from_a_date_may_be_initials():
    text = "Granskad av Olle Berg, kontroll t.m."
    assert _tagged(text, ("t.m.", "INITIALS")) == ["t.m."]


def test_a_year_in_a_column_of_years_is_no_identifier():
    # "Bosatt sedan" read one cell a line: the years beside the applicants, no one's code; a code of four digits
    # outside the years' range stays
    text = "\n".join(["Sökande", "Bosatt sedan", "Kundnr", "Tove Alm", "1977", "4471", "Ivar Sten", "1984", "4488",
                      "Rut Ek", "2003", "4495", ""])
    assert _tagged(text, ("1984", "OTHER_ID"), ("4488", "OTHER_ID")) == ["4488"]
    # one year alone on its line among other cells is left to the tagger
    alone = "Sökande\nKundnr\nTove Alm\n1984\n"
    assert _tagged(alone, ("1984", "OTHER_ID")) == ["1984"]


def test_a_comma_opening_a_tagged_code_is_cut():
    # the comma is the sentence's: masked, it would take the word before it along
    text = "Subject: my brother's boots, 5521-26-K03\n"
    assert _tagged(text, (", 5521-26-K03", "OTHER_ID")) == ["5521-26-K03"]


def test_a_subject_with_a_systems_underscored_code_is_no_home():
    # a mail's subject in another language: a possessive, a noun and the booking's code joined by underscores
    text = "Tema: Očeva prijava, BK_31_5520_02\nTata je prije živio u Zenici."
    assert _tagged(text, ("Očeva prijava, BK_31_5520_02", "ADDRESS")) == []


def test_a_venues_hall_by_its_letter_is_no_home():
    text = "Provet hålls den 4 mars i Aulan, sal C, kl. 17.00, och i Kulturhuset, stora scenen 2, kl. 19."
    assert _tagged(text, ("Aulan, sal C", "ADDRESS"), ("Kulturhuset, stora scenen 2", "ADDRESS")) == []


def test_a_home_with_its_number_and_a_hall_word_stays_a_home():
    text = "Hon bor på Strandvägen 4, sal 2 och nås på kvällen."
    assert _tagged(text, ("Strandvägen 4, sal 2", "ADDRESS")) == ["Strandvägen 4, sal 2"]


def test_small_letters_after_a_sentences_words_are_no_initials():
    # a tree whose word is a surname too, in small letters after words in small letters: no initials
    text = "Beslut om stöd till plantering av lind\nLänsstyrelsen, Enheten för natur"
    assert _tagged(text, ("lind", "INITIALS")) == []


def test_initials_in_small_letters_after_a_label_stay():
    text = "Handläggare: kl\nTelefon 0480-55 27 00"
    assert _tagged(text, ("kl", "INITIALS")) == ["kl"]


def test_a_capitalised_numbers_label_opening_a_code_is_cut():
    text = "Stödnr LST_5521_27_04.\nStödet gäller ett staket."
    assert _tagged(text, ("Stödnr LST_5521_27_04", "OTHER_ID")) == ["LST_5521_27_04"]
