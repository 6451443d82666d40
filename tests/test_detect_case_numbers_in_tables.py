"""The authority's own case numbers ("SN 2027-014") in a table read one cell a line are no one's code, even where
the columns slip under a contract number's header; the contract numbers themselves are masked. Fictional text."""

from __future__ import annotations

import pytest

from redact.detect.table_values import value_fits
from redact.detect.table_header_words import ID
from redact.ingest.text import text_page


@pytest.mark.parametrize("case", ["SN 2027-014", "KS 2026/112", "BN 2026-0493"])
def test_a_case_number_fits_no_code_column(case):
    assert not value_fits(ID, case)


@pytest.mark.parametrize("code", ["0412-3307-01", "OF 5528", "YO-2026-311", "U-11/27"])
def test_a_personal_code_still_fits(code):
    assert value_fits(ID, code)


def test_a_cases_running_number_alone_is_the_case_where_the_document_writes_it_in_full():
    from redact.detect.case_short_forms import case_short_forms, drop_case_short_forms
    from redact.types import Finding

    pages = ["Dnr | Avliden\n2025-4417 | Olle Bergkvist\n318-5520-25 | Stina Ek\n",
             "Dnr | Tillgång\n4417 | bil\n5520 | båt\n4417: Bergkvist hade en bror. Kundnummer 7730 hos banken."]
    forms = case_short_forms(pages)
    assert forms == {"4417", "5520"}
    text = pages[1]

    def finding(value: str, at: int) -> Finding:
        start = text.index(value, at)
        return Finding(id=value, page=2, start=start, end=start + len(value), text=value, category="ID_NUMBER",
                       score=0.5, detector="learned_spans")

    kept = drop_case_short_forms([finding("4417", 0), finding("5520", 0), finding("4417:", 30), finding("7730", 0)],
                                 forms)
    # the running numbers go, a person's number that is no case's stays
    assert [f.text for f in kept] == ["7730"]


# A payout list whose first column, under "Ärende", numbers the authority's cases, and a second table that writes the
# cases again: read one cell a line (as MuPDF reads a ruled table) and a row a line. The customer numbers of the bank
# ("UK-5120448") and the personnummer stand in other columns and stay someone's.
PAYOUTS_CELL_LINES = "\n".join([
    "Beslut om ersättning (dnr 2026:77)",
    "Ärende", "Delägare", "Personnr", "Kundnr", "Utbetalt",
    "EB-26-00731", "Lisette Nyqvist", "520314-2381", "UK-5120448", "12 400",
    "EB-26-00738", "Oskar Himmelstrand", "19880921-4410", "UK-5139902", "3 950",
    "EB-26-00752", "Dalia Haddad", "930507-6624", "UK-5140017", "8 100",
    "",
    "Konton",
    "Ärende", "Konto i banken", "Utbetalas till",
    "EB-26-00731", "9120-4, 611 230 884-1", "Nordea 3300 520314-2381",
    "EB-26-00738", "9120-4, 611 872 005-3", "Swedbank 8327-9, 914 220 336-5",
    "",
])
PAYOUTS_ROWS = ("Beslut om ersättning\n| Dnr | Delägare | Kundnr\n| EB-26-00731 | Lisette Nyqvist | UK-5120448\n"
                "| EB-26-00738 | Oskar Himmelstrand | UK-5139902\n\nKunden UK-5120448 har fått besked.\n")


@pytest.mark.parametrize("text", [PAYOUTS_CELL_LINES, PAYOUTS_ROWS])
def test_codes_in_the_first_column_under_the_cases_header_are_the_authoritys_cases(text):
    from redact.detect.case_headings import case_heading_codes, names_case

    codes = case_heading_codes([text])
    assert {"EB-26-00731", "EB-26-00738"} <= codes
    # the same series further on (a case whose row the table did not reach) is the authority's too
    assert names_case("EB-26-00790", codes)
    # the customers' numbers and the personnummer in the other columns stay a person's
    assert not any(names_case(v, codes) for v in ("UK-5120448", "UK-5139902", "520314-2381", "EB-5120448"))


def test_a_cases_header_that_is_not_the_tables_first_cell_names_no_column():
    from redact.detect.case_headings import case_column_codes

    # "Kundnr" opens the header: the first row's first cell is a customer's number, not a case
    text = "\n".join(["Kundnr", "Ärende", "Delägare", "UK-26-00731", "Bygglov", "Lisette Nyqvist",
                      "UK-26-00738", "Marklov", "Oskar Himmelstrand", ""])
    assert case_column_codes(text) == set()


def test_another_columns_number_of_the_series_shape_is_not_taken_with_the_cases():
    from redact.detect.case_headings import case_column_codes

    # the customer numbers share the cases' shape: counted by the header's cells they fall off the cases' rows, and
    # no code is taken (the series' shape would spread to the customers' numbers)
    text = "\n".join(["Ärende", "Delägare", "Kundnr", "EB-26-00731", "Lisette Nyqvist", "EB-26-51204",
                      "EB-26-00738", "Oskar Himmelstrand", "EB-26-51399", ""])
    assert case_column_codes(text) == set()


def test_case_numbers_under_the_filing_plans_heading_in_the_cases_column_are_the_authoritys():
    from redact.detect.case_headings import case_heading_codes, names_case

    text = "\n".join(["Kontroller efter anmälan från allmänheten", "Dnr", "Djurhållare", "Född", "Djurslag",
                      "2.4.1-3310-26", "Vilgot Ståhl", "1961-02-17", "får",
                      "2.4.1-3372-26", "Ebba Lindqvist", "3 maj 1979", "katter", ""])
    codes = case_heading_codes([text])
    assert {"2.4.1-3310-26", "2.4.1-3372-26"} <= codes
    assert not names_case("1961-02-17", codes) and not names_case("3310-26", codes)


# A court's hearing list read one cell a line (as MuPDF reads a ruled table): a heading right above the header, the
# bare "Mål" over the court's case numbers, and the parties' own numbers in another column and in a sentence.
HEARINGS_CELL_LINES = "\n".join([
    "Förvaltningsrätten i Falun, Box 45, 791 21 Falun",
    "Förhandlingslista",
    "Mål", "Part", "Kundnr", "Handläggare",
    "FT 5120-26", "Vilgot Sandemar", "KN-330912", "efr",
    "FT 5133-26", "Majken Ollonqvist", "KN-331470", "pst",
    "FT 5147-26", "Ebbe Tornvall", "KN-331802", "efr",
    "",
    "Kallelse till muntlig förhandling i mål FT 5133-26.",
    "Ollonqvist har kundnummer KB 7781-19 hos kommunen.",
])


def test_a_courts_case_numbers_under_its_bare_mal_header_below_a_heading_are_the_courts():
    from redact.detect.case_headings import after_other_numbers_label, case_heading_codes, names_case

    codes = case_heading_codes([HEARINGS_CELL_LINES])
    assert {"FT 5120-26", "FT 5133-26", "FT 5147-26"} <= codes
    # the parties' numbers in the other column stay someone's
    assert not any(names_case(v, codes) for v in ("KN-330912", "KN-331470"))
    # a party's own number of the cases' very shape, after its label in a sentence, stays someone's
    at = HEARINGS_CELL_LINES.index("KB 7781-19")
    assert after_other_numbers_label(HEARINGS_CELL_LINES, at)
    assert not names_case("KB 7781-19", codes, not after_other_numbers_label(HEARINGS_CELL_LINES, at))


def test_a_bare_mal_header_over_scores_or_unlettered_numbers_names_no_cases():
    from redact.detect.case_headings import case_column_codes

    # "Mål" is a goal too: a table of results whose first column holds the scores numbers no court's cases
    scores = "\n".join(["Resultat", "Mål", "Motståndare", "3-1", "Kvarnby IF", "2-0", "Lindö BK", "1-1", "Ekvalla", ""])
    assert case_column_codes(scores) == set()
    # nor does a bare "Mål" over numbers without a court's series letters
    plain = "\n".join(["Mål", "Klient", "Belopp", "7781-19", "Vilgot Sandemar", "2 400", "7790-19", "Ebbe Tornvall",
                       "3 150", ""])
    assert case_column_codes(plain) == set()


def test_a_header_cell_right_above_a_one_line_row_still_names_no_column():
    from redact.detect.case_headings import case_column_codes

    # "Kundnr" opens the header of two columns read one cell a line: its values and the cases alternate line by line
    # and a heading could not be told from the header's first cell, so nothing is taken
    text = "\n".join(["Kundnr", "Mål", "KN 4410-19", "FT 5120-26", "KN 4415-19", "FT 5133-26", ""])
    assert case_column_codes(text) == set()


def test_the_case_word_and_the_series_letters_read_as_a_name_open_the_courts_case():
    from redact.detect.case_headings import case_heading_codes, opens_case

    text = HEARINGS_CELL_LINES + "\nÄmne: Mål FT 5147-26, ny adress\nMål Ebbe Tornvall har ringt.\n"
    codes = case_heading_codes([text])
    at = text.index("Mål FT 5147-26")
    assert opens_case(text, at, at + len("Mål FT"), codes)
    # a name after the case's word, no case number after it, stays a name
    at = text.index("Mål Ebbe")
    assert not opens_case(text, at, at + len("Mål Ebbe Tornvall"), codes)
    assert not opens_case(text, at, at + len("Mål Ebbe"), codes)


@pytest.mark.parametrize("text", [
    "\n".join(["Ärende", "Klagande", "Kundnr", "ÖKN 2026:0311", "Vilma Sandberg", "KN 4410 2207",
               "ÖKN 2026:0318", "Jesper Alm", "KN 4410 2215", ""]),
    "| Ärende | Klagande | Kundnr\n| ÖKN 2026:0311 | Vilma Sandberg | KN 4410 2207\n"
    "| ÖKN 2026:0318 | Jesper Alm | KN 4410 2215\n",
])
def test_a_boards_case_numbers_with_year_and_colon_under_its_cases_header_are_the_boards(text):
    from redact.detect.case_headings import case_heading_codes, names_case

    codes = case_heading_codes([text])
    assert {"ÖKN 2026:0311", "ÖKN 2026:0318"} <= codes
    # the appellants' customer numbers in the other column stay someone's
    assert not any(names_case(v, codes) for v in ("KN 4410 2207", "KN 4410 2215"))


# A board's list of applications whose case numbers end with its division's capital after a slash, written again
# as the headings of the cases' paragraphs, a colon after them. The applicants' client numbers stay someone's.
DIVISION_CASES = "\n".join([
    "Dnr", "Sökande", "Klientnr",
    "VN 12-28/A", "Tuva Marklund", "KN-66120",
    "VN 19-28/B", "Edvin Sjöström", "KN-66187",
    "",
    "VN 12-28/A: Tuva har bott i Oslo sedan 2019.",
    "VN 19-28/B: Edvin har ett bolag i Tallinn.",
])


def test_case_numbers_ending_with_the_divisions_capital_are_the_boards():
    from redact.detect.case_headings import case_heading_codes, names_case

    codes = case_heading_codes([DIVISION_CASES])
    assert {"VN 12-28/A", "VN 19-28/B"} <= codes
    # the tagger may end its span at the slash before the capital
    assert names_case("VN 12-28/", codes)
    assert not any(names_case(v, codes) for v in ("KN-66120", "KN-66187", "VN 12-28/AB"))


def test_referral_numbers_under_a_regions_referral_header_are_the_regions():
    from redact.detect.case_headings import case_heading_codes, names_case

    text = "\n".join(["Utlämnade hjälpmedel", "Remiss", "Patient", "Kundnr",
                      "HLP 2028-4410", "Sixten Ådahl", "KN 5120 44",
                      "HLP 2028-4427", "Greta Vinterhav", "KN 5120 51", ""])
    codes = case_heading_codes([text])
    assert {"HLP 2028-4410", "HLP 2028-4427"} <= codes
    assert not any(names_case(v, codes) for v in ("KN 5120 44", "KN 5120 51"))


def test_a_referrals_own_codes_under_the_referral_header_stay_the_patients():
    from redact.detect.case_headings import case_column_codes

    text = "\n".join(["Remiss", "Patient", "Kundnr", "RF-28-4410", "Sixten Ådahl", "KN 5120 44",
                      "RF-28-4427", "Greta Vinterhav", "KN 5120 51", ""])
    assert case_column_codes(text) == set()


# A school's list of pupils arriving, read one cell a line (as LibreOffice's and MuPDF's PDFs are read): the case
# number stands in the last column, the pupils' own numbers in another; a second table keys the guardians' addresses
# by the cases, its two short header cells joined on one line as MuPDF may join them.
ARRIVALS_CELL_LINES = "\n".join([
    "Nya elever hösten",
    "Elev", "Född", "Elevnr", "Från skola", "Ärende",
    "Tove Granlund", "2015-03-09", "KLV-E 50211", "Hedeskolan", "UBN 2026/318",
    "Amir Sadeghi", "11.07.2014", "KLV-E 50228", "Komvux Ekby", "UBN 2026/322",
    "Lo Ringqvist", "2016", "KLV-E 50235", "Bergeby", "UBN 2026/329",
    "Vårdnadshavare och adresser",
    "Ärende",
    "Vårdnadshavare Adress",
    "UBN 2026/318", "Sara Granlund", "Ekvägen 4, 123 45 Ekby",
    "UBN 2026/322", "Reza Sadeghi", "Björkgatan 2 lgh 1101, 123 46 Ekby",
])


def test_the_cases_column_anywhere_in_a_table_read_one_cell_a_line_is_the_authoritys():
    from redact.detect.case_headings import case_column_codes

    codes = case_column_codes(ARRIVALS_CELL_LINES)
    assert {"UBN 2026/318", "UBN 2026/322", "UBN 2026/329"} <= codes
    # the pupils' numbers in their own column stay the pupils'
    assert not codes & {"KLV-E 50211", "KLV-E 50228", "KLV-E 50235"}


def test_a_cases_column_last_in_a_table_read_a_row_a_line_is_the_authoritys():
    from redact.detect.case_headings import case_column_codes

    text = ("| Hyresgäst | Hyresgästnr | Dnr\n| Vide Lönn | HN 318-2207 | MBN 2026-0417\n"
            "| Greta Alm | HN 318-2215 | MBN 2026-0423\n\nVide har hyresgästnummer HN 318-2207.\n")
    assert case_column_codes(text) == {"MBN 2026-0417", "MBN 2026-0423"}


def test_the_cases_column_after_a_joined_header_line_is_the_authoritys():
    from redact.detect.case_headings import case_column_codes

    second = ARRIVALS_CELL_LINES[ARRIVALS_CELL_LINES.index("Vårdnadshavare och"):]
    assert case_column_codes(second) == {"UBN 2026/318", "UBN 2026/322"}


@pytest.mark.parametrize("first, second", [("FK 2026-42 0311", "FK 2026-42 0328"),
                                           ("225 771204-26/118", "225 771211-26/118")])
def test_case_numbers_with_a_space_between_their_digit_groups_under_the_cases_header_are_the_authoritys(first, second):
    from redact.detect.case_headings import case_column_codes

    text = "\n".join(["Ärenden", "Ärende", "Sökande", "Född", first, "Nils Berggren", "1977-04-02",
                      second, "Hedda Lund", "4 maj 1981", ""])
    assert case_column_codes(text) == {first, second}


def test_the_bodys_bookings_under_a_booking_header_are_its_own_a_carriers_references_stay():
    from redact.detect.case_headings import case_column_codes

    own = "\n".join(["Bokade resor", "Resenär", "Född", "Bokning", "Ulla Berg", "1931-05-06", "FT-26-0311",
                     "Bo Holm", "1944-02-11", "FT-26-0318", ""])
    assert case_column_codes(own) == {"FT-26-0311", "FT-26-0318"}
    carriers = "\n".join(["Resenär", "Bokning", "Ulla Berg", "K7T4QX", "Bo Holm", "Q2LM8R", ""])
    assert case_column_codes(carriers) == set()


def test_a_bankgiros_shape_after_a_cases_series_letters_is_the_case():
    from redact.detect.case_headings import case_heading_codes, closes_case

    text = ("Ärende\nKlagande\nMHN 2026-1147\nKarl Ekholm\nMHN 2026-1153\nEva Åström\n\n"
            "Betala till bankgiro 5050-1055. Ärendet MHN 2026-1147 gäller mögel.\n")
    codes = case_heading_codes([text])
    at = text.index("2026-1147")
    assert closes_case(text, at, at + len("2026-1147"), codes)
    at = text.index("5050-1055")
    assert not closes_case(text, at, at + len("5050-1055"), codes)


def test_an_address_run_on_into_the_next_rows_case_number_ends_before_it():
    from redact.detect.case_headings import before_case_line, case_heading_codes
    from redact.types import Finding

    text = "\n".join(["Ärende", "Adress", "225 771204-26/118", "Nørregade 14, 2. tv., 8000 Aarhus C",
                      "225 771211-26/118", "Storgatan 9, 211 41 Malmö", ""])
    codes = case_heading_codes([text])
    a = text.index("Nørregade")
    b = text.index("Storgatan") - 1
    f = Finding(id="a", page=1, start=a, end=b, text=text[a:b], category="ADDRESS", score=0.5, detector="learned_spans")
    cut = before_case_line(f, text, codes)
    assert cut is not None and cut.text == "Nørregade 14, 2. tv., 8000 Aarhus C"
    # an address over two lines of its own stays whole
    two = "Nørregade 14, 2. tv.\n8000 Aarhus C"
    g = Finding(id="b", page=1, start=0, end=len(two), text=two, category="ADDRESS", score=0.5, detector="address")
    assert before_case_line(g, two, codes) == g


@pytest.mark.parametrize("header, first, second", [
    ("Kontrakt", "BH 31-0412", "BH 31-0429"), ("Order", "SKB-30-7710", "SKB-30-7727"),
    ("Avtalsnr", "LV-K 30-0118", "LV-K 30-0125"),
])
def test_a_companys_contracts_and_orders_by_series_and_year_under_their_header_are_its_own(header, first, second):
    from redact.detect.case_headings import case_column_codes, case_heading_codes, names_case

    text = "\n".join(["Nya kunder", header, "Kund", "Kundnr", first, "Vide Lönn", "KN-40118",
                      second, "Greta Alm", "KN-40125", ""])
    assert case_column_codes(text) == {first, second}
    # the customers' own numbers stay theirs
    assert not any(names_case(v, case_heading_codes([text])) for v in ("KN-40118", "KN-40125"))


def test_a_tenants_contract_number_without_the_year_under_the_contract_header_stays_the_tenants():
    from redact.detect.case_headings import case_column_codes

    text = "| Lgh | Kontrakt | Hyresgäst\n| 1101 | HB-4418 | Vide Lönn\n| 1102 | HB-4425 | Greta Alm\n"
    assert case_column_codes(text) == set()


@pytest.mark.parametrize("first, second", [("RS 31:104", "RS 31:111"), ("PN-V 31/0412", "PN-V 31/0429")])
def test_a_boards_cases_by_unit_letters_and_the_years_two_digits_under_the_cases_header_are_the_boards(first, second):
    from redact.detect.case_headings import case_column_codes

    text = "\n".join(["Ärende", "Deltagare", "Deltagarnr", first, "Nils Berggren", "RS-D 5120",
                      second, "Hedda Lund", "RS-D 5137", ""])
    assert case_column_codes(text) == {first, second}


def test_a_boards_case_with_a_colon_under_the_cases_header_is_no_property(blank_detector):
    from redact.ingest.text import text_page

    text = "\n".join(["Deltagare", "Ärende", "Deltagare", "Deltagarnr", "RS 31:104", "Nils Berggren", "RS-D 5120",
                      "RS 31:111", "Hedda Lund", "RS-D 5137", "", "Adresser", "Ärende", "Adress",
                      "RS 31:104", "Ekvägen 4, 123 45 Ekby", "RS 31:111", "Björkgatan 2, 123 46 Ekby", ""])
    found = blank_detector.detect(text_page(text))
    assert not [f.text for f in found if "RS 31:" in f.text]
    assert any(f.text == "RS-D 5120" for f in found)


def test_a_clearing_number_and_account_read_across_a_cases_line_and_the_next_cell_are_the_case():
    from redact.detect.case_headings import case_heading_codes, closes_case

    text = "\n".join(["Ärende", "Gata", "Ort", "KN 8327-5120", "7/3 Rue Haute", "1000 Bruxelles",
                      "KN 8327-5137", "22 Via Roma", "00184 Roma", ""])
    codes = case_heading_codes([text])
    at = text.index("8327-5120")
    assert closes_case(text, at, text.index("/3 Rue"), codes)
    # a real account on its own line after another cell stays an account
    other = text + "Konto 8327-5199\n7 lagt till\n"
    at = other.index("8327-5199")
    assert not closes_case(other, at, other.index(" lagt"), codes)


def test_a_register_entry_with_a_two_part_series_after_a_label_stays(blank_detector):
    from redact.pipeline import detect_text
    text = "Familjeåterförening, beslut.\nRegistreringsnr KHN-AV 2026/31.\nSökande: Amal Yusuf."
    assert not any("2026/31" in f.text for f in detect_text(text, blank_detector).findings if f.status != "rejected")


@pytest.mark.parametrize("code", ["TRV-UAS-2026-31942", "AB-SE-2019-0447"])
def test_a_two_part_series_joined_by_dashes_is_still_a_code(code):
    from redact.detect.id_value import _NOT_A_CODE

    assert not _NOT_A_CODE.match(code)


def test_an_enforcement_offices_cases_by_letters_year_and_serial_under_the_courts_word_are_its_own():
    from redact.detect.case_headings import case_column_codes

    text = "\n".join(["Mål", "Svarande", "Kundnr", "TX-31-004417", "Valter Skog", "BF-5520418",
                      "TX-31-004422", "Mira Lehto", "BF-5520425", ""])
    assert case_column_codes(text) == {"TX-31-004417", "TX-31-004422"}
    # a match's scores under the same word are no cases
    assert case_column_codes("\n".join(["Mål", "Lag", "3-1", "Åsby IF", "2-2", "Norrby SK", ""])) == set()


@pytest.mark.parametrize("header", ["Kallelse", "Förordnande"])
def test_a_bodys_summonses_and_appointments_by_series_and_year_are_its_own(header):
    from redact.detect.case_headings import case_column_codes

    text = f"| {header} | Namn | Vårdnr\n| VC-31-0412 | Elvira Sandholm | VN-40 2207\n| VC-31-0419 | Tobias Krantz | VN-40 2214\n"
    assert case_column_codes(text) == {"VC-31-0412", "VC-31-0419"}
    # numbered by the county before the year, an appointment is the person's
    other = text.replace("VC-31-", "VC 14-31-")
    assert case_column_codes(other) == set()


def test_a_contract_keying_the_rows_where_the_tenant_has_a_number_of_their_own_is_the_companys():
    from redact.detect.case_headings import case_column_codes

    rows = "| Kontrakt | Hyresgäst | Hyresgästnr\n| BH-5512-03 | Signe Wallin | BH 60 4417\n| BH-5527-11 | Kasper Holm | BH 60 4424\n"
    assert case_column_codes(rows) == {"BH-5512-03", "BH-5527-11"}
    cells = "\n".join(["Uppsagda avtal", "Kontrakt", "Hyresgäst", "Född", "Hyresgästnr",
                       "BH-5512-03", "Signe Wallin", "1955-02-08", "BH 60 4417",
                       "BH-5527-11", "Kasper Holm", "1988-06-21", "BH 60 4424", ""])
    assert case_column_codes(cells) == {"BH-5512-03", "BH-5527-11"}
    # beside a personnummer alone the contract may be what the tenant quotes
    assert case_column_codes(rows.replace("Hyresgästnr", "Personnummer")) == set()


def test_a_case_header_joined_with_the_next_header_cell_on_its_line_keys_the_first_column():
    from redact.detect.case_headings import case_column_codes

    text = "\n".join(["Förordnade gode män", "Förordnande Ställföreträdare", "Född", "Uppdragsnr",
                      "GM-31-118", "Håkan Fridell", "1958-05-27", "GM-U 0812",
                      "GM-31-125", "Ester Blom", "1949-10-03", "GM-U 0829", ""])
    assert case_column_codes(text) == {"GM-31-118", "GM-31-125"}




def test_a_case_number_read_as_an_account_under_the_next_tables_konto_stays(blank_detector):
    text = ("Tillstånd\nÄrende\nSökande\n281-1407-2027\nLinnea Ekvall\n281-1502-2027\nTomas Grahn\n\n"
            "Utbetalning\nÄrende\nBetalare\nKonto\n281-1407-2027\nsökanden\nSE45 5000 0000 0583 9825 7466\n"
            "281-1502-2027\nsökanden\nSE35 5000 0000 0549 1000 0003\n")
    accounts = [f.text for f in blank_detector.detect(text_page(text)) if f.category == "BANK_ACCOUNT"]
    assert not any("281-" in t for t in accounts)


def test_an_agencys_cases_by_its_letters_joined_to_the_year_and_the_acts_number_are_its_own():
    from redact.detect.case_headings import case_column_codes

    text = "\n".join(["Ärende", "Sökande", "Sökande-id", "FX2031-40118:3", "Ture Blom", "SK-77120",
                      "FX2031-40118:6", "Lisa Ahl", "SK-77134", ""])
    assert case_column_codes(text) == {"FX2031-40118:3", "FX2031-40118:6"}
    # under the applicant's number's header the same shape is the applicant's
    assert case_column_codes(text.replace("Ärende\n", "Sökandenr\n")) == set()


def test_an_agencys_cases_by_its_letters_joined_to_the_year_and_a_slash_before_the_serial_are_its_own():
    from redact.detect.case_headings import case_column_codes

    text = ("Mottagare\n| Ärende | Person | Född\n| KV2031/7710 | Ture Blom | 1961\n| KV2031/7711 | Lisa Ahl | 1972\n"
            "| KV2031/7712 | Eva Berg | 1958\n")
    assert case_column_codes(text) == {"KV2031/7710", "KV2031/7711", "KV2031/7712"}


def test_the_polices_seizure_numbers_under_the_seizure_header_are_its_own_the_serials_stay(blank_detector):
    from redact.detect.case_headings import case_column_codes

    text = "\n".join(["Beslag", "Beslag", "Ägare", "Föremål", "Serienummer",
                      "2031-3300-BG 7710", "TS", "surfplatta", "Acer NX-77Q120",
                      "2031-3300-BG 7711", "TS", "cykel", "Crescent WTU 552190",
                      "2031-3300-BG 7712", "OL", "kamera", "Nikon 3304418", ""])
    assert case_column_codes(text) == {"2031-3300-BG 7710", "2031-3300-BG 7711", "2031-3300-BG 7712"}
    found = [f.text for f in blank_detector.detect(text_page(text)) if f.category == "ID_NUMBER"]
    assert not any("BG 77" in t for t in found)
    # the same shape under a serial's header alone is a thing's serial, no seizure
    assert case_column_codes(text.replace("Beslag\nÄgare", "Nummer\nÄgare")) == set()


def test_a_bankgiros_shape_after_a_series_and_its_sub_units_letters_is_the_case():
    from redact.detect.case_headings import case_heading_codes, closes_case

    text = ("Ärende\nSökande\nTV-NO 2031-1077\nKarl Ekholm\nTV-NO 2031-1085\nEva Åström\n\n"
            "Adresser\nÄrende\nAdress\nTV-NO 2031-1077\nEkvägen 4\nTV-NO 2031-1085\nBjörkgatan 2\n")
    codes = case_heading_codes([text])
    at = text.rindex("2031-1077")
    assert closes_case(text, at, at + len("2031-1077"), codes)


def test_an_identifier_read_on_from_a_case_number_in_a_subject_line_starts_after_the_case_and_its_label():
    from redact.detect.case_headings import after_case, case_heading_codes
    from redact.types import Finding

    text = ("Ärende\nGivare\nGivar-id\nRV-KO 2031-114\nTyra Ek\nKO 7 4410\nRV-KO 2031-119\nOla Berg\nKO 7 4417\n\n"
            "Subject: RV-KO 2031-119, donor KO 7 4417\n")
    codes = case_heading_codes([text])
    a = text.index("RV-KO 2031-119, donor")
    b = text.index("\n", a)
    f = Finding(id="a", page=1, start=a, end=b, text=text[a:b], category="ID_NUMBER", score=0.5,
                detector="learned_spans")
    assert after_case(f, text, codes).text == "KO 7 4417"
    # a span that is no case's keeps its start
    g = Finding(id="b", page=1, start=b - 9, end=b, text=text[b - 9:b], category="ID_NUMBER", score=0.5,
                detector="learned_spans")
    assert after_case(g, text, codes) is g


def test_the_units_letters_before_a_filing_plan_code_under_the_cases_header_are_the_authoritys_cases():
    from redact.detect.case_headings import case_heading_codes

    text = "\n".join(["Ärende", "Djurägare", "Ägarnummer",
                      "MHN 4.1-2207-27", "Sune Vallgren", "ÄN 30-118 402",
                      "MHN 4.1-2214-27", "Greta Husberg", "ÄN 30-118 419",
                      ""])
    codes = case_heading_codes([text])
    assert {"MHN 4.1-2207-27", "MHN 4.1-2214-27"} <= codes
    assert not codes & {"ÄN 30-118 402", "ÄN 30-118 419"}


@pytest.mark.parametrize("case", ["Dnr 31-552047", "Diarienr 4.2-1187/28", "Dnr. KS 2028-3301"])
def test_a_number_after_the_bodys_register_word_fits_no_code_column(case):
    assert not value_fits(ID, case, "Dossier")


@pytest.mark.parametrize("code", ["LMA 31-552047-2", "DHN 31-552 047", "Kort 31-552047"])
def test_a_holders_number_beside_it_still_fits(code):
    assert value_fits(ID, code, "Dossier")


def test_an_administrative_courts_cases_with_the_divisions_letter_under_its_bare_mal_header_are_the_courts():
    from redact.detect.case_headings import case_column_codes

    # the court's own paper numbers its cases by the serial and the year, its division's letter after a space
    page = "\n".join(["Förvaltningsrätten i Ekby, avdelning 3", "Klagande", "Mål", "Person", "Född",
                      "5518-28 F", "Edvin Rask", "1962", "5519-28 F", "Siv Marklund", "1958", ""])
    assert case_column_codes(page, court=True) == {"5518-28 F", "5519-28 F"}
    # on another's paper the bare "Mål" still takes no unlettered numbers
    assert case_column_codes(page, court=False) == set()


# An adult school's course list read one cell a line: its cases numbered with the unit's letters closing them after a
# slash or a hyphen, each row's participant's place on the course in the last column.
UNIT_LETTERED_CASES = "\n".join([
    "Antagna till kvällskurserna i keramik",
    "Diarienr", "Deltagare", "Född", "Kursplats",
    "KF 0311-2028/VUX", "Edit Rönnqvist", "1961-04-02", "Keram 5512/28 A",
    "KF 0315-2028/VUX", "Holger Sundin", "1957-11-19", "Keram 5512/28 B",
    "KF 0319-2028/VUX", "Signe Malmberg", "1949-08-30", "Keram 5512/28 C",
    "",
    "Diarienr", "Adress",
    "BIB 28/0452-KUL", "Ekbacken 4, 931 55 Skellefteå",
    "BIB 28/0456-KUL", "Lingonstigen 9, 931 40 Skellefteå",
    "",
])


def test_case_numbers_closed_by_the_units_letters_are_the_authoritys():
    from redact.detect.case_headings import case_heading_codes, ends_case, names_case

    codes = case_heading_codes([UNIT_LETTERED_CASES])
    assert {"KF 0311-2028/VUX", "KF 0319-2028/VUX", "BIB 28/0452-KUL", "BIB 28/0456-KUL"} <= codes
    # the digits a phone rule reads before the unit's letters, and the letters a tagger reads as initials
    assert names_case("KF 0315-2028", codes)
    at = UNIT_LETTERED_CASES.index("VUX")
    assert ends_case(UNIT_LETTERED_CASES, at, at + 3, codes)
    assert not names_case("KF 0315-2029", codes)


def test_case_numbers_closed_by_the_units_letters_stay_readable(blank_detector):
    from redact.pipeline import detect_text
    found = [f.text for f in detect_text(UNIT_LETTERED_CASES, blank_detector).findings if f.status != "rejected"]
    assert not any(n in t for t in found for n in ("0311", "0315", "0319", "0452", "0456"))
    assert {"Keram 5512/28 A", "Keram 5512/28 B", "Keram 5512/28 C"} <= {" ".join(t.split()) for t in found}
