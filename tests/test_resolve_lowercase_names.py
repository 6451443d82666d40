"""First names in lower case in notes, and initials signed after a slash: the second pass ties both to a
person the document names in full. Fictional people; the detect stage on text files, rules only."""

from __future__ import annotations

from pathlib import Path

from redact.pipeline import detect_document

NOTES = """Skolskjuts, anteckningar
Vårdnadshavare Leila Haddad och Zeynep Aslan har ringt. Hans Berg körde bussen.
Anteckning: ring leila före kl. 8, zeyneps bror svarar annars.
Bussen körde hans väg förbi skolan; klara besked ges i morgon.
Beslutat av Carina Holm /ch
Inspektörer Göran Tell och Helena Nordqvist. Sign. G.T./hn
"""


def _persons(tmp_path: Path, detector) -> set[str]:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    det = detect_document(path, detector)
    return {f.text for f in det.findings if f.category == "PERSON" and f.status != "rejected"}


def test_a_lowercase_first_name_of_a_named_person_is_that_person(tmp_path, blank_detector):
    persons = _persons(tmp_path, blank_detector)
    assert {"leila", "zeyneps"} <= persons


def test_a_first_name_that_is_a_word_stays_in_lower_case(tmp_path, blank_detector):
    persons = _persons(tmp_path, blank_detector)
    assert "hans" not in persons and "klara" not in persons


def test_initials_after_a_slash_that_abbreviate_the_signer_are_a_person(tmp_path, blank_detector):
    assert "ch" in _persons(tmp_path, blank_detector)


def test_initials_after_other_initials_and_a_slash_are_a_person(tmp_path, blank_detector):
    assert "hn" in _persons(tmp_path, blank_detector)
