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
