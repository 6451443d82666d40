"""A letter's dateline ("Vännäs den 4 mars 2027") is the place and the day the letter was written: an address or a
birth date read inside it is dropped; a birthplace and a birth date in a register's cell stay. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.datelines import drop_dateline_findings
from redact.types import Finding


def _finding(text: str, part: str, category: str) -> Finding:
    start = text.index(part)
    return Finding(id="p1-0", page=1, start=start, end=start + len(part), text=part, category=category, score=0.8,
                   detector="learned_spans")


@pytest.mark.parametrize("line, part, category", [
    ("Vännäs den 4 mars 2027", "Vännäs den 4 mars 2027", "ADDRESS"),
    ("Nya Ekby, den 30 oktober 2026", "30 oktober 2026", "DATE_OF_BIRTH"),
    ("Lycksele den 2027-05-14", "Lycksele", "ADDRESS"),
])
def test_a_letters_dateline_is_no_home_nor_birth_date(line, part, category):
    text = f"Vi återkommer om beslutet.\n{line}\nOlle Sjöberg, handläggare\n"
    assert drop_dateline_findings([_finding(text, part, category)], text) == []


@pytest.mark.parametrize("text, part, category", [
    ("Född\nUmeå 1961-02-17\nNamn\n", "1961-02-17", "DATE_OF_BIRTH"),  # a birthplace and its date, no "den"
    ("Hon bor i Vännäs den 4 mars 2027 och framåt.\n", "Vännäs", "ADDRESS"),  # a sentence, no line alone
    ("Vännäs den 4 mars 2027\n", "Vännäs", "PERSON"),  # another category is not the line's to judge
])
def test_a_birth_cell_or_a_sentence_stays(text, part, category):
    assert len(drop_dateline_findings([_finding(text, part, category)], text)) == 1


@pytest.mark.parametrize("part", ["Kramfors den", "Nya Ekby den"])
def test_a_dateline_after_a_table_of_names_is_no_persons_row(part):
    text = ("| Mottagare | Belopp\n| Sofia Lindmark | 1 200\n| Arvid Norsten | 800\n\n"
            f"{part} 12 april 2027\nGreta Vall, handläggare\n")
    assert drop_dateline_findings([_finding(text, part, "PERSON")], text) == []
