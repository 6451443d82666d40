"""A column of persons' names under a header nobody listed ("Timvikarie") in a register of persons: a name no list
holds is taken with the listed ones beside it; a column of places or of firms named by their owners stays.
Fictional people."""

from __future__ import annotations

from redact.detect.name_columns import is_name_column


def test_a_column_of_names_holds_the_unlisted_name_too():
    assert is_name_column(["Moa Lindkvist", "Yusuf Demirtas", "Ștefana Vlădescu", "Ilona Varga"])


def test_places_and_firms_are_no_column_of_names():
    assert not is_name_column(["Norra Sandsjö", "Västra Ed"])
    assert not is_name_column(["Lilla Torget", "Stora Torget"])
    assert not is_name_column(["Ekholms Måleri", "Lindqvist Bygg", "Anna Berg"])
    assert not is_name_column(["Moa Lindkvist"])  # one cell is no column
