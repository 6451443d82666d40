"""A section's heading in the plural over its table's first header cell ("Studenter" / "Student", "Elever" / "Elevnr")
is no person the tagger may propose, nor a name to find again in the document; two lines of names are still a
person's. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.heading_over_header import heading_over_header
from redact.types import Page

TABLES = """Kurser skrivna på distans vid andra lärosäten
Mittuniversitetet, studentavdelningen, enheten för prov
Box 883, 851 24 Sundsvall. Växel 060-14 86 00.
Samordnare Petra Lindvall (PeL); examinator Jonas Ek (J.Ek.).
Studenter
Student
Namn
Född
Id-handling
MIUN-S 5530112
Amina Diallo
1991-04-02
55-22-10
"""


def test_a_heading_and_its_header_are_no_person(model_detector):
    page = Page(number=1, text=TABLES, words=(), width=595, height=842)
    persons = [f.text for f in model_detector.detect(page) if f.category == "PERSON"]
    assert not any("Student" in p for p in persons), persons


@pytest.mark.parametrize("span, heading", [("Studenter\nStudent", True), ("Elever\nElevnr", True),
                                           ("Anders\nAndersson", False), ("Jaktlag\nNamn", False),
                                           ("Kvinnor\nKvinnan", True)])
def test_two_lines_of_one_stem(span, heading):
    assert heading_over_header(span, 0, len(span)) is heading
