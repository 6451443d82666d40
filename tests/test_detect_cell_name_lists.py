"""Names written out and listed by commas as the whole of a table's cell are one finding, the commas masked with
them (``cell_name_lists``); a list in running text, or one that goes on after its last name, stays as its names.
Fictional people; findings built by hand, then through the blank pipeline."""

from __future__ import annotations

from redact.detect.cell_name_lists import join_cell_couples, join_cell_name_lists
from redact.pipeline import detect_text
from redact.types import Finding


def _person(text: str, name: str, n: int) -> Finding:
    a = text.index(name)
    return Finding(id=f"p1-{n}", page=1, start=a, end=a + len(name), text=name, category="PERSON", score=0.85,
                   detector="names")


def _joined(text: str, names: list[str]) -> list[str]:
    found = [_person(text, name, n) for n, name in enumerate(names)]
    return [f.text for f in join_cell_name_lists(found, text)[len(found):]]


def test_names_listed_by_commas_filling_a_cell_are_one_finding():
    text = "Fastighet\nÄgare\nSvar\nLönnen 4\nTove Arvidsson, Jamal Qureshi\nErinran\n"
    assert _joined(text, ["Tove Arvidsson", "Jamal Qureshi"]) == ["Tove Arvidsson, Jamal Qureshi"]
    row = "| Lönnen 4 | Tove Arvidsson, Jamal Qureshi, Li Wen | Erinran |"
    assert _joined(row, ["Tove Arvidsson", "Jamal Qureshi", "Li Wen"]) == ["Tove Arvidsson, Jamal Qureshi, Li Wen"]


def test_a_list_in_a_sentence_or_going_on_after_its_names_stays_as_its_names():
    text = "Vid mötet var Tove Arvidsson, Jamal Qureshi och grannen.\n"
    assert _joined(text, ["Tove Arvidsson", "Jamal Qureshi"]) == []
    cell = "Lönnen 4\nTove, Jamal och Li\nErinran\n"
    assert _joined(cell, ["Tove", "Jamal", "Li"]) == []


def test_the_owners_cell_of_a_row_is_masked_with_its_comma(blank_detector):
    text = ("Sändlista, grannar\n| Fastighet | Ägare | Svar\n| Lönnen 4 | Tove Arvidsson, Jamal Qureshi | Erinran\n"
            "| Lönnen 6 | Ebbe Sandahl | Ok\n")
    persons = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert "Tove Arvidsson, Jamal Qureshi" in persons


def test_two_names_joined_by_och_filling_a_cell_are_one_finding():
    text = "Anhörig\nRelation\nLindvall\nTora och Viggo Lindvall\nbarnbarn\nBo & Greta Ek\nsyskon\n"
    found = [_person(text, name, n) for n, name in enumerate(["Tora", "Viggo Lindvall", "Bo", "Greta Ek"])]
    assert [f.text for f in join_cell_couples(found, text)[len(found):]] == ["Tora och Viggo Lindvall", "Bo & Greta Ek"]


def test_two_names_joined_by_och_in_a_sentence_or_a_longer_list_stay_as_their_names():
    text = "Tora och Viggo Lindvall kom till mötet.\nLönnen 4\nTove, Jamal och Li\nKVi & GrL\n"
    found = [_person(text, name, n) for n, name in enumerate(["Tora", "Viggo Lindvall", "Tove", "Jamal", "Li", "KVi",
                                                               "GrL"])]
    assert join_cell_couples(found, text) == found
