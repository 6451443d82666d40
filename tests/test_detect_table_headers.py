"""Identifiers under a column header however the header is read: several header cells read as
one line ("Handläggare Klientnummer"), glued where a long header overflows its cell
("AnställningsnummerMobil", "Pass/ID-handlingFordon"), broken over two lines ("Personal" / "nr"), a header
cell left empty over the surname column, a long value crossing the midpoint between two
headers; and a label naming where the number is held ("Medlemsnummer i Kommunal: 5 118 204").
Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, ruled_grid, save, write_lines  # noqa: E402


def _masked(det) -> set[str]:
    return {" ".join(f.text.split()) for f in det.findings if f.category in ("ID_NUMBER", "PERSON")}


def _pdf(tmp_path: Path, name: str, x_cols, rows, intro=("Personallista, hemtjänsten Björkdalen",)) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, list(intro), y=60)
    ruled_grid(page, x_cols, 100, rows)
    write_lines(page, ["Listan lämnas ut efter begäran om allmän handling."], y=100 + 16 * len(rows) + 30)
    return save(doc, tmp_path / name)


GLUED = [
    ["Förnamn", "Efternamn", "Befattning", "Anställningsnummer", "Mobil"],
    ["Ulrika", "Strandberg", "Enhetschef", "52718", "070-415 22 81"],
    ["Nkechi", "Okafor", "Undersköterska", "53094", "073-228 41 06"],
    ["Jarmo", "Virtanen", "Vårdbiträde", "51862", "076-901 33 47"],
]


@pytest.mark.parametrize("value", ["52718", "53094", "51862"])
def test_identifier_under_a_header_glued_to_the_next_one(tmp_path, blank_detector, value):
    # the long header runs into the next cell: MuPDF reads "AnställningsnummerMobil" as one word
    pdf = _pdf(tmp_path, "glued.pdf", (50, 110, 175, 255, 342.5), GLUED)
    assert value in _masked(detect_document(pdf, blank_detector))


GLUED_TO_VEHICLES = [
    ["Resenär", "Pass/ID-handling", "Fordon", "Vara"],
    ["Sindre Aasland", "25581937", "KRA 482", "6 l sprit"],
    ["Ilona Kovács", "71440298", "XKC 90B", "snus"],
]


@pytest.mark.parametrize("value", ["25581937", "71440298"])
def test_identifier_under_a_header_glued_to_a_vehicle_header(tmp_path, blank_detector, value):
    # "Pass/ID-handling" runs into "Fordon": MuPDF reads "Pass/ID-handlingFordon"; the vehicle's column is a
    # header all the same, so the identity documents' column keeps its own numbers
    pdf = _pdf(tmp_path, "glued_vehicle.pdf", (50, 150, 223.5, 300), GLUED_TO_VEHICLES,
               intro=("Omhändertagna varor, tullstationen",))
    assert value in _masked(detect_document(pdf, blank_detector))


# the birth date's header overflows its cell into the next, whose header no list holds ("Färdhandling"): the
# glyphs of the two headers touch, and only the capital's place over the column's numbers tells where it begins
GLUED_TO_UNLISTED = [
    ["Ärende", "Resenär", "Födelsedatum enligt passet", "Färdhandling", "Släktskap"],
    ["UT 31-1042", "Signe Varg", "3 maj 1987", "K 55120873", "syster"],
    ["UT 31-1057", "Elin Moss", "19 juli 1990", "T00981342", "mor"],
    ["UT 31-1063", "Oda Lien", "2 mars 1979", "K 66021954", "dotter"],
]


@pytest.mark.parametrize("value", ["K 55120873", "T00981342", "K 66021954"])
def test_identifier_under_an_unlisted_header_glued_to_the_one_before(tmp_path, blank_detector, value):
    import pymupdf

    # the next column begins where the first header's text ends, the last close after its own: MuPDF reads
    # "passetFärdhandling" as one word and "Släktskap" on the same line
    x = 250 + pymupdf.get_text_length("Födelsedatum enligt passet", fontname="hebo", fontsize=9) - 1.5
    last = x + pymupdf.get_text_length("Färdhandling", fontname="hebo", fontsize=9) + 3
    pdf = _pdf(tmp_path, "glued_unlisted.pdf", (50, 130, 250, x, last), GLUED_TO_UNLISTED,
               intro=("Anhöriga utomlands, enheten i Västerby",))
    assert value in _masked(detect_document(pdf, blank_detector))


GLUED_TO_TWO_WORDS = [
    ["Nr", "Beslut", "Ordningsvaktskort", "Giltigt till"],
    ["1", "förordnas", "OV 26-5512", "2029-03-31"],
    ["2", "avslås", "–", "–"],
    ["3", "förordnas", "OV 26-5513", "2028-06-30"],
]


@pytest.mark.parametrize("value", ["OV 26-5512", "OV 26-5513"])
def test_identifier_under_a_header_glued_to_a_header_of_two_words(tmp_path, blank_detector, value):
    # the card's header runs into "Giltigt till": MuPDF reads "OrdningsvaktskortGiltigt till", whose second part is
    # no header alone, only with the word after it
    pdf = _pdf(tmp_path, "glued_two_words.pdf", (50, 75, 130, 209), GLUED_TO_TWO_WORDS,
               intro=("Beslut om förordnande som ordningsvakt",))
    assert value in _masked(detect_document(pdf, blank_detector))


GLUED_AFTER_LOWER_CASE = [
    ["Ägare", "Märke i hemlandet", "Registreringsbevis", "Anm."],
    ["Sindre Aasland", "Ford", "title 55190348226", "ok"],
    ["Ilona Kovács", "Opel", "ZB II KX331907", "ok"],
]


@pytest.mark.parametrize("value", ["55190348226", "KX331907"])
def test_identifier_under_a_header_a_lower_case_word_runs_into(tmp_path, blank_detector, value):
    # "Märke i hemlandet" fills its cell to the border: MuPDF reads "hemlandetRegistreringsbevis", the header of a
    # kind after the glued lower-case word opens its own column all the same
    import pymupdf

    x = 150 + pymupdf.get_text_length("Märke i hemlandet", fontname="hebo", fontsize=9)
    pdf = _pdf(tmp_path, "glued_lower.pdf", (50, 150, x, x + 120), GLUED_AFTER_LOWER_CASE, intro=("Införda fordon",))
    assert any(value in m for m in _masked(detect_document(pdf, blank_detector)))


CROSSING = [
    ["Datum", "Ärende", "Beslut", "Handläggare", "Klientnummer"],
    ["03-02", "Ekonomiskt bistånd", "Bifall", "EsL", "K-204 118"],
    ["03-09", "Försörjningsstöd", "Avslag", "TaB", "K-204 377"],
    ["03-16", "Kontaktfamilj", "Bifall", "EsL", "K-205 015"],
]


@pytest.mark.parametrize("value", ["K-204 118", "K-204 377", "K-205 015"])
def test_identifier_when_a_long_cell_crosses_the_midpoint_between_headers(tmp_path, blank_detector, value):
    # "Ekonomiskt bistånd" reaches past the middle between "Ärende" and "Beslut"
    pdf = _pdf(tmp_path, "crossing.pdf", (50, 90, 195, 250, 302.5), CROSSING, intro=("Delegationsbeslut, mars",))
    assert value in _masked(detect_document(pdf, blank_detector))


EMPTY_HEAD = [
    ["Namn", "", "Roll", "Personalnummer", "E-post"],
    ["Gunilla", "Åkerlund-Piri", "Rektor", "4471", "gunilla.akerlund-piri@ornas.se"],
    ["Rashid", "Nazari", "Kurator", "5238", "rashid.nazari@ornas.se"],
    ["Marjatta", "Laine", "Speciallärare", "6105", "marjatta.laine@ornas.se"],
]


@pytest.mark.parametrize("value", ["4471", "5238", "6105"])
def test_identifiers_under_a_name_header_spanning_an_empty_cell(tmp_path, blank_detector, value):
    pdf = _pdf(tmp_path, "empty.pdf", (50, 100, 190, 260, 335.5), EMPTY_HEAD, intro=("Kontaktlista, Örnässkolan",))
    assert any(value in t.split() for t in _masked(detect_document(pdf, blank_detector)))


def test_identifiers_when_header_cells_share_one_line_of_a_text(blank_detector):
    text = "\n".join([
        "Deltagare, simskola hösten",
        "Förnamn",
        "Efternamn Medlemsnummer Född år",
        "Elvira", "Sandgren", "2281", "2015",
        "Yonas", "Tesfaye", "2296", "2016",
        "Maryam", "Rahimi", "2304", "2015",
        "",
        "Listan gäller terminen ut.",
    ])
    found = _masked(detect_text(text, blank_detector))
    assert {"2281", "2296", "2304"} <= found
    assert not {"2015", "2016"} & found  # the year column is no identifier


@pytest.mark.parametrize("first, second", [("Klient", "nr"), ("Personalnumm", "er"), ("Personal", "nr")])
def test_identifiers_under_a_header_broken_over_two_lines(blank_detector, first, second):
    text = "\n".join([
        "Vikarier, vecka 12",
        "Namn", "Enhet", first, second,
        "Roza Hamad", "Lönnen", "T-44812",
        "Pekka Nieminen", "Aspen", "T-45077",
        "",
        "Frågor till bemanningen.",
    ])
    found = _masked(detect_text(text, blank_detector))
    assert {"T-44812", "T-45077"} <= found


def test_a_label_naming_where_the_number_is_held(blank_detector):
    text = "Sökande: Liridona Krasniqi\nMedlemsnummer i Kommunal: 5 118 204\nÄrendet gäller ersättning."
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ID_NUMBER"}
    assert "5 118 204" in found


@pytest.mark.parametrize("header", ["Anst. nr", "Medl.nr", "Pat.nr"])
def test_identifiers_under_an_abbreviated_header_with_a_dot(blank_detector, header):
    text = "\n".join(["Lista", f"Namn | {header} | Enhet", "Ola Berg | 448 210 | Aspen", "Kim Ek | K-55021 | Lönnen", "",
                      "Slut på listan."])
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings if f.category == "ID_NUMBER"}
    assert {"448 210", "K-55021"} <= found


def test_names_in_a_column_headed_surname_comma_first_name(tmp_path, blank_detector):
    rows = [["Efternamn, förnamn", "Enhet", "Frånvaro"], ["Oyelaran, Tunde", "Lönnen", "4 dagar"],
            ["Tshabalala, Nomvula", "Aspen", "2 dagar"]]
    pdf = _pdf(tmp_path, "inverted.pdf", (50, 180, 260), rows)
    found = _masked(detect_document(pdf, blank_detector))
    assert {"Oyelaran, Tunde", "Tshabalala, Nomvula"} <= found


def _rows_pdf(tmp_path: Path, name: str, x_cols, rows, bold_rows: int = 1) -> Path:
    """A ruled table whose first ``bold_rows`` rows are its header (a header written over two rows)."""
    import pymupdf

    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Arbetsschema, boendet Tallbacken"], y=60)
    edges, y0, leading = [*x_cols, x_cols[-1] + 80], 100, 16.0
    for r, row in enumerate(rows):
        top = y0 + r * leading - 12
        for i, cell in enumerate(row):
            page.draw_rect(pymupdf.Rect(edges[i] - 3, top, edges[i + 1] - 3, top + leading), color=(0, 0, 0), width=0.5)
            if cell:
                page.insert_text((edges[i], y0 + r * leading), cell, fontsize=9, fontname="hebo" if r < bold_rows else "helv")
    write_lines(page, ["Schemat gäller till och med vecka 14."], y=y0 + leading * len(rows) + 30)
    return save(doc, tmp_path / name)


TWO_ROW_HEAD = [
    ["Pers.-", "", "", "Vecka 12", "Sign."],
    ["nummer", "Förnamn", "Efternamn", "", ""],
    ["44 318", "Kevin", "Lindqvist", "D D K K –", "KL"],
    ["44 502", "Karin", "Ljungdahl", "K K D D –", "KL"],
    ["45 017", "Oumar", "Diallo", "N N – – N", "OD"],
]


def test_a_header_written_over_two_rows_above_letter_spaced_cells(tmp_path, blank_detector):
    # "Pers.-" / "nummer": one header cell over two rows; the shift codes "D D K K" read as a
    # letter-spaced word must not cost the page its column geometry; "KL" is two people's
    # initials, a person's all the same in the signature column
    pdf = _rows_pdf(tmp_path, "two_rows.pdf", (50, 110, 180, 260, 350), TWO_ROW_HEAD, bold_rows=2)
    found = _masked(detect_document(pdf, blank_detector))
    assert {"44 318", "44 502", "45 017"} <= found
    assert "KL" in found


WRAPPED_HEAD = [
    ["Efternam", "Förnam", "Kundnr", "Beslut", "Handl"],
    ["n", "n", "", "", "."],
    ["Quarshie", "Abena", "F 31 2204", "Beviljas", "T.B."],
    ["Ekwueme", "Chidinma", "F 31 2218", "Avslag", "GH"],
]


def test_names_under_header_words_wrapped_inside_narrow_cells(tmp_path, blank_detector):
    # "Efternam" / "n": the header word wrapped in its narrow cell is still "Efternamn"
    pdf = _rows_pdf(tmp_path, "wrapped.pdf", (50, 100, 150, 210, 270), WRAPPED_HEAD, bold_rows=2)
    assert {"Quarshie", "Ekwueme"} <= _masked(detect_document(pdf, blank_detector))


def test_identifiers_under_header_words_set_close_together_in_a_weekly_plan(tmp_path, blank_detector):
    # the header is one run of text ("Klientnr   Mån   Tis   Ons   Tors"); the values below start where
    # its words do, and the weekday columns are header cells of their own
    import pymupdf

    from redact.ingest.pdf import iter_pages

    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Veckoplanering, boendestödet Söder"], y=60)
    words = ["Klientnr", "Mån", "Tis", "Ons", "Tors"]
    page.insert_text((50, 100), "   ".join(words), fontsize=9, fontname="hebo")
    head = save(doc, tmp_path / "head.pdf")
    placed = {w.text: w.rect[0] for p in iter_pages(head) for w in p.words}  # where a reader sees each word begin
    doc = pymupdf.open(head)
    page = doc[0]
    rows = [["SÖ 1187", "", "EvH", "", "EvH"], ["SÖ 1203", "", "MoJ", "", "MoJ"]]
    for r, row in enumerate(rows):
        for word, cell in zip(words, row):
            if cell:
                page.insert_text((placed[word], 118 + 18 * r), cell, fontsize=9, fontname="helv")
    write_lines(page, ["Planeringen uppdateras varje fredag."], y=180)
    pdf = save(doc, tmp_path / "weekly.pdf")
    assert {"SÖ 1187", "SÖ 1203"} <= _masked(detect_document(pdf, blank_detector))


def test_dates_under_a_date_of_birth_header(blank_detector):
    # the birth dates of a class list are personal data; the year column of a members' list is not taken
    text = "\n".join(["Klasslista 4C", "Namn", "Födelsedatum", "Grupp",
                      "Wilmer Ahonen", "2016-02-29", "Röd", "Aisha Noor", "2015-10-03", "Blå", "",
                      "Listan lämnas till skolsköterskan."])
    found = {(f.category, f.text) for f in detect_text(text, blank_detector).findings}
    assert {("DATE_OF_BIRTH", "2016-02-29"), ("DATE_OF_BIRTH", "2015-10-03")} <= found


def test_property_designations_under_a_property_header(blank_detector):
    # "Lärken 4" names no town; under "Fastighet" it is a neighbour's property all the same
    text = "\n".join(["Sakägare som underrättats", "Fastighet | Ägare | Svar",
                      "Lärken 4 | Dragana Ilić | Inget att invända", "Lärken 6 | Per-Olof Sand | Ej svarat", "",
                      "Underrättelsen skickades 2026-04-02."])
    found = {(f.category, f.text) for f in detect_text(text, blank_detector).findings}
    assert {("PROPERTY", "Lärken 4"), ("PROPERTY", "Lärken 6")} <= found


@pytest.mark.parametrize("amount_header", ["Skuld kr", "Avgift (kr)", "Avstånd km"])
def test_a_header_with_its_unit_is_one_cell_and_keeps_the_columns_in_step(blank_detector, amount_header):
    # read one cell a line: "Skuld kr" split into two header cells would put every row one cell out of step
    text = "\n".join(["Hyresgäster med skuld", "Kundnr", "Hyresgäst", "Bor", amount_header, "Handl.",
                      "KN-77 3104", "Vendela Roos", "Granlunda 14", "5 300", "ToB",
                      "KN-77 3188", "Abebe Girma", "Myrheden 3", "8 120", "ToB", "",
                      "Listan lämnas till inkasso."])
    found = {(f.category, f.text) for f in detect_text(text, blank_detector).findings}
    assert {("ADDRESS", "Granlunda 14"), ("ADDRESS", "Myrheden 3")} <= found
    assert not {t for c, t in found if t in ("5 300", "8 120")}  # the amounts stay


def test_names_under_a_guest_header(blank_detector):
    text = "\n".join(["Gäster på campingen, vinter", "Plats | Gäst | Sign.",
                      "C-3 | Wendelien Oordt | AnS", "C-5 | Piet Zwarteveen | AnS", "",
                      "Listan förs av receptionen."])
    found = {(f.category, " ".join(f.text.split())) for f in detect_text(text, blank_detector).findings}
    assert {("PERSON", "Wendelien Oordt"), ("PERSON", "Piet Zwarteveen")} <= found


def test_small_dotted_initials_in_a_name_column(blank_detector):
    # a pupil named by initials as hands write them, in the "Elev" column; the time "e.m." elsewhere stays
    text = "\n".join(["Elevhälsoteamet", "Elevnr | Elev | Klass | Ansv.",
                      "EL-2211 | k.l | 2A | MaH", "EL-2214 | RoS | 3B | MaH", "EL-2218 | i.b | 4A | LiT", "",
                      "Mötet hålls kl. 2 e.m. i biblioteket."])
    found = {(f.category, f.text) for f in detect_text(text, blank_detector).findings}
    assert {("PERSON", "k.l"), ("PERSON", "i.b")} <= found, found
    assert not any(t.startswith("e.m") for _, t in found)


# A carer's column ("Anhörigvårdare") is a column of names, and a header cell: set close to the next header
# ("Anhörigvårdare Bostad" read as one line) the two still split.
def test_a_carers_header_names_a_column_of_names_and_splits_from_the_next():
    from redact.detect.table_header_lines import header_segments
    from redact.detect.table_header_words import FULL
    from redact.detect.table_headers import header_kind

    assert header_kind("Anhörigvårdare") == FULL
    assert header_segments(["Anhörigvårdare", "Bostad"]) == [1, 1]


def test_a_period_header_is_a_header_no_guests_name(blank_detector):
    # read one cell a line: "Period" (when each guest stays) is the last header cell, no name under "Gäst"
    text = "\n".join(["Antagna gäster", "Gäst", "Född", "Pass/ID", "Period",
                      "Mirela Dushku", "1991-03-08", "BA4471902", "jan–feb",
                      "Tobias Lindvall", "1987-11-30", "AA3390214", "mar–apr", "",
                      "Gästerna bor i ateljén."])
    found = {" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings}
    assert "Period" not in found and {"Mirela Dushku", "BA4471902", "1991-03-08"} <= found


# "Kontrakt nr", "Båtplatskontrakt nr": a header that already names a register's thing, with "nr" after it.
@pytest.mark.parametrize("header", ["Kanotplatskontrakt nr", "Lånekort nr"])
def test_a_register_things_header_with_nr_after_it(blank_detector, header):
    text = (f"| Namn | {header} | Status |\n| Vera Holmgren | KP 0617-22 | beviljad |\n"
            f"| Adam Öst | saknas | avslag |")
    found = {f.text for f in detect_text(text, blank_detector).findings if f.status != "rejected"}
    assert "KP 0617-22" in found


def test_a_case_number_column_stays():
    from redact.detect.table_headers import header_kind

    assert header_kind("Ärende nr") is None and header_kind("Faktura nr") is None


def test_names_under_a_header_of_who_ordered_the_service(blank_detector):
    # the one who ordered a survey is a person (a surname spelt like a common noun too) or a firm
    text = "\n".join(["Utstakningar, beställningar", "Fastighet | Beställare | Punkter",
                      "Åsmyra 3:14 | Ristin Kung | 2", "Åsmyra 3:15 | Ánte Smed | 3", "Åsmyra 4:1 | Norrmät AB | 1", "",
                      "Listan förs av mätenheten."])
    found = {(f.category, " ".join(f.text.split())) for f in detect_text(text, blank_detector).findings}
    assert {("PERSON", "Ristin Kung"), ("PERSON", "Ánte Smed")} <= found, found
    assert not any("Norrmät" in t for _, t in found)


@pytest.mark.parametrize("header", [
    "Medlemsnr*", "Kortnummer¹", "Personnummer 1)", "Fartygets anropssignal", "Båtens MMSI", "Medlemsnr i a-kassan",
    "Kundnummer hos Fjärrvärmen", "Pass-/ID-nummer", "Medlems- och kundnummer",
])
def test_a_known_identifier_header_in_another_form(header):
    # a footnote's mark, whose it is, where it is held, two compounds sharing their last part
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == "id"


@pytest.mark.parametrize("header", ["Bolagets namn", "Ärendets status", "Mål i tingsrätten", "Hus i byn", "Belopp*",
                                    # a reason's cell read where a header could stand; a label with its value
                                    "P-tillstånd i bilen", "Ert kundnummer hos oss: K-1017",
                                    # a word ending in -s is no genitive: the course is the thing numbered
                                    "Kurs ID"])
def test_other_headers_in_those_forms_name_no_identifier(header):
    from redact.detect.table_headers import header_kind

    assert header_kind(header) != "id"


def test_a_header_with_a_footnotes_mark_is_a_header():
    from redact.detect.table_headers import _is_header

    assert _is_header("Belopp*") and _is_header("Beslut¹") and not _is_header("Okänt ord*")


FOOTNOTED = [
    ["Namn", "Båtens MMSI", "Kundnr 1)", "Belopp*"],
    ["Kadri Saar", "265118340", "118 204", "1 200"],
    ["Jon Berg", "265771905", "3 771 905", "850"],
    ["Ola Ek", "265330127", "52 187", "2 400"],
]


@pytest.mark.parametrize("value", ["265771905", "3 771 905", "52 187"])
def test_identifiers_under_headers_with_a_footnote_or_an_owner(tmp_path, blank_detector, value):
    pdf = _pdf(tmp_path, "footnoted.pdf", (50, 150, 230, 310), FOOTNOTED, intro=("Båtplatser, säsongen 2026",))
    assert value in _masked(detect_document(pdf, blank_detector))


@pytest.mark.parametrize("header", ["Klagande", "Anmälare", "Målsägande", "Skeppare", "Befälhavare", "Svarande"])
def test_a_party_or_a_role_heads_a_column_of_names(header):
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == "full"


def test_initials_under_a_respondents_header(blank_detector):
    # the respondents of a claim named by initials in a table of what they must hand back
    text = "\n".join(["Egendom att återlämna", "Svarande | Egendom | Reg.nr", "PJ | släpvagn | TXR 41B",
                      "MN | husbil | GHK 552", "", "Beslutet gäller omedelbart."])
    found = {(f.category, f.text) for f in detect_text(text, blank_detector).findings}
    assert {("PERSON", "PJ"), ("PERSON", "MN")} <= found, found


def test_both_complainants_in_one_cell_under_klagande(blank_detector):
    text = "\n".join([
        "Klagomål på kamerabevakning, kvartal 2",
        "Dnr | Klagande | Född | Adress",
        "IMY-2026-0512 | Amra och Tarik Hodžić | 030271 | Hagalund 9, 873 93 Sörbyn",
        "IMY-2026-0519 | Siv Lundmark | 1949-05-21 | Tallbacksvägen 15, 442 34 Havsvik",
        "",
        "Ärendena fördelas på handläggarna.",
    ])
    masked = [f for f in detect_text(text, blank_detector).findings if f.category == "PERSON"]
    at = text.index("Amra")
    assert any(f.start <= at < f.end for f in masked)


# A header cell naming where its values were read or hold ("Ägare enligt registret", "Ägare i registret", "Namn enl.
# ansökan") is one cell: read as two ("Ägare" and "enligt registret", the second an identifier's header by its
# "register"), the border between them cut every name below it and the table ended at its first row, so the birth
# dates beside the names went unread.
SOURCE_NAMED = [
    ["Ärende", "Fordon", "Ägare enligt registret", "Född", "Kundnr", "Handl."],
    ["16-0301", "HKT 418", "Gunilla Sandström", "1971-05-09", "K-4410 2287", "MaB"],
    ["16-0307", "RWN 62C", "Yusuf Demir och Leyla Demir", "3 okt 1958", "K-4410 3391", "mab"],
    ["16-0312", "FDL 905", "Aleksi Mäkinen", "14.02.1983", "K-5102 0048", "MaB"],
]


@pytest.mark.parametrize("header", ["Ägare enligt registret", "Ägare enl. registret", "Ägare i registret",
                                    "Ägare per registret"])
def test_birth_dates_beside_a_header_naming_where_its_names_were_read(tmp_path, blank_detector, header):
    rows = [[header if c == "Ägare enligt registret" else c for c in SOURCE_NAMED[0]], *SOURCE_NAMED[1:]]
    pdf = _pdf(tmp_path, "source.pdf", (50, 100, 150, 285, 345, 410), rows,
               intro=("Omprövning av trängselskatt, vecka 18",))
    found = {" ".join(f.text.split()): f.category for f in detect_document(pdf, blank_detector).findings}
    assert all(found.get(v) == "DATE_OF_BIRTH" for v in ("1971-05-09", "3 okt 1958", "14.02.1983")), found


@pytest.mark.parametrize("header, kind", [("Född enligt pass", "birth"), ("Personnummer enl. ansökan", "id"),
                                          ("Födelsedatum enligt registret", "birth")])
def test_a_header_naming_where_its_values_were_read_heads_what_it_names(header, kind):
    from redact.detect.table_headers import _is_header, header_kind

    assert header_kind(header) == kind
    assert _is_header("Ägare enligt registret") and _is_header("Namn enl. ansökan") and _is_header("Ägare i registret")


# A date longer than its narrow header ("Född"), whose column's midpoint to the next header falls in the gap between
# two of its words: the border is taken where it splits no cell (just before the next header), so the year stays
# with its day and month.
LONG_DATE = [
    ["Destinatär", "Född", "Utbetalning till"],
    ["Torbjörn Ekvall", "8 september 1971", "Handelsbanken 6213-418 220 973"],
    ["Maja Ekvall", "1999-02-17", "Swedbank 8327-4, 93 402 118-1"],
]


def test_a_long_birth_date_under_a_narrow_header_keeps_its_year(tmp_path, blank_detector):
    pdf = _pdf(tmp_path, "long_date.pdf", (50, 150, 234), LONG_DATE, intro=("Utdelning 2025 till:",))
    found = {" ".join(f.text.split()): f.category for f in detect_document(pdf, blank_detector).findings}
    assert found.get("8 september 1971") == "DATE_OF_BIRTH", found


# A column headed by two numbers of the row's person, one of them a person's code ("studentid", "kundnr"), the other
# an application's or an invoice's number: whichever the row holds is that person's.
@pytest.mark.parametrize("header", ["Kursanmälningsnr / studentid", "Anmälningsnummer / användarnamn",
                                    "Ditt kundnr/fakturanr", "Er kundnr/ordernr", "Ansökningsnr eller studentid"])
def test_a_header_joining_a_persons_code_and_another_number_names_identifiers(header):
    from redact.detect.table_headers import header_kind

    assert header_kind(header) == "id"


@pytest.mark.parametrize("header", ["Org.nr/pnr", "Fakturanr/ordernr", "Dnr/pnr"])
def test_a_header_joining_no_persons_code_or_a_firms_number_names_none(header):
    from redact.detect.table_headers import header_kind

    assert header_kind(header) is None


def test_two_known_headers_joined_by_a_slash_are_a_header_cell():
    from redact.detect.table_headers import _is_header

    assert _is_header("Org.nr/personnr") and _is_header("Fordran")


STUDENTS = [
    ["Ärende", "Kursanmälningsnr / studentid", "Adress"],
    ["12-204-26", "HRT-2026-4471902", "Storgatan 14, 903 26 Umeå"],
    ["12-219-26", "joha-4", "Haga, Ekgränd 12, rum 2207, 901 87 Umeå"],
    ["12-231-26", "HRT-2026-5518034", "Kvarngatan 3 lgh 1102, 903 30 Umeå"],
]


@pytest.mark.parametrize("value", ["HRT-2026-4471902", "joha-4", "HRT-2026-5518034",
                                   "Haga, Ekgränd 12, rum 2207, 901 87 Umeå"])
def test_codes_and_homes_under_a_joined_header_glued_to_the_address_header(tmp_path, blank_detector, value):
    # the long joined header runs into "Adress": MuPDF reads "studentidAdress" as one word, and the whole cell reads
    # as an address's header; a student's login has one digit; a district stands before the street, a room after it
    pdf = _pdf(tmp_path, "students.pdf", (50, 110, 235.1), STUDENTS, intro=("Överklaganden, klagandenas uppgifter",))
    det = detect_document(pdf, blank_detector)
    found = {" ".join(f.text.split()) for f in det.findings}
    assert any(value in t for t in found), found


CREDITORS = [
    ["Borgenär", "Org.nr/personnr", "Ditt kundnr/fakturanr", "Fordran"],
    ["Norrbank Kredit AB", "556742-1184", "5520-118-3307", "41 200 kr"],
    ["Viveka Lund", "610412-3386", "privat lån", "15 000 kr"],
    ["Skogsby Energi AB", "556431-2204", "88 204 117", "3 120 kr"],
]


@pytest.mark.parametrize("value", ["5520-118-3307", "88 204 117"])
def test_a_debtors_numbers_at_creditors_under_a_qualified_joined_header(tmp_path, blank_detector, value):
    pdf = _pdf(tmp_path, "creditors.pdf", (50, 150, 230, 335), CREDITORS, intro=("Borgenärer i ärende 26-4410",))
    assert value in _masked(detect_document(pdf, blank_detector))


def test_names_under_an_advisers_header_are_names(blank_detector):
    text = "Rådgivare\n| Sökande | Rådgivare | Telefon\n| TR | Vilma Storm | 070-318 44 27\n| OB | Alva Krok | 070-318 55 16\n"
    found = [f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"]
    assert "Vilma Storm" in found and "Alva Krok" in found
    assert "Rådgivare" not in found


def test_the_header_of_things_handed_in_is_no_name_and_still_joins_a_serials_header():
    from redact.detect.table_header_words import ID
    from redact.detect.table_headers import header_kind, things_header

    assert things_header("Föremål") and not things_header("Tove Rask")
    assert header_kind("Föremål, serienr") == ID


def test_initials_under_a_tests_invigilators_and_markers_headers_are_masked(blank_detector):
    text = ("Provdag\n| Del | Sal | Skrivvakt | Rättare | Resultat\n| muntlig | B204 | MoE | K.Ly. | G\n"
            "| skriftlig | B210 | HeL | T.Sv. | VG\n")
    found = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert {"MoE", "HeL", "K.Ly.", "T.Sv."} <= found, found
