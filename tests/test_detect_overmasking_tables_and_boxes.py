"""The body's own numbers and box and the next table's header cells stay readable: a placement's number column, a
kit's number ending a row before the next row's case number, a letterhead whose box stands on its own line, the
next table's header row under a caption. Fictional bodies, places and people; the blank pipeline (rules only)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from address_checks import addresses_over, readable_letters  # noqa: E402
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402


@pytest.mark.parametrize("text, word", [
    # a kit's number ending one row, the next row's case number opening the next line
    ("Ärende\nDeltagare\nProvburk\nKX-27-0311\nPer Olofsson\nKRT 3301 552 71\nKX-27-0318\nLisa Berg\n"
     "KRT 3301 552 88\n", "KX-27-0318"),
    # the same number ending a table, the next heading on the line below
    ("Returnerade provburkar\nKRT 3301 552 88\nKontaktuppgifter\nRing oss.", "Kontaktuppgifter"),
])
def test_a_codes_digits_ending_a_line_are_no_postal_code_before_the_next_lines_word(blank_detector, text, word):
    assert not addresses_over(blank_detector, text, word)


def test_a_village_with_its_number_and_the_postal_code_ending_the_line_stays_an_address(blank_detector):
    text = "Sökande: Eva Ström\nLillmyran 112, 684 95\nVårsjö\n"
    assert readable_letters(blank_detector, text, "Lillmyran 112, 684 95\nVårsjö") == ""


def test_a_placements_column_numbers_the_bodys_decisions():
    from redact.detect.case_headings import case_column_codes
    from redact.detect.code_columns import names_own_paper

    assert names_own_paper("Placering")
    text = ("| Placering | Barn | Född\n| PL-27-2210 | Alva Nordin | 2022-04-01\n"
            "| PL-27-2217 | Melker Sund | 2021-11-19\n")
    assert case_column_codes(text) == {"PL-27-2210", "PL-27-2217"}


def test_a_placements_number_in_its_column_is_not_proposed(blank_detector):
    from redact.pipeline import detect_text

    text = ("Placeringar hösten\n| Placering | Barn | Född | Vårdnadshavare\n"
            "| PL-27-2210 | Alva Nordin | 2022-04-01 | Jenny Nordin\n"
            "| PL-27-2217 | Melker Sund | 2021-11-19 | Omar Sund\n"
            "| PL-27-2224 | Ines Kask | 2022-08-30 | Pille Kask\n")
    found = {f.text for f in detect_text(text, blank_detector).findings if f.status != "rejected"}
    assert not any(t.startswith("PL-27") for t in found), found
    assert "Alva Nordin" in found


LETTERHEAD = ("Omsorgsnämnden i Ekby, förskoleenheten, förskolan Lärkan,\nBox 210, 831 20 Ekby\n"
              "Växel 0123-45 60 00. Funktionsbrevlåda larkan@ekby-forskola.se\n")


def test_a_letterheads_box_on_its_own_line_below_the_names_is_the_bodys():
    from redact.detect.letterhead_boxes import letterhead_boxes

    assert letterhead_boxes([LETTERHEAD]) == frozenset({"Box 210, 831 20 Ekby"})


def test_a_persons_box_on_its_own_line_below_her_name_stays_hers():
    from redact.detect.letterhead_boxes import letterhead_boxes

    text = ("Maria Lindholm, frilansande tolk,\nBox 88, 831 21 Ekby\n"
            "Växel 0123-45 60 00. Funktionsbrevlåda tolk@ekby-tolk.se\n")
    assert letterhead_boxes([text]) == frozenset()


def test_a_word_of_the_bodys_mail_domain_is_no_one_speaking_of_her_own_home():
    from redact.detect.letterhead_boxes import letterhead_boxes

    # a housing company's domain holds "bostad", "hem": the mailbox's words, no sentence of someone's own home
    text = ("Ekbyhem AB, kundcenter i Ekby, Box 4410, 831 30 Ekby\n"
            "Växel 0123-45 70 00. Funktionsbrevlåda kundcenter@ekby-bostad.se\n")
    assert letterhead_boxes([text]) == frozenset({"Box 4410, 831 30 Ekby"})
    own = ("Ekbyhem AB, kundcenter i Ekby, Box 4410, 831 30 Ekby\n"
           "Växel 0123-45 70 00, min mobil 070-123 45 67. E-post kundcenter@ekby-bostad.se\n")
    assert letterhead_boxes([own]) == frozenset()


# the box opening its own line, the switchboard going on after it and the mailbox on the next line
BOX_THEN_SWITCHBOARD = ("Ekby högskola, institutionen för biologi, provbanken\n"
                        "Box 318, 831 40 Ekby. Växel 0123-47 10 00. Funktionsbrevlåda\nprovbank@ekby-hogskola.se\n"
                        "Bekräftelse\nEkby högskola, provbanken\nBox 318, 831 40 Ekby\nKarin Sjölander\n")


def test_a_letterheads_box_with_the_switchboard_after_it_on_its_line_is_the_bodys(blank_detector):
    from redact.detect.letterhead_boxes import letterhead_boxes
    from redact.pipeline import detect_text

    assert letterhead_boxes([BOX_THEN_SWITCHBOARD]) == frozenset({"Box 318, 831 40 Ekby"})
    found = [f.text for f in detect_text(BOX_THEN_SWITCHBOARD, blank_detector).findings
             if f.status != "rejected" and f.category == "ADDRESS"]
    assert not any("Box 318" in t for t in found), found


def test_a_persons_box_over_her_own_number_stays_hers():
    from redact.detect.letterhead_boxes import letterhead_boxes

    text = ("Maria Lindholm, tolk\nBox 88, 831 21 Ekby. Växel 0123-45 60 00. E-post\nmaria@ekby-tolk.se\n")
    assert letterhead_boxes([text]) == frozenset()


def test_a_header_cell_where_a_number_should_stand_ends_the_table_read_one_cell_a_line():
    from redact.detect.table_text import _from_cell_lines

    rows = [("VT-03", "Lina Ek", "1995-02-11", "MVC 441 8207"), ("VT-03", "Sara Holm", "1990-07-30", "MVC 441 8214"),
            ("VT-04", "Maja Lund", "1988-01-05", "MVC 441 8221"), ("VT-04", "Eva Berg", "1992-09-17", "MVC 441 8238")]
    text = ("Anmälda till kursen\nGrupp\nDeltagare\nFödd\nJournalnr\n" + "".join(f"{c}\n" for r in rows for c in r)
            + "Adresser\nJournal\nAdress\nMVC 441 8207\nStorgatan 4, 123 45 Ekby\n")
    cells = {text[c.start:c.end]: c.kind for c in _from_cell_lines(text)}
    assert cells.get("Sara Holm") == "full"
    assert "Journal" not in cells, cells


def test_the_next_tables_header_row_under_its_caption_is_no_row_of_the_table_above(tmp_path):
    from redact.detect.table_geometry import from_words
    from redact.ingest.pdf import extract_page, open_pdf

    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    table(page, (40, 90), [["Ärende", "Gatuadress", "Postadress"],
                           ["VF 112-2028", "Björkvägen 4", "123 45 Ekby"],
                           ["VF 118-2028", "Tallstigen 9", "123 46 Ekby"]], col_width=160)
    write_lines(page, ["Fynd och rapportörer"], x=42, y=160)
    table(page, (40, 168), [["Upphittare", "Fynd", "Rapportör", "Telefon"],
                            ["KE", "lodjur", "Bo Ahl", "070-111 22 33"]], col_width=120)
    path = save(doc, tmp_path / "tabell.pdf")
    with open_pdf(path) as pdf:
        read = extract_page(pdf[0])
    cells = [read.text[c.start:c.end] for c in from_words(read) if c.kind == "address"]
    assert "Björkvägen 4" in cells, cells
    assert not any(c in ("Fynd", "Rapportör") for c in cells), cells


def test_the_letterheads_box_read_as_an_identifier_is_the_bodys_too():
    from redact.detect.letterhead_boxes import drop_letterhead_boxes
    from redact.types import Finding

    text = "Provbanken\nBox 318, 831 40 Ekby\nKarin Sjölander\n"
    start = text.index("Box 318")
    box = Finding(id="p1-0", page=1, start=start, end=start + 20, text=text[start:start + 20], category="ID_NUMBER",
                  score=0.7, detector="table_column")
    assert drop_letterhead_boxes([box], frozenset({"Box 318, 831 40 Ekby"}), text) == []


def test_the_bodys_name_before_its_box_read_as_a_person_is_the_bodys():
    from redact.detect.letterhead_boxes import drop_letterhead_boxes
    from redact.types import Finding

    # the body's short name before its box, on the letterhead's line and on the window block's line above the box; a
    # person's name above the same box stays
    text = ("EKN, enheten för stöd i Ekby, Box 310, 831 20 Ekby\nVäxel 0123-45 00 00.\n\n"
            "EKN, enheten för stöd i Ekby\nBox 310, 831 20 Ekby\n\nSigrid Lund\nBox 310, 831 20 Ekby\n")
    persons = [Finding(id=f"p{n}", page=1, start=m.start(), end=m.end(), text=m.group(), category="PERSON",
                       score=0.5, detector="learned_spans") for n, m in enumerate(re.finditer(r"EKN|Sigrid Lund", text))]
    kept = drop_letterhead_boxes(persons, frozenset({"Box 310, 831 20 Ekby"}), text)
    assert [f.text for f in kept] == ["Sigrid Lund"]
