"""Cells of table columns whose header names what they hold: identifiers under "Anst.nr" or
"Klientnr", first names and surnames in their own cells, initials in a signature column.
Tables built as PDFs (read by geometry) and as plain text (a row a line, or one cell a line).
Fictional people of many origins; the blank pipeline (rules only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402

STAFF_ROWS = [
    ["Anst.nr", "Förnamn", "Efternamn", "Sign."],
    ["4 512", "Päivi", "Kärkkäinen", "PKä"],
    ["X-230 918", "Kittipong", "Srisuwan", "KS"],
    ["771", "Hodan", "Warsame", "HW"],
    ["S-1180", "Eva-Lena", "Brandt", "E-LB"],
]


def _staff_pdf(tmp_path: Path) -> Path:
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Bemanning vid boendet Solgläntan, vecka 14"], y=70)
    table(page, (40, 90), STAFF_ROWS, col_width=120)
    write_lines(page, ["Listan gäller tills vidare.", "Registrator tar emot frågor."], y=220)
    return save(doc, tmp_path / "bemanning.pdf")


def _found(det) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in det.findings}


@pytest.mark.parametrize("value", ["4 512", "X-230 918", "771", "S-1180"])
def test_identifiers_under_an_abbreviated_header_in_a_pdf_table(tmp_path, blank_detector, value):
    assert _found(detect_document(_staff_pdf(tmp_path), blank_detector)).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("name", ["Päivi", "Kärkkäinen", "Kittipong", "Srisuwan", "Hodan", "Warsame"])
def test_names_alone_in_their_own_cells_of_a_pdf_table(tmp_path, blank_detector, name):
    found = _found(detect_document(_staff_pdf(tmp_path), blank_detector))
    assert any(name in text and cat == "PERSON" for text, cat in found.items()), name


@pytest.mark.parametrize("initials", ["PKä", "KS", "HW", "E-LB"])
def test_initials_in_the_signature_column_of_a_pdf_table(tmp_path, blank_detector, initials):
    assert _found(detect_document(_staff_pdf(tmp_path), blank_detector)).get(initials) == "PERSON"


def test_header_cells_and_text_around_the_table_are_not_proposed(tmp_path, blank_detector):
    found = _found(detect_document(_staff_pdf(tmp_path), blank_detector))
    for word in ("Anst.nr", "Förnamn", "Efternamn", "Sign.", "Listan", "Registrator"):
        assert not any(word in text for text in found), word


ROWS_TEXT = """Elever i grupp 3B
Elev-nr | Förnamn | Efternamn | Klass
118 204 | Małgorzata | Wiśniewska | 3B
K-2041 | Amra | Hasanbegović | 3B
Kundnr.\tNamn\tOrt
55 0193\tSelam Tesfaye\tNorrvik
"""

CELL_LINES_TEXT = """Klienter hos enheten
Klientnr
Förnamn
Efternamn
Ansvarig
30 118
Aleksander
Kowalczyk
LdM
4471
Nattaya
Boonmee
A-KL
"""


@pytest.mark.parametrize("value,category", [
    ("118 204", "ID_NUMBER"), ("K-2041", "ID_NUMBER"), ("55 0193", "ID_NUMBER"),
    ("Małgorzata", "PERSON"), ("Wiśniewska", "PERSON"), ("Amra", "PERSON"), ("Hasanbegović", "PERSON"),
    ("Selam Tesfaye", "PERSON"),
])
def test_headed_columns_in_a_text_table_a_row_a_line(blank_detector, value, category):
    found = _found(detect_text(ROWS_TEXT, blank_detector))
    assert any(value in text and cat == category for text, cat in found.items()), (value, found)


@pytest.mark.parametrize("value,category", [
    ("30 118", "ID_NUMBER"), ("4471", "ID_NUMBER"), ("Aleksander", "PERSON"), ("Kowalczyk", "PERSON"),
    ("Nattaya", "PERSON"), ("Boonmee", "PERSON"), ("LdM", "PERSON"), ("A-KL", "PERSON"),
])
def test_headed_columns_in_a_table_read_one_cell_a_line(blank_detector, value, category):
    found = _found(detect_text(CELL_LINES_TEXT, blank_detector))
    assert any(value in text and cat == category for text, cat in found.items()), (value, found)


def test_a_header_cell_of_two_known_words_joined_by_a_slash_is_no_first_name(blank_detector):
    # MuPDF reads a ruled table one cell a line, the first two header cells on one line
    text = ("Närvarolista\nFörnamn Efternamn\nOrt/land\nNärvaro\nSirpa\nHonkaniemi\nTorneå, Finland\nnärvarande\n"
            "Dawit\nBerhane\nAsmara, Eritrea\nfrånvarande\n")
    found = _found(detect_text(text, blank_detector))
    assert "Ort/land" not in found, found
    for name in ("Sirpa", "Honkaniemi", "Dawit", "Berhane"):
        assert any(name in text and cat == "PERSON" for text, cat in found.items()), (name, found)


def test_a_personnummer_under_a_pers_nr_header_stays_a_personnummer(blank_detector):
    found = _found(detect_text("Pers.nr | Namn\n19811224-2386 | Juha Nieminen\n", blank_detector))
    assert found.get("19811224-2386") == "PERSONNUMMER"


def test_dates_and_roles_in_headed_columns_are_not_proposed(blank_detector):
    text = "Klientnr | Ansvarig | Datum\n2024-03-12 | Rektor | 2024-03-12\n"
    found = _found(detect_text(text, blank_detector))
    assert "Rektor" not in found and "2024-03-12" not in found


MINUTES = """Protokoll från samverkansmöte
Närvarande: Małgorzata Wiśniewska, Anna-Karin Lindqvist och Tarik Osmanović.
MWi redogjorde för läget. A-KL föreslog en uppföljning.
Justerandes signatur: MWi / A-KL / TOs
"""


@pytest.mark.parametrize("initials,name", [
    ("MWi", "Małgorzata Wiśniewska"), ("A-KL", "Anna-Karin Lindqvist"), ("TOs", "Tarik Osmanović"),
])
def test_mixed_case_and_hyphenated_initials_are_the_named_person(blank_detector, initials, name):
    det = detect_text(MINUTES, blank_detector)
    person = {f.subject for f in det.findings if " ".join(f.text.split()) == name}
    assert len(person) == 1
    hits = [f for f in det.findings if f.text == initials]
    assert len(hits) == MINUTES.count(initials) and {f.subject for f in hits} == person, (initials, hits)


def test_unmatched_initials_in_a_staff_tables_signature_column(blank_detector):
    text = "Förnamn\nEfternamn\nBefattning\nSignatur\nJuho\nLaaksonen\nSjuksköterska\nJLa\nIdil\nFarah\nUndersköterska\nEK\n"
    found = _found(detect_text(text, blank_detector))
    assert found.get("JLa") == "PERSON" and found.get("EK") == "PERSON"
    assert "Sjuksköterska" not in found and "Signatur" not in found


NICKNAMES = """Anteckning från nätverksmöte
Närvarande: Kerstin Holmgren, Heikki Laine, Wojciech Nowak och Ludvig Sandberg.
Kickan berättade om boendet. Hessu och Wojtek har tagit fram ett schema.
Ludde ringer Kickans kontaktperson.
"""


@pytest.mark.parametrize("full,short", [
    ("Kerstin Holmgren", "Kickan"), ("Heikki Laine", "Hessu"), ("Wojciech Nowak", "Wojtek"), ("Ludvig Sandberg", "Ludde"),
])
def test_more_short_forms_of_swedish_finnish_and_polish_first_names(blank_detector, full, short):
    det = detect_text(NICKNAMES, blank_detector)
    person = {f.subject for f in det.findings if " ".join(f.text.split()) == full}
    assert len(person) == 1
    assert {f.subject for f in det.findings if f.text == short} == person, short


NO_HEADER_TABLE = """Personal på avdelningen
Siriporn
Chaiyaporn
Undersköterska
0522-69 71 20
Hamdi
Abdirahman Warsame
Kurator
0522-69 71 21
Mäkinen
Tuulikki
Sjuksköterska
0522-69 71 22
"""


@pytest.mark.parametrize("name", ["Hamdi", "Mäkinen", "Tuulikki"])
def test_a_name_part_alone_in_the_cell_beside_a_name(blank_detector, name):
    found = _found(detect_text(NO_HEADER_TABLE, blank_detector))
    assert found.get(name) == "PERSON", found


def test_roles_beside_names_in_cells_are_not_names(blank_detector):
    found = _found(detect_text(NO_HEADER_TABLE, blank_detector))
    assert not {"Undersköterska", "Kurator", "Sjuksköterska", "Personal på avdelningen"} & set(found)


def test_pdf_table_without_header_names_of_many_origins(tmp_path, blank_detector):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    table(page, (40, 90), [["Warsame", "Fadumo", "Kurator"], ["Boonmee", "Nattaya", "Rektor"],
                           ["Väänänen", "Aatu", "Lärare"]], col_width=120)
    found = _found(detect_document(save(doc, tmp_path / "lista.pdf"), blank_detector))
    for name in ("Warsame", "Fadumo", "Boonmee", "Nattaya", "Väänänen", "Aatu"):
        assert any(name in text and cat == "PERSON" for text, cat in found.items()), (name, found)


def test_headings_beside_a_signature_are_not_names(blank_detector):
    text = "Beslut\nAnna Berg\nSocialsekreterare\nBakgrund\nAnsökan gällde ett beslut om bistånd.\n" \
           "Med vänlig hälsning\nKerstin Åberg\nHandläggning\n"
    found = _found(detect_text(text, blank_detector))
    assert {k for k, v in found.items() if v == "PERSON"} == {"Anna Berg", "Kerstin Åberg"}


UNKNOWN_HEADER = """Deltagare i språkcafé
Namn
Kundnr.
Arbetsplats/enhet
Boonsri Kaewmanee
KN 40 118
Hemtjänst väst
Ayaan Hirsi
31 772

Totalt två deltagare.
"""


@pytest.mark.parametrize("value", ["KN 40 118", "31 772"])
def test_identifiers_under_their_header_when_the_rows_do_not_line_up(blank_detector, value):
    assert _found(detect_text(UNKNOWN_HEADER, blank_detector)).get(value) == "ID_NUMBER"


def test_a_pdf_table_whose_other_headers_are_unknown(tmp_path, blank_detector):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    table(page, (40, 90), [["Klientnr", "Namn", "Boendeform/insats"], ["K 7 221", "Ilona Nieminen", "Korttidsboende"],
                           ["40-118", "Faisal Omar", "Kontaktfamilj"]], col_width=150)
    found = _found(detect_document(save(doc, tmp_path / "klienter.pdf"), blank_detector))
    assert found.get("K 7 221") == "ID_NUMBER" and found.get("40-118") == "ID_NUMBER", found


def test_organisations_in_a_name_column_are_not_names(blank_detector):
    text = "Mottagare | Kontaktperson\nFörsäkringskassan | Wahab Rajab\nNorrvalla kommun | Elina Virtanen\n"
    found = _found(detect_text(text, blank_detector))
    assert "Försäkringskassan" not in found and "Norrvalla kommun" not in found
    assert found.get("Wahab Rajab") == "PERSON" and found.get("Elina Virtanen") == "PERSON"


def test_two_unlisted_name_cells_beside_their_own_initials(blank_detector):
    text = "Schema vecka 12\n4 512\nNattaya\nBoonmee\nNB\n7 730\nKhadra\nAbdiwahab\nKA\n"
    found = _found(detect_text(text, blank_detector))
    for name in ("Nattaya", "Boonmee", "Khadra", "Abdiwahab"):
        assert any(name in t and c == "PERSON" for t, c in found.items()), (name, found)


def test_a_narrow_pdf_table_with_cells_close_together(tmp_path, blank_detector):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    table(page, (40, 90), [["Förnamn", "Efternamn", "Elevnr"], ["Kittipong", "Srisuwan", "12 774"],
                           ["Halima", "Abdullahi", "E-3301"]], col_width=52, fontsize=10)
    found = _found(detect_document(save(doc, tmp_path / "smal.pdf"), blank_detector))
    assert found.get("12 774") == "ID_NUMBER" and found.get("E-3301") == "ID_NUMBER", found
    assert any("Srisuwan" in t for t in found) and any("Kittipong" in t for t in found), found
    assert not any("Elevnr" in t or "Efternamn" in t for t in found), found


def test_two_letters_of_each_name_on_a_signature_line(blank_detector):
    text = "Beslutet fattades av Maria Wiklund efter samråd med Jonas Ek.\nJusterandes signatur: MaWi\n"
    det = detect_text(text, blank_detector)
    maria = {f.subject for f in det.findings if f.text == "Maria Wiklund"}
    assert {f.subject for f in det.findings if f.text == "MaWi"} == maria and len(maria) == 1


def test_the_town_under_a_signature_is_not_a_name(blank_detector):
    text = "Norrvalla kommun\nBeslut\nMed vänlig hälsning\nAnna Berg\nNorrvalla\n"
    found = _found(detect_text(text, blank_detector))
    assert "Norrvalla" not in found and found.get("Anna Berg") == "PERSON", found


def test_the_town_in_a_name_column_is_no_person(blank_detector):
    # a section heading "Personal" read as the name column's header: the station's town under it is a place
    text = ("Räddningstjänsten Ekvik. Insatsrapport.\nPersonal\nFunktion\nNamn\nStation\n"
            "Insatsledare\nJonas Lindqvist\nEkvik\nBrandman\nSara Holm\nEkvik\n")
    persons = {f.text for f in detect_text(text, blank_detector).findings if f.category == "PERSON"}
    assert "Ekvik" not in persons


# a table read one cell a line under a caption named after one of its columns, a column of two kinds parted by a
# slash that no list holds closing its header row
CAPTIONED = """Tillstånd för uppfödning
Sökande
Nr
Sökande
Född
Kennel/katteri
Registrering
1
Ingegerd Sandell
1957-03-02
Kennel Fjällvind
UR-311 2207
2
Tomasz Wróbel
1981-10-19
Katteri Månsken
UR-311 2214
"""


def test_a_caption_named_after_a_column_opens_no_header_row(blank_detector):
    found = {" ".join(f.text.split()): f.category for f in detect_text(CAPTIONED, blank_detector).findings
             if f.status != "rejected"}
    assert found.get("Ingegerd Sandell") == "PERSON" and found.get("Tomasz Wróbel") == "PERSON", found
    assert found.get("1957-03-02") == "DATE_OF_BIRTH", found
    assert not any("Kennel/katteri" in text or "Registrering" in text for text in found), found


# an ordinary word a list holds as a header cell after a date's header ("Orsak"-like words the lists know), and an
# identifier's header naming whose number it is, whole or broken over two lines
REASONS = """Anspråk
Nr
Sökande
Födelsedatum
Grund
Ombudets klientnr
1
Hedvig Sörlander
1949-06-30
sakskada
KX-3310-14
2
Farid Amini
1988-01-12
personskada
KX-3310-27
"""


@pytest.mark.parametrize("text", [REASONS, REASONS.replace("Ombudets klientnr\n", "Ombudets\nklientnr\n")])
def test_an_ordinary_word_and_a_whose_numbers_header_are_header_cells(blank_detector, text):
    found = {" ".join(f.text.split()): f.category for f in detect_text(text, blank_detector).findings
             if f.status != "rejected"}
    assert found.get("Hedvig Sörlander") == "PERSON" and found.get("Farid Amini") == "PERSON", found
    assert found.get("KX-3310-14") == "ID_NUMBER" and found.get("1988-01-12") == "DATE_OF_BIRTH", found
    assert not any(w in text.split() for text in found for w in ("Grund", "Ombudets", "klientnr")), found


def test_a_trailing_header_cell_broken_before_its_last_letter_is_one_cell(blank_detector):
    # LibreOffice breaks a narrow header cell's word before its last letter ("Registrerin" / "g")
    text = CAPTIONED.replace("Registrering\n", "Registrerin\ng\n")
    found = {" ".join(f.text.split()): f.category for f in detect_text(text, blank_detector).findings
             if f.status != "rejected"}
    assert found.get("Ingegerd Sandell") == "PERSON" and found.get("1957-03-02") == "DATE_OF_BIRTH", found
    assert not any("Registrerin" in text for text in found), found


POLICY_ROWS = [
    ["Lån", "Musiker", "Försäkring", "Hyra"],
    ["V-12", "Ingela Sand", "Vardia HF 3307-5518", "1 250 kr"],
    ["V-14", "Joel Berglund", "Moderna 41.077.520", "980 kr"],
    ["V-19", "Aino Kallio", "Ekbo EK-7730185", "Ja"],
]


@pytest.mark.parametrize("value", ["Vardia HF 3307-5518", "Moderna 41.077.520", "Ekbo EK-7730185"])
def test_an_insurers_policy_under_a_bare_insurance_header_in_a_pdf_table(tmp_path, blank_detector, value):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Utlånade instrument, våren"], y=70)
    table(page, (40, 90), POLICY_ROWS, col_width=125)
    det = detect_document(save(doc, tmp_path / "lan.pdf"), blank_detector)
    assert _found(det).get(value) == "ID_NUMBER", _found(det)


@pytest.mark.parametrize("value", ["2 400 kr", "Ja", "Kammarkollegiet", "Länsförsäkringar 2026"])
def test_an_amount_an_answer_an_insurer_alone_or_a_year_under_an_insurance_header_is_no_policy(value):
    from redact.detect.table_values import value_fits

    assert not value_fits("id", value, "Försäkring")


LOANS = """Lånade föremål
Lånenr | Föremål | Långivarens nr
LN-27/0512 | ring, guld | Ekholm Coll. 12
LN-27/0518 | mynt, öre | KR-0551/31

Anteckningar
Lånet LN-27/0512 avser föremål Ekholm Coll. 12, inlämnat i mars.
"""


def test_a_collections_item_under_a_lenders_number_is_found_again_in_the_text(blank_detector):
    # the owner's name is part of the item's number: the whole item is masked where the text names it again
    det = detect_text(LOANS, blank_detector)
    at = LOANS.rindex("Ekholm Coll. 12")
    assert any(f.start <= at and at + len("Ekholm Coll. 12") <= f.end for f in det.findings), _found(det)


def test_a_name_read_inside_a_collections_item_gives_way_to_the_items_number():
    from redact.detect.cell_findings import with_headed_cells
    from redact.types import Finding, Page

    text = LOANS.split("\n\n")[0] + "\n"
    page = Page(number=1, text=text, words=(), width=595, height=842)
    at = text.index("Ekholm Coll")
    person = Finding(id="n1", page=1, start=at, end=at + len("Ekholm Coll"), text="Ekholm Coll", category="PERSON",
                     score=0.85, detector="names")
    found = {(f.text, f.category) for f in with_headed_cells(page, [person])}
    assert ("Ekholm Coll. 12", "ID_NUMBER") in found and ("Ekholm Coll", "PERSON") not in found, found
