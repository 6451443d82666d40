"""Identifiers a register gives a person, under labels no rule lists: "-nummer"/"-nr"/"-id" compounds,
"kö nr", "Lånekort", "Kontrakt", "id", English customer numbers, and a column of like-shaped codes in a
table of persons whatever its header. Fictional documents; the blank pipeline (rules only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document
from redact.types import Page

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


NOTES = """Anteckningar från fritidsförvaltningen
Simhallens medlemskortsnummer: 7731 0462 8 gäller året ut.
Parkeringstillstånds-nr PT-5520 har förnyats för Li Na Wennberg.
Båtplatsnummer BP 44 219 är uppsagt.
Hennes hyreskontrakt MV-3318 löper ut i mars, hans andrahandshyresavtalet MV-3402 i april.
Elev B-6604 har flyttat till Skogsbacka skola.
Ärendet hos Kronofogden har nummer KF 7714-2206.
Bidragsärendet registrerades under kö nr R-15 382 och handläggs av Per Lindqvist.
The customer number with us is LM-41 0977.
Identitetsnummer i det norska registret: NO-4410 227.
Polisen, id PB 702 64, var på plats.
"""


@pytest.mark.parametrize("value", [
    "7731 0462 8", "PT-5520", "BP 44 219", "MV-3318", "MV-3402", "B-6604", "KF 7714-2206", "R-15 382", "LM-41 0977", "PB 702 64", "NO-4410 227",
])
def test_a_code_after_a_label_nobody_listed_is_an_identifier(blank_detector, value):
    assert found(blank_detector, NOTES).get(value) == "ID_NUMBER"


AUTHORITY = """Kultur- och fritidsnämnden, dnr KFN 2026/0311
Diarienummer: 2026-0311. Ärendenummer KFN-2026/88. Fakturanr 2026-118.
Telefonnummer 0511-38 20 00. Org.nr 212000-1611. Sidnummer 12. Lgh nr 1204.
Beslutsnummer 2026-44 fattades enligt 4 kap. 1 § SoL. Hyra per månad 6 340 kr.
Elev 1234 saknar plats. Rum nr 2044 är bokat. Kontrakt 5 840 kr i månaden.
Tel.nr 0511-44 12 09. Momsreg.nr SE212000161101. Sal nr 214.
"""


@pytest.mark.parametrize("value", [
    "KFN 2026/0311", "2026/0311", "2026-0311", "KFN-2026/88", "2026-118", "1204", "2026-44", "6 340", "1234", "2044",
    "5 840", "12", "214", "SE212000161101",
])
def test_the_authoritys_own_numbers_and_other_things_numbers_stay(blank_detector, value):
    assert found(blank_detector, AUTHORITY).get(value) != "ID_NUMBER"


def _register_pdf(tmp_path: Path, rows: list[list[str]], name: str) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Utdrag ur registret, oktober"], y=60)
    table(page, (40, 80), rows, col_width=105)
    write_lines(page, ["Listan är sammanställd av registrator."], y=100 + 18 * len(rows) + 20)
    return save(doc, tmp_path / name)


BOAT_CLUB = [
    ["Båtplats-nr", "Innehavare", "Avgift", "Betald"],
    ["BP 12 044", "Kerstin Åhlund", "1 450", "ja"],
    ["BP 12 107", "Nikola Petrović", "1 450", "nej"],
    ["BP 13 290", "Fatuma Hassan", "2 100", "ja"],
]
CARDS = [
    ["Bibliotekskort", "Namn", "Mobil", "Böcker"],
    ["5518 2093 4", "Ingvar Lundmark", "070-218 44 91", "3"],
    ["5518 2147 0", "Samira Haddad", "073-550 12 08", "1"],
    ["5518 2301 6", "Pekka Rautio", "076-401 77 23", "6"],
]


@pytest.mark.parametrize("rows,value", [
    (BOAT_CLUB, "BP 12 044"), (BOAT_CLUB, "BP 13 290"), (CARDS, "5518 2093 4"), (CARDS, "5518 2301 6"),
])
def test_codes_under_an_unlisted_header_of_a_pdf_register(tmp_path, blank_detector, rows, value):
    det = detect_document(_register_pdf(tmp_path, rows, "register.pdf"), blank_detector)
    assert {" ".join(f.text.split()): f.category for f in det.findings}.get(value) == "ID_NUMBER"


# the header says nothing of what the codes are ("Plats", "Ref."): their shapes and the names beside them do
UNSAID = [
    ["Ref.", "Sökande", "Ködagar", "Hyra"],
    ["VH-20 318", "Annelie Strömqvist", "1 204", "5 840"],
    ["VH-20 562", "Jovan Stanković", "3 877", "6 210"],
    ["VH-21 007", "Leila Moradi", "612", "6 210"],
]


@pytest.mark.parametrize("value", ["VH-20 318", "VH-20 562", "VH-21 007"])
def test_a_column_of_like_shaped_codes_beside_persons_is_their_identifiers(tmp_path, blank_detector, value):
    det = detect_document(_register_pdf(tmp_path, UNSAID, "ko.pdf"), blank_detector)
    assert {" ".join(f.text.split()): f.category for f in det.findings}.get(value) == "ID_NUMBER"


@pytest.mark.parametrize("value", ["1 204", "3 877", "612", "5 840", "6 210"])
def test_sums_and_counts_beside_the_codes_stay(tmp_path, blank_detector, value):
    det = detect_document(_register_pdf(tmp_path, UNSAID, "ko.pdf"), blank_detector)
    assert value not in {" ".join(f.text.split()) for f in det.findings}


# where the persons live and when they were born, in the register's own columns
HOMES = [
    ["Köplats", "Sökande", "F-datum", "Bostadsadress"],
    ["K-118", "Tomas Lindgren", "1962-04-30", "Lövsjöbyn 48"],
    ["K-131", "Aylin Demir", "1998-11-02", "Rödmyra 7 B"],
    ["K-140", "Jukka Salo", "1975-01-19", "Nybodarna 112"],
]


@pytest.mark.parametrize("value,category", [
    ("Lövsjöbyn 48", "ADDRESS"), ("Rödmyra 7 B", "ADDRESS"), ("Nybodarna 112", "ADDRESS"),
    ("1962-04-30", "DATE_OF_BIRTH"), ("1998-11-02", "DATE_OF_BIRTH"), ("K-118", "ID_NUMBER"),
])
def test_homes_birth_dates_and_codes_in_a_registers_columns(tmp_path, blank_detector, value, category):
    det = detect_document(_register_pdf(tmp_path, HOMES, "hem.pdf"), blank_detector)
    assert {" ".join(f.text.split()): f.category for f in det.findings}.get(value) == category


LINES = """Uppgifter om sökanden
Båtplats: BP-4471
Medlemskap: M-22 190.
Dnr: KS-2026
Fordon: AB-1234
Lagrum: SFS-2001
"""


def test_a_capitals_dash_digits_code_ending_a_label_line_is_an_identifier(blank_detector):
    hits = found(blank_detector, LINES)
    assert hits.get("BP-4471") == "ID_NUMBER" and hits.get("M-22 190") == "ID_NUMBER"
    assert not {"KS-2026", "AB-1234", "SFS-2001"} & {v for v, c in hits.items() if c == "ID_NUMBER"}


def test_a_pupils_code_of_the_same_shape_elsewhere_in_the_text(blank_detector):
    from redact.pipeline import detect_text

    text = "Elev E-4410 byter skola. Skolskjuts beviljas även E-4587 från januari."
    ids = {f.text for f in detect_text(text, blank_detector).findings if f.category == "ID_NUMBER"}
    assert {"E-4410", "E-4587"} <= ids


def test_a_column_of_codes_in_a_text_table_a_row_a_line(blank_detector):
    from redact.pipeline import detect_text

    text = ("Utdrag ur kön\n| Ref | Namn | Hyra\n| VH-20 318 | Annelie Strömqvist | 5 840\n"
            "| VH-20 562 | Jovan Stanković | 6 210\n\nSlut på utdraget.\n")
    found_ = {f.text: f.category for f in detect_text(text, blank_detector).findings}
    assert found_.get("VH-20 318") == "ID_NUMBER" and found_.get("VH-20 562") == "ID_NUMBER"
    assert "5 840" not in found_


CASES = """Försäkringskassans ärendenummer 4471-2093 gäller sjukpenningen.
Ärendenummer hos Kronofogden: 88-1402-55.
Kommunens ärendenummer KS 2026/0112 och socialtjänstens ärendenummer 44871 står på beslutet.
Ärendenummer hos Norrvalla kommun: 2026-0412.
"""


def test_another_organisations_case_number_of_a_person_is_an_identifier(blank_detector):
    hits = found(blank_detector, CASES)
    assert hits.get("4471-2093") == "ID_NUMBER" and hits.get("88-1402-55") == "ID_NUMBER"


@pytest.mark.parametrize("value", ["KS 2026/0112", "2026/0112", "44871", "2026-0412"])
def test_the_authoritys_own_case_number_stays(blank_detector, value):
    assert found(blank_detector, CASES).get(value) != "ID_NUMBER"


ABROAD = """Underhållet från Finland: Kela-beslutet KELA 3310/2287/26 gäller modern.
Pappans NAV-sak NAV 26/118045 gäller barnbidraget. Det lettiska beslutet 3-26-55120 verkställs nu.
Ämne: Re: dosar 3307/118/2025
Sökanden har ett billån med avtalsnummer BLF 3306-114520 och ett studielån.
"""


@pytest.mark.parametrize("value", ["KELA 3310/2287/26", "NAV 26/118045", "3-26-55120", "3307/118/2025",
                                   "BLF 3306-114520"])
def test_a_bodys_case_abroad_and_a_loans_contract_are_a_persons_numbers(blank_detector, value):
    assert found(blank_detector, ABROAD).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text", ["Kommunen tecknade avtal med avtalsnummer 2026-118 för städningen.",
                                  "Det norska beslutet 2024 gäller fortfarande.",
                                  "Dosarul 12 kr kostar inget.",
                                  "Beslutet diariefördes under NAV 27-318 i april."])  # a unit's letters, its own case
def test_a_contract_of_the_authority_and_a_year_after_a_decision_stay(blank_detector, text):
    assert "ID_NUMBER" not in found(blank_detector, text).values()


@pytest.mark.parametrize("text, value", [
    ("Hon har ett lån hos Kredita Finans, avtal KF 4410 2291 07, och ett kreditkort.", "KF 4410 2291 07"),
    ("Han har en kredit hos Bergå Spar med avtalet BS 5521-0937.", "BS 5521-0937"),
])
def test_a_loans_bare_contract_word_after_its_lender(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text", ["Vi har ett avtal KF 4410 2291 07 med städfirman.",  # no loan before the contract
                                  "Lånet hos Kredita Finans, avtal 2026-05-14, löstes."])  # a date
def test_a_bare_contract_word_without_a_loan_or_with_a_date_stays(blank_detector, text):
    assert "ID_NUMBER" not in found(blank_detector, text).values()


def test_a_forms_label_cell_and_value_cell_read_one_a_line(blank_detector):
    text = "Ansökan om förlängning\nSökande\nRagnhild Ek\nBåtplats-kontrakt\nBK-5512\nUnderskrift saknas.\n"
    assert found(blank_detector, text).get("BK-5512") == "ID_NUMBER"


def test_a_code_on_the_next_line_of_running_text_is_not_taken_by_a_noun(blank_detector):
    text = "Hon har fått ett nytt kort\nPB-5512 enligt listan, skriver hon.\n"
    assert found(blank_detector, text).get("PB-5512") != "ID_NUMBER"


BLOCKED = [
    ["Kort", "Låntagare", "Spärrdatum", "Orsak"],
    ["6610 2287 1", "Ingegerd Falk", "2026-07-02", "förlust"],
    ["6610 2345 6", "Dawit Tesfaye", "2026-07-19", "skuld"],
]


def test_header_cells_and_a_label_line_below_a_register_are_not_names(tmp_path, blank_detector):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    table(page, (40, 80), BLOCKED, col_width=105)
    write_lines(page, ["Låntagarnummer: 6610 2345 6", "Namn: Dawit Tesfaye", "Skulden är betald."], y=160)
    det = detect_document(save(doc, tmp_path / "spärr.pdf"), blank_detector)
    texts = " | ".join(f.text for f in det.findings)
    assert "Spärrdatum" not in texts and "Orsak" not in texts and "Namn:" not in texts
    assert "Dawit Tesfaye" in texts and "6610 2287 1" in texts


# a register's rows without a header row: the codes' shapes and the names beside them
NO_HEADER = [
    ["TK-30 118", "Agnes Lindvall", "2026-03-01"],
    ["TK-30 264", "Bashir Rahimi", "2026-04-15"],
    ["TK-31 090", "Liisa Mäkelä", "2026-05-20"],
]


@pytest.mark.parametrize("value", ["TK-30 118", "TK-30 264", "TK-31 090"])
def test_codes_of_a_register_without_a_header_row(tmp_path, blank_detector, value):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Tilldelade odlingslotter, våren 2026"], y=60)
    table(page, (40, 80), NO_HEADER, col_width=140)
    det = detect_document(save(doc, tmp_path / "lotter.pdf"), blank_detector)
    assert {" ".join(f.text.split()): f.category for f in det.findings}.get(value) == "ID_NUMBER"


def test_the_authoritys_serials_listed_beside_persons_stay(blank_detector):
    from redact.pipeline import detect_text

    text = ("Skador 2026\nS-26/041  Göran Eklund\nS-26/042  Dalia Haddad\nS-26/044  Pekka Rantanen\n"
            "2026-118  Ann-Sofie Lund\n2026-119  Olle Berg\n2026-120  Mira Sallinen\n")
    ids = {f.text for f in detect_text(text, blank_detector).findings if f.category == "ID_NUMBER"}
    assert not ids


# Codes of a person's things and registers after labels no list holds: "-nummer för X:", a marking, a register,
# a frame number ending in its own check letter.
THINGS = """Fiskevårdsområdet Storsjön, utdrag ur tillsynsprotokoll
Fiskekortsnummer för den kontrollerade: FK 2231 0947 visades upp.
Mopeden har ramnummer VXT 5512 0873 K och chipmärkning ZA 4419 2081 enligt ägaren Dragan Ilić.
Vapnet är infört i vapenregistret: VR 6620 1174.
"""


@pytest.mark.parametrize("value", ["FK 2231 0947", "VXT 5512 0873 K", "ZA 4419 2081", "VR 6620 1174"])
def test_codes_of_a_persons_things_and_registers_are_identifiers(blank_detector, value):
    assert found(blank_detector, THINGS).get(value) == "ID_NUMBER"


# a road's or a found thing's number in a register of persons is nobody's identifier
ROADS = [
    ["Vägnr", "Väg", "Kontaktperson", "Telefon"],
    ["VF 3102", "Hagmarksvägen", "Gunnel Åkesson", "070-218 44 91"],
    ["VF 3117", "Kvarnbäcksvägen", "Yusuf Demir", "073-550 12 08"],
    ["VF 3125", "Ängsvägen", "Birgitta Holm", "076-401 77 23"],
]
GOODS = [
    ["Godsnr", "Föremål", "Ägare", "Telefon"],
    ["FG-27-114", "Paraply", "Henrik Alm", "070-218 44 91"],
    ["FG-27-120", "Handväska", "Selma Okafor", "073-550 12 08"],
    ["FG-27-131", "Glasögon", "Lars Öberg", "076-401 77 23"],
]


@pytest.mark.parametrize("rows,value", [(ROADS, "VF 3102"), (ROADS, "VF 3125"), (GOODS, "FG-27-114"), (GOODS, "FG-27-131")])
def test_a_roads_or_a_found_things_number_beside_persons_stays(tmp_path, blank_detector, rows, value):
    det = detect_document(_register_pdf(tmp_path, rows, "vagar.pdf"), blank_detector)
    found_here = {" ".join(f.text.split()): f.category for f in det.findings}
    assert value not in found_here
    assert found_here.get(rows[1][2]) == "PERSON"  # the persons beside them are still found


# A contract's call-off codes with a colon ("VT-22:04") beside the contractors, read one cell a line: the persons'
# codes; the company's row keeps its code, and the signing official's initials name no one of the row.
CALL_OFFS = "\n".join([
    "Vinterväghållning, avrop per entreprenör",
    "Avrop", "Entreprenör", "Område", "Attest",
    "VT-22:04", "Gunvor Tjärnlund", "Ytterby", "B-EK",
    "VT-22:07", "Halvar Ruong", "Nederbyn", "B-EK",
    "VT-22:10", "Tallby Grus & Väg AB", "Tallby", "B-EK",
    "VT-22:15", "Aino Kelottijärvi", "Skolvägarna", "ÅsL",
    "",
    "Attesterat av gatuchefen.",
])


@pytest.mark.parametrize("value", ["VT-22:04", "VT-22:07", "VT-22:15"])
def test_call_off_codes_with_a_colon_beside_persons_are_their_identifiers(blank_detector, value):
    assert found(blank_detector, CALL_OFFS).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("sep", [":", "-"])
def test_a_companys_row_keeps_its_call_off_code(blank_detector, sep):
    got = found(blank_detector, CALL_OFFS.replace("VT-22:", f"VT-22{sep}"))
    assert f"VT-22{sep}10" not in got and got.get(f"VT-22{sep}04") == "ID_NUMBER"


def test_times_and_statutes_with_a_colon_stay(blank_detector):
    text = "\n".join(["Tid", "Namn", "Lagrum", "08:30", "Gunvor Tjärnlund", "SFS 2001:453", "09:15", "Halvar Ruong",
                      "SFS 2001:453", "10:00", "Aino Kelottijärvi", "SFS 2010:800", ""])
    got = found(blank_detector, text)
    assert not any(v in got for v in ("08:30", "09:15", "10:00", "SFS 2001:453", "SFS 2010:800"))


def test_a_column_of_case_numbers_under_mal_stays(blank_detector):
    from redact.pipeline import detect_text

    text = ("Inkomna mål\n| Mål | Sökande | Svarande | Belopp\n| 27-2204 | Kalle Rantanen | Mia Berg | 1 200 kr\n"
            "| 27-2219 | Dijana Perić | Olof Sandin | 9 800 kr\n| 27-2231 | Hanna Öberg | Leo Vik | 650 kr\n\n"
            "Mål 27-2219: svaranden har bestritt.\n")
    ids = {f.text for f in detect_text(text, blank_detector).findings if f.category == "ID_NUMBER"}
    assert not ids, ids


# A table read one cell a line whose last header line holds two header cells ("Avtalsnr el Mätpunkt"): the codes
# ending each row are the last header's (the households' metering points), not the contracts' the line opens with;
# the association's row keeps its own code.
METERING = """Stöd till laddboxar, utbetalning och avtal
Sökande
Utbetalas till
Avtalsnr el Mätpunkt
Greta Wiklund
Handelsbanken 6112 304 118 227
–
LBX-5501
Sune Ekdahl
Swedbank 8214-9, 903 118 442-0
EL-44 1207
MP 771 208
Anton Berglund
Nordea 3009 44 18822
EL-44 1218
MP 771 215
Hultsjö Byalag
Bg 5520-1184
EL-44 1233
MP 771 240
Handläggarens anteckningar
Stödet betalas ut i maj.
"""


def test_codes_ending_the_rows_under_the_last_of_two_headers_on_one_line(blank_detector):
    got = found(blank_detector, METERING)
    assert got.get("MP 771 208") == "ID_NUMBER" and got.get("MP 771 215") == "ID_NUMBER", got
    assert "MP 771 240" not in got  # the association's row


# Codes opening their rows (right under the header): an association's row keeps its code, the person's row after it
# keeps none of the association's doubt.
BOAT_PLACES = "\n".join([
    "Båtplatser vid Hultsjö brygga",
    "Plats", "Innehavare", "Båt", "Attest",
    "BP-44 1207", "Greta Wiklund", "snipa", "B-EK",
    "BP-44 1218", "Hultsjö Båtklubb", "klubbens eka", "B-EK",
    "BP-44 1233", "Anton Berglund", "motorbåt", "ÅsL",
    "",
    "Attesterat av hamnkaptenen.",
])


def test_codes_opening_rows_keep_the_persons_and_leave_the_associations(blank_detector):
    got = found(blank_detector, BOAT_PLACES)
    assert got.get("BP-44 1207") == "ID_NUMBER" and got.get("BP-44 1233") == "ID_NUMBER", got
    assert "BP-44 1218" not in got


def test_a_list_of_codes_whose_last_row_ends_the_page_is_read():
    # rows of three lines (name, code, town) with the last code the text's last line: the last row reaches past the
    # page's end, and the rule must still read every code (it once failed on the page and took none)
    from redact.detect.code_columns import listed_codes

    text = "Hedda Sjöstrand\nKN-40218\nVisby\nArvid Enqvist\nKN-40355\nSlite\nMaja Thulin\nKN-40471"
    persons = [(text.index(n), text.index(n) + len(n)) for n in ("Hedda Sjöstrand", "Arvid Enqvist", "Maja Thulin")]
    assert [text[a:b] for a, b in listed_codes(text, persons, [])] == ["KN-40218", "KN-40355", "KN-40471"]
