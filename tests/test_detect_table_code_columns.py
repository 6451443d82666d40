"""Columns of codes, sums and places beside a table's identifier column: which cells are a person's identifier
(an application's number shifted under a personnummer header, sums between codes, a harbour's or campsite's
places, an account under "Konto", a shift under "Pass", a loan's running number, the authority's own case
numbers opening the rows, a personalised plate's words) and which stay readable. Tables read one cell a line, a
row a line, or as PDFs; fictional people; the blank pipeline (rules only) unless said."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402


def _found(det) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in det.findings}


# A register read one cell a line whose first and last header cells no rule lists ("Ansökan", "Förstahandsval"):
# the rows' cells shift under the known headers, and the application's own number must not be taken as the
# child's personnummer (nor, by its shape, every other application's).
APPLICATIONS = "\n".join([
    "Förteckning över ansökningar om skolskjuts, läsåret 2027/28",
    "Ansökan", "Elev", "Personnr", "Folkbokförd", "Förstahandsval",
    "TS-27-114", "Vera Lindholm", "190412-2288", "Storgatan 3", "Norrskolan",
    "TS-27-120", "Elis Granqvist", "20180923-1143", "Bäckvägen 12", "Åsens skola",
    "TS-27-131", "Noor Saleh", "200117-3364", "Tallvägen 5 lgh 1102", "Norrskolan",
    "",
    "Beslut fattas av utbildningsnämnden.",
])


def test_an_applications_number_shifted_under_a_personnummer_header_stays(blank_detector):
    found = {" ".join(f.text.split()): f.category for f in detect_text(APPLICATIONS, blank_detector).findings}
    assert not any(code in found for code in ("TS-27-114", "TS-27-120", "TS-27-131"))
    assert found.get("190412-2288") == "PERSONNUMMER"


# A tenants' register read one cell a line whose "Skuld kr" header no rule lists: the codes under the identifier
# header are taken by their shape, the sums in groups of three between them are no one's identifier.
DEBTS = "\n".join([
    "Hyresskulder per den sista oktober",
    "Kundnr", "Hyresgäst", "Bor", "Skuld kr", "Handl.",
    "TB-12 4471", "Greta Wallin", "Åsgatan 4 lgh 1102", "12 840", "AnS",
    "TB-12 4490", "Jussi Kallio", "Ängsvägen 9", "8 310", "AnS",
    "TB-13 0028", "Selma Dahlgren", "Kyrkogatan 2 B", "23 460", "PeW",
    "",
    "Betalningsplaner följs upp varje månad.",
])


def test_sums_between_a_columns_codes_are_no_identifiers(blank_detector):
    found = {" ".join(f.text.split()): f.category for f in detect_text(DEBTS, blank_detector).findings}
    assert found.get("TB-12 4471") == "ID_NUMBER" and found.get("TB-13 0028") == "ID_NUMBER"
    assert "12 840" not in found and "23 460" not in found


# A harbour's places ("B-33") in the first column and the guests' passports of many countries under "Pass/id",
# read one cell a line with a stride that breaks: the codes of one shape that open each row are the places'.
HARBOUR = "\n".join([
    "Säsongsplatser i småbåtshamnen, sommaren 2027",
    "Plats", "Gäst", "Fordon", "Pass/id", "Sign.",
    "B-31", "Henrike Vogel", "husvagn HB-TR 77", "C7K2M49PX", "AnS",
    "B-33", "Ola Strand", "EC 30418", "NO 4471 2290", "AnS",
    "B-36", "Pieter van Dam", "NL-44-XZ", "NWR5 81K22", "PeW",
    "B-40", "Jonna Lahti", "KLM-208", "FI 770 14 392", "PeW",
    "",
    "Platserna är hamnens egna.",
])


def test_a_places_codes_before_an_identifier_column_read_by_shape_stay(blank_detector):
    found = {" ".join(f.text.split()): f.category for f in detect_text(HARBOUR, blank_detector).findings}
    assert found.get("NO 4471 2290") == "ID_NUMBER" and found.get("FI 770 14 392") == "ID_NUMBER"
    assert not any(code in found for code in ("B-33", "B-36", "B-40"))


ASSOCIATIONS = """Protokoll, Tjärnås kommun, rådet för funktionshinderfrågor
Närvarande:
Förnamn
Efternamn
Organisation
Roll
Gunvor
Hällström
DHR Tjärnås
ordförande
Tapio
Rantanen
SRF Tjärnås
ledamot
Mirela
Kovačević
Äldreförvaltningen
sekreterare

Tapio Rantanen anmälde en fråga om färdtjänsten.
"""


def test_an_associations_acronym_and_the_municipalitys_name_is_no_persons_cell(model_detector):
    # "DHR Tjärnås" beside the members' names (one cell a line, the rows slipped under "Förnamn"): an
    # association named by its acronym and the municipality the text names, neither a name nor an identifier
    found = [f for f in detect_text(ASSOCIATIONS, model_detector).findings if f.status != "rejected"]
    masked = " ".join(f.text for f in found)
    assert not any("Tjärnås" in f.text for f in found), [(f.text, f.detector) for f in found]
    for name in ("Gunvor", "Hällström", "Tapio", "Rantanen", "Mirela", "Kovačević"):
        assert name in masked


# A home of a village and a farm with no house number, then the postcode and post town: the whole cell is the address.
FARMS = "\n".join(["Elever med skolskjuts", "| Vårdnadshavare | Adress | Telefon",
                   "| Hedda Lindqvist | Bäckmyran Västergården, 915 93 Bäckmyran | 070-123 45 67",
                   "| Rasmus Öhrn | Granberget Nyängen, 915 97 Granberget | 070-765 43 21",
                   "| Saga Berglöf | Storgatan 4, 915 31 Robertsfors | 070-222 43 21", ""])


def test_a_village_and_farm_with_postcode_in_an_address_cell_is_taken_whole(blank_detector):
    found = _found(detect_text(FARMS, blank_detector))
    assert found.get("Bäckmyran Västergården, 915 93 Bäckmyran") == "ADDRESS", found
    assert found.get("Granberget Nyängen, 915 97 Granberget") == "ADDRESS", found


def test_a_village_and_farm_cell_in_a_pdf_is_taken_whole_and_spreads_no_name(tmp_path, model_detector):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Elever med skolskjuts. Bäckmyrans skola har fått besked."], y=70)
    rows = [["Vårdnadshavare", "Adress", "Telefon"],
            ["Hedda Lindqvist", "Bäckmyran Västergården, 915 93 Bäckmyran", "070-123 45 67"],
            ["Saga Berglöf", "Storgatan 4, 915 31 Robertsfors", "070-222 43 21"]]
    table(page, (40, 90), rows, col_width=180)
    found = _found(detect_document(save(doc, tmp_path / "skjuts.pdf"), model_detector))
    assert found.get("Bäckmyran Västergården, 915 93 Bäckmyran") == "ADDRESS", found
    assert "Bäckmyrans" not in found, found


# An account column headed "Konto" beside the payees: a foreign account with its bank's name or its label before
# the number ("Westpac Banking 03-0502-0412345-00", "acct 0052 3381 47") is the payee's; a ledger's account codes under
# "Konto" (four digits) stay.
STIPEND_TEXT = """Stipendier betalas till:
Mottagare
Konto
Aroha Ngata
Westpac Banking 03-0502-0412345-00
Keisha Bramwell
acct 0052 3381 47
Lina Fjällström
8327-9, 914 330 871-2
Beloppen betalas ut i januari.
"""
LEDGER_TEXT = """Bokföring mars
Konto
Benämning
Belopp
3010
Försäljning
12 400
5410
Förbrukningsinventarier
1 980
"""


@pytest.mark.parametrize("account", ["Westpac Banking 03-0502-0412345-00", "acct 0052 3381 47"])
def test_an_account_with_its_bank_or_label_under_konto_is_masked(blank_detector, account):
    # the cell whole, as an account (a bank's capitalised words after the payee may be read as a name too)
    det = detect_text(STIPEND_TEXT, blank_detector)
    cell = [f for f in det.findings if " ".join(f.text.split()) == account]
    assert cell and "kontonummer i en kolumn" in cell[0].reason


def test_a_ledgers_account_codes_under_konto_stay(blank_detector):
    assert not [t for t, c in _found(detect_text(LEDGER_TEXT, blank_detector)).items() if c == "BANK_ACCOUNT"]


# "Pass" heads a passport column, and a work shift's too: a span of hours under it ("07–11", "13.00–17.00") is a shift,
# no identifier; a passport number under it is still one.
SHIFTS_TEXT = """Funktionärer:
Förnamn
Efternamn
Pass
Malin
Örnsköld
07–11
Dragan
Petrović
13.00–17.00
Resenärer:
Namn
Pass
Sanna Lövkvist
AB4471902
"""


@pytest.mark.parametrize("shift", ["07–11", "13.00–17.00"])
def test_a_span_of_hours_under_pass_is_a_shift(blank_detector, shift):
    assert shift not in _found(detect_text(SHIFTS_TEXT, blank_detector))


def test_a_passport_number_under_pass_is_an_identifier(blank_detector):
    assert _found(detect_text(SHIFTS_TEXT, blank_detector)).get("AB4471902") == "ID_NUMBER"


# One cell a line: a loan's running number opens each row under a header no rule knows ("Rad"), a card's code stands
# in the third cell under "Lånekort"; the two shapes alternate row by row, and the header's place among the header
# cells says which is the card column's.
LOAN_CELL_LINES = """Förteckning över utlånade cyklar, hösten 2026.
Rad
Låntagare
Lånekort
Cykel
Utl.av
26-311
Görel Fransson
LK 880 4415
Blå
ToR
26-312
Yusuf Demirci
LK 880 5120
Röd
ToR
26-313
Anja Lehtonen
LK 881 0037
Blå
mh
"""


def test_a_running_number_before_an_identifier_column_is_no_identifier():
    from redact.detect.table_columns import ID, headed_cells
    from redact.types import Page

    page = Page(number=1, text=LOAN_CELL_LINES, words=(), width=595.0, height=842.0, source="plain")
    ids = [LOAN_CELL_LINES[c.start:c.end] for c in headed_cells(page) if c.kind == ID]
    assert ids == ["LK 880 4415", "LK 880 5120", "LK 881 0037"]


# A "… av" column (who booked, lent or signed) holding names written out: a comma lists people, no initials.
LENT_BY_ROWS = """Utlåning av projektorer, november
| Datum | Utrustning | Lånat av | Sign
| 11-03 | Projektor 2 | Alva Strömgren | ToS
| 11-07 | Projektor 1 | Gunnar Hedlöf, Leila Saberi | ToS
| 11-12 | Projektor 2 | Sixten Vall | KVi, GrL
"""


def test_names_written_out_and_listed_by_commas_in_a_signing_column_are_one_cell(blank_detector):
    persons = {f.text for f in detect_text(LENT_BY_ROWS, blank_detector).findings if f.category == "PERSON"}
    assert "Gunnar Hedlöf, Leila Saberi" in persons
    assert {"KVi", "GrL"} <= persons  # initials listed by a comma stay apart


def test_a_decisions_word_under_a_name_header_is_no_name(blank_detector):
    text = ("Ansökningar om tillstånd\n| Sökande | Medsökande\n| Ilona Várady | Beviljas\n"
            "| Teodor Lindqvist | Avslag\n| Samira Osman | Fatuma Osman\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("Fatuma Osman") == "PERSON", found
    assert "Beviljas" not in found and "Avslag" not in found, found


# A campsite's pitches differ in their letter from row to row ("A12", "B03", "C01"), and the guests' passports of
# many countries stand under "Pass/ID": the pitches' shape, a capital for any capital, is still the places' column.
CAMPSITE = "\n".join([
    "Utländska gäster, vecka 31",
    "Plats", "Gäst", "Född", "Pass/ID", "Fordon",
    "A12", "Henrike Vogel", "03.05.1961", "C7K4M2219", "HH-JK 2041",
    "B03", "Mads Holm", "8/6 1970", "208811473", "BX 44 718",
    "B07", "Jonna Lahti", "1992-12-30", "PE4417720", "KTO-529",
    "C01", "Agata Nowak", "17 Mar 1989", "EA 4418230", "WX 8841P",
    "",
    "Platserna är campingens egna.",
])


def test_places_that_differ_in_their_letter_before_an_identifier_column_stay(blank_detector):
    found = {" ".join(f.text.split()): f.category for f in detect_text(CAMPSITE, blank_detector).findings}
    assert found.get("PE4417720") == "ID_NUMBER" and found.get("EA 4418230") == "ID_NUMBER"
    assert not any(code in found for code in ("A12", "B03", "B07", "C01"))


# The next table's header row ("Plats" / "Innehavare" / "Husvagn") under the passports' table, read one cell a line
# with a row whose vehicle cell is empty (the stride breaks): the scan by shape ends there, so the caravans' plates
# below are no second shape among the passports, and the first table's places stay readable.
GUESTS_AND_HOMES = "\n".join([
    "Gäster enligt blanketten",
    "Plats", "Gäst", "Pass/ID", "Fordon",
    "A12", "Henrike Vogel", "C7K4M2219", "HH-JK 2041",
    "B03", "Mads Holm", "208811473",
    "B07", "Jonna Lahti", "PE4417720", "KTO-529",
    "C01", "Agata Nowak", "EA 4418230", "WX 8841P",
    "Säsongsplatser",
    "Plats", "Innehavare", "Husvagn",
    "S1", "Bertil Grahn", "JGD 410",
    "S2", "Lena Sved", "OPE 772",
    "S4", "Mirza Hadžić", "FLT 091",
    "",
    "Platserna är campingens egna.",
])


def test_the_next_tables_header_row_ends_an_identifier_column_read_by_shape(blank_detector):
    found = {" ".join(f.text.split()): f.category for f in detect_text(GUESTS_AND_HOMES, blank_detector).findings}
    assert found.get("PE4417720") == "ID_NUMBER" and found.get("EA 4418230") == "ID_NUMBER"
    assert not any(code in found for code in ("A12", "B03", "B07", "C01", "S1", "S2", "S4"))


# The authority's own case numbers open the rows before a personnummer column read by shape ("Ärende" over
# "SR-3301"), and another table follows: the cases stay readable whether or not the scan reaches that table.
CASES_THEN_CARDS = "\n".join([
    "Klagomål på sjukresor",
    "Ärende", "Resenär", "Personnr", "Hämtades vid", "Handl.",
    "SR-3301", "Ingegerd Palmqvist", "260114+3049", "Kallbäcken 7", "HeD",
    "SR-3307", "Abdiqani Hassan Nuur", "19680312-4178", "Vintergatan 2 lgh 1201", "HeD",
    "SR-3315", "Helmi Kuusela", "19410826 2884", "Hästnäs Norra 4", "ToA",
    "Färdtjänstkort som spärrats",
    "Resenär", "Kort", "Spärrat",
    "Ingegerd Palmqvist", "SK 441 208 73", "3 aug",
    "Helmi Kuusela", "SK 441 219 05", "9 sep",
    "",
    "Korten ersätts utan kostnad.",
])


CASES_ALONE = CASES_THEN_CARDS.split("Färdtjänstkort")[0] + "\nKorten ersätts utan kostnad."


@pytest.mark.parametrize("text", [CASES_THEN_CARDS, CASES_ALONE])
def test_the_authoritys_case_numbers_opening_the_rows_before_an_identifier_column_stay(blank_detector, text):
    found = {" ".join(f.text.split()): f.category for f in detect_text(text, blank_detector).findings}
    assert "19680312-4178" in found
    assert not any(code in found for code in ("SR-3301", "SR-3307", "SR-3315"))


# a list of assets read one cell a line: the identifier column's codes and, beside them, the money column's sums
ASSETS_WITH_SUMS = """Tillgångar enligt boets förteckning
Tillgång
Identitet
Kronor
Grävmaskin Kubota KX019
serienr KUB19X0042217
185 000
Släpkärra Tiki
HJX 481
9 000
Motorbåt Ryds 535
skrov-id SE-RYD535B8812
64 000

Förteckningen upprättades i juni.
"""


def test_a_money_columns_sums_beside_an_identifier_column_are_no_identifiers(blank_detector):
    found = _found(detect_text(ASSETS_WITH_SUMS, blank_detector))
    assert not any(v in found for v in ("185 000", "9 000", "64 000")), found


def test_the_identifier_beside_the_money_column_stays_an_identifier(blank_detector):
    assert "HJX 481" in _found(detect_text(ASSETS_WITH_SUMS, blank_detector))


# A table read one cell a line whose header has unlisted cells both before its known ones and after them ("Post" /
# "Delägare" before "Personnr" / "Kundnr", "Utbetalt" after): counted from the known cells alone the rows would take
# two lines each and every cell would slide under the wrong header (the row's own serial under "Kundnr").
REFUNDS_CELL_LINES = "\n".join([
    "Återbetalning av depositioner",
    "(beslut den 3 mars)",
    "Post", "Delägare", "Personnr", "Kundnr", "Utbetalt",
    "R-31-0071", "Lisette Nyqvist", "520314-2381", "HK-5502117", "12 400",
    "R-31-0078", "Oskar Himmelstrand", "19880921-4410", "HK-5519804", "3 950",
    "R-31-0082", "Dalia Haddad", "930507-6624", "HK-5520316", "8 100",
    "R-31-0090", "Viktor och Hanna Lund", "7107215538", "HK-4471092", "21 000",
    "",
    "Beloppen betalas ut inom en vecka.",
])


def test_unlisted_header_cells_before_and_after_the_known_ones_keep_each_row_in_its_column():
    from redact.detect.table_columns import ID, headed_cells
    from redact.types import Page

    page = Page(number=1, text=REFUNDS_CELL_LINES, words=(), width=595.0, height=842.0, source="plain")
    cells = {(REFUNDS_CELL_LINES[c.start:c.end], c.header) for c in headed_cells(page) if c.kind == ID}
    assert ("HK-5502117", "Kundnr") in cells and ("19880921-4410", "Personnr") in cells, cells
    assert ("HK-4471092", "Kundnr") in cells, cells
    # the row's serial and its sum stay out of the identifier columns
    assert not any(v.startswith("R-31-") or v in ("12 400", "3 950", "8 100", "21 000") for v, _ in cells), cells


# An estate's assets read one cell a line: "Identitet" over the things' numbers, "Kronor" over their values. The sums
# ("240 000") are no identifiers; a horse's chip in groups of three under "Identitet" still is one.
ASSETS_CELL_LINES = "\n".join([
    "Tillgångar enligt boförteckningen",
    "Tillgång", "Identitet", "Kronor",
    "Traktor Valtra A95", "serienr VA95T0041187", "240 000",
    "Släpkärra Tysse", "MXP 417", "12 000",
    "Häst (valack)", "752 098 100 412 377", "45 000",
    "Personbil Kia Ceed", "KBR 20J", "110 000",
    "",
    "Förteckningen är upprättad av förvaltaren.",
])


def test_sums_under_a_kronor_header_beside_an_identitet_column_are_no_identifiers():
    from redact.detect.table_columns import ID, headed_cells
    from redact.types import Page

    page = Page(number=1, text=ASSETS_CELL_LINES, words=(), width=595.0, height=842.0, source="plain")
    ids = {ASSETS_CELL_LINES[c.start:c.end] for c in headed_cells(page) if c.kind == ID}
    assert not ids & {"240 000", "12 000", "45 000", "110 000"}, ids
    assert {"752 098 100 412 377", "MXP 417"} <= ids, ids


# A table read one cell a line whose unlisted header cells close the header row ("Larmknapp" / … / "Hl."),
# one row with a dash for an empty cell: the dash fits the column's shape, the rows still repeat, and the header's
# unlisted cells are no first row's names.
DEVICES_CELL_LINES = "\n".join([
    "Utlånade hjälpmedel",
    "Klient", "Personnr", "Larmknapp", "Basstation", "Rollator", "Hl.",
    "Hedvig Sandström", "410312-2286", "LK-22 0417", "BS-40-1187", "RX 5521", "ToA",
    "Bror Lindell", "380915-1178", "LK-22 0533", "BS-40-1203", "–", "ToA",
    "Saga Pettersson", "450101-3364", "LK-22 0609", "BS-40-0998", "RX 5530", "MiB",
    "",
    "Hjälpmedlen återlämnas vid flytt.",
])


def test_a_dash_for_an_empty_cell_keeps_the_header_and_its_rows_in_line():
    from redact.detect.table_columns import FULL, headed_cells
    from redact.types import Page

    page = Page(number=1, text=DEVICES_CELL_LINES, words=(), width=595.0, height=842.0, source="plain")
    names = {DEVICES_CELL_LINES[c.start:c.end] for c in headed_cells(page) if c.kind == FULL}
    assert names == {"Hedvig Sandström", "Bror Lindell", "Saga Pettersson"}, names


# a guardian's header cut short to fit its column ("Vårdnadsh."), read one cell a line: a header, not a name
GUARDIANS_ONE_CELL_A_LINE = """Barn som flyttat in
Barn
Född
Vårdnadsh.
Ny adress
Elsa Vikström
2017
Jonna Vikström
Ängsgatan 4, 668 31 Sörby
"""


def test_a_header_cut_short_heads_its_column_and_is_no_name(blank_detector):
    found = {f.text for f in detect_text(GUARDIANS_ONE_CELL_A_LINE, blank_detector).findings
             if f.category == "PERSON" and f.status != "rejected"}
    assert "Jonna Vikström" in found and not any("Vårdnadsh" in p for p in found)


def test_a_personalised_plate_column_masks_its_words(blank_detector):
    # "Skylt" heads the plates' texts: any word there is one ("FARMOR", "ÖL TOMTE"); the case and the fee stay
    text = ("Ansökningar om personlig skylt\nÄrende\nSökande\nSkylt\nAvgift\n"
            "PS-26-1101\nAstrid Holm\nFARMOR\n6 200 kr\n"
            "PS-26-1102\nNils Ek\nÖL TOMTE\n6 200 kr\n"
            "PS-26-1105\nLeila Nasser\nLEILA 88\n6 200 kr\n")
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.status != "rejected"}
    assert {"FARMOR", "ÖL TOMTE", "LEILA 88"} <= found
    assert not any("PS-26" in t or "6 200" in t for t in found)


def test_a_signs_column_of_other_values_stays(blank_detector):
    # "Skylt" in a permit for a shop's sign: its cells are no plate's shape
    text = ("Bygglov för skyltar\nÄrende\nSökande\nSkylt\nBeslut\n"
            "BN 2026-118\nEva Lund\nFasadskylt, 2 m\nBeviljas\n")
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.status != "rejected"}
    assert not any("Fasadskylt" in t for t in found)


def test_the_word_naming_a_mark_before_its_code_in_a_cell_stays_readable(blank_detector):
    text = ("Ärende\nInnehavare\nMärkning\n611-3301-26\nKarin Berg\nring SE 09-4471 KB\n"
            "611-3302-26\nOlle Dahl\nchip 752098100219904\n")
    det = detect_text(text, blank_detector)
    masked = {" ".join(f.text.split()) for f in det.findings if f.status != "rejected"}
    assert {"SE 09-4471 KB", "752098100219904"} <= masked
    assert not any(t.startswith(("ring", "chip")) for t in masked)


# A probation office's register read one cell a line whose hours column no rule lists ("Timmar"), a heading right
# above the header: the hours of three digits between the clients' lettered numbers are no one's identifier.
HOURS = "\n".join([
    "Klienter i arbetsträning",
    "Ärende", "Klient", "Född", "Klientnr", "Timmar",
    "ATR 2027-5501", "Eja Forsman", "1990-02-11", "AT-551 2207", "80",
    "ATR 2027-5518", "Ruben Sandell", "3/4 -97", "AT-551 2214", "120",
    "ATR 2027-5525", "Mira Koskinen", "1985", "AT-551 2221", "100",
    "",
    "Timmarna redovisas varje månad.",
])


def test_counts_between_a_columns_lettered_codes_are_no_identifiers(blank_detector):
    found = {" ".join(f.text.split()): f.category for f in detect_text(HOURS, blank_detector).findings}
    assert found.get("AT-551 2207") == "ID_NUMBER" and found.get("AT-551 2221") == "ID_NUMBER"
    assert "120" not in found and "100" not in found


def test_running_text_below_a_heading_after_a_table_is_no_row_of_it(tmp_path):
    # a sentence whose spaces fall where the columns' borders run, below a heading alone in the first column: the
    # table ended at the heading, and the sentence's words are no address cell
    from redact.detect.table_geometry import from_words
    from redact.ingest.pdf import extract_page, open_pdf

    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    rows = [["Hyresvärd", "Fastighet", "Adress"],
            ["Maja Ekholm", "Ekby Norrby 1:12", "Norrgatan 4, 123 45 Ekby"],
            ["Olle Sten", "Ekby Söder 4:2", "Södra vägen 3, 123 46 Ekby"]]
    table(page, (40, 90), rows, col_width=180)
    write_lines(page, ["Utredningen"], x=42, y=170)
    for x, piece in ((42, "Maja har en dotter, Vera Ekholm,"), (222, "född"),
                     (402, "2 maj 2019, med eksem; hon nås på")):
        write_lines(page, [piece], x=x, y=186)
    path = save(doc, tmp_path / "tabell.pdf")
    with open_pdf(path) as pdf:
        read = extract_page(pdf[0])
    cells = [read.text[c.start:c.end] for c in from_words(read)]
    assert "Norrgatan 4, 123 45 Ekby" in cells, cells
    assert not any("eksem" in c or "maj 2019" in c for c in cells), cells


@pytest.mark.parametrize("header", ["Objekt", "Hyresobjekt", "Lokalobjekt"])
def test_an_object_of_the_bodys_stock_heads_no_ones_codes(header):
    from redact.detect.id_labels import names_thing_number

    assert names_thing_number(header)


# Two tables read one cell a line: the first with the staff's numbers under a known identifier header, the second
# keyed by the same agreements with the body's own flats. The identifier column's reading by shape ends at the
# second table's header row.
TWO_TABLES_CELL_LINES = "\n".join([
    "Uthyrda tjänstebostäder",
    "Avtal", "Hyresgäst", "Född", "Anställningsnr",
    "TB-31-0211", "Ruben Ask", "1969-03-02", "LT-K 440 118",
    "TB-31-0228", "Maja Strand", "1991-07-19", "LT-K 440 125",
    "Bostäder och hemorter",
    "Avtal", "Lokal Ort", "Hemort",
    "TB-31-0211", "ÖRN-12-04", "Kramfors", "Sollefteå",
    "TB-31-0228", "HÄR-03-11", "Härnösand", "Timrå",
    "",
])


def test_an_identifier_columns_reading_by_shape_ends_at_the_next_tables_header_row():
    from redact.detect.table_id_lines import _from_id_header_lines

    ids = {TWO_TABLES_CELL_LINES[c.start:c.end] for c in _from_id_header_lines(TWO_TABLES_CELL_LINES)}
    assert not ids & {"ÖRN-12-04", "HÄR-03-11"}, ids


# a caption over a table read one cell a line: the case column opens each row, the identifier's codes have another
# shape (a letter no code shape reads)
CASES_FIRST_CELL_LINES = ("Sökande\nÄrende\nPerson\nFödd\nStödnummer\n"
                          "4-2207331\nVera Lind\n12 maj 1979\nÅR-27-2207-A\n"
                          "4-2207332\nOla Berg\n3 juni 1981\nÅR-27-2208-B\n"
                          "4-2207333\nEva Holm\n1948\nÅR-27-2209-C\n\nBeslut\n")


def test_the_codes_opening_each_row_under_a_case_header_are_no_identifiers_of_the_last_column():
    from redact.detect.table_id_lines import _from_id_header_lines

    ids = {CASES_FIRST_CELL_LINES[c.start:c.end] for c in _from_id_header_lines(CASES_FIRST_CELL_LINES)}
    assert not ids & {"4-2207331", "4-2207332", "4-2207333"}, ids
