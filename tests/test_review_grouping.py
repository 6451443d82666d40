"""One person, one decision in the review app: a person's initials, e-mail, phone numbers and the address
beside the name join the person's group, so one click masks (or releases) everything that identifies them."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from conftest import write_text_pdf
from redact.review.grouping import Layout, Placed, contact_owners, e164, page_layout, person_for_initials
from redact.review.session import ReviewStore

REVIEWER = "Leila Haddad"


def _table_pdf(path: Path, rows: list[tuple[str, ...]], columns: tuple[float, ...] = (50, 170, 370)) -> Path:
    """A page with a table drawn as text cells: one row a line, the cells side by side."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 72), "Deltagare i samrådet", fontsize=11)
    y = 100.0
    for row in rows:
        for x, cell in zip(columns, row):
            page.insert_text((x, y), cell, fontsize=10)
        y += 18
    doc.save(path)
    doc.close()
    return path


def _groups(store: ReviewStore, case_id: int) -> dict[str, set[str]]:
    """Subject label -> the texts of its mentions."""
    by_id = {f.id: f.text for f in store.findings(case_id)}
    return {s.label: {by_id[i] for i in s.finding_ids} for s in store.subjects(case_id)}


@pytest.fixture()
def store(tmp_path: Path) -> ReviewStore:
    return ReviewStore(tmp_path / "review.sqlite")


def test_a_contact_block_under_the_name_is_one_decision_with_the_person(store, tmp_path, blank_detector):
    case = store.create_case(request_id="GR-1", received="2026-02-01")
    lines = ["Tjänsteanteckning", "Klagande: Mikael Sjöberg (MS)", "Storgatan 12", "972 31 Luleå",
             "E-post: mikael.sjoberg@example.se", "Telefon 070-174 06 77, mobil +46 70 174 06 77",
             "Kopia till ulla.nyman@example.se", "", "MS ringde den 3 mars och frågade om beslutet.",
             "Handläggare: Tove Lindqvist"]
    store.add_document(case.id, write_text_pdf(tmp_path / "anteckning.pdf", [lines, ["Enligt M.S. har inget hänt."]]),
                       blank_detector)
    groups = _groups(store, case.id)
    mikael = groups["Mikael Sjöberg"]
    assert {"Mikael Sjöberg", "MS", "M.S.", "mikael.sjoberg@example.se", "070-174 06 77", "+46 70 174 06 77"} <= mikael
    assert any("Storgatan 12" in t for t in mikael)  # the address on the lines under the name
    # "Kopia till …" under the block is someone else's address; the case officer is her own decision.
    assert "ulla.nyman@example.se" not in mikael and groups["Tove Lindqvist"] == {"Tove Lindqvist"}
    # One decision masks all of it.
    subject = next(s for s in store.subjects(case.id) if s.label == "Mikael Sjöberg")
    versions = {f.id: f.version for f in store.findings(case.id) if f.subject_id == subject.id}
    store.decide_subject(case.id, subject.id, "accepted", REVIEWER, versions)
    states = {f.text: f.state for f in store.findings(case.id) if f.subject_id == subject.id}
    assert set(states.values()) == {"masked"} and len(states) >= 7


def test_each_table_row_joins_its_own_persons_address_and_phone(store, tmp_path, blank_detector):
    case = store.create_case(request_id="GR-2", received="2026-02-02")
    rows = [("Namn", "Adress", "Telefon"),
            ("Mikael Sjöberg", "Storgatan 12, 972 31 Luleå", "070-174 06 77"),
            ("Tove Lindqvist", "Kungsgatan 3, 111 22 Stockholm", "08-123 456 78")]
    store.add_document(case.id, _table_pdf(tmp_path / "deltagare.pdf", rows), blank_detector)
    groups = _groups(store, case.id)
    assert groups["Mikael Sjöberg"] == {"Mikael Sjöberg", "Storgatan 12, 972 31 Luleå", "070-174 06 77"}
    assert groups["Tove Lindqvist"] == {"Tove Lindqvist", "Kungsgatan 3, 111 22 Stockholm", "08-123 456 78"}


def test_initials_in_another_document_join_the_one_person_of_the_case_they_fit(store, tmp_path, blank_detector):
    case = store.create_case(request_id="GR-3", received="2026-02-03")
    store.add_document(case.id, write_text_pdf(tmp_path / "beslut.pdf", [["Beslut om bygglov för Mikael Sjöberg."]]),
                       blank_detector)
    store.add_document(case.id, write_text_pdf(tmp_path / "protokoll.pdf", [["Protokollet justerat.", "Justerandes signatur: MS"]]),
                       blank_detector)
    assert "MS" in _groups(store, case.id)["Mikael Sjöberg"]
    # Two people with the same initials: nobody can tell whose they are, so they stay a decision of their own.
    other = store.create_case(request_id="GR-4", received="2026-02-04")
    store.add_document(other.id, write_text_pdf(tmp_path / "b2.pdf", [["Beslut för Mikael Sjöberg och Maria Svensson."]]),
                       blank_detector)
    store.add_document(other.id, write_text_pdf(tmp_path / "p2.pdf", [["Protokollet justerat.", "Justerandes signatur: MS"]]),
                       blank_detector)
    groups = _groups(store, other.id)
    assert "MS" not in groups["Mikael Sjöberg"] and "MS" not in groups["Maria Svensson"] and groups["MS"] == {"MS"}


def test_initials_fit_only_one_person_and_look_like_initials():
    persons = ["Mikael Sjöberg", "Tove Lindqvist", "Axel von Hallwyl"]
    assert person_for_initials("MS", persons) == person_for_initials("M.S.", persons) == "Mikael Sjöberg"
    assert person_for_initials("AvH", persons) == "Axel von Hallwyl"
    assert person_for_initials("TL", persons + ["Tuva Lind"]) is None  # two people fit
    assert person_for_initials("Tove", persons) is None and person_for_initials("KT", persons) is None


def _box(line: int, x0: float = 72, x1: float = 200) -> tuple[float, float, float, float]:
    y = 60.0 + 17.6 * line
    return (x0, y, x1, y + 12)


def test_contact_data_joins_only_the_nearest_single_person_within_two_lines():
    name = Placed(1, (_box(0),), "PERSON", True)
    found = [name, Placed(1, (_box(2),), "ADDRESS", True), Placed(1, (_box(5),), "PHONE", True)]
    layout = page_layout([(_box(i, 72, 80), "x") for i in range(8)])
    # two lines under the name: joins; five lines under (three under the address): does not
    assert contact_owners(found, {0: "P|mikael"}, lambda p: Layout(layout.bands)) == {1: "P|mikael"}
    # the same line as two names (a row naming both): neither
    two = [Placed(1, (_box(0, 72, 150),), "PERSON", True), Placed(1, (_box(0, 160, 240),), "PERSON", True),
           Placed(1, (_box(0, 250, 400),), "ADDRESS", True)]
    assert contact_owners(two, {0: "P|a", 1: "P|b"}, lambda p: Layout(layout.bands)) == {}
    # the nearer name wins: the address right under the second name is hers
    stacked = [Placed(1, (_box(0),), "PERSON", True), Placed(1, (_box(1),), "PERSON", True), Placed(1, (_box(2),), "ADDRESS", True)]
    assert contact_owners(stacked, {0: "P|a", 1: "P|b"}, lambda p: Layout(layout.bands)) == {2: "P|b"}
    # an official proposed for release never takes a private address proposed for masking with her
    official = [Placed(1, (_box(0),), "PERSON", False), Placed(1, (_box(1),), "ADDRESS", True)]
    assert contact_owners(official, {0: "P|tove"}, lambda p: Layout(layout.bands)) == {}
    # another page: nothing
    assert contact_owners([name, Placed(2, (_box(1),), "ADDRESS", True)], {0: "P|mikael"}) == {}


def test_words_before_contact_data_on_its_line_end_the_block():
    found = [Placed(1, (_box(0),), "PERSON", True), Placed(1, (_box(1, 150, 300),), "EMAIL", True)]
    labelled = page_layout([(_box(0), "Mikael"), (_box(1, 72, 120), "E-post:"), (_box(1, 150, 300), "m@x.se")])
    other = page_layout([(_box(0), "Mikael"), (_box(1, 72, 100), "Kopia"), (_box(1, 105, 120), "till"), (_box(1, 150, 300), "u@x.se")])
    assert contact_owners(found, {0: "P|m"}, lambda p: labelled) == {1: "P|m"}
    assert contact_owners(found, {0: "P|m"}, lambda p: other) == {}
    # on the name's line: "bor på" says whose address it is, "träffade" does not
    lives = [Placed(1, (_box(0, 72, 150),), "PERSON", True), Placed(1, (_box(0, 230, 330),), "ADDRESS", True)]
    says = page_layout([(_box(0, 72, 150), "Anna Svensson"), (_box(0, 160, 185), "bor"), (_box(0, 190, 205), "på"),
                        (_box(0, 230, 330), "Storgatan 12")])
    met = page_layout([(_box(0, 72, 150), "Anna Svensson"), (_box(0, 160, 205), "träffade"), (_box(0, 230, 330), "Storgatan 12")])
    assert contact_owners(lives, {0: "P|a"}, lambda p: says) == {1: "P|a"}
    assert contact_owners(lives, {0: "P|a"}, lambda p: met) == {}


@pytest.mark.parametrize("written", ["070-174 06 77", "+46 70 174 06 77", "+46 (0)70-174 06 77", "0046 70 174 06 77",
                                     "0046-70-1740677", "(070) 174 06 77", "+46701740677", "070.174.06.77", "+46 070 174 06 77"])
def test_every_way_of_writing_a_swedish_number_is_one_e164_number(written):
    assert e164(written) == "+46701740677"


def test_a_foreign_number_keeps_its_country_code():
    assert e164("+47 22 33 44 55") == e164("0047 22 33 44 55") == "+4722334455"
    assert e164("+44 (0)20 7946 0000") == "+442079460000"
    assert e164("08-123 456 78") == "+46812345678"
