"""The body's own case numbers of more shapes in its case column: a report's number under "Anmälan" as the police
number its reports ("4300-K2207-27"), a filing plan's heading before the serial and the year after a slash
("4.1.2-3316/27"), and a tax office's number whose digits have a bankgiro's shape ("FB 212-3316/27"); an
identifier a rule runs on into the next row's case ends before it; a person's initials are not copied onto the
case's series letters ("LK" of "LK 2027-0315"); an invoice's number under "Faktura" and a code after the decision's
word ("Beslut NV 2027-3316-08") are the body's. Fictional people and bodies."""

from __future__ import annotations

from redact.detect.case_headings import after_own_case_label, case_column_codes, case_heading_codes, closes_case
from redact.document_detection import detect_text
from redact.resolve.name_forms import counts


def _cells(*rows: list[str]) -> str:
    return "\n".join(cell for row in rows for cell in row) + "\n"


def test_a_report_column_numbers_the_bodys_cases():
    text = _cells(["Anmälare och handlingar"], ["Anmälan", "Anmälare", "Född"],
                  ["4300-K2207-27", "Olle Grip", "1961"], ["4300-K2214-27", "Stina Ek", "1958"])
    assert case_column_codes(text) == {"4300-K2207-27", "4300-K2214-27"}


def test_a_filing_plans_code_with_the_year_after_a_slash_is_a_case():
    text = _cells(["Djurhållare"], ["Ärende", "Djurhållare", "Född"],
                  ["4.1.2-3316/27", "Olle Grip", "1961"], ["4.1.2-3323/27", "Stina Ek", "1958"])
    assert case_column_codes(text) == {"4.1.2-3316/27", "4.1.2-3323/27"}


def test_a_cases_digits_of_a_bankgiros_shape_close_the_case():
    text = "Ärende FB 212-3316/27 gäller flytten."
    codes = frozenset({"FB 212-3316/27", "FB 212-3323/27"})
    at = text.index("212")
    assert closes_case(text, at, at + len("212-3316"), codes)


def test_an_identifier_ends_before_the_next_rows_case(blank_detector):
    text = _cells(["Anmälare och handlingar"], ["Anmälan", "Anmälare", "Förlorad handling"],
                  ["4300-K2207-27", "Olle Grip", "id-kort 6631 2207"],
                  ["4300-K2214-27", "Stina Ek", "pass 77310221"])
    codes = case_heading_codes([text])
    found = [f.text for f in detect_text(text, blank_detector).findings if f.status != "rejected"]
    assert "4300-K2214-27" in codes
    assert not any("4300" in t for t in found), found


def test_a_persons_initials_are_not_copied_onto_the_cases_series():
    text = "| LK 2027-0315 | Lena Krantz | 1975\n| LK | PEk\n| LK 070-123 45 67\n"
    at = text.index("LK")
    assert not counts(text, at, at + 2, True)
    again = text.index("| LK |") + 2
    assert counts(text, again, again + 2, True)
    phone = text.index("LK 070")
    assert counts(text, phone, phone + 2, True)


def test_an_invoice_column_numbers_the_bodys_invoices():
    text = _cells(["Fakturor"], ["Faktura", "Ägare", "Status"], ["K27-20318", "O.G.", "betald"],
                  ["K27-20325", "S.E.", "obetald"])
    assert case_column_codes(text) == {"K27-20318", "K27-20325"}


def test_a_code_after_the_decisions_word_is_the_bodys():
    text = "Ni har godkänts som besökare. Beslut\nNV 2027-3316-08.\n"
    assert after_own_case_label(text, text.index("NV"))
    assert not after_own_case_label("Hon har beslutat om\nNV 2027-3316-08.\n", 20)


def test_a_registration_numbers_column_stays_the_persons():
    text = _cells(["Registrerade anmälningar"], ["Rad", "Anmälare", "Anmälningsnr"], ["1", "Olle Grip", "DR-27-033104"],
                  ["2", "Stina Ek", "DR-27-033119"])
    assert case_column_codes(text) == set()


def test_a_status_cell_that_says_invoice_heads_no_column():
    text = _cells(["Lån"], ["Lån", "Låntagare", "Åtgärd"], ["FV-3312", "Olle Grip", "faktura"],
                  ["FV-3327", "Stina Ek", "avskriven"], ["FV-3341", "Bo Ek", "anmälan"], ["FV-3356", "Per Ek", "faktura"])
    assert case_column_codes(text) == set()


def test_a_series_year_and_serial_joined_by_a_dot_is_a_case_in_its_column():
    # a board numbering its cases "BMN 2027.514": the dot joins the year and the serial as a colon would
    text = _cells(["Nyckelinnehavare"], ["Ärende", "Innehavare", "Född"],
                  ["BMN 2027.514", "Olle Grip", "1961"], ["BMN 2027.520", "Stina Ek", "1958"])
    assert case_column_codes(text) == {"BMN 2027.514", "BMN 2027.520"}
