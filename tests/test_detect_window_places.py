"""A home without a number in a letter's address block, between the recipient's name and the postcode; a body's
name in the same place stays readable. Fictional people and places."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, home", [
    ("Beslut om färdtjänst\n\nGunvor Hedlund\nStorliden\n930 47 Byske\n\nDu har beviljats färdtjänst.\n",
     "Storliden"),
    ("Kallelse\nTeodor Ahlqvist\nNorra Bränna\n841 94 Ånge\nVälkommen till mottagningen.\n", "Norra Bränna"),
    # a care home with the resident's ward: where the recipient lives
    ("Svar\nIngrid Sundberg\nEkgårdens vård- och omsorgsboende, avd. 2\n745 33 Enköping\n",
     "Ekgårdens vård- och omsorgsboende, avd. 2"),
    ("Gunvor Hedlund\nTallbackens äldreboende, avdelning Linnean\n930 47 Byske\n",
     "Tallbackens äldreboende, avdelning Linnean"),
    # a prison's ward by its letter and number
    ("Beslut\nSamir Haddad\nAnstalten Ekholmen, avd. B 4\n871 93 Kramfors\n", "Anstalten Ekholmen, avd. B 4"),
])
def test_the_place_between_the_name_and_the_postcode_is_masked(blank_detector, text, home):
    assert readable_letters(blank_detector, text, home) == ""


@pytest.mark.parametrize("text, kept", [
    ("Gunvor Hedlund\nSocialförvaltningen\n930 47 Byske\n", "Socialförvaltningen"),
    ("Gunvor Hedlund\nTallbackens äldreboende\n930 47 Byske\n", "Tallbackens äldreboende"),
    # no name above: a heading over a town's line is no home
    ("Beslut\nStorliden\n930 47 Byske\n", "Storliden"),
])
def test_a_body_or_a_line_without_a_name_above_stays_readable(blank_detector, text, kept):
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "ADDRESS"]
    assert not any(kept in t for t in found), found


def test_a_home_read_from_the_ward_on_into_the_postcode_gives_way_to_the_whole_home():
    from redact.detect.window_places import with_window_places
    from redact.types import Finding

    text = "Beslut\nReza Tavakoli\nAnstalten Björkbacka, avd. D 7\n546 93 Skövde\n"

    def finding(part: str, category: str) -> Finding:
        a = text.index(part)
        return Finding(id=part, page=1, start=a, end=a + len(part), text=part, category=category, score=0.8,
                       detector="learned_spans", reason="")

    # a tagger's home from the ward on, and the prison's name read as a person's
    findings = [finding("Reza Tavakoli", "PERSON"), finding("Anstalten Björkbacka", "PERSON"),
                finding("avd. D 7\n546 93 Skövde", "ADDRESS")]
    homes = [f.text for f in with_window_places(findings, text, 1) if f.category == "ADDRESS"]
    assert homes == ["Anstalten Björkbacka, avd. D 7\n546 93 Skövde"]
