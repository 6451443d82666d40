"""A whole date set off by commas after a name no list holds is a birth date when a relative's or a role's noun
stands before the name ("hans farmor Gladys Quiñelén, 12.11.1951, hämtar", "Grannen Millaray Huaiquil, 3.4.1950,
klagar"); a place's name with a dated comma stays. Fictional people; the blank pipeline."""

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
