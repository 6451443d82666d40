"""A case log's own words stay readable: the letters of the authority's case numbers ("BV-57") are no one's
initials, a case number the page uses as a paragraph's heading ("BV-57: Kunden …") is the case's, not a person's
identifier, a register's note ("Polisanmälan bifogad") is no name, and the questions of an action list's header
("Vad | Vem | När") are header cells; the people, their numbers and the officials' initials stay masked.
Fictional people; the shipped model."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

LOG = """Budget- och skuldrådgivningen, ärendelogg november 2026
Ärende
Kund
Personnummer
Telefon
BV-52
Margit Sjöholm
470312-1182
070-514 22 63
BV-57
Leo Andersson Krantz
890705-2391
073-209 84 10
BV-61
Yusuf Çelebi
720419-4457
076-381 05 92
BV-52: Margit Sjöholm har fått en betalningsanmärkning och vill ha en avbetalningsplan.
BV-57: Leo Andersson Krantz köpte en soffa på avbetalning; säljaren svarar inte.
BV-61: Yusuf Çelebi har fått ett inkassokrav som han bestrider.
Uppföljning:
Datum
Ärende
Åtgärd
Sign
11-04
BV-57
Polisanmälan bifogad
E.Lk.
11-09
BV-61
Brev till inkassobolaget
MaRo
"""
ACTIONS = """Att göra:
Vad
Vem
När
Ring vägföreningen
PeWi
12-01
Boka lokal
AnSj
12-08
"""


def _findings(text: str, detector):
    return [f for f in detect_text(text, detector).findings if f.status != "rejected"]


@pytest.fixture(scope="module")
def log_findings(model_detector):
    return _findings(LOG, model_detector)


def test_the_case_numbers_stay_readable(log_findings):
    assert not [f.text for f in log_findings if "BV" in f.text]


def test_the_registers_note_is_no_name(log_findings):
    assert "Polisanmälan" not in {f.text for f in log_findings if f.category == "PERSON"}


@pytest.mark.parametrize("name", ["Margit Sjöholm", "Leo Andersson Krantz", "Yusuf Çelebi", "470312-1182"])
def test_the_people_stay_masked(log_findings, name):
    assert name in {f.text for f in log_findings}


def test_the_action_lists_questions_are_header_cells(model_detector):
    found = {f.text for f in _findings(ACTIONS, model_detector) if f.category == "PERSON"}
    assert "När" not in found and "Vad" not in found
    assert {"PeWi", "AnSj"} <= found


def test_a_case_numbers_letters_are_no_name_for_the_tagger():
    from redact.detect.no_person_spans import no_persons_name

    text = "Ärende\nBV-57\nLeo Krantz\n"
    a = text.index("BV")
    assert no_persons_name(text, a, a + 2)
    assert not no_persons_name(text, text.index("Leo"), text.index("Leo") + len("Leo Krantz"))


@pytest.mark.parametrize("text, letters", [
    ("Telefon 0470-71 20 00, diarieserie TF 2026/BST\n", "BST"),
    ("Intygen diarieförs i ärendeserien SP 2026/LV.", "LV"),
])
def test_a_case_series_letters_after_its_year_are_no_name_for_the_tagger(text, letters):
    from redact.detect.no_person_spans import no_persons_name

    a = text.index(letters)
    assert no_persons_name(text, a, a + len(letters))


def test_initials_after_a_slash_that_closes_no_case_series_are_still_a_name_for_the_tagger():
    from redact.detect.no_person_spans import no_persons_name

    # a caseworker's initials after a date and a slash, and after a bare number: no series' letters before them
    for text in ("Handlagt 2026-03-04/LVi av enheten.", "Vår referens 4471/LV"):
        a = text.rindex("LV")
        b = a + (3 if text[a + 2:a + 3] == "i" else 2)
        assert not no_persons_name(text, a, b)


def test_a_code_heading_a_paragraph_is_the_cases_number():
    from redact.detect.case_headings import heads_case_on_page

    text = "BV-57\nLeo Krantz\nBV-57: Kunden köpte en soffa.\nKundnummer 88-104\n"
    assert heads_case_on_page(text, 0, 5)
    at = text.index("88-104")
    assert not heads_case_on_page(text, at, at + 6)


# a log's table on one page, the cases' paragraphs on the next, each opened by its number in another way
LOG_TABLE = """Vägärenden, utdrag ur ärendeloggen
| Nr | Inkom | Anmälare | Telefon
| 27-208 | 3/11 | Karin Holmström | 070-611 42 18
| 27-213 | 4/11 | Yusuf Kaya | 073-902 15 44
| 27-219 | 6/11 | Britt-Marie Ek | 076-318 20 95
"""
LOG_PARAGRAPHS = """Kommentarer:
27-208: Karin Holmström ringde om en trasig lampa vid busshållplatsen.
27-213. Yusuf Kaya mejlade en bild av hålet i vägen.
Ansökan 27-219
Sökande: Britt-Marie Ek, bidrag till enskild väg.
"""


def test_case_numbers_heading_paragraphs_on_another_page_stay_readable(model_detector):
    from redact.types import Page

    pages = [Page(number=n, text=t, words=(), width=595, height=842) for n, t in ((1, LOG_TABLE), (2, LOG_PARAGRAPHS))]
    found = [f for page in model_detector.detect_many(pages) for f in page]
    assert not [f.text for f in found if "27-2" in f.text]
    assert {"Karin Holmström", "Yusuf Kaya", "Britt-Marie Ek", "070-611 42 18"} <= {f.text for f in found}


def test_the_codes_a_document_writes_as_headings():
    from redact.detect.case_headings import case_heading_codes, names_case

    codes = case_heading_codes(["BV-57: Kunden ringde.\nPaN 26-0412. Modern klagade.\nAnsökan SR-27-0031\n",
                                "| BV-57 | PaN 26-0412 | SR-27-0031 |\nKVB-4410. Hans bror ringde.\n",
                                "Kundnummer 88-104 gäller Eva.\nEva Lind 2026-11-02: ringde\nSe 14-3.\n"])
    assert {"BV-57", "PaN 26-0412", "SR-27-0031"} <= codes
    assert "88-104" not in codes and "14-3" not in codes
    assert "KVB-4410" not in codes  # written once: a number the line wrapped before, maybe a person's
    assert names_case("SR-27-0031 | 3/11", codes) and not names_case("SR-27-0031 | 19850607 4317", codes)


def test_the_header_of_the_authoritys_own_numbers_is_no_name_part_beside_a_role():
    from redact.detect.table_neighbours import neighbour_cell_names

    # "Ansökan" above "Sökande" (a role's header): the column of the applications' numbers, not a surname
    text = "Utbetalningar\nAnsökan\nSökande\nKm\nBelopp\nBT-14\nGöran Lindfors\n224\n253 kr\n"
    person = (text.index("Göran"), text.index("Göran") + len("Göran Lindfors"))
    found = [text[a:b] for a, b in neighbour_cell_names(text, [person], lambda w: False)]
    assert "Ansökan" not in found, found


def test_a_tables_heading_over_the_cases_header_and_a_role_is_no_name_part():
    from redact.detect.table_neighbours import neighbour_cell_names

    # the heading "Kallelseorter" over "Mål" / "Klagande" / "Ort", after the last row of the table above
    text = ("Yrkanden\nMål\nKlagande\nBelopp\n2218-31\nVilma Rask\n2 400 kr\n"
            "Kallelseorter\nMål\nKlagande\nOrt\n2218-31\nVR\nBoden\n")
    person = (text.index("Vilma"), text.index("Vilma") + len("Vilma Rask"))
    found = [text[a:b] for a, b in neighbour_cell_names(text, [person], lambda w: False)]
    assert found == [], found


def test_a_code_over_a_logged_message_and_the_rest_of_its_series():
    from redact.detect.case_headings import case_heading_codes, names_case

    table = "| GA-27-310 | Per Ek |\n| GA-27-314 | Åsa Lund |\n| GA-27-322 | Nils Ros |\n"
    messages = "GA-27-310\nFrån: Per Ek <per.ek@example.se>\nLampan är trasig.\nGA-27-314\nFrån: Åsa Lund\nHål i vägen.\n"
    codes = case_heading_codes([table, messages])
    assert {"GA-27-310", "GA-27-314"} <= codes
    # a case of the same series whose message has no heading is the authority's number too
    assert names_case("GA-27-322", codes)
    assert not names_case("KB-27-322", codes) and not names_case("GA-27-3220", codes)


def test_a_registers_bare_running_number_heading_its_paragraph_is_the_cases():
    from redact.detect.case_headings import case_heading_codes, names_case

    # a weekly list's rows numbered "0423", the paragraph opened by the number and a colon or after "Ärende"
    codes = case_heading_codes(["| 0423 | Aino Heikkinen | 240605+1827 |\n| 0121 | Shirin Karimi | Bifall |\n",
                                "0423: Aino Heikkinen blev 101 år.\nÄrende 0121. Shirin Karimi ska köra taxi.\n"])
    assert {"0423", "0121"} <= codes
    assert names_case("0423", codes) and not names_case("0424", codes)


def test_a_bare_number_once_or_without_a_heading_is_no_case():
    from redact.detect.case_headings import case_heading_codes

    # written once (a number the paragraph wrapped before), or inside a sentence with no heading's shape
    codes = case_heading_codes(["Kundnummer 4471 gäller Eva.\n4471 kronor betalades.\n", "8812: Per Ek ringde.\n"])
    assert "4471" not in codes and "8812" not in codes


def test_a_case_a_letters_heading_or_a_messages_subject_names_and_its_series():
    from redact.detect.case_headings import case_heading_codes, names_case

    table = "| 552-7104-27 | Per Ek |\n| 552-7139-27 | Åsa Lund |\n| 552-7180-27 | Nils Ros |\n| 2027-5512 | Eva Holm |\n"
    letters = ("Beslut i ärende 552-7104-27\nPer Ek får sprida askan.\nFrån: Åsa Lund <asa.lund@example.se>\n"
               "Ämne: Sak 552-7139-27\nHej!\nÄmne: Dödsbo 2027-5512\nBouppteckningen kommer.\n")
    codes = case_heading_codes([table, letters])
    assert {"552-7104-27", "552-7139-27", "2027-5512"} <= codes
    assert names_case("552-7180-27", codes)  # the same series, no heading of its own


def test_a_subjects_other_word_or_a_sentence_about_a_number_names_no_case():
    from redact.detect.case_headings import case_heading_codes

    texts = ["| KN-4471 | Per Ek |\nÄmne: Kundnummer KN-4471\nHan har ärende KN-4471 hos banken.\n"]
    assert "KN-4471" not in case_heading_codes(texts)


def test_a_running_number_opening_a_sentence_with_its_colon_is_the_cases():
    from redact.detect.case_headings import case_heading_codes

    texts = ["| 5114 | Per Ek | fastighet |\n", "Grannen har haft nyckel. 5114: Ek hade en kusin i Tierp.\n"
             "Han betalade 4471 kr. Kod 8812: ingen.\n"]
    codes = case_heading_codes(texts)
    assert "5114" in codes and "8812" not in codes


def test_a_decisions_heading_or_a_subject_going_on_after_the_case_names_the_case():
    from redact.detect.case_headings import after_other_numbers_label, case_heading_codes, names_case

    table = ("| Nr | Försäkrad | Land | Ärendeid\n| 1 | Per Ek | Norge | RVP-3310-5521\n"
             "| 2 | Åsa Lund | Chile | RVP-3310-5567\n| 3 | Nils Ros | Peru | RVP-3310-5590\n")
    letters = ("Beslut i ärende RVP-3310-5567: ersättning beviljas till 2026-11-30.\n"
               "Ämne: Ärende RVP-3310-5521, läkarintyg från Oslo\n"
               "Åsa Lund har också kundnummer RVP-3310-7781 hos banken.\n")
    codes = case_heading_codes([table, letters])
    assert {"RVP-3310-5567", "RVP-3310-5521"} <= codes
    assert names_case("RVP-3310-5590", codes)  # the same series, no heading of its own
    # a client's number of the same shape after its own label stays someone's, and so does one of another series
    at = letters.index("RVP-3310-7781")
    assert not names_case("RVP-3310-7781", codes, not after_other_numbers_label(letters, at))
    assert not names_case("KLP-3310-7781", codes)


def test_a_subjects_other_word_before_a_comma_names_no_case():
    from redact.detect.case_headings import case_heading_codes

    texts = ["| KN-4471 | Per Ek |\nÄmne: Kundnummer KN-4471, ny adress\nKN-4471 har flyttat.\n"]
    assert "KN-4471" not in case_heading_codes(texts)


def test_a_town_and_its_postal_code_abroad_are_no_case_heading():
    from redact.detect.case_headings import case_heading_codes

    # a home's last line in a table read one cell a line, the country after the comma, then the same home in a
    # sentence: the town and its code are the address's, never the heading of a case
    table = "Ärende\nAdress\nOrt\nVKN 2031-5507\n1-5-9 Tenjinbashi, Kita-ku\nOsaka 530-0041, Japan\n"
    prose = "Hon bor i 1-5-9 Tenjinbashi, Kita-ku, Osaka 530-0041 sedan i våras.\nLKP-19: Hon ringde.\nLKP-19\n"
    codes = case_heading_codes([table, prose])
    assert "Osaka 530-0041" not in codes
    assert "LKP-19" in codes
