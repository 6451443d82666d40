"""How a line of text reads as a table's header cells (``table_header_lines``): header cells glued together or set
close on one line split into their cells, a word glued to no header left whole, and a proposed name of nothing but
header cells told apart from a name. Fictional people."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line, parts", [
    ("OrdningsvaktskortGiltigt till", ["Ordningsvaktskort", "Giltigt till"]),
    ("KundnummerFödd år", ["Kundnummer", "Född år"]),
])
def test_header_cells_glued_to_a_header_of_two_words(line, parts):
    from redact.detect.table_header_lines import header_parts

    assert header_parts(line) == parts


def test_a_word_glued_to_no_header_is_not_cut():
    from redact.detect.table_header_lines import header_parts

    assert header_parts("KundnummerOkänt ord här") is None


def test_a_clearing_and_account_column_is_a_header_of_its_own_when_glued():
    from redact.detect.table_header_lines import header_parts

    assert header_parts("Personnummer Clearing och konto") == ["Personnummer", "Clearing och konto"]
    assert header_parts("Namn Clearing/konto") == ["Namn", "Clearing/konto"]


@pytest.mark.parametrize("cells, headers_only", [
    # a log of accesses: the staff member who opened the record, where and when
    ("Patient Användare", True), ("Tidpunkt", True), ("Vårdenhet", True),
    # the firm hired for the work beside the applicant
    ("Sökande Installatör", True), ("Firma", True),
    ("Vera Lind", False),
])
def test_a_logs_and_a_courts_header_cells_are_no_name(cells, headers_only):
    from redact.detect.table_header_lines import header_words_only

    assert header_words_only(cells) is headers_only


@pytest.mark.parametrize("cells, headers_only", [
    # an applicant's adviser, a reference person: header cells, no one's name
    ("Sökande Rådgivare", True), ("Referens", True), ("Rådgivare", True),
    ("Tove Rask", False),
])
def test_an_advisers_a_references_and_a_things_header_cells_are_no_name(cells, headers_only):
    from redact.detect.table_header_lines import header_words_only

    assert header_words_only(cells) is headers_only
