"""A body's case numbers written with its letters and a series' letters ("UTR V 27/114", "SKV HP 4418-2207") in a
table's booking or examination column, and a letter's line that writes them again: the bodies' cases, no one's
number. Fictional text."""

from __future__ import annotations

from redact.detect.case_headings import case_column_codes, only_cases
from redact.types import Finding
from tests.found_ids import proposed_ids

# a court's wedding list read one cell a line (as MuPDF reads a ruled table): the booking opens the row, the Tax
# Agency's examination of the couple closes it, a heading above the header
WEDDINGS = "\n".join([
    "Par som vigs",
    "Bokning", "Parter", "Födda", "Hindersprövning",
    "NTR V 27/308", "K.B. och O.L.", "1991-03-14 / 1988-07-02", "SKV HP 5530-1187",
    "NTR V 27/311", "S.A. och T.N.", "1985-11-30 / 1990-01-09", "SKV HP 5530-1194",
    "",
    "Parternas handlingar",
])


def test_a_booking_column_of_the_bodys_series_is_its_cases():
    assert {"NTR V 27/308", "NTR V 27/311"} <= case_column_codes(WEDDINGS)


def test_an_examinations_column_closing_the_header_is_the_examining_bodys_cases():
    assert {"SKV HP 5530-1187", "SKV HP 5530-1194"} <= case_column_codes(WEDDINGS)


def test_a_persons_numbers_under_another_header_are_no_case():
    text = "\n".join(["Kort", "Namn", "Utfärdat", "FK-H 27-0518", "Klara Berg", "2027-03-01",
                      "FK-H 27-0526", "Omid Rahimi", "2027-03-04", ""])
    assert case_column_codes(text) == set()


def _finding(text: str, value: str, category: str) -> Finding:
    start = text.index(value)
    return Finding(id="x", page=1, start=start, end=start + len(value), text=value, category=category, score=0.5,
                   detector="learned_spans")


def test_a_span_over_the_cases_and_words_alone_is_the_cases():
    text = "Vigsel NTR V 27/308, hindersprövning SKV HP 5530-1187. Intyg på engelska beställt."
    codes = frozenset({"NTR V 27/308", "SKV HP 5530-1187"})
    assert only_cases(_finding(text, "V 27/308, hindersprövning SKV HP 5530-1187. Intyg", "ADDRESS"), text, codes)


def test_a_span_with_a_number_beside_the_case_is_kept():
    text = "Vigsel NTR V 27/308, körkort 9104 2277 13 för bruden."
    codes = frozenset({"NTR V 27/308"})
    assert not only_cases(_finding(text, "NTR V 27/308, körkort 9104 2277 13", "ID_NUMBER"), text, codes)


# an archive's copy orders under "Beställning", the next table's caption right above the header, after a row's value
ORDERS = "\n".join([
    "Leveransadresser", "Kortnr", "Adress", "FK-A 31-0204", "Storgatan 3, 641 30 Ekby",
    "Kopior",
    "Beställning", "Volym", "Hämtat Skannat",
    "AR-K 2031:0412", "SE/ABC/1010 A I:3", "P.Ni.", "R.Ma.",
    "AR-K 2031:0419", "SE/ABC/2020 B:1", "R.Ma.", "P.Ni.",
    "",
])


def test_an_order_column_under_a_caption_is_the_bodys_cases():
    assert {"AR-K 2031:0412", "AR-K 2031:0419"} <= case_column_codes(ORDERS)


def test_an_invoice_in_another_series_of_the_bodys_letters_is_its_own():
    from redact.detect.case_headings import case_heading_codes

    letter = "Kortet FK-A 31-0204. Beställning AR-K 2031:0412, faktura AR-F 31-5520.\nMed vänlig hälsning"
    codes = case_heading_codes([ORDERS, letter])
    assert "AR-F 31-5520" in codes
    # another body's letters after the invoice's word are no invoice of this body's
    assert "KB-F 31-5520" not in case_heading_codes([ORDERS, "Faktura KB-F 31-5520 från firman."])


# a board's permits listed by case, each case number closed by its document's number after a colon, in two tables
# (the applicants, then their addresses), read one cell a line
PERMITS_BY_DOCUMENT = "\n".join([
    "Sökande",
    "Ärende", "Person", "Född", "Tillståndsnr",
    "KF 2031/0611:1", "Ines Lundgren", "3 mars 1969", "TLS-31-0611_01",
    "KF 2031/0612:1", "Petter Holm", "1972-08-19", "TLS-31-0611_02",
    "",
    "Adresser",
    "Ärende", "Gatuadress", "Postadress",
    "KF 2031/0611:1", "Ängsvägen 4", "772 30 Grängesberg",
    "KF 2031/0612:1", "Bergsgatan 18", "771 41 Ludvika",
    "",
])


def test_a_case_number_with_its_documents_number_after_a_colon_is_the_cases():
    codes = case_column_codes(PERMITS_BY_DOCUMENT)
    assert {"KF 2031/0611:1", "KF 2031/0612:1"} <= codes
    # the permits' own numbers in their column stay the holders'
    assert not codes & {"TLS-31-0611_01", "TLS-31-0611_02"}


def test_a_courts_division_letter_and_a_units_dotted_serial_in_the_case_column():
    # an administrative court writes its division's letter after the serial and the year; the police write a unit's
    # permits by the series' letter glued to the unit's number, a dot, the serial and the year after a slash
    court = "\n".join(["Ärende", "Part", "Partsnr", "3310-28 F", "Nils Ek", "KLP-0441/01",
                       "3311-28 F", "Ebba Ek", "KLP-0441/02", ""])
    assert {"3310-28 F", "3311-28 F"} <= case_column_codes(court)
    police = "| Ärende | Sökande | Tillståndsnr\n| C4410.051/2028 | Nils Ek | ML-2207:01\n" \
             "| C4410.052/2028 | Ebba Ek | ML-2207:02\n"
    assert {"C4410.051/2028", "C4410.052/2028"} <= case_column_codes(police)
    assert not {"KLP-0441/01", "ML-2207:01"} & (case_column_codes(court) | case_column_codes(police))


def test_a_contacts_name_ends_before_the_next_rows_case(blank_detector):
    # a table read one cell a line: the last cell's name and the next row's case number, its series' capitals
    from redact.document_detection import detect_text

    text = "\n".join(["Adresser", "Ärende", "Adress", "Kontakt",
                      "KOF 2028/0411", "Storgatan 4, 147 30 Tumba", "Imran Malik",
                      "KOF 2028/0416", "Byvägen 31, 147 30 Tumba", "Sofia Lund",
                      "KOF 2028/0422", "Box 12, 147 31 Tumba", ""])
    names = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert "Imran Malik" in names and not any("KOF" in n for n in names)


# a region's course list read one cell a line: its cases by the series' letters, the serial and the year's two
# digits, each after a space
COURSES = "\n".join([
    "Anmälda deltagare",
    "Ärende", "Deltagare", "Född", "Kursnummer",
    "RS 4410 27", "Saga Lind", "1990-04-12", "KURS-27-4410-01",
    "RS 4415 27", "Omar Haddad", "1985-09-30", "KURS-27-4410-02",
    "",
    "Kursen börjar i mars.",
])


def test_a_case_column_of_spaced_series_serial_and_year_is_the_bodys_cases():
    assert {"RS 4410 27", "RS 4415 27"} <= case_column_codes(COURSES)


def test_spaced_numbers_under_another_header_are_no_case():
    text = "\n".join(["Kort", "Namn", "Utfärdat", "RS 4410 27", "Klara Berg", "2027-03-01",
                      "RS 4415 27", "Omid Rahimi", "2027-03-04", ""])
    assert case_column_codes(text) == set()


def test_a_courts_short_letters_before_the_serial_and_its_division_letter(blank_detector):
    # an administrative court writing its own short letters before the serial and the year, the division's letter after
    text = ("Sökande\n| Ärende | Person | Född | Sökandenr\n"
            "| VR 5120-28 C | Nils Ek | 1981-04-02 | TB-28-3301-S1\n"
            "| VR 5121-28 C | Ebba Lund | 1979-11-23 | TB-28-3301-S2\n")
    assert {"VR 5120-28 C", "VR 5121-28 C"} <= case_column_codes(text)
    found = proposed_ids(blank_detector, text)
    assert not any("VR" in f for f in found)


# a company's and a federation's registers print their cases with the full year and the serial a space apart, the
# year's two digits and the serial after a dot, or the year and the serial between slashes
REGISTERS = [("HB 2028 0412", "HB 2028 0416"), ("KF 28.0318", "KF 28.0322"), ("SBN/2028/0412", "SBN/2028/0416"),
             # (and more orders and joins of a series' letters, a year and a serial, as municipal companies and
             # federations print them)
             ("SBF 2028 nr 2210", "SBF 2028 nr 2214"), ("KN 28 0412", "KN 28 0416"),
             ("VBK.2028.0311", "VBK.2028.0315"), ("GH:0412:2028", "GH:0416:2028"),
             ("2028-KUL-0412", "2028-KUL-0416"), ("D28 4410", "D28 4411"),
             # (the serial and the full year each after a space, the year's two digits and the serial between dots,
             # the serial and the year's two digits between colons)
             ("KBF 0412 2028", "KBF 0416 2028"), ("SN.28.0412", "SN.28.0416"), ("FB:2210:28", "FB:2214:28")]


def test_a_case_column_of_spaced_dotted_or_slashed_year_and_serial_is_the_bodys_cases():
    for first, second in REGISTERS:
        text = "\n".join(["Anmälda", "Ärende", "Deltagare", "Född", "Kursnummer",
                          first, "Saga Lind", "1990-04-12", "KURS-28-4410-01",
                          second, "Omar Haddad och Lena Haddad", "1985-09-30", "KURS-28-4410-02", ""])
        assert {first, second} <= case_column_codes(text), first
        rows = f"| Ärende | Deltagare | Kursnummer\n| {first} | Saga Lind | K-1\n| {second} | Omar Haddad | K-2\n"
        assert {first, second} <= case_column_codes(rows), first


def test_spaced_dotted_or_slashed_numbers_under_a_persons_header_are_no_case():
    for first, second in REGISTERS:
        text = "\n".join(["Kort", "Namn", "Utfärdat", first, "Klara Berg", "2028-03-01",
                          second, "Omid Rahimi", "2028-03-04", ""])
        assert case_column_codes(text) == set(), first

