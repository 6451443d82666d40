"""A researcher's ORCID iD is found by its shape and its ISO 7064 mod 11-2 check character, bare or in its address;
the same shape failing the check, and numbers of other shapes, stay. Fictional people; the check computed."""

from __future__ import annotations

import pytest

from redact.detect.labelled_id import LabelledIdRecognizer
from redact.detect.researcher_ids import orcid_ok

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


def test_the_check_character():
    assert orcid_ok("0000-0002-1825-0097") and orcid_ok("0000-0002-1694-233X")
    assert not orcid_ok("0000-0002-1825-0098") and not orcid_ok("0000-0002-1694-2330")


@pytest.mark.parametrize("text, value", [
    ("Gästforskaren Elin Barsk har ORCID 0000-0002-1825-0097 och lånar via fjärrlån.", "0000-0002-1825-0097"),
    ("Publikationslistan anger https://orcid.org/0000-0002-1694-233X för Tove Rask.", "0000-0002-1694-233X"),
    ("| Ivo Lund | 0000-0002-1825-0097 |", "0000-0002-1825-0097"),
])
def test_an_orcid_that_checks_is_found(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Gästforskaren har ORCID 0000-0002-1825-0098 enligt ansökan.",
    "Artikelnummer 0000-0002-1825-0097-11 är slut i lager.",
])
def test_a_failing_check_or_a_longer_number_stays(text):
    assert not any(v.startswith("0000-0002") for v in found(text))
