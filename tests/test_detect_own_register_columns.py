"""The authority's own numbers in a register's first column (a notice's, a receipt's, an interment's) stay
readable beside the persons of the rows, while a person's code in another column of another shape ("Krem.nr")
is masked. Fictional documents built in code; MuPDF reads these ruled tables one cell a line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402


def _findings(tmp_path, name: str, rows: list[list[str]]) -> set[str]:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Förteckning, hösten 2026", "Upprättad av förvaltningen enligt gällande rutiner."], y=60)
    table(page, (40, 100), rows, col_width=88)
    return save(doc, tmp_path / f"{name}.pdf")


INTERMENTS = [
    ["Gravs.nr", "Avliden", "Född", "Krem.nr", "Byrå", "Sign."],
    ["GS-26-204", "Ingvar Modig", "1931-02-17", "K26-5512", "Fonus", "ALi"],
    ["GS-26-209", "Ilse Brandt", "1944-09-30", "K26-5540", "Fonus", "ALi"],
    ["GS-26-213", "Sergio Rivas", "1939-12-05", "K26-5571", "Fonus", "PeK"],
]
NOTICES = [
    ["Anm.nr", "Anmälare", "Bostad", "Mottog"],
    ["AN-26-031", "Siv Dahlgren", "Tranås 27", "nsj"],
    ["AN-26-035", "Omid Karimi", "Lövmyra 112", "nsj"],
    ["AN-26-040", "Tuula Niskanen", "Norrby 9", "PeK"],
]
RECEIPTS = [
    ["Kvitto", "Boende", "Personnr", "Förvaras", "Kvitt."],
    ["KV-0311", "Gunnar Åhlin", "380412-2269", "Armbandsur", "ALi"],
    ["KV-0314", "Maryam Sadeghi", "440917-1180", "Kontanter", "ALi"],
    ["KV-0318", "Barbro Lind", "291103-3245", "Ring", "PeK"],
]


@pytest.mark.parametrize("name,rows,person", [("gravsattning", INTERMENTS, 1), ("anmalan", NOTICES, 1),
                                              ("kvitto", RECEIPTS, 1)])
def test_the_authoritys_own_numbers_in_the_first_column_stay(tmp_path, blank_detector, name, rows, person):
    det = detect_document(_findings(tmp_path, name, rows), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings}
    own = {r[0] for r in rows[1:]}
    assert not own & texts
    assert {r[person] for r in rows[1:]} <= texts  # the persons are masked all the same


def test_the_own_numbers_header_still_opens_the_table(tmp_path, blank_detector):
    """"Anm.nr" is a header cell though its numbers stay: the village addresses under "Bostad" are masked."""
    det = detect_document(_findings(tmp_path, "anmalan", NOTICES), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings}
    assert {"Tranås 27", "Lövmyra 112", "Norrby 9"} <= texts


def test_a_persons_code_beside_them_is_masked(tmp_path, blank_detector):
    det = detect_document(_findings(tmp_path, "krem", INTERMENTS), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings}
    assert {"K26-5512", "K26-5540", "K26-5571"} <= texts


# The authority's own bookings, orders and inventory numbered in the first column or beside a person's code
BOOKINGS = [
    ["Bokning", "Språk", "Tolk", "Bokad av"],
    ["BK-2207", "Arabiska", "Nadia Haddad", "LiS"],
    ["BK-2212", "Persiska", "Kaveh Rostami", "LiS"],
    ["BK-2219", "Finska", "Pirjo Heikkilä", "OlB"],
]
ORDERS = [
    ["Best.", "Låntagare", "Lånekort", "Sign."],
    ["BE-27-041", "Görel Fransson", "3301 0042 7715", "ToR"],
    ["BE-27-044", "Yusuf Demirci", "3301 0051 2208", "ToR"],
    ["BE-27-049", "Anja Lehtonen", "3301 0067 4412", "mh"],
]
INVENTORY = [
    ["Avtal", "Elev", "Inv.nr", "Vårdnadshavare"],
    ["AV-2027-03", "Tindra Ekholm", "MS-GI-0112", "Petra Ekholm"],
    ["AV-2027-07", "Leo Haddad", "MS-TR-0215", "Rami Haddad"],
    ["AV-2027-12", "Saga Nyqvist", "MS-VI-0330", "Jens Nyqvist"],
]


@pytest.mark.parametrize("name,rows,person", [("bokning", BOOKINGS, 2), ("bestallning", ORDERS, 1),
                                              ("instrument", INVENTORY, 1)])
def test_bookings_orders_agreements_and_inventory_numbers_stay(tmp_path, blank_detector, name, rows, person):
    det = detect_document(_findings(tmp_path, name, rows), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings}
    assert not {r[0] for r in rows[1:]} & texts
    assert {r[person] for r in rows[1:]} <= texts


def test_an_inventory_number_is_no_persons_code(tmp_path, blank_detector):
    det = detect_document(_findings(tmp_path, "inventarie", INVENTORY), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings}
    assert not {r[2] for r in INVENTORY[1:]} & texts


def test_a_library_card_beside_an_order_is_still_masked(tmp_path, blank_detector):
    det = detect_document(_findings(tmp_path, "lanekort", ORDERS), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings}
    assert {r[2] for r in ORDERS[1:]} <= texts


# An order's column after the table's own case column: the case numbers the body's matter, each order code the
# person's order in the ordering system (the letters, the full year, the serial and the part)
ORDERS_BESIDE_CASES = [
    ["Ärende", "Beställare", "Född", "Beställning"],
    ["LA 2027-3301", "Greta Wiklund", "1951", "KOP-2027-004417-1"],
    ["LA 2027-3308", "Omar Haddad", "1979", "KOP-2027-004417-2"],
    ["LA 2027-3315", "Ulla Persson", "1946", "KOP-2027-004417-3"],
]


def test_an_orders_column_beside_the_case_column_is_the_persons(tmp_path, blank_detector):
    det = detect_document(_findings(tmp_path, "kopior", ORDERS_BESIDE_CASES), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings}
    assert {r[3] for r in ORDERS_BESIDE_CASES[1:]} <= texts
    assert not {r[0] for r in ORDERS_BESIDE_CASES[1:]} & texts


def test_an_orders_column_beside_the_case_column_in_a_row_a_line_is_the_persons(blank_detector):
    from redact.document_detection import detect_text

    text = "Kopior\n" + "".join("| " + " | ".join(r) + "\n" for r in ORDERS_BESIDE_CASES)
    texts = {f.text for f in detect_text(text, blank_detector).findings}
    assert {r[3] for r in ORDERS_BESIDE_CASES[1:]} <= texts


def test_an_orders_id_after_its_label_is_still_the_customers_code(blank_detector):
    from redact.document_detection import detect_text

    text = "Matleverans till Stina Berglund, Fågelvägen 4.\nBeställnings-id KL-5128 ska stå på varje följesedel.\n"
    assert "KL-5128" in {f.text for f in detect_text(text, blank_detector).findings}


# A registry's day-book numbers ("Dagboksnr", its header read together with the next header cell or broken over two
# lines) and the heritage
# register's sites ("Lämning" over "L1961:2204") beside the persons of the rows, read one cell a line: no one's codes.
DAY_BOOK = "\n".join([
    "Beviljade lagfarter, urval",
    "Dagboksnr Fastighet", "Förvärvare", "Överlåtare", "Handl.",
    "26-0311", "Åsby Myrbacka 3:17", "Johanna Lindqvist", "Gunnar Ek", "KSj",
    "26-0312", "Åsby Sörvik 2:41", "Aino Berg", "Marja Heikkinen", "KSj",
    "26-0315", "Åsby Kyrkbyn 4:9", "Omar Haddad", "Bo Fransson", "DAn",
    "",
    "Lagfartsbevisen skickas med post.",
])
REMAINS = "\n".join([
    "Ingrepp i fornlämning, beslut",
    "Dnr", "Sökande", "Fastighet", "Åtgärd", "Lämning", "Handl.",
    "431-1120-26", "Åke Norrby", "Åsby Myrbacka 5:2", "garage", "L1961:2204", "EHö",
    "431-1187-26", "Kjell Ramsten", "Sörvik 1:19", "brunn", "L1988:4417", "EHö",
    "431-1255-26", "Reza Tavakoli", "Kvistberg 9:4", "avverkning", "L1961:2311", "JoKu",
    "",
    "Besluten kan överklagas.",
])


@pytest.mark.parametrize("text, own, persons", [
    (DAY_BOOK, {"26-0311", "26-0312", "26-0315"}, {"Johanna Lindqvist", "Omar Haddad"}),
    # the header cell broken over two lines in its narrow column
    (DAY_BOOK.replace("Dagboksnr Fastighet", "Dagboksn\nr\nFastighet"), {"26-0311", "26-0312", "26-0315"},
     {"Johanna Lindqvist", "Omar Haddad"}),
    (REMAINS, {"L1961:2204", "L1988:4417", "L1961:2311"}, {"Åke Norrby", "Reza Tavakoli"}),
])
def test_a_day_books_numbers_and_ancient_remains_beside_persons_stay(blank_detector, text, own, persons):
    from redact.document_detection import detect_text

    texts = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.status != "rejected"}
    assert not own & texts
    assert persons <= texts


# A body's own acts keying the rows of a register: a health centre's summonses to a check-up and a board's
# appointments of guardians, numbered by the series' letters and the year, an enforcement office's cases under the
# court's bare word, and a housing company's contracts where the tenant has a number of their own. The persons' own
# numbers in another column stay masked.
SUMMONSES = [
    ["Kallelse", "Namn", "Född", "Vårdnr"],
    ["VC-31-0412", "Elvira Sandholm", "1961-03-14", "VN-40 2207"],
    ["VC-31-0419", "Tobias Krantz", "1977-08-02", "VN-40 2214"],
    ["VC-31-0426", "Roya Ahmadi", "1983-12-19", "VN-40 2221"],
]
APPOINTMENTS = [
    ["Förordnande", "Ställföreträdare", "Född", "Uppdragsnr"],
    ["GM-31-118", "Håkan Fridell", "1958-05-27", "GM-U 0812"],
    ["GM-31-125", "Ester Blom", "1949-10-03", "GM-U 0829"],
    ["GM-31-132", "Nikola Perić", "1972-01-30", "GM-U 0836"],
]
ENFORCEMENTS = [
    ["Mål", "Svarande", "Född", "Kundnr"],
    ["TX-31-004417", "Valter Skog", "1990-04-11", "BF-5520418"],
    ["TX-31-004422", "Mira Lehto", "1986-07-25", "BF-5520425"],
    ["TX-31-004438", "Jon Ekelund", "1979-09-09", "BF-5520432"],
]
CONTRACTS = [
    ["Kontrakt", "Hyresgäst", "Född", "Hyresgästnr"],
    ["BH-5512-03", "Signe Wallin", "1955-02-08", "BH 60 4417"],
    ["BH-5527-11", "Kasper Holm", "1988-06-21", "BH 60 4424"],
    ["BH-5539-02", "Dunja Marić", "1970-11-15", "BH 60 4431"],
]


@pytest.mark.parametrize("name, rows", [("kallelse", SUMMONSES), ("forordnande", APPOINTMENTS),
                                        ("handrackning", ENFORCEMENTS), ("kontrakt", CONTRACTS)])
def test_the_bodys_own_acts_keying_the_rows_stay_and_the_persons_numbers_go(tmp_path, blank_detector, name, rows):
    det = detect_document(_findings(tmp_path, name, rows), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings if f.status != "rejected"}
    assert not {r[0] for r in rows[1:]} & texts
    assert {r[3] for r in rows[1:]} <= texts


def _cell_lines(rows: list[list[str]]) -> str:
    return "\n".join(["Förteckning", *(cell for row in rows for cell in row), "", "Listan gäller tills vidare."])


def test_an_appointments_header_joined_with_the_next_on_its_line_still_keys_the_rows(blank_detector):
    from redact.document_detection import detect_text

    # MuPDF joins two short header cells on a line
    text = _cell_lines(APPOINTMENTS).replace("Förordnande\nStällföreträdare", "Förordnande Ställföreträdare")
    texts = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.status != "rejected"}
    assert not {"GM-31-118", "GM-31-125", "GM-31-132"} & texts


def test_an_appointment_numbered_by_the_county_before_the_year_stays_the_persons(tmp_path, blank_detector):
    rows = [[r[0].replace("GM-31-", "GM 14-31-"), *r[1:]] for r in APPOINTMENTS]
    det = detect_document(_findings(tmp_path, "lan", rows), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings if f.status != "rejected"}
    assert {"GM 14-31-118", "GM 14-31-125", "GM 14-31-132"} <= texts


def test_a_tenants_contract_beside_the_personnummer_alone_stays_the_tenants(tmp_path, blank_detector):
    rows = [["Kontrakt", "Hyresgäst", "Född", "Personnummer"],
            *([r[0], r[1], r[2], r[2][2:].replace("-", "") + "-4417"] for r in CONTRACTS[1:])]
    det = detect_document(_findings(tmp_path, "personnummer", rows), blank_detector)
    texts = {" ".join(f.text.split()) for f in det.findings if f.status != "rejected"}
    assert {"BH-5512-03", "BH-5527-11", "BH-5539-02"} <= texts
