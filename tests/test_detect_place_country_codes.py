"""A column of places with their countries' two-letter codes ("Arequipa, PE") is a list of sites, no persons; a lone
cell of that shape, or one with a given name, keeps its finding. Fictional places and people; hand-made findings."""

from __future__ import annotations

from redact.detect.place_country_codes import drop_place_code_persons, place_code_cells
from redact.types import Finding


def _person(text: str, part: str) -> Finding:
    start = text.index(part)
    return Finding(id=f"f{start}", page=1, start=start, end=start + len(part), text=part, category="PERSON",
                   score=0.85, detector="names")


def _given(word: str) -> bool:
    return word in {"Maria", "Tove"}


_SITES = ("Fältplats\nProjekt 1\nArequipa, PE\nProjekt 2\nLago Verde del Sur, CO\nProjekt 3\nMalindi, KE\n")


def test_places_with_their_countries_codes_are_no_persons():
    found = [_person(_SITES, "Arequipa, PE"), _person(_SITES, "Lago Verde del Sur"), _person(_SITES, "Malindi, KE")]
    assert drop_place_code_persons(found, _SITES, _given) == []


def test_the_same_in_a_table_with_bars():
    text = "| Resa | Ort |\n| 1 | Arequipa, PE |\n| 2 | Malindi, KE |\n"
    assert drop_place_code_persons([_person(text, "Arequipa")], text, _given) == []


def test_a_lone_cell_of_that_shape_keeps_its_person():
    text = "Handläggare\nLindqvist, KE\nBeslut\n"
    found = [_person(text, "Lindqvist")]
    assert drop_place_code_persons(found, text, _given) == found


def test_a_given_name_keeps_its_person_and_codes_must_be_countries():
    text = "Namn\nMaria, SE\nArequipa, PE\n"
    found = [_person(text, "Maria")]
    assert drop_place_code_persons(found, text, _given) == found
    assert place_code_cells("Lista\nAndersson, QQ\nBerg, XW\n") == []


def test_one_of_the_columns_codes_alone_is_the_country():
    text = _SITES + "Adresser\nT.Ba.\nP.O. Box 7701, Mombasa\nKE\n"
    at = text.rindex("KE")
    lone = Finding(id="f1", page=1, start=at, end=at + 2, text="KE", category="PERSON", score=0.6,
                   detector="initials_column")
    assert drop_place_code_persons([lone], text, _given) == []


def test_a_sites_country_code_is_no_ones_initials():
    from redact.resolve.person_initials import find_initials

    text = "Handläggare Pia Holm\nFältplats\nArequipa, PE\nVolcán Azul, PH\nAttest: PH\n"
    at = text.index("Pia Holm")
    pia = Finding(id="f0", page=1, start=at, end=at + 8, text="Pia Holm", category="PERSON", score=0.9,
                  detector="names")
    found = [(f.start, f.text) for f in find_initials([pia], {1: text})]
    assert found == [(text.rindex("PH"), "PH")]

