"""A permit's number issued to a person, written in its own column beside the authority's case column and again after
"Tillstånd" in the decision's letter, is the permit the person holds, no case of the authority's; where no case
column numbers the cases, a permit's line still heads the case. Fictional text."""

from __future__ import annotations

from redact.detect.case_headings import case_heading_codes, opens_case, permit_codes

TABLE = "\n".join([
    "Sökande april 2027", "Ärende", "Sökande", "Född", "Tillstånd",
    "521-5520-27", "Jonas Berglund", "12 mars 1985", "NRA-F 27/3051",
    "521-5527-27", "Femke Lind", "3 maj 1979", "NRA-F 27/3058",
    "521-5534-27", "Laura Holm", "14 juli 1968", "NRA-F 27/3065",
])
LETTER = ("Beslut om tillträde\nJonas Berglund\nTillstånd NRA-F 27/3051. Tillståndet gäller 1 april till 31 juli 2027.\n"
          "Ämne: min brors tillstånd, NRA-F 27/3051\n")


def test_a_permit_beside_the_case_column_is_no_case():
    cases = case_heading_codes([TABLE, LETTER])
    assert "521-5520-27" in cases
    assert "NRA-F 27/3051" not in cases
    assert permit_codes([TABLE, LETTER], cases) == {"NRA-F 27/3051"}


def test_the_permits_word_and_series_are_no_name():
    cases = case_heading_codes([TABLE, LETTER])
    openers = cases | permit_codes([TABLE, LETTER], cases)
    at = LETTER.index("Tillstånd NRA-F")
    assert opens_case(LETTER, at, at + len("Tillstånd NRA-F"), openers)


def test_a_permits_line_heads_the_case_where_no_case_column_numbers_them():
    letter = "Tillstånd NRA-F 27/3051. Tillståndet gäller i maj.\nFrågor om tillstånd NRA-F 27/3051 till oss.\n"
    assert "NRA-F 27/3051" in case_heading_codes([letter])
