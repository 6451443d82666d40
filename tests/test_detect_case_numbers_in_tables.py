"""The authority's own case numbers ("SN 2027-014") in a table read one cell a line are no one's code, even where
the columns slip under a contract number's header; the contract numbers themselves are masked. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.table_values import value_fits
from redact.detect.table_headers import ID


@pytest.mark.parametrize("case", ["SN 2027-014", "KS 2026/112", "BN 2026-0493"])
def test_a_case_number_fits_no_code_column(case):
    assert not value_fits(ID, case)


@pytest.mark.parametrize("code", ["0412-3307-01", "OF 5528", "YO-2026-311", "U-11/27"])
def test_a_personal_code_still_fits(code):
    assert value_fits(ID, code)


def test_a_cases_running_number_alone_is_the_case_where_the_document_writes_it_in_full():
    from redact.detect.case_short_forms import case_short_forms, drop_case_short_forms
    from redact.types import Finding

    pages = ["Dnr | Avliden\n2025-4417 | Olle Bergkvist\n318-5520-25 | Stina Ek\n",
             "Dnr | Tillgång\n4417 | bil\n5520 | båt\n4417: Bergkvist hade en bror. Kundnummer 7730 hos banken."]
    forms = case_short_forms(pages)
    assert forms == {"4417", "5520"}
    text = pages[1]

    def finding(value: str, at: int) -> Finding:
        start = text.index(value, at)
        return Finding(id=value, page=2, start=start, end=start + len(value), text=value, category="ID_NUMBER",
                       score=0.5, detector="learned_spans")

    kept = drop_case_short_forms([finding("4417", 0), finding("5520", 0), finding("4417:", 30), finding("7730", 0)],
                                 forms)
    # the running numbers go, a person's number that is no case's stays
    assert [f.text for f in kept] == ["7730"]
