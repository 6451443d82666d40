"""A register of persons whose first column, under a header nobody listed, numbers each person by a series of two
letter groups and a number sign ("KR-BUD #5512"): the persons' codes, masked as a column of codes is. The same
column of sums, dates or the year's serials stays. Fictional numbers."""

from __future__ import annotations

from redact.detect.code_columns import is_code_column


def test_a_series_with_two_letter_groups_and_a_number_sign_is_a_column_of_codes():
    assert is_code_column(["KR-BUD #5512", "KR-BUD #5513", "KR-BUD #5514"])
    assert is_code_column(["AB-LEV #0412", "AB-LEV #0415", "AB-LEV #0419"])


def test_sums_dates_and_the_years_serials_stay():
    assert not is_code_column(["12 400", "8 950", "10 200"])
    assert not is_code_column(["2027-03-01", "2027-03-02", "2027-03-04"])
    assert not is_code_column(["KS 2026/118", "KS 2026/119", "KS 2026/121"])
    assert not is_code_column(["KR-BUD #5512", "KR-BUD #5512"])
