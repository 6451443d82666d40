"""The authority's own case numbers and contact lines stay readable: a case number heading its notes, one after a
unit's letters that looks like an account or a property, the contact line of a county board, a state agency, a
unit's service or a school (fictional examples written for these rules)."""

import pytest

from redact.types import Page


@pytest.mark.parametrize("text", [
    "Ärende BYGG 2027-000318 gäller tillbyggnad.",
    "Ämne: Synpunkter BYGG 2027-000318",
    "Dnr MBN 2027-001102, beslut på delegation.",
])
def test_a_case_number_after_a_units_letters_is_no_account(text):
    from redact.detect.bank_account import BankAccountRecognizer

    assert BankAccountRecognizer().analyze(text, ["BANK_ACCOUNT"], nlp_artifacts=None) == []


def test_a_banks_letters_before_its_clearing_are_no_units():
    from redact.detect.bank_account import BankAccountRecognizer

    text = "Ersättningen betalas till SEB 5214 01 876 55."
    found = [text[r.start:r.end] for r in BankAccountRecognizer().analyze(text, ["BANK_ACCOUNT"], nlp_artifacts=None)]
    assert found and "5214" in found[0]


def test_a_year_going_on_after_a_dash_numbers_no_property():
    from redact.detect.property import PropertyRecognizer

    text = "Grannehörande, fastighet Åsby Tallen 4.\nÄmne: Synpunkter BYGG 2027-000318\n"
    found = [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], nlp_artifacts=None)]
    assert not any("2027" in f for f in found), found


# a county board's log: its case numbers in the table and heading each case's notes below
LOG = """Ärendelista, dnr 511-2204-2026 ff.
| Dnr | Sökande | Fastighet
| 511-2204-2026 | Maja Lindholm | Åsby Tallen 4
| 511-2219-2026 | Olof Brink | Åsby Granen 2
Anteckningar om varje ärende
511-2204-2026. Brygga vid sjön. Maja Lindholm bor på Sjövägen 3.
511-2219-2026. Förråd. Olof Brink har svarat.
"""


def test_the_case_numbers_heading_a_logs_notes_stay_readable(model_detector):
    page = Page(number=1, text=LOG, words=(), width=595, height=842)
    found = model_detector.detect_many([page])[0]
    assert not [f.text for f in found if "511-22" in f.text]
    assert {"Maja Lindholm", "Olof Brink"} <= {f.text for f in found}


@pytest.mark.parametrize("line, address", [
    ("Länsstyrelsen i Västmarks län, Box 12, 791 10 Åsby, växel 010-225 00 00,", "Box 12, 791 10 Åsby"),
    ("Åsby kommun, Stadshustorget 1, Box 40, 776 20 Åsby,", "Box 40, 776 20 Åsby"),
    ("Statens lantmäteriverk, Box 51, 791 16 Åsby, 0771-63 00 00", "Box 51, 791 16 Åsby"),
    ("Åsby kommun, Omsorgsförvaltningen, Dagverksamheten Solrosen, Ängsgatan 6.", "Ängsgatan 6"),
    ("Åsby kommun, Arbetsmarknadsenheten, Jobbtorget, Smedjegatan 11.", "Smedjegatan 11"),
    ("info@lstvastmark.se. Besök: Slottsgatan 3.", "Slottsgatan 3"),
    # an archive by its name, its service in lower case after it
    ("Åsbyarkivet, forskarexpeditionen, Box 77, 791 21 Åsby", "Box 77, 791 21 Åsby"),
])
def test_an_agencys_or_a_units_contact_line_holds_its_own_address(line, address):
    from redact.detect.authority_lines import on_units_contact_line

    text = "Beslutande: Eva Lund, enhetschef.\n" + line + "\n"
    start = text.index(address)
    assert on_units_contact_line(text, start, start + len(address), [])


@pytest.mark.parametrize("line, address", [
    ("Åsby Fjärrvärme AB, Verksgatan 3, 791 40 Åsby, växel 0243-170 00", "Verksgatan 3, 791 40 Åsby"),
    ("Västmarks Buss AB, Depåvägen 8, 791 52 Åsby, kundtjänst 0771-12 12 12", "Depåvägen 8, 791 52 Åsby"),
    ("Transportstyrelsen, Fordonsregistret, kontoret i Åsby, Kyrkogatan 2, 791 30 Åsby", "Kyrkogatan 2, 791 30 Åsby"),
])
def test_a_companys_or_an_agency_offices_letterhead_holds_its_own_address(line, address):
    from redact.detect.authority_lines import on_units_contact_line

    text = line + "\nÄrendeserie ÅFV-26.\n"
    start = text.index(address)
    assert on_units_contact_line(text, start, start + len(address), [])


def test_a_persons_line_after_the_units_name_keeps_the_address():
    from redact.detect.authority_lines import on_units_contact_line

    text = "Åsby kommun, Anna Berg, Storgatan 1\n"
    start = text.index("Storgatan")
    person = (text.index("Anna"), text.index("Anna") + len("Anna Berg"))
    assert not on_units_contact_line(text, start, start + len("Storgatan 1"), [person])


def test_a_code_after_a_case_label_heading_a_letter_is_the_documents_case():
    from redact.detect.case_headings import case_heading_codes, names_case

    codes = case_heading_codes(["Statens lantmäteriverk, kontoret i Åsby. Ärende LMV K27-0112, Åsby kommun.\n",
                                "Ämne: LMV K27-0112, Åsby Tallen 4\nDnr BYGG 2026-000318\n"])
    assert "LMV K27-0112" in codes
    assert names_case("LMV K27-0112, Åsby", codes) and names_case("LMV K27-0112", codes)
    assert "BYGG 2026-000318" not in codes  # written once: no case the document heads twice
    # in a sentence about another authority's case, the small label heads nothing
    assert not case_heading_codes(["Hon har ärende FK 2026-1142 hos Försäkringskassan.\nSe FK 2026-1142.\n"])


# the police's report log: its report numbers (the unit, a letter on the running number, the year) in the table and
# heading each report's notes; a customer number of the same shape under its own label is someone's
POLICE_LOG = """Upphittade barnvagnar, lokalpolisområde Ringhult
| Anmälan | Ägare | Född
| 4300-K18804-27 | Tove Lindahl | 1990-02-11
| 4300-K18911-27 | Ebbe Starck | 1984-07-30
| 4300-K19022-27 | Maja Grönvik | 2001-12-03

4300-K18804-27: vagnen stod i ett cykelrum. Lindahl hämtar den på måndag.
4300-K18911-27: Starck har kundnummer 4300-K55120-27 hos Vagnservice.
"""


def test_the_polices_report_numbers_heading_their_notes_stay_readable(blank_detector):
    page = Page(number=1, text=POLICE_LOG, words=(), width=595, height=842)
    found = blank_detector.detect_many([page])[0]
    ids = [f.text for f in found if f.category == "ID_NUMBER"]
    # the report numbers of the series, the one without a paragraph too; the customer number stays masked
    assert ids == ["4300-K55120-27"]
    assert {"Tove Lindahl", "Ebbe Starck", "Maja Grönvik"} <= {f.text for f in found}


# a municipality's report log: the series' letters before each number ("LM 2027-031") read as initials
REPORT_LOG = """Avvikelser enligt lex Maria, kvartal 2 2027
Utredare Tove Lindahl (TL); kvalitetssamordnare Ebbe Starck (ES).

| Rapport | Brukare | Insats | Hl
| LM 2027-031 | Greta Holm | hemtjänst | tl
| LM 2027-034 | Nils Ahlgren | korttid | es
| LM 2027-036 | Berit Sand | dagverksamhet | tl

LM 2027-031: Greta fick fel dos. Sonen Olof Holm, mobil 070-412 55 10, underrättades.
LM 2027-034: Nils föll i badrummet. Hans dotter EM har fullmakt.
LM 2027-036: Berit saknade sin rollator en dag.
"""


def test_the_letters_of_the_documents_report_series_are_no_initials(model_detector):
    page = Page(number=1, text=REPORT_LOG, words=(), width=595, height=842)
    found = [f.text for f in model_detector.detect_many([page])[0]]
    assert "LM" not in found
    # a person's initials in the same notes stay masked
    assert {"EM", "Greta Holm", "070-412 55 10"} <= set(found)


def test_the_letters_of_a_code_written_once_are_no_series():
    from redact.detect.case_headings import case_heading_codes, opens_case

    text = "Handläggare LM 2027-031 skrev.\nLM 2027-031 är hennes nummer.\n"
    codes = case_heading_codes([text])
    assert not opens_case(text, text.index("LM"), text.index("LM") + 2, codes)


# a register's report numbers in its table, then its notes running on from report to report in one paragraph, each
# report's number after the full stop with a colon
RUNNING_NOTES = """Inkomna anmälningar
| Ref | Anmälare | Född
| 27-0311 | Tove Lindahl | 1990-02-11
| 27-0318 | Ebbe Starck | 1984-07-30
| 27-0325 | Maja Grönvik | 2001-12-03

27-0311: Lindahl fick klåda efter första dosen. Hon har kundnummer KN 0318-55120 hos apoteket. 27-0318:
Starck fick yrsel; hans dotter ringde. 27-0325: flickan har haft feber i två dagar.
"""


def test_report_numbers_heading_notes_that_run_on_stay_readable(blank_detector):
    from redact.detect.case_headings import case_heading_codes

    assert {"27-0311", "27-0318", "27-0325"} <= case_heading_codes([RUNNING_NOTES])
    page = Page(number=1, text=RUNNING_NOTES, words=(), width=595, height=842)
    found = blank_detector.detect_many([page])[0]
    assert not [f.text for f in found if f.text.startswith("27-03")]
    # the customer number in the notes stays masked
    assert "KN 0318-55120" in {f.text for f in found if f.category == "ID_NUMBER"}


def test_a_code_after_a_sentence_written_once_heads_no_case():
    from redact.detect.case_headings import case_heading_codes

    assert "AB-4471" not in case_heading_codes(["Kortet spärrades i maj. AB-4471: så står det på kortet.\n"])


@pytest.mark.parametrize("line, address", [
    # an agency's region by its name after the unit
    ("Vägverket, Förarprov, region Norr, Box 412, 901 10 Åsby", "Box 412, 901 10 Åsby"),
    # a court's numbered division
    ("Åsby tingsrätt, avdelning 2, Box 77, 901 20 Åsby", "Box 77, 901 20 Åsby"),
    # an administrative court of appeal by its seat, its division and box as the address reader takes them
    ("Kammarrätten i Åsby, avdelning 3, Box 88, 901 21 Åsby", "avdelning 3, Box 88, 901 21 Åsby"),
    ("Kammarrätten i Åsby, Box 88, 901 21 Åsby", "Box 88, 901 21 Åsby"),
])
def test_a_units_region_or_numbered_division_on_its_contact_line(line, address):
    from redact.detect.authority_lines import on_units_contact_line

    text = "Kallelser, mars\n" + line + "\nVäxel 0900-10 00 00.\n"
    start = text.index(address)
    assert on_units_contact_line(text, start, start + len(address), [])


def test_a_taggers_span_of_the_whole_contact_line_is_the_units():
    from redact.detect.authority_address import drop_authority_addresses
    from redact.types import Finding

    text = ("Mål om vårdnad, avdelning 2\nÅsby tingsrätt, avdelning 2, Box 77, 901 20 Åsby\nVäxel 0900-10 00 00.\n"
            "Olle Brink, Åsby tingsrätt, Storgatan 3, 901 22 Åsby\n")

    def finding(value: str) -> Finding:
        start = text.index(value)
        return Finding(id=value, page=1, start=start, end=start + len(value), text=value, category="ADDRESS",
                       score=0.8, detector="learned_spans")

    kept = drop_authority_addresses([finding("Åsby tingsrätt, avdelning 2, Box 77, 901 20 Åsby"),
                                     finding("Åsby tingsrätt, Storgatan 3, 901 22 Åsby")], text)
    # a person's line naming the court before a street is no contact line of the court's: it opens with her name
    assert [f.text for f in kept] == ["Åsby tingsrätt, Storgatan 3, 901 22 Åsby"]


def test_a_pupils_room_at_a_schools_address_is_no_units_line():
    from redact.detect.authority_address import drop_authority_addresses
    from redact.types import Finding

    text = "Ny adress\nOlle Brink\nFolkhögskolan, rum 112, Skolvägen 2, 901 30 Åsby\n"
    value = "Folkhögskolan, rum 112, Skolvägen 2, 901 30 Åsby"
    start = text.index(value)
    home = Finding(id="h", page=1, start=start, end=start + len(value), text=value, category="ADDRESS", score=0.8,
                   detector="table_column")
    assert drop_authority_addresses([home], text) == [home]
