"""A column headed by an association, a club or a society beside a column of names holds each member's number
there, masked whatever its shape; a list of associations beside a firm's column, or with no names, stays. Fictional
people and numbers; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.detect.association_columns import names_association
from redact.detect.table_header_words import ID
from redact.detect.table_headers import row_kinds
from tests.found_ids import proposed_ids


@pytest.mark.parametrize("header", ["Jaktklubb", "Förening", "Hundsällskapet", "Kennel-förbund"])
def test_an_association_names_a_column(header):
    assert names_association(header)


@pytest.mark.parametrize("header", ["Klubbhus", "Föreningsbidrag", "Förbundsstämma", "Ort"])
def test_other_words_name_no_association(header):
    assert not names_association(header)


def test_an_association_column_beside_names_holds_the_members_numbers(blank_detector):
    assert row_kinds(["Ärende", "Medlem", "Ridklubb"])[2] == ID
    text = ("| Ärende | Sökande | Ridklubb\n| 14-2031 | Greta Holm | RK/ÖST-5519\n"
            "| 14-2048 | Olof Brandt | BRK 7731\n")
    assert {"RK/ÖST-5519", "BRK 7731"} <= proposed_ids(blank_detector, text)


def test_an_association_column_beside_a_firm_or_without_names_stays(blank_detector):
    assert row_kinds(["Förening", "Org.nr", "Bidrag"])[0] is None
    assert row_kinds(["Företag", "Kontaktperson", "Förening"])[2] is None
