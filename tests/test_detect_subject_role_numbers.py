"""A person's number after their role in a mail's subject line ("Ämne: Omprövning, student 5531207") is theirs; a
role's noun before a number in running text counts people, and a date after it in a subject line is no number.
Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, number", [
    ("Ämne: Omprövning, student 5531207\nHej!", "5531207"),
    ("Subject: Re-sit, student 77120943\nDear registry,", "77120943"),
    ("Ämne: Skolskjuts för elev 22074418\nHej.", "22074418"),
])
def test_a_role_and_a_number_in_a_subject_line(text, number):
    assert number in found(text)


@pytest.mark.parametrize("text, number", [
    ("Skolan har plats för elev 22074 i höst.", "22074"),
    ("Ämne: Elev 20140301\nHej.", "20140301"),
])
def test_a_count_or_a_date_stays(text, number):
    assert number not in found(text)
