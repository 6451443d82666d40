"""A whole date set off by commas after a name no list holds is a birth date when a relative's or a role's noun
stands before the name ("hans farmor Gladys Quiñelén, 12.11.1951, hämtar", "Grannen Millaray Huaiquil, 3.4.1950,
klagar"); a place's name with a dated comma stays. A relative's name with the date ending the clause ("sonen
Arash, 12 juni 2017.") and a given name with a date as a child's cell ("Ella, 17/3 2022") are birth dates too.
Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

TEXT = """Anteckningar om skolskjutsen
Hans farmor Rosalba Quiñelén, 12.11.1951, hämtar honom på fredagar.
Grannen Millaray Huaiquil, 3.4.1950, klagar på bullret från vägen.
Hennes kusin Tayanita Ancamil, 1962-08-19, har fullmakt.
Beslut om Östra Tallbacken, 12.10.1988, finns i arkivet.
"""


@pytest.fixture(scope="module")
def births(blank_detector) -> set[str]:
    return {f.text for f in detect_text(TEXT, blank_detector).findings
            if f.category == "DATE_OF_BIRTH" and f.status != "rejected"}


@pytest.mark.parametrize("date", ["12.11.1951", "3.4.1950", "1962-08-19"])
def test_the_date_after_a_relatives_name_is_a_birth_date(births, date):
    assert date in births


def test_a_places_dated_comma_is_no_birth_date(births):
    assert "12.10.1988" not in births


def _births(detector, text: str) -> set[str]:
    return {f.text for f in detect_text(text, detector).findings
            if f.category == "DATE_OF_BIRTH" and f.status != "rejected"}


@pytest.mark.parametrize("text, date", [
    ("Hon ansöker om rättshjälp i mål om vårdnad om sonen Arash, 12 juni 2017. Hon bor kvar.", "12 juni 2017"),
    ("Ansökan gäller även hennes dotter Leia Ek, 3.9.2012; beslut fattas i maj.", "3.9.2012"),
    ("Utredningen rör barnbarnet Oskar Lund,\n3 mars 2004\noch hans mor.", "3 mars 2004"),
    ("Ansökan gäller dottern Ella, 17/3 2022 och sonen Leo, 3/5 2019.", "17/3 2022"),
])
def test_the_date_ending_the_clause_after_a_relatives_name_is_a_birth_date(blank_detector, text, date):
    assert date in _births(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Beslutet fattades av handläggaren Anna Ek, 12 juni 2019.",
    "Utredaren hade samtal med sonen Arash, 12 juni 2019.",
])
def test_the_date_after_a_roles_name_or_a_meeting_ending_the_sentence_stays_readable(blank_detector, text):
    assert not _births(blank_detector, text)


@pytest.mark.parametrize("text, dates", [
    # a child column read one cell a line: the listed name, and a name no list holds among them
    ("Förälder\nBarn\nFörskola\nHanna Lundgren\nElla, 17/3 2022\nFörskolan Blåbäret\n"
     "Ali Reza Mohammadi\nSana, 14.9.2021\nFörskolan Tallen\n", {"17/3 2022", "14.9.2021"}),
    ("| Förälder | Barn |\n| Hanna Lundgren | Ella, 17/3 2022; Leo, 3.5.2019 |\n", {"17/3 2022", "3.5.2019"}),
    ("Barn\nElla (17/3 2022)\nLeo (2019-05-03)\n", {"17/3 2022", "2019-05-03"}),
    ("Sökande: Hanna Lundgren\nBarn: Ella, 17/3 2022\n", {"17/3 2022"}),
])
def test_a_given_name_and_a_date_as_a_childs_cell_is_a_birth_date(blank_detector, text, dates):
    assert _births(blank_detector, text) == dates


@pytest.mark.parametrize("text", [
    "Sälvik, 2019-05-02\nAnna Ek\nhandläggare",      # a letter's place and date
    "Signatur\nAnna Ek, 2019-05-02\n",              # a signature and its date
    "Kontaktperson\nSana, 14.9.2021\n",             # a name no list holds, alone
    "Kontakt: Anna, 2019-05-02\n",                  # a contact's label, no relative's
])
def test_a_place_a_signature_or_an_unlisted_name_alone_with_a_date_stays_readable(blank_detector, text):
    assert not _births(blank_detector, text)
