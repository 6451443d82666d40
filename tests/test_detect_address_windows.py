"""A letter's address window is masked whole, whatever the country, where a part of it was found: the lines under the
recipient's name to a blank line or a wider gap. A contact block, a body's address, a table read a cell a line and
the lines after the window stay as the rules found them. Fictional people and places."""

from __future__ import annotations

from redact.detect.address_windows import with_window_blocks
from redact.types import Finding, Page


def _finding(text: str, part: str, category: str, nth: int = 0) -> Finding:
    at = -1
    for _ in range(nth + 1):
        at = text.index(part, at + 1)
    return Finding(id=part, page=1, start=at, end=at + len(part), text=part, category=category, score=0.8,
                   detector="learned_spans", reason="")


def _page(text: str, gaps_before: tuple[int, ...] = (), x: dict[int, float] | None = None) -> Page:
    """A page of ``text`` with a box per character: one line every 14 points, 12 points high, a wider gap before the
    lines numbered in ``gaps_before``, each line from its left edge in ``x`` (72 points by default)."""
    rects: list[tuple[float, float, float, float] | None] = []
    top = 60.0
    for n, line in enumerate(text.split("\n")):
        if n in gaps_before:
            top += 14.0
        left = (x or {}).get(n, 72.0)
        rects.extend((left + 6 * i, top, left + 6 * i + 6, top + 12) for i in range(len(line)))
        rects.append(None)  # the line's end
        top += 14.0
    return Page(number=1, text=text, words=(), width=595, height=842, char_rects=tuple(rects[:len(text)]))


def _addresses(findings: list[Finding]) -> list[str]:
    return [f.text for f in findings if f.category == "ADDRESS"]


def test_the_window_under_the_name_is_one_address_to_the_gap_after_it():
    text = ("Beslut om parkeringstillstånd\nTrafikkontoret\nBox 4410, 831 82 Östersund\nLe Thi Hoa\n"
            "Số 27 ngõ 118 phố Kim Mã\nBa Đình, Hà Nội 11100, Việt Nam\nTillståndsnummer PT-2207.\nDu får parkera.")
    found = [_finding(text, "Le Thi Hoa", "PERSON"), _finding(text, "Số 27 ngõ 118", "ADDRESS"),
             _finding(text, "Ba Đình", "PERSON"), _finding(text, "PT-2207", "ID_NUMBER")]
    out = with_window_blocks(found, _page(text, gaps_before=(3, 6)))
    assert _addresses(out) == ["Số 27 ngõ 118 phố Kim Mã\nBa Đình, Hà Nội 11100, Việt Nam"]
    # the quarter read as a person is a part of the home; the name above and the number below stay as found
    assert [f.text for f in out if f.category == "PERSON"] == ["Le Thi Hoa"]
    assert [f.text for f in out if f.category == "ID_NUMBER"] == ["PT-2207"]


def test_a_blank_line_ends_the_window_of_a_text_without_boxes():
    text = ("Kallelse\n\nKwame Mensah\nHouse No. 14, Osu Badu Street\nAirport West, Accra GA-184-2210\n\n"
            "Välkommen den 3 maj.")
    found = [_finding(text, "Kwame Mensah", "PERSON"), _finding(text, "Airport West, Accra GA-184-2210", "ADDRESS")]
    out = with_window_blocks(found, Page(number=1, text=text, words=(), width=595, height=842))
    assert _addresses(out) == ["House No. 14, Osu Badu Street\nAirport West, Accra GA-184-2210"]


def test_a_contact_block_ends_at_its_phone_line():
    text = "Kontaktperson\n\nAnna Lindqvist\nStorgatan 5\n831 30 Östersund\nTelefon 070-441 22 18\n"
    found = [_finding(text, "Anna Lindqvist", "PERSON"), _finding(text, "Storgatan 5", "ADDRESS"),
             _finding(text, "070-441 22 18", "PHONE")]
    out = with_window_blocks(found, Page(number=1, text=text, words=(), width=595, height=842))
    assert _addresses(out) == ["Storgatan 5\n831 30 Östersund"]
    assert "Telefon" not in " ".join(_addresses(out))


def test_a_body_under_the_name_and_a_block_without_an_address_found_stay_as_found():
    text = "Beslut\n\nMaria Holm\nSocialförvaltningen\nBox 12, 831 82 Östersund\n\nJonas Berg\nhandläggare\n"
    found = [_finding(text, "Maria Holm", "PERSON"), _finding(text, "Box 12, 831 82 Östersund", "ADDRESS"),
             _finding(text, "Jonas Berg", "PERSON")]
    out = with_window_blocks(found, Page(number=1, text=text, words=(), width=595, height=842))
    assert _addresses(out) == ["Box 12, 831 82 Östersund"]


def test_a_table_read_a_cell_a_line_is_no_window():
    # a name cell and the address cell beside it: the address does not stand under the name
    text = "Ärende\nNamn\nAdress\nKB-12\nSara Nilsson\nRua Augusta 44, 1100-048 Lisboa\n"
    found = [_finding(text, "Sara Nilsson", "PERSON"), _finding(text, "Rua Augusta 44", "ADDRESS")]
    page = _page(text, gaps_before=(4,), x={0: 72.0, 1: 160.0, 2: 300.0, 3: 72.0, 4: 160.0, 5: 300.0})
    assert _addresses(with_window_blocks(found, page)) == ["Rua Augusta 44"]


def test_a_name_within_a_sentence_opens_no_window():
    text = "Beslut\n\nVi har talat med Ana Costa\nRua Augusta 44, 1100-048 Lisboa\n"
    found = [_finding(text, "Ana Costa", "PERSON"), _finding(text, "Rua Augusta 44", "ADDRESS")]
    out = with_window_blocks(found, Page(number=1, text=text, words=(), width=595, height=842))
    assert _addresses(out) == ["Rua Augusta 44"]


def test_a_window_closed_by_its_country_is_one_address_where_no_part_was_found():
    text = ("Besked om plats\nFritidsförvaltningen\nBox 2231, 901 05 Umeå\nJosette Labiche\nPlot 5518, Anse Aux Pins\n"
            "Victoria, Mahé, Seychelles\nPlatsnummer FR-5518.\nVälkommen.")
    found = [_finding(text, "Josette Labiche", "PERSON"), _finding(text, "Anse Aux Pins", "PERSON"),
             _finding(text, "Victoria", "PERSON"), _finding(text, "FR-5518", "ID_NUMBER")]
    out = with_window_blocks(found, _page(text, gaps_before=(3, 6)))
    assert _addresses(out) == ["Plot 5518, Anse Aux Pins\nVictoria, Mahé, Seychelles"]
    assert [f.text for f in out if f.category == "PERSON"] == ["Josette Labiche"]


def test_a_name_read_on_into_the_window_is_cut_at_its_line():
    text = ("Kallelse\nVuxenutbildningen\nBox 880, 575 28 Eksjö\nGérard Ndayishimiye\nAvenue du Lac 14, Kinindo\n"
            "BP 2210 Bujumbura, Burundi\nKursnummer VX-2210.\nVälkommen.")
    found = [_finding(text, "Gérard Ndayishimiye\nAvenue", "PERSON"), _finding(text, "du Lac 14, Kinindo", "ADDRESS"),
             _finding(text, "BP 2210", "ADDRESS"), _finding(text, "Bujumbura", "PERSON"),
             _finding(text, "VX-2210", "ID_NUMBER")]
    out = with_window_blocks(found, _page(text, gaps_before=(3, 6)))
    assert _addresses(out) == ["Avenue du Lac 14, Kinindo\nBP 2210 Bujumbura, Burundi"]
    assert [f.text for f in out if f.category == "PERSON"] == ["Gérard Ndayishimiye"]


def test_a_window_under_a_name_the_model_read_without_its_given_name():
    text = ("Besked\nBostadsbolaget\nBox 60, 751 89 Uppsala\nHodan Ali Farah\nRue de Venise, immeuble 4\n"
            "BP 1187, Djibouti, République de Djibouti\nÄrende BK-1187.\nVälkommen.")
    found = [_finding(text, "Ali Farah", "PERSON"), _finding(text, "Rue de Venise", "PERSON"),
             _finding(text, "immeuble 4\nBP 1187, Djibouti", "ADDRESS"),
             _finding(text, "République de Djibouti", "PERSON"), _finding(text, "BK-1187", "ID_NUMBER")]
    out = with_window_blocks(found, _page(text, gaps_before=(3, 6)))
    assert _addresses(out) == ["Rue de Venise, immeuble 4\nBP 1187, Djibouti, République de Djibouti"]
