"""A date of birth read from where it stands, whatever cue word or form it has: set off after a person's name, the
value of a label in a person's block, a cell in a row of persons; and the dates of events in the same places (a
purchase, an employment, a decision, a queue's start, this year's dates) kept. Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def births(detector, text: str) -> set[str]:
    """The texts of the DATE_OF_BIRTH findings that are proposed."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.status != "rejected" and f.category == "DATE_OF_BIRTH"}


def masked(detector, text: str) -> set[str]:
    """The texts of every finding that is proposed, whatever its category."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.status != "rejected"}


# cue words nobody listed, and the date forms of Swedish and foreign papers
@pytest.mark.parametrize("cue,value", [
    ("fødd", "12.III.1987"),
    ("geb.", "tis 3/4-87"),
    ("Fdat", "1987 03 12"),
    ("född:", "3:e mars -87"),
    ("nar.", "12/3-87"),
    ("dt. nasc.", "12-Mar-1987"),
    ("f.d.", "tisdagen den 3 mars 1987"),
    ("doğ.", "12.03.87"),
    ("shēngrì", "1987年3月12日"),
    ("fdd", "Tue, March 3, 1987"),
    ("s.", "12 V 1987"),
    ("bday", "1987-3-12"),
    ("fdd den", "tolfte mars 1987"),
    ("f-dag", "12 / 03 / 1987"),
])
def test_a_date_set_off_after_a_name_with_an_unlisted_cue(blank_detector, cue, value):
    text = f"Anna Lindqvist, {cue} {value}, har ansökt om ekonomiskt bistånd."
    assert value in births(blank_detector, text)


@pytest.mark.parametrize("cue,value", [("geb.", "12.III.1987"), ("Fdat", "3/4-87"), ("ur.", "3 marca 1987"),
                                       ("", "12.03.87"), ("nata il", "1987")])
def test_a_date_in_brackets_after_a_name_with_an_unlisted_cue(blank_detector, cue, value):
    text = f"Ansökan från Karin Sandqvist ({cue} {value}) kom in till nämnden.".replace("( ", "(")
    assert value in births(blank_detector, text)


@pytest.mark.parametrize("text,value", [
    ("Sökande: Lindqvist, Anna, fdd 12.03.1987, Kalmar.", "12.03.1987"),
    ("Anna Lindqvist – fdd 12.III.1987 – har ansökt.", "12.III.1987"),
    ("Anna Lindqvist, fdd (enligt passet) 12.03.1987, har ansökt.", "12.03.1987"),
    ("Anna Lindqvist, fdd 12.03.1987 (enligt passet), har ansökt.", "12.03.1987"),
    ("Ansökan från Anna Lindqvist (fdd 12.03.1987 enl. pass) kom in.", "12.03.1987"),
])
def test_a_date_set_off_after_a_name_in_other_ways(blank_detector, text, value):
    assert value in births(blank_detector, text)


def test_a_date_wrapped_over_a_line_end_after_a_name(blank_detector):
    text = "Anna Lindqvist, fødd 12 mars\n1987, har ansökt om ekonomiskt bistånd."
    assert "12 mars 1987" in births(blank_detector, text)


@pytest.mark.parametrize("label,value", [
    ("Födelsedag (dd.mm.åååå)", "12.03.1987"),
    ("Fdat", "3:e mars -87"),
    ("Geburtstag", "12.III.1987"),
    ("Dato", "1987/03/12"),
])
def test_a_labels_date_in_a_persons_block(blank_detector, label, value):
    text = f"Personuppgifter\nNamn: Goran Petrović\n{label}: {value}\nOrt: Kalmar"
    assert value in births(blank_detector, text)


@pytest.mark.parametrize("header,value", [("Fdat", "3:e mars -87"), ("Dato", "12.03.1987"), ("Geb.", "12/3-87"),
                                          ("", "1987-03-12")])
def test_a_date_in_a_row_of_persons_whatever_its_header(blank_detector, header, value):
    text = (f"| Namn | {header} | Ort |\n| Anna Lindqvist | {value} | Kalmar |\n"
            f"| Erik Holm | 1990-06-01 | Växjö |")
    assert value in births(blank_detector, text)


def test_a_birth_column_under_a_header_split_by_spaces(blank_detector):
    text = ("Elev | Född | Vårdnadshavare | Händelse\n"
            "RB-D-2291 | Alva Sjöberget | 2012-03-09 | Camilla Sjöberget | skärm spräckt\n"
            "RB-D-2304 | Yusuf Demirtaş | 17 juni 2013 | Emine Demirtaş | borttappad\n")
    found = births(blank_detector, text)
    assert {"2012-03-09", "17 juni 2013"} <= found


# KEEP: the dates of events in the same places
@pytest.mark.parametrize("text,value", [
    ("Anna Lindqvist, anställd 1998-03-01, har ansökt om tjänstledighet.", "1998-03-01"),
    ("Anna Lindqvist (köpt 2015-04-02) har begärt ersättning.", "2015-04-02"),
    ("Anna Lindqvist, beslut 2019-05-14, har överklagat.", "2019-05-14"),
    ("Anna Lindqvist, ordförande 2019, ledde mötet den 3 mars 2026.", "2019"),
    ("Anna Lindqvist, medlem sedan 1994, har avgått.", "1994"),
    ("Anna Lindqvist, 2025-11-02, ringde om ansökan.", "2025-11-02"),
    ("Kommunstyrelsen (2019-05-14) beslutade om taxan.", "2019-05-14"),
    ("Astrid Lindgren (1907–2002) skrev boken.", "1907"),
    ("Anna Lindqvist (2015-04-02 köpt) har begärt ersättning.", "2015-04-02"),
    ("Anna Lindqvist, 2015-04-02 (inflyttning), har begärt ersättning.", "2015-04-02"),
])
def test_an_events_date_after_a_name_is_kept(blank_detector, text, value):
    assert value not in births(blank_detector, text)


@pytest.mark.parametrize("label,value", [("Anställd", "1998-03-01"), ("Köpt", "2015-04-02"),
                                         ("Inflyttad", "2012-08-15"), ("Beslutsdatum", "2019-05-14"),
                                         ("Senaste besök", "2025-11-02"), ("Giltigt t.o.m.", "2029-01-31")])
def test_an_events_label_in_a_persons_block_is_kept(blank_detector, label, value):
    text = f"Personuppgifter\nNamn: Goran Petrović\n{label}: {value}\nOrt: Kalmar"
    assert value not in births(blank_detector, text)


def test_a_label_line_without_a_person_is_kept(blank_detector):
    text = "Ärendet\nDiarienummer: KS 2026/114\nEkonomienhetens nummer: 4411\nUpprättat: 2014-03-10"
    assert "2014-03-10" not in masked(blank_detector, text)


@pytest.mark.parametrize("header", ["Köpt", "Anställd", "Datum", "I kön sedan"])
def test_a_column_of_events_beside_names_is_kept(blank_detector, header):
    text = (f"| Namn | {header} | Ort |\n| Anna Lindqvist | 2014-03-10 | Kalmar |\n"
            f"| Erik Holm | 2015-01-22 | Växjö |")
    assert not {"2014-03-10", "2015-01-22"} & births(blank_detector, text)


def test_a_column_of_birth_years_alone_is_taken(blank_detector):
    # a birth year beside a name is as much a birth as "född 2011" in running text (see test_detect_birth_forms_unread)
    text = "Medlemsnr | Förnamn | Efternamn | Född\n1147 | Alva | Eklund | 2011\n1209 | Matilda | Sjögren | 2009"
    assert {"2011", "2009"} <= births(blank_detector, text)


def test_a_column_with_a_recent_date_is_no_birth_column(blank_detector):
    text = ("| Namn | Ärende | Ort |\n| Anna Lindqvist | 2014-03-10 | Kalmar |\n"
            "| Erik Holm | 2026-01-22 | Växjö |\nUtdraget är taget 2026-10-21.")
    assert "2014-03-10" not in births(blank_detector, text)


def test_an_old_document_reads_its_dates_against_its_own_year(blank_detector):
    # the minutes of 2019: a date of that spring beside a name is no birth (dates before it count)
    text = ("Protokoll 2019-05-02\nAnna Lindqvist, jäv 2018-11-02, har anmält jäv.\n"
            "Erik Holm, fdd 1961-04-03, är ny ledamot.")
    found = births(blank_detector, text)
    assert "2018-11-02" not in found and "1961-04-03" in found


def test_a_historical_year_in_running_text_is_kept(blank_detector):
    text = "Gården byggdes 1912 och Anna Lindqvist köpte den 1998 av kommunen."
    assert not {"1912", "1998"} & births(blank_detector, text)
