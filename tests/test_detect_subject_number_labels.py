"""The unlisted word opening a mail's subject line before a number is the number's label, no name; a listed name
there, or the word elsewhere, stays. Fictional people; hand-made findings and the blank pipeline."""

from __future__ import annotations

from redact.detect.subject_number_labels import drop_subject_labels
from redact.types import Finding


def _person(text: str, part: str, nth: int = 0) -> Finding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Finding(id=f"f{start}", page=1, start=start, end=start + len(part), text=part, category="PERSON",
                   score=0.85, detector="names")


def _listed(word: str) -> bool:
    return word in {"Berg", "Tove"}


def test_the_subjects_first_word_before_a_number_is_its_label():
    text = "Från: Tove Berg <tove@example.se>\nÄmne: Kvitto 0771-204, retur\nBetreff: SV: Antrag 4471-27\n"
    found = [_person(text, "Kvitto"), _person(text, "Antrag")]
    assert drop_subject_labels(found, text, _listed) == []


def test_a_listed_name_or_the_word_elsewhere_stays():
    text = "Ämne: Berg 4418\nÄmne: Fråga om Kvitto 0771\nKvitto 0771-204 skickas.\nÄmne: Kvitto från mig\n"
    found = [_person(text, "Berg"), _person(text, "Kvitto"), _person(text, "Kvitto", 1), _person(text, "Kvitto", 2)]
    assert drop_subject_labels(found, text, _listed) == found
