"""A bare number that is the serial of the document's own case number, or inside the range of case numbers the text
states, is the authority's and no one's identifier; other numbers found as identifiers stay. Fictional cases."""

from __future__ import annotations

from redact.detect.case_serials import drop_case_serials
from redact.types import Finding

TEXT = ("Ärenden LST 2026/30412 till LST 2026/30440 enligt 12 kap. miljöbalken.\n"
        "| 30412 | Aila Rantala | Tillstånd\n"
        "| 30427 | Bo Hammar | Avslag\n"
        "Yttrande i ärende LST 2026/30431 från grannen. Hans kundnummer är 88120.\n")


def _id(text: str, value: str) -> Finding:
    at = text.index(value)
    return Finding(id=value, page=1, start=at, end=at + len(value), text=value, category="ID_NUMBER", score=0.8,
                   detector="learned_spans")


def test_the_serials_of_the_documents_case_numbers_are_no_identifiers():
    findings = [_id(TEXT, "30412"), _id(TEXT, "30427")]
    assert drop_case_serials(findings, TEXT) == []


def test_a_number_outside_the_cases_range_stays_an_identifier():
    kept = _id(TEXT, "88120")
    assert drop_case_serials([kept], TEXT) == [kept]


def test_a_series_numbered_after_a_colon_is_the_authoritys_too():
    # "HP 2026:0331–0337": an investigation series the way the Tax Agency writes it; the rows' "0334" are its cases
    text = ("Ärendeserie HP 2026:0331–0337\n| 0331 | Mikael Forsberg | 850419-2132\n| 0334 | Emma Wallin | 9308254649\n"
            "Beslut i ärende LEG 2026:19 fattades i maj. Hans kundnummer är 0612.\n")
    kept = _id(text, "0612")
    assert drop_case_serials([_id(text, "0331"), _id(text, "0334"), kept], text) == [kept]
