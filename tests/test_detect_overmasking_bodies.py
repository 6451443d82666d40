"""Units, banks, firms and labels read as persons' names stay readable; the persons beside them stay masked.
Fictional bodies, places and people."""

from __future__ import annotations

import pytest


def test_a_wards_acronym_before_the_postal_town_is_no_persons_name():
    from redact.detect.places import place_organisation

    places = frozenset({"Ekby"})
    assert place_organisation(["IVA", "Ekby"], places, lambda w: w in {"Iva", "IVA"})
    # a listed first name written as names are stays a person beside the town
    assert not place_organisation(["Iva", "Ekby"], places, lambda w: w in {"Iva", "IVA"})


@pytest.mark.parametrize("text, unit", [
    ("Barnet går på förskolan Lövkulla sedan augusti och trivs.", "Lövkulla"),
    ("Hon flyttade till äldreboendet Solvändan i våras.", "Solvändan"),
])
def test_a_units_name_after_its_noun_is_no_persons(text, unit):
    from redact.detect.no_person_spans import word_part_or_case_label
    from redact.types import Finding

    a = text.index(unit)
    f = Finding(id="t", page=1, start=a, end=a + len(unit), text=unit, category="PERSON", score=0.8, detector="names")
    assert word_part_or_case_label(f, text)


def test_a_listed_name_after_a_units_noun_stays_a_name():
    from redact.detect.no_person_spans import word_part_or_case_label
    from redact.types import Finding

    text = "Pedagogen på förskolan Karin ringde i går."
    a = text.index("Karin")
    f = Finding(id="t", page=1, start=a, end=a + 5, text="Karin", category="PERSON", score=0.8, detector="names")
    assert not word_part_or_case_label(f, text)


@pytest.mark.parametrize("span", ["ICA Banken", "Nordea Hypotek", "Swedbank", "Danske Bank", "Sparbanken Västra"])
def test_a_banks_name_is_no_persons(span):
    from redact.detect.no_person_spans import names_body

    assert names_body(span)


@pytest.mark.parametrize("span", ["Anna Bank", "Vera Lindqvist", "Kalle Nordström"])
def test_a_person_with_a_bank_like_word_stays_a_person(span):
    from redact.detect.no_person_spans import names_body

    assert not names_body(span)


def test_a_body_by_its_places_genitive_and_letters_is_no_persons():
    from redact.detect.no_person_spans import names_body

    assert names_body("Skärvikens FVO")
    assert not names_body("Anders FVO")  # a listed first name ending in s stays a name


def test_a_label_and_a_codes_letters_before_its_digits_are_no_persons():
    from redact.detect.no_person_spans import word_part_or_case_label
    from redact.types import Finding

    text = "Återsänd provburk. Provburk KXT 4410 228 17 kom tillbaka."
    a = text.index("Provburk KXT")
    f = Finding(id="t", page=1, start=a, end=a + 12, text="Provburk KXT", category="PERSON", score=0.8,
                detector="names")
    assert word_part_or_case_label(f, text)
    # a name in capitals before a birth date is a name: its surname is longer than a code's letters
    text2 = "Sökande Pia LINDGREN 1984-03-02."
    b = text2.index("Pia")
    g = Finding(id="t", page=1, start=b, end=b + 12, text="Pia LINDGREN", category="PERSON", score=0.8,
                detector="names")
    assert not word_part_or_case_label(g, text2)
    # after a number's own label the span is left to hold the code where no identifier rule reads it
    text3 = "Leverantörsnr KXT 19904 gäller."
    h = Finding(id="t", page=1, start=0, end=17, text="Leverantörsnr KXT", category="PERSON", score=0.8,
                detector="names")
    assert not word_part_or_case_label(h, text3)


def test_the_first_word_of_a_numbers_label_is_no_persons_name():
    from redact.detect.no_person_spans import word_part_or_case_label
    from redact.types import Finding

    text = "Intyget anger codice fiscale. Codice fiscale BRNLCU80A01H501Z gäller."
    a = text.index("Codice")
    f = Finding(id="t", page=1, start=a, end=a + 6, text="Codice", category="PERSON", score=0.8, detector="names")
    assert word_part_or_case_label(f, text)


def test_a_column_nobody_listed_in_a_header_row_read_as_a_line_is_no_name():
    from redact.detect.no_person_spans import word_part_or_case_label
    from redact.types import Finding

    text = "Reservnycklar\nBrukare Förvaring hos Kontakt\nTelefon\nKL\ndotter"
    a = text.index("Förvaring")
    f = Finding(id="t", page=1, start=a, end=a + 9, text="Förvaring", category="PERSON", score=0.8, detector="names")
    assert word_part_or_case_label(f, text)
    # a listed surname on such a line is a person's
    text2 = "Brukare Lindqvist hos Kontakt"
    b = text2.index("Lindqvist")
    g = Finding(id="t", page=1, start=b, end=b + 9, text="Lindqvist", category="PERSON", score=0.8, detector="names")
    assert not word_part_or_case_label(g, text2)


def test_a_coach_firm_by_its_region_is_no_persons_name():
    from redact.detect.group_names import group_name

    assert group_name("Fjäll Buss")
    assert group_name("Ekeby Gräv")


def test_a_plumbers_and_a_floor_layers_firm_by_its_village_is_no_persons_name():
    from redact.detect.group_names import group_name

    assert group_name("Åsby Rör")
    assert group_name("Ekeby Golv")


def test_a_firm_after_c_o_that_the_document_writes_with_its_form_is_not_spread_as_a_name():
    from redact.resolve.care_of_names import find_care_of_names
    from redact.types import Finding

    text = ("Adress: c/o Frakt Väst, Hamngatan 9, 123 45 Ekby\n"
            "Arbetsgivare: Frakt Väst AB, kontakt Jonas Ek.\n")
    a = text.index("c/o")
    b = text.index("\nArbetsgivare")
    address = Finding(id="a", page=1, start=a, end=b, text=text[a:b], category="ADDRESS", score=0.8,
                      detector="address")
    assert find_care_of_names([address], {1: text}) == []


def test_a_surname_after_c_o_is_still_spread():
    from redact.resolve.care_of_names import find_care_of_names
    from redact.types import Finding

    text = "Adress: c/o Vrenlund, Hamngatan 9, 123 45 Ekby\nHon bor hos Vrenlund tills vidare.\n"
    a = text.index("c/o")
    b = text.index("\nHon")
    address = Finding(id="a", page=1, start=a, end=b, text=text[a:b], category="ADDRESS", score=0.8,
                      detector="address")
    assert [f.text for f in find_care_of_names([address], {1: text})] == ["Vrenlund"]


def test_a_header_row_going_on_over_the_next_lines_is_no_name():
    from redact.detect.no_person_spans import word_part_or_case_label
    from redact.types import Finding

    text = "Lån och underlag\nSökande Borgensman\nLånenummer\nTelefon\nKL\nEkby Sparkassa\n"
    a = text.index("Borgensman")
    f = Finding(id="t", page=1, start=a, end=a + 10, text="Borgensman", category="PERSON", score=0.8, detector="names")
    assert word_part_or_case_label(f, text)
    # a label and a value on one line with running text after it is a form's line, the name stays
    text2 = "Sökande Borgensman\nhar lämnat in ansökan i tid.\n"
    g = Finding(id="t", page=1, start=8, end=18, text="Borgensman", category="PERSON", score=0.8, detector="names")
    assert not word_part_or_case_label(g, text2)


def test_a_town_with_its_states_letters_before_one_postal_code_stays_for_the_other_rules():
    from redact.detect.no_person_spans import word_part_or_case_label
    from redact.types import Finding

    text = "Ny adress: 14 Ocean Road\nBrightwater NSW 2041\n"
    a = text.index("Brightwater")
    f = Finding(id="t", page=1, start=a, end=a + 15, text="Brightwater NSW", category="PERSON", score=0.8,
                detector="names")
    assert not word_part_or_case_label(f, text)
