"""Country names are no persons: a list of countries ("India" over "Cambodia") is not a first name and a
surname, "Costa Rica" is not a name; a person whose name holds a country's word is still found."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mupdf_text, pdftotext
from pdf_builders import new_pdf, save, text_page

from redact.pipeline import run_file
from redact.types import Page

ENGLISH = (
    "The programme was reviewed in five countries during the year. Country reports were received from\n"
    "India\n"
    "Cambodia\n"
    "Costa Rica\n"
    "and the findings from Cambodia were discussed with the partners in India and Costa Rica in May.\n"
    "Questions about the review may be sent to Dr. Leila Haddad at the regional office.\n"
)
SWEDISH = (
    "Projektet har genomförts i samarbete med organisationer i flera länder under året:\n"
    "Indien\n"
    "Kambodja\n"
    "Sydafrika\n"
    "Costa Rica\n"
    "Resultaten från Costa Rica och Sydafrika redovisas i bilaga 2 och har stämts av med kontaktpersonerna.\n"
    "Kontaktperson för projektet är India Johansson på enheten för internationellt samarbete.\n"
    "Namn: Jordan Kambodja\n"
)
COUNTRIES_EN = ["India", "Cambodia", "Costa Rica"]
COUNTRIES_SV = ["Indien", "Kambodja", "Sydafrika", "Costa Rica"]


def _persons(detector, text: str) -> list[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842, source="plain")
    return [f.text for f in detector.detect(page) if f.category == "PERSON"]


# a person whose name holds a country's word is still found: beside a surname, or after a name label
@pytest.mark.parametrize(("text", "countries", "persons"), [
    (ENGLISH, COUNTRIES_EN, ["Leila Haddad"]),
    (SWEDISH, COUNTRIES_SV, ["India Johansson", "Jordan Kambodja"]),
])
def test_countries_are_no_persons(model_detector, text, countries, persons):
    found = _persons(model_detector, text)
    assert all(any(p in f for f in found) for p in persons), found
    assert not [f for f in found if any(c in f for c in countries) and not any(p in f for p in persons)], found


def _document(path: Path) -> Path:
    doc = new_pdf()
    text_page(doc, ENGLISH.splitlines())
    return save(doc, path)


def test_the_countries_stay_readable_and_the_person_is_removed(tmp_path, model_detector):
    out = tmp_path / "out.pdf"
    disclosure = run_file(_document(tmp_path / "in.pdf"), out, detector=model_detector)
    assert disclosure.verification.ok
    for reading in (mupdf_text(out), pdftotext(out)):
        flat = " ".join(reading.split())
        assert "Haddad" not in flat and "Leila" not in flat
        for country in COUNTRIES_EN:
            assert country in flat, country
        assert "findings from Cambodia were discussed with the partners in India and Costa Rica" in flat


def test_a_country_does_not_join_a_name_across_a_line_break(model_detector):
    found = _persons(model_detector, "Rapporten skrevs på enheten. Vi träffade Leila\n"
                                     "Indien och Kenya besöktes i maj.\n")
    assert "Leila" in found, found
    assert not [f for f in found if "Indien" in f], found


def test_a_listed_first_name_and_surname_spelt_like_countries_stay():
    # recall first: "Georgia Jordan" is a listed first name and a listed surname; "Holland" a listed surname
    from redact.detect.places import without_countries
    from redact.types import Finding

    text = "Beslutet skickades till Georgia Jordan och Anna\nHolland, samt listan India\nKambodja.\n"

    def proposed(name: str) -> Finding:
        at = text.index(name)
        return Finding(id="p1-0", page=1, start=at, end=at + len(name), text=name, category="PERSON", score=0.5,
                       detector="names", reason="list:first+name")

    kept = [f.text for f in without_countries([proposed(n) for n in ("Georgia Jordan", "Anna\nHolland",
                                                                       "India\nKambodja")], text)]
    assert kept == ["Georgia Jordan", "Anna\nHolland"]


def test_a_lone_first_name_that_is_also_a_country_stays_a_person_on_swedish_text(model_detector):
    # recall first: "Israel" and "Jordan" are first names in Sweden, and the country is "Jordanien" in Swedish
    found = _persons(model_detector, "Efter mötet ringde Jordan och berättade att han hade fått beskedet.\n")
    assert any("Jordan" in f for f in found), found


def test_a_missions_letters_and_its_country_are_no_person():
    from redact.detect.places import without_countries
    from redact.types import Finding

    text = "Insats\nUNMIK Kosovo\nOSSE Georgien\nRUT Norge\nKontakt ANNA Sverige\n"

    def proposed(name: str) -> Finding:
        at = text.index(name)
        return Finding(id="p1-0", page=1, start=at, end=at + len(name), text=name, category="PERSON", score=0.85,
                       detector="names", reason="ner:PER")

    kept = [f.text for f in without_countries([proposed(n) for n in ("UNMIK Kosovo", "OSSE Georgien", "RUT Norge",
                                                                     "ANNA Sverige")], text)]
    # a listed first name in capitals before a country stays a person (recall first)
    assert kept == ["RUT Norge", "ANNA Sverige"]
