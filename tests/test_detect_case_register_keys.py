"""A body's own register numbers keying two tables of one document ("Besök" over "VB 31:204" in the visits' table and
again over the visitors' addresses), a sub-unit's letters in a case number ("RF-K 31-0417"), the register's word
before its number and the series' letters of the letter's own case: the body's, no one's code. Fictional text."""

from __future__ import annotations

import pytest

# A museum's visits read one cell a line (as MuPDF reads a ruled table): the visitors in one table, their addresses
# in the next, both opened by the visit's number; the visitors' own card numbers stand in a column of their own.
VISITS = "\n".join([
    "Guidade visningar, våren",
    "Besök", "Besökare", "Född", "Lånekort",
    "VB 31:204", "Tyra Holmqvist", "1961-04-12", "LK-77 1408",
    "VB 31:209", "Elof Brandin", "1948-11-30", "LK-77 1415",
    "VB 31:213", "Sanna Oyelaran", "1990-02-07", "LK-77 1422",
    "Adresser",
    "Besök", "Adress",
    "VB 31:204", "Smedjegatan 4, 611 32 Nyköping",
    "VB 31:209", "Bruksvägen 12, 643 30 Vingåker",
    "VB 31:213", "Ringvägen 2 B, 611 37 Nyköping",
    "",
])


def test_numbers_opening_the_rows_of_two_tables_under_one_header_are_the_bodys():
    from redact.detect.case_keys import register_keys

    assert register_keys([VISITS]) == {"VB 31:204", "VB 31:209", "VB 31:213"}


def test_the_same_numbers_keying_two_tables_a_row_a_line_are_the_bodys_too():
    from redact.detect.case_keys import register_keys

    rows = ("| Besök | Besökare\n| VB-31-204 | Tyra Holmqvist\n| VB-31-209 | Elof Brandin\n\n"
            "| Besök | Adress\n| VB-31-204 | Smedjegatan 4\n| VB-31-209 | Bruksvägen 12\n")
    assert register_keys([rows]) == {"VB-31-204", "VB-31-209"}


def test_a_header_cell_joined_with_the_next_one_still_names_the_column():
    from redact.detect.case_keys import register_keys

    joined = VISITS.replace("Besök\nBesökare\n", "Besök Besökare\n").replace("Besök\nAdress\n", "Besök Adress\n")
    assert register_keys([joined]) == {"VB 31:204", "VB 31:209", "VB 31:213"}


def test_numbers_in_one_table_only_key_no_register():
    from redact.detect.case_keys import register_keys

    assert register_keys([VISITS.split("Adresser")[0]]) == set()


@pytest.mark.parametrize("header", ["Medlemsnr", "Kod", "Reg.nr", "Kundnummer"])
def test_a_persons_number_keying_two_tables_stays_the_persons(header):
    from redact.detect.case_keys import register_keys

    assert register_keys([VISITS.replace("Besök\n", f"{header}\n")]) == set()


def test_car_plates_keying_two_tables_stay_the_owners():
    from redact.detect.case_keys import register_keys

    text = "\n".join(["Fordon", "Ägare", "KRT 418", "Ylva Berg", "MZB 207", "Oskar Lind",
                      "Fordon", "Adress", "KRT 418", "Storgatan 1", "MZB 207", "Lillgatan 2", ""])
    assert register_keys([text]) == set()


# A harbour's berths over two tables: the berth's one-digit pier before its serial, the second table's address header
# of four words; and a dealer's ledger keyed by its running numbers alone.
BERTHS = "\n".join([
    "Båtplatser",
    "Plats", "Innehavare", "Född",
    "B-2:04", "Linnea Ekvall", "1961",
    "B-2:07", "Tomas Grahn", "1974",
    "Adresser",
    "Plats", "Gata, gård eller box", "Postadress",
    "B-2:04", "Sjövägen 4", "455 30 Grebbestad",
    "B-2:07", "Klippgatan 12", "455 31 Grebbestad",
    "",
])
LEDGER = ("| Rad | Säljare | Legitimation\n| 0731 | Ivo Marić | pass 0088 4417\n| 0734 | Ebba Lund | körkort\n\n"
          "| Rad | Föremål\n| 0731 | klocka\n| 0734 | cykel\n")


def test_a_berths_pier_digit_before_its_serial_keys_the_register():
    from redact.detect.case_keys import register_keys

    assert register_keys([BERTHS]) == {"B-2:04", "B-2:07"}


def test_a_ledgers_running_numbers_alone_key_the_register():
    from redact.detect.case_keys import register_keys

    assert register_keys([LEDGER]) == {"0731", "0734"}
    assert register_keys([LEDGER.replace("Rad", "Kundnr")]) == set()


def test_register_keys_are_the_documents_cases_and_their_word_before_them_is_no_name():
    from redact.detect.case_headings import case_heading_codes, names_case, opens_case

    codes = case_heading_codes([VISITS])
    assert {"VB 31:204", "VB 31:209", "VB 31:213"} <= codes
    # the tagger's span over the register's word and the number ("Besök VB 31:213"), an address's or a name's
    assert names_case("Besök VB 31:213", codes, False)
    assert not names_case("Tyra VB 31:213", codes, False)  # a listed name before it: someone's
    # the series' letters read as a name, alone or with the word before them
    text = "Besök VB 31:209. Elof kom i tid."
    assert opens_case(text, 6, 8, codes) and opens_case(text, 0, 8, codes)
    assert not opens_case("Tyra VB 31:209.", 0, 7, codes)


def test_a_sub_units_letters_after_the_units_open_a_case_heading():
    from redact.detect.case_headings import case_heading_codes, names_case, opens_case

    text = "\n".join([
        "Skadelogg", "RF-K 31-0417: ryggsäcken stals vid entrén.", "RF-K 31-0425: glasögon tappades.",
        "Se RF-K 31-0417 och RF-K 31-0425 i loggen.", ""])
    codes = case_heading_codes([text])
    assert {"RF-K 31-0417", "RF-K 31-0425"} <= codes
    assert names_case("RF-K 31-0431", codes)
    line = "Se RF-K 31-0417 och"
    assert opens_case(line, 3, 7, codes)


def test_the_letters_case_by_its_units_letters_names_the_series():
    from redact.detect.case_headings import names_case

    # the letter's own reference gives one case; the other cases of the series' letters and shape are the body's too
    codes = frozenset({"NVK 2031/0418"})
    assert names_case("NVK 2031/0433", codes)
    assert not names_case("QZ 2031/0433", codes)
    assert not names_case("NVK 2031-0433", codes)


# A care team's enrolments read one cell a line: each enrolment's number opens a row of the patients' table and of
# their addresses' table, a column reader takes it for the patient's; the patients' own numbers stay masked.
ENROLMENTS = "\n".join([
    "Hemsjukvården, inskrivna patienter",
    "Inskrivning", "Patient", "Född", "Patientnr",
    "HSV-31-204", "Tyra Holmqvist", "1961-04-12", "RH-P 301 408",
    "HSV-31-209", "Elof Brandin", "1948-11-30", "RH-P 301 415",
    "HSV-31-213", "Sanna Oyelaran", "1990-02-07", "RH-P 301 422",
    "Vårdadresser",
    "Inskrivning", "Adress",
    "HSV-31-204", "Smedjegatan 4, 611 32 Nyköping",
    "HSV-31-209", "Bruksvägen 12, 643 30 Vingåker",
    "HSV-31-213", "Ringvägen 2 B, 611 37 Nyköping",
    "",
    "Elof Brandin, HSV-31-209, har flyttat till sin dotter.", ""])


@pytest.fixture(scope="module")
def detector():
    from redact.detect.engine import Detector

    return Detector()


def test_a_registers_keys_are_left_readable_and_the_patients_numbers_masked(detector):
    from redact.pipeline import detect_text

    masked = [f.text for f in detect_text(ENROLMENTS, detector).findings if f.status != "rejected"]
    assert not any("HSV-31" in m for m in masked)
    assert {"RH-P 301 408", "RH-P 301 415", "RH-P 301 422", "Elof Brandin"} <= set(masked)


def test_an_address_or_a_name_read_over_a_case_number_is_the_case_only_when_nothing_else_is_in_it():
    from redact.detect.case_headings import is_case

    codes = frozenset({"VB 31:204", "VB 31:209"})
    assert is_case("VB 31:204", codes) and is_case("Besök VB 31:209", codes)
    # a farm without a number after the case's cell is a home, read with the case by the tagger: it stays masked
    assert not is_case("VB 31:204, Norrgården, Lövsta", codes)
    assert not is_case("Tyra VB 31:204", codes)


def test_the_letters_reference_line_names_what_its_case_is_about_by_the_registers_number():
    from redact.detect.case_headings import case_heading_codes, names_case

    text = ("Beslut om licensjakt\nOmråde VJO 21-4418 Norrås–Bäckby, ärende 218-5521-2031.\n\n"
            "Ämne: VJO 21-4418 Norrås–Bäckby, ny kontaktperson\n")
    codes = case_heading_codes([text])
    assert "VJO 21-4418" in codes
    assert names_case("VJO 21-4418 Norrås–Bäckby", codes)
    # a person's word before the number: the customer's own number stays theirs
    person = "Kund KN 26-4471 Berg, ärende 2026-118.\nÄmne: KN 26-4471 Berg, flytt\n"
    assert "KN 26-4471" not in case_heading_codes([person])


# A clinic's invoices over two tables: the invoice series' number and the invoice's serial after a space key the
# patients' table and the billing addresses' table; the patients' own numbers stand in a column of their own.
INVOICES = "\n".join([
    "Obetalda fakturor",
    "Faktura", "Patient", "Patientnr",
    "KTV-318 4406", "Agda Rönn", "KTV-P 51201",
    "KTV-318 4413", "Vidar Falk", "KTV-P 51218",
    "Fakturaadresser",
    "Faktura", "Adress",
    "KTV-318 4406", "Åsvägen 3, 731 30 Köping",
    "KTV-318 4413", "Lindgatan 8, 732 31 Arboga",
    "",
])


def test_an_invoice_series_number_and_serial_after_a_space_key_the_register():
    from redact.detect.case_keys import register_keys

    assert register_keys([INVOICES]) == {"KTV-318 4406", "KTV-318 4413"}
    # keying one table only, or under a patient's number's header, they are no register's
    assert register_keys([INVOICES.split("Fakturaadresser")[0]]) == set()
    assert register_keys([INVOICES.replace("Faktura\n", "Kundnr\n")]) == set()
    # a card's letter and groups parted by spaces only ("K 318 4406") is a customer's number's shape
    assert register_keys([INVOICES.replace("KTV-318 ", "K 318 ")]) == set()


def test_the_invoices_are_left_readable_and_the_patients_numbers_masked(detector):
    from redact.pipeline import detect_text

    masked = [f.text for f in detect_text(INVOICES + "Påminnelse om faktura KTV-318 4413.\n", detector).findings
              if f.status != "rejected"]
    assert not any("KTV-318" in m for m in masked)
    assert {"KTV-P 51201", "KTV-P 51218"} <= set(masked)
