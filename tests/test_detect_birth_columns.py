"""Birth columns of tables: dates of birth under a header that names the birth ("Född", "Barnet född",
"Elevens födelsedatum"), years alone in such a column, several children's dates in one cell, a birth date under a
personnummer header. Tables built as PDFs (read by geometry) and as plain text (a row a line, or one cell a line).
Fictional people of many origins; the blank pipeline (rules only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from pdf_builders import new_pdf, ruled_grid, save, table, write_lines  # noqa: E402


def _found(det) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in det.findings}


CLUB_ROWS = [
    ["Idrottsklubb", "Ledare", "Född", "Revisor"],
    ["IK Granen", "Ragnhild Öberg", "1971-04-23", "Kemal Aydın"],
    ["Bollklubben Vit", "Sanna Lindqvist", "1988-11-02", "Kemal Aydın"],
]


def test_a_birth_column_among_header_words_nobody_listed(tmp_path, blank_detector):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Ledare och revisorer i föreningarna"], y=70)
    table(page, (40, 90), CLUB_ROWS, col_width=130)
    found = _found(detect_document(save(doc, tmp_path / "klubbar.pdf"), blank_detector))
    assert found.get("1971-04-23") == "DATE_OF_BIRTH" and found.get("1988-11-02") == "DATE_OF_BIRTH", found
    text = "Idrottsklubb | Ledare | Född | Revisor\nIK Granen | Ragnhild Öberg | 1971-04-23 | Kemal Aydın\n"
    assert _found(detect_text(text, blank_detector)).get("1971-04-23") == "DATE_OF_BIRTH"


def test_a_birth_column_whose_header_has_more_words(blank_detector):
    text = "Deltagare | Född (ååmmdd) | Grupp\nRagnhild Öberg | 710423 | Blå\nKemal Aydın | 881102 | Röd\n"
    found = _found(detect_text(text, blank_detector))
    assert found.get("710423") == "DATE_OF_BIRTH" and found.get("881102") == "DATE_OF_BIRTH", found


# A year alone where the birth date would stand, among whole dates under a header that names the birth ("Född"):
# all the writer knew, as much a birth as "född 1947" in running text. A column of years only, or under "Byggd", stays.
def test_a_birth_year_alone_in_a_birth_column(blank_detector):
    text = ("Ärende | Resenär | Född | Färdsätt\nR 12-26 | Greta Holmlund | 1968-03-11 | tåg\n"
            "R 14-26 | Bengt Ahlqvist | 1947 | egen bil\nR 15-26 | Lars Nyberg | 3 maj 1959 | buss\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("1947") == "DATE_OF_BIRTH", found
    cells = "\n".join(["Resenärer", "Resenär", "Född", "Färdsätt", "Greta Holmlund", "1968-03-11", "tåg",
                       "Bengt Ahlqvist", "1947", "egen bil", "Lars Nyberg", "3 maj 1959", "buss", ""])
    assert _found(detect_text(cells, blank_detector)).get("1947") == "DATE_OF_BIRTH"


def test_a_birth_column_of_years_only_is_taken(blank_detector):
    # a register of members by birth year: each year beside its member's name is the member's birth year (see
    # placed_birth_dates: a year alone under a birth's header)
    text = ("Medlemsnr | Förnamn | Efternamn | Född\n2204 | Ines | Wikström | 2012\n2231 | Omid | Rahimi | 2010\n"
            "2240 | Saga | Wikström | 2014\n")
    found = _found(detect_text(text, blank_detector))
    assert all(found.get(y) == "DATE_OF_BIRTH" for y in ("2012", "2010", "2014")), found


def test_a_year_under_a_header_of_no_birth_stays(blank_detector):
    text = "Fastighet | Byggd | Ägare\nTallbo 1:4 | 1947 | Bengt Ahlqvist\nTallbo 1:9 | 1968 | Greta Holmlund\n"
    assert "1947" not in _found(detect_text(text, blank_detector))


# A birth column whose header names whose birth it is ("Elevens födelsedatum", "Födelsedatum (sökande)", "Född
# år/datum"): every common way of writing the date under it is a date of birth.
KIDS_HEADERS = ["Elevens födelsedatum", "Födelsedatum (sökande)", "Född år/datum", "Sökandens födelsedag"]
KIDS_DATES = ["2013-06-21", "22/8 2012", "4.2.2014", "9 mars 2011"]


@pytest.mark.parametrize("header", KIDS_HEADERS)
def test_a_birth_column_whose_header_names_whose_birth(header, blank_detector):
    rows = ["Vårdnadshavare | Elev | " + header + " | Grupp"]
    rows += [f"Hedda Lindqvist | Sixten | {d} | {n}" for n, d in enumerate(KIDS_DATES, 1)]
    found = _found(detect_text("Anmälda till simskolan\n" + "\n".join(rows) + "\n", blank_detector))
    assert all(found.get(d) == "DATE_OF_BIRTH" for d in KIDS_DATES), found


def test_a_birth_column_with_a_whose_header_in_a_pdf(tmp_path, blank_detector):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Anmälda till simskolan"], y=70)
    rows = [["Vårdnadshavare", "Elev", "Elevens födelsedatum", "Grupp"],
            ["Hedda Lindqvist", "Sixten", "2013-06-21", "1"], ["Rasmus Öhrn", "Tyra", "22/8 2012", "2"],
            ["Saga Berglöf", "Melker", "4.2.2014", "1"]]
    table(page, (40, 90), rows, col_width=130)
    found = _found(detect_document(save(doc, tmp_path / "simskola.pdf"), blank_detector))
    assert all(found.get(d) == "DATE_OF_BIRTH" for d in ("2013-06-21", "22/8 2012", "4.2.2014")), found


def test_a_year_of_birth_column_is_a_birth_column_and_a_place_of_birth_column_is_not():
    from redact.detect.table_header_words import BIRTH
    from redact.detect.table_headers import header_kind

    assert header_kind("Barnets födelsedatum") == BIRTH and header_kind("Född år/datum") == BIRTH
    assert header_kind("Född år") == BIRTH and header_kind("Barnets födelseort") != BIRTH


def test_a_birth_header_glued_to_the_next_header_in_a_one_cell_a_line_reading(blank_detector):
    text = "\n".join(["Anmälda till simskolan", "Vårdnadshavare", "Elev", "Elevens födelsedatumGrupp",
                      "Hedda Lindqvist", "Sixten", "2013-06-21", "1", "Rasmus Öhrn", "Tyra", "22/8 2012", "2",
                      "Saga Berglöf", "Melker", "4.2.2014", "1", ""])
    found = _found(detect_text(text, blank_detector))
    assert all(found.get(d) == "DATE_OF_BIRTH" for d in ("2013-06-21", "22/8 2012", "4.2.2014")), found


VISITORS_TEXT = """Besökarnas uppgifter
| Besökare | Personnummer | Adress
| Tove Hedlund | 830412-2384 | Lindvägen 4, 871 32 Näsby
| Mariana Duarte | 1991-07-23 | Rua das Flores 12, 4050-262 Porto
| Kalle Nyberg | 14.2.1975 | Ekgatan 9, 871 33 Näsby
"""


@pytest.mark.parametrize("value", ["1991-07-23", "14.2.1975"])
def test_a_birth_date_in_a_personnummer_column_is_a_date_of_birth(blank_detector, value):
    found = _found(detect_text(VISITORS_TEXT, blank_detector))
    assert found.get(value) == "DATE_OF_BIRTH", found


# A birth column headed by whose births they are in the definite form ("Barnet född", "Modern född"), not
# only the genitive ("Barnets födelsedatum"); children's dates are recent, and two children on one row have their
# dates in one cell as their names beside are ("Sagal, Idil" | "12/3 2016, 8/10 2019"): each date its own finding.
CHILDREN_ROWS = [
    ["Nr", "Bidragsskyldig", "Barn", "Barnet född", "Belopp/mån"],
    ["1", "Patrik Nordin", "Tuva", "2016-09-14", "1 673 kr"],
    ["2", "Abdirahman Hersi", "Hodan, Faisal", "4/5 2015, 19/11 2018", "2 480 kr"],
    ["3", "Tomas Wikberg", "Melker", "7 feb 2021", "1 673 kr"],
]


@pytest.mark.parametrize("value", ["2016-09-14", "4/5 2015", "19/11 2018", "7 feb 2021"])
def test_childrens_birth_dates_under_a_header_naming_the_child(tmp_path, blank_detector, value):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Underhållsstöd: betalningsbelopp, maj 2026"], y=70)
    ruled_grid(page, (50, 75, 160, 240, 340), 100, CHILDREN_ROWS)
    write_lines(page, ["Beslutet kan överklagas."], y=200)
    det = detect_document(save(doc, tmp_path / "barn.pdf"), blank_detector)
    found = _found(det)
    assert found.get(value) == "DATE_OF_BIRTH", found
    # the comma between two children's dates stays readable
    assert "4/5 2015, 19/11 2018" not in found


@pytest.mark.parametrize("cell, parts", [("2016-03-12 och 2019-10-08", ["2016-03-12", "2019-10-08"]),
                                         ("12.03.2016 & 08.10.2019", ["12.03.2016", "08.10.2019"]),
                                         # another calendar's date and a year by its last two digits, listed
                                         ("4 Mehr 1368 / '91", ["4 Mehr 1368", "'91"])])
def test_birth_dates_listed_in_one_cell_each_a_date(blank_detector, cell, parts):
    text = f"Förälder | Barn | Barnens födelsedatum\nLinnea Ström | Ebbe, Svea | {cell}\nKaj Lund | Nils | 2014-01-30\n"
    found = _found(detect_text(text, blank_detector))
    assert all(found.get(p) == "DATE_OF_BIRTH" for p in parts), found


def test_two_birth_years_respectively_in_one_cell(blank_detector):
    # two persons in one cell ("Ivar och Maj Lindén") and their birth years in the order of the names, "resp."
    # between: each year a birth, "resp." readable
    text = ("Dnr | Djurhållare | Född | Djurslag\n5.2-118-26 | Ivar och Maj Lindén | 1958 resp. 1961 | får\n"
            "5.2-131-26 | Elof Berg | 1944-07-02 | nöt\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("1958") == "DATE_OF_BIRTH" and found.get("1961") == "DATE_OF_BIRTH", found
    assert not any("resp" in f for f in found), found


@pytest.mark.parametrize("cell, parts", [("1947-05-21 / 1949-11-02", ["1947-05-21", "1949-11-02"]),
                                         ("1947-05-21/1949-11-02", ["1947-05-21", "1949-11-02"]),
                                         ("1947/1949", ["1947", "1949"])])
def test_two_persons_birth_dates_joined_by_a_slash_in_one_cell(blank_detector, cell, parts):
    # two persons in one cell ("Rune och Ella Sandberg"), their births joined by a slash as the names by "och"
    text = (f"Dnr | Dödsbodelägare | Född | Andel\n4.1-207-26 | Rune och Ella Sandberg | {cell} | 1/2\n"
            "4.1-219-26 | Gösta Ek | 1938-04-17 | 1/4\n")
    found = _found(detect_text(text, blank_detector))
    assert all(found.get(p) == "DATE_OF_BIRTH" for p in parts), found


def test_a_slash_inside_one_date_still_reads_one_date(blank_detector):
    text = "Förälder | Barn | Barnens födelsedatum\nLinnea Ström | Ebbe | 12/3 2016\nKaj Lund | Nils | 2014-01-30\n"
    found = _found(detect_text(text, blank_detector))
    assert found.get("12/3 2016") == "DATE_OF_BIRTH", found


# A header row that names a thing's number by its model's figure ("Ak 5 nr", "Glock 17 nr"): the figure is the
# model's, the row is still the header, and the birth column under "Född" is read (whole dates and a year alone).
@pytest.mark.parametrize("model", ["Ak 5 nr", "Glock 17 nr"])
def test_a_birth_column_beside_a_header_with_a_models_figure(tmp_path, blank_detector, model):
    rows = [["Nr", "Soldat", "Född", "Tjänstenr", model],
            ["1", "Henrik Alm", "1989-05-14", "HV 530 114", "G 803 215"],
            ["2", "Linnea Falk", "2.9.1993", "HV 530 207", "G 803 377"],
            ["3", "Göran Sjödin", "1971", "HV 530 341", "G 803 452"]]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Avtal om förvaring"], y=70)
    table(page, (40, 90), rows, col_width=100)
    found = _found(detect_document(save(doc, tmp_path / "avtal.pdf"), blank_detector))
    assert all(found.get(d) == "DATE_OF_BIRTH" for d in ("1989-05-14", "2.9.1993", "1971")), found
    assert model not in found  # the header stays readable


def test_a_models_figure_makes_a_header_but_a_rows_value_stays_a_value():
    from redact.detect.table_header_lines import _header_row
    from redact.detect.table_headers import model_number_header

    assert model_number_header("Ak 4 nr") and model_number_header("Glock 17 serienr")
    assert not model_number_header("HV 418 227") and not model_number_header("Box 12")
    assert _header_row(["Nr", "Soldat", "Född", "Ak 4 nr"])
    assert not _header_row(["1", "Henrik Alm", "1989-05-14", "Ak 4 nr"])


# A date of the Iranian or the Islamic calendar in a birth column ("Född", "Föd.dat."): the header is the cue, and
# the cell holds nothing but a real day of a living person's year; a year of either calendar alone is no date.
@pytest.mark.parametrize("value", ["11 ordibehesht 1361", "3 Shawwal 1429", "17 Rabi al-Awwal 1412", "9 Sivan 5749",
                                   "21 Tahsas 1982", "1988. gada 5. decembris"])
def test_a_date_of_another_calendar_in_a_birth_column(tmp_path, blank_detector, value):
    rows = [["Nr", "Patient", "Föd.dat.", "Patientkort"],
            ["1", "Simon Ekstrand", "2013-08-21", "PK 0918-2231"],
            ["2", "Yasmin Haddad", value, "PK 0918-2310"]]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Patienter i kö"], y=70)
    table(page, (40, 90), rows, col_width=120)
    found = _found(detect_document(save(doc, tmp_path / "ko.pdf"), blank_detector))
    assert found.get(value) == "DATE_OF_BIRTH", found


@pytest.mark.parametrize("value", ["1429", "32 mehr 1361", "3 Shawwal 1520", "Ramadan 1434", "30 Pagume 1980",
                                   "4 Iyar 5890", "Tevet 5781"])
def test_no_real_date_of_another_calendar_is_no_birth_value(value):
    from redact.detect.calendar_birth_dates import calendar_birth_value

    assert not calendar_birth_value(value)


def test_the_span_taggers_reading_of_a_models_number_header_is_dropped(tmp_path, model_detector):
    # the tagger reads "Ak 4 nr" over a column of serials as a place; it is the header cell, no one's data
    rows = [["Nr", "Soldat", "Född", "Tjänstenr", "Ak 4 nr"],
            ["1", "Henrik Alm", "1989-05-14", "HV 530 114", "G 803 215"],
            ["2", "Linnea Falk", "1971", "HV 530 207", "G 803 377"]]
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Avtal om förvaring"], y=70)
    table(page, (40, 90), rows, col_width=90)
    found = _found(detect_document(save(doc, tmp_path / "avtal.pdf"), model_detector))
    assert "Ak 4 nr" not in found and found.get("1971") == "DATE_OF_BIRTH", found


def test_a_vietnamese_birth_date_in_a_birth_column(blank_detector):
    # the month by its number after its word: the keeper's birth as the Vietnamese paper writes it
    text = ("Djurhållare | Född | Djur\nPham Thi Hoa | ngày 14 tháng 3 năm 1981 | 12 höns\n"
            "Olle Rydberg | 1957-06-02 | 6 ankor\nBritt Söder | 1962-11-19 | 9 gäss\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("ngày 14 tháng 3 năm 1981") == "DATE_OF_BIRTH", found
    assert "12 höns" not in found



# The birth column's header cut short ("Föd.", "f."), its dates written as the person's country writes them; the table
# read one cell a line, as MuPDF reads a ruled table
@pytest.mark.parametrize("head", ["Föd.", "f."])
def test_a_birth_column_headed_by_the_participle_cut_short(blank_detector, head):
    text = "\n".join(["Kön till seniorboende, maj 2026.", "Nr", "Sökande", head, "Kundnr",
                      "1", "Ilmari Kettunen", "14.6.1961", "KN 30417", "2", "Solveig Brekke", "3. mars 1977", "KN 30588",
                      "3", "Ingegerd Falk", "1949-12-01", "KN 30612", ""])
    found = _found(detect_text(text, blank_detector))
    for date in ("14.6.1961", "3. mars 1977", "1949-12-01"):
        assert found.get(date) == "DATE_OF_BIRTH", found


# "den" cut short before the date in a birth column's cell ("d. 14 maj 1988"): the date is the birth, the article
# stays readable
def test_a_birth_date_after_d_in_a_birth_column(blank_detector):
    text = "\n".join(["Elever med skolskjuts.", "Elev", "Födelsedag", "Hållplats",
                      "Alice Fors", "2015-02-11", "Kyrkbyn", "Hamid Rahimi", "d. 14 maj 2013", "Näsviken", ""])
    det = detect_text(text, blank_detector)
    births = [f.text for f in det.findings if f.category == "DATE_OF_BIRTH"]
    assert "14 maj 2013" in births and not any("d." in b for b in births), births


# The year first, the month and the day in one digit where they have one, as Chinese papers write a birth date
@pytest.mark.parametrize("value, fits", [("1962.4.9", True), ("1971-11-3", True), ("1948/2/27", True),
                                         ("1962.4-9", False), ("1962.4.", False)])
def test_a_year_first_date_with_short_month_and_day_fits_a_birth_column(value, fits):
    from redact.detect.table_values import value_fits

    assert value_fits("birth", value, "Född") is fits


@pytest.mark.parametrize("value", ["04-Jan-1990", "17/Mar/1984"])
def test_a_day_a_month_word_and_a_year_between_one_separator_fit_a_birth_column(value):
    from redact.detect.table_values import value_fits

    assert value_fits("birth", value, "Date of birth")


def test_an_eras_mark_after_a_whole_date_in_a_birth_cell_is_masked_with_it(blank_detector):
    # the mark is part of how the date is written: left readable it tells the calendar of the person's papers
    text = "| Sökande | Född | Ort\n| Nok Srisuk | 4.11.2529 B.E. | Ekby\n| Samir Nasser | 3/7/1411 AH | Åsby\n"
    births = [f.text for f in detect_text(text, blank_detector).findings if f.category == "DATE_OF_BIRTH"]
    assert "4.11.2529 B.E." in births and "3/7/1411 AH" in births, births


# The year, the month and the day apart by spaces, as some registers print a date ("1948 07 23")
def test_a_year_first_date_with_spaces_in_a_birth_column(blank_detector):
    from redact.detect.table_values import value_fits

    assert value_fits("birth", "1948 07 23", "Född")
    assert not value_fits("birth", "1948 07", "Född")
    text = "| Ärende | Sökande | Född | Plats\n| 3301-27 | Gunvor Elmqvist | 1948 07 23 | SE-4411\n"
    births = [f.text for f in detect_text(text, blank_detector).findings if f.category == "DATE_OF_BIRTH"]
    assert "1948 07 23" in births, births
