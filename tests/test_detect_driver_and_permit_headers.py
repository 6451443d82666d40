"""A permit register's headers: "Förare" (the drivers, a column of names) and "Tillstånd" (the permit's number) are
header cells, so a header row read as one line ("Tillstånd Förare") is no name, and the drivers under "Förare" are
names. Fictional people; the shipped model."""

from __future__ import annotations

import pytest

from redact.detect.table_headers import FULL, _is_header, header_kind
from redact.document_detection import detect_text

TEXT = """Nattparkering för husbilar, Norrby kommun
Tillstånd Förare
Personnummer Mobil
HP-0311
Kalinda Wirrpanda
810312-1186
070-551 28 40
HP-0314
Ruslan Tagirov
770905-2394
073-118 62 07
"""


def test_the_headers_are_known():
    assert header_kind("Förare") == FULL and _is_header("Tillstånd")


@pytest.fixture(scope="module")
def persons(model_detector) -> set[str]:
    return {f.text for f in detect_text(TEXT, model_detector).findings
            if f.category == "PERSON" and f.status != "rejected"}


def test_the_header_row_is_no_name(persons):
    assert not [p for p in persons if "Förare" in p or "Tillstånd" in p]


@pytest.mark.parametrize("name", ["Kalinda Wirrpanda", "Ruslan Tagirov"])
def test_the_drivers_stay_masked(persons, name):
    assert name in persons
