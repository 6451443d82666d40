"""Two people in one name cell joined by "and" in the language of their papers ("og", "and", "und", "y"), a romanised
given name with its small second part ("Ji-woo"): each a name of its own, the word between readable. Fictional
people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


@pytest.mark.parametrize("couple, first, second, word", [
    ("Sigrid og Halvard Brekke", "Sigrid", "Halvard Brekke", " og "),
    ("Olivia and Thomas Whitfield", "Olivia", "Thomas Whitfield", " and "),
    ("Lee Seo-yeon och Choi Jae-won", "Lee Seo-yeon", "Choi Jae-won", " och "),
    ("Lucía y Andrés Quiroga", "Lucía", "Andrés Quiroga", " y "),
])
def test_two_people_in_one_name_cell_joined_by_another_languages_and(blank_detector, couple, first, second, word):
    text = ("Bidrag, kvartal 3\nDnr | Sökande | Född\n"
            f"LST-2026-0412 | {couple} | 1971-03-05\n"
            "LST-2026-0419 | Siv Lundmark | 1949-05-21\n\nÄrendena fördelas.\n")
    found = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert first in found and second in found, found
    assert not any(word in t for t in found), found


@pytest.mark.parametrize("couple, parts", [
    ("Femke och Joris van der Linden", ["Femke", "Joris van der Linden"]),
    ("Sanne och Bram de Wit", ["Sanne", "Bram de Wit"]),
])
def test_a_surnames_small_particles_belong_to_the_second_name_of_a_couples_cell(couple, parts):
    from redact.detect.table_columns import FULL, Cell, _sign_parts

    text = f"Köpare\n{couple}\n"
    cell = Cell(text.index(couple), text.index(couple) + len(couple), FULL, "Köpare")
    assert [text[c.start:c.end] for c in _sign_parts(cell, text)] == parts


@pytest.mark.parametrize("pair, second", [
    ("Malee Sirikul och Khamsing Duangphet", "Khamsing Duangphet"),
    ("Vilayvanh Keomany och Bounmy Sengphet", "Bounmy Sengphet"),
])
def test_a_name_cells_second_person_ending_as_a_noun_does_stays_a_name(model_detector, pair, second):
    # "-het" ends "Trygghet" and a Lao surname alike: the name column holds the name the model found there
    text = ("Tillstånd, kvartal 4\nÄrende | Person | Född\n"
            f"NV-04417-27 | {pair} | 12/03/1984\n"
            "NV-04418-27 | Siv Lundmark | 1949-05-21\n\nÄrendena fördelas.\n")
    found = {f.text for f in detect_text(text, model_detector).findings if f.category == "PERSON"}
    assert second in found, found


def test_a_header_row_read_as_a_name_cell_is_no_name():
    # "Huvudman Gatuadress" under "Förvaltare": the next table's header words, whatever the column says
    from redact.detect.name_spans import names_a_field
    from redact.types import Finding

    def person(text: str) -> Finding:
        return Finding(id="p1-0", page=1, start=0, end=len(text), text=text, category="PERSON", score=0.8,
                       detector="names", reason="namn i en kolumn under rubriken 'Förvaltare'")

    assert names_a_field(person("Huvudman Gatuadress")) and names_a_field(person("Aktbilaga Adress"))
    assert not names_a_field(person("Khamsing Duangphet"))
