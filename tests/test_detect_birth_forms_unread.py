"""Birth dates in forms the placed rules left unread: a month and a year beside a name with no cue, a birth year's
two digits after "f." / "född", a year alone in a birth column, a newborn's date of this year or the last, a row
of a PDF table read as one line with spaces; and what must stay (a month of employment or of a decision, years of
construction, purchase or employment, a sentence's date). Fictional people; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text


def births(detector, text: str) -> set[str]:
    """The texts of the DATE_OF_BIRTH findings that are proposed."""
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings
            if f.status != "rejected" and f.category == "DATE_OF_BIRTH"}


# 1. a month and a year where a person's details stand
@pytest.mark.parametrize("value", ["1987-03", "mars 1987", "maj -87"])
def test_a_month_and_a_year_between_a_name_and_a_home(blank_detector, value):
    text = f"Sökande är Anna Lindqvist, {value}, Storgatan 4, 392 31 Kalmar."
    assert value in births(blank_detector, text)


@pytest.mark.parametrize("header", ["Född", ""])
def test_a_month_and_a_year_in_a_persons_row(blank_detector, header):
    text = (f"| Namn | {header} | Adress |\n| Anna Lindqvist | mars 1987 | Storgatan 4 |\n"
            "| Erik Holm | juni 1990 | Kvarngatan 2 |")
    assert {"mars 1987", "juni 1990"} <= births(blank_detector, text)


# KEEP: a month of employment, of a decision, of a term
@pytest.mark.parametrize("text,value", [
    ("| Namn | Anställd | Avdelning |\n| Anna Lindqvist | mars 2009 | Ekonomi |\n| Erik Holm | juni 2011 | IT |",
     "mars 2009"),
    ("| Namn | Period | Adress |\n| Anna Lindqvist | mars 2009 | Storgatan 4 |\n| Erik Holm | juni 2011 | Kvarngatan 2 |",
     "mars 2009"),
    ("Anna Lindqvist, beslut mars 2009, Storgatan 4, har överklagat.", "mars 2009"),
    ("Anna Lindqvist, anställd 2009-03, Storgatan 4, har sagt upp sig.", "2009-03"),
    ("Anna Lindqvist, mars 2009, ärende 114, har överklagat.", "mars 2009"),
    ("| Namn | | Avdelning |\n| Anna Lindqvist | mars 2009 | Ekonomi |\n| Erik Holm | juni 2011 | IT |", "mars 2009"),
])
def test_a_month_of_an_event_beside_a_name_is_kept(blank_detector, text, value):
    assert value not in births(blank_detector, text)


# 2. a birth year's two digits after "f." and "född", a year in a birth column
@pytest.mark.parametrize("text,values", [
    ("Anna Lindqvist (f. 87) har ansökt om bistånd.", {"87"}),
    ("Deltagare: Anna Lindqvist f. 87, Erik Holm f. 90, Omid Karimi f. 02.", {"87", "90", "02"}),
    ("Anna Lindqvist född 87 bor i Kalmar.", {"87"}),
    ("Barn: Leo f. 19, Ella f. 21.", {"19", "21"}),
    ("| Namn | Ort |\n| Anna Lindqvist | f. 87 |\n| Erik Holm | f. 90 |", {"87", "90"}),
])
def test_a_birth_years_two_digits_after_a_cue(blank_detector, text, values):
    assert values <= births(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Enligt lagen f. 12 § ska nämnden pröva.",
    "Anna Lindqvist f. 87 år sedan.",
    "Kostnaden f. 87 kronor per timme.",
    "Huset, byggt f. 87 år sedan, ägs av Anna Lindqvist.",
])
def test_two_digits_that_are_no_birth_year_are_kept(blank_detector, text):
    assert not births(blank_detector, text)


@pytest.mark.parametrize("header", ["Född", "Födelseår", "Fött år", "Född år", "Year of birth", "Geburtsjahr",
                                    "Rok urodzenia", "Fødselsår", "Syntymävuosi"])
def test_a_year_alone_in_a_birth_column(blank_detector, header):
    text = (f"| Namn | {header} | Ort |\n| Anna Lindqvist | 1987 | Kalmar |\n| Erik Holm | 1990 | Växjö |\n"
            "| Leo Lindqvist | 2025 | Kalmar |")
    assert {"1987", "1990", "2025"} <= births(blank_detector, text)


# KEEP: years of construction, purchase, employment, membership beside persons
@pytest.mark.parametrize("header", ["Byggår", "Köpt år", "Anställd år", "Medlem sedan", "År", "Inflyttad"])
def test_a_year_under_another_header_is_kept(blank_detector, header):
    text = (f"| Namn | {header} | Ort |\n| Anna Lindqvist | 1987 | Kalmar |\n| Erik Holm | 1990 | Växjö |")
    assert not {"1987", "1990"} & births(blank_detector, text)


# the same in a table read one cell a line, as a PDF's table is
@pytest.mark.parametrize("header", ["Född", "Födelseår", "Född år", "Year of birth"])
@pytest.mark.parametrize("values", [("1968", "1947", "1959"), ("mars 1968", "1947-11", "juni 1959")])
def test_a_year_or_a_month_under_a_birth_header_read_one_cell_a_line(blank_detector, values, header):
    text = "\n".join(["Resenärer", "Resenär", header, "Färdsätt", "Greta Holmlund", values[0], "tåg",
                      "Bengt Ahlqvist", values[1], "egen bil", "Lars Nyberg", values[2], "buss", ""])
    assert set(values) <= births(blank_detector, text)


def test_a_historical_year_and_a_year_of_purchase_in_running_text_are_kept(blank_detector):
    text = "Huset byggdes 1912. Anna Lindqvist köpte det 1998 och anställdes 2003 vid kommunen."
    assert not births(blank_detector, text)


# 3. a newborn's or a small child's birth, within the document's last two years
@pytest.mark.parametrize("text,value", [
    ("Ansökan om föräldrapenning för barnet Leo (2025-11-03) kom in 2026-04-02.", "2025-11-03"),
    ("Hennes dotter Ella, 17/3 2025, går på förskolan sedan 2026-01-10.", "17/3 2025"),
    ("Sonen Arash Karimi, 12 juni 2025, är inskriven på BVC. Beslut 2026-04-11.", "12 juni 2025"),
    ("Barnet Leo Lindqvist, 2025-11-03, har fått plats på förskolan från 2026-08-15.", "2025-11-03"),
    ("Nyfödd: Maja Lindqvist, 2026-02-14. Beslut 2026-05-02.", "2026-02-14"),
    ("Placering i förskola\nBarnets namn: Leo Lindqvist\nBarnets uppgift: 2025-11-03\n"
     "Vårdnadshavare: Anna Lindqvist\nPlacering från: 2026-08-15", "2025-11-03"),
    ("| Barn | | Förskola |\n| Leo Lindqvist | 2025-11-03 | Ekorren |\n| Ella Holm | 2025-08-21 | Ekorren |\n"
     "Beslut 2026-05-02", "2025-11-03"),
])
def test_a_small_childs_recent_birth_date(blank_detector, text, value):
    assert value in births(blank_detector, text)


# KEEP: a recent date beside a child's name that is an event's, or after every other date of the document
@pytest.mark.parametrize("text,value", [
    ("Samtal med sonen Arash, 12 juni 2025, om skolan. Beslut 2026-04-11.", "12 juni 2025"),
    ("Barnet Leo Lindqvist, inskriven 2025-11-03, har plats från 2026-08-15.", "2025-11-03"),
    ("Barnet Leo Lindqvist, 2026-03-02, ringde.", "2026-03-02"),
    ("| Barn | Placering från | Förskola |\n| Leo Lindqvist | 2025-11-03 | Ekorren |\nBeslut 2026-05-02",
     "2025-11-03"),
    ("Anna Lindqvist, 2025-11-03, Storgatan 4, har ansökt. Beslut 2026-05-02.", "2025-11-03"),
])
def test_a_recent_event_beside_a_child_is_kept(blank_detector, text, value):
    assert value not in births(blank_detector, text)


# 4. a row of a PDF table read as one line with spaces
@pytest.mark.parametrize("text,values", [
    ("Anna Lindqvist 1987-03-12 Storgatan 4 392 31 Kalmar\nErik Holm 1990-06-01 Kvarngatan 2 352 30 Växjö",
     {"1987-03-12", "1990-06-01"}),
    ("Namn Född Adress\nAnna Lindqvist 1987-03-12 Storgatan 4\nErik Holm 1990-06-01 Kvarngatan 2",
     {"1987-03-12", "1990-06-01"}),
    ("B 1904-25 Anneli Holmgren 1972-04-18 Sågvägen 6, 905 91 Lindesund egen bil\n"
     "B 1911-25 Stig Lindmark 19 juli 1966 Stora Mon, Mobyn 3 buss", {"1972-04-18", "19 juli 1966"}),
    ("1 Anna Lindqvist 12.03.1987 Kalmar\n2 Erik Holm 01.06.1990 Växjö", {"12.03.1987", "01.06.1990"}),
    ("Lindqvist, Anna 1987-03-12 Storgatan 4 392 31 Kalmar\nHolm, Erik 1990-06-01 Kvarngatan 2 352 30 Växjö",
     {"1987-03-12", "1990-06-01"}),
    ("Anna Lindqvist mars 1987 Storgatan 4 392 31 Kalmar\nErik Holm juni 1990 Kvarngatan 2 352 30 Växjö",
     {"mars 1987", "juni 1990"}),
])
def test_a_date_in_a_row_read_as_one_line(blank_detector, text, values):
    assert values <= births(blank_detector, text)


@pytest.mark.parametrize("text", [
    "Namn Anställd Avdelning\nAnna Lindqvist 1998-03-01 Ekonomi\nErik Holm 2003-06-01 IT",
    "Namn Besök Ärende\nAnna Lindqvist 2014-03-10 Bygglov\nErik Holm 2026-01-22 Bygglov",
    "Anna Lindqvist 2019-03-12 ringde om bygglovet.",
    "Protokoll 2019-05-02\nAnna Lindqvist 2019-05-02",
    "Anna Lindqvist 2010-03-12 Beslut om bygglov\nErik Holm 2011-06-01 Beslut om rivningslov\nUtdrag 2026-05-02",
    "Anna Lindqvist 2010-03-12",
    "Namn Anställd Avdelning\nAnna Lindqvist mars 2005 Ekonomi\nErik Holm juni 2009 IT",
    "Anna Lindqvist mars 2005 Ekonomi\nErik Holm juni 2009 IT",
])
def test_an_events_date_in_a_row_read_as_one_line_is_kept(blank_detector, text):
    assert not births(blank_detector, text)


# Other forms the same things take in Swedish and foreign papers
@pytest.mark.parametrize("text,value", [
    ("Klaus Müller (* 3. April 1979) wohnt in Berlin.", "3. April 1979"),
    ("Klaus Müller, * 03.04.1979, wohnhaft in Berlin.", "03.04.1979"),
    ("Lars Jensen, født d. 12.03.1987, bor i Aarhus.", "12.03.1987"),
    ("Ivan Petrov, 1987 g.r., bor i Malmö.", "1987"),
    ("Ivan Petrov (1987 г.р.) bor i Malmö.", "1987"),
    ("Omid Karimi född 1987-03 bor i Malmö.", "1987-03"),
    ("Barnet är fött 2019-05-02 i Kalmar.", "2019-05-02"),
    ("Personuppgifter\nNamn: Anna Lindqvist\nFött: 1987\nOrt: Kalmar", "1987"),
    ("Name: John Smith\nYear of birth: 1987", "1987"),
    ("Navn: Ola Nordmann\nFødselsår: 1987", "1987"),
    ("Anna Lindqvist (1987–) är konstnär och bor i Kalmar.", "1987"),
    ("Anna Lindqvist, 1987, Storgatan 4, 392 31 Kalmar.", "1987"),
    ("Klaus Müller, geb. 1979 in Köln.", "1979"),
    ("Jan Kowalski, ur. w marcu 1987 w Krakowie.", "marcu 1987"),
    ("Jan Kowalski, ur. w 1987 roku.", "1987"),
    ("Matti Virtanen, s. maaliskuussa 1987, asuu Oulussa.", "maaliskuussa 1987"),
    ("Ola Nordmann, født i mars 1987, bor i Bergen.", "mars 1987"),
    ("Lars Jensen, født i marts 1987, bor i Aarhus.", "marts 1987"),
    ("| Imię i nazwisko | Data ur. | Miasto |\n| Jan Kowalski | 12.03.1979 | Kraków |\n| Anna Nowak | 1981 | Gdańsk |",
     "1981"),
])
def test_other_forms_of_a_birth(blank_detector, text, value):
    assert value in births(blank_detector, text)


@pytest.mark.parametrize("text", ["Barnen Leo och Ella, födda 2019 och 2021, bor hos modern.",
                                  "Barnen är födda 2019 resp. 2021."])
def test_further_birth_years_after_one_birth_word(blank_detector, text):
    assert {"2019", "2021"} <= births(blank_detector, text)


@pytest.mark.parametrize("text,value", [
    ("Personuppgifter\nNamn: Anna Lindqvist\nÅr: 1987\nOrt: Kalmar", "1987"),
    ("Personuppgifter\nNamn: Anna Lindqvist\nAnställd: 1987\nOrt: Kalmar", "1987"),
    ("Anna Lindqvist, 1998–2003 ordförande, har avgått.", "1998"),
    ("Astrid Lindgren (1907–2002) skrev boken.", "1907"),
    ("Huset (1912–) renoverades av Anna Lindqvist.", "1912"),
    ("Anna Lindqvist, 1987, ärende 114, har överklagat.", "1987"),
    ("Beslut 2019 och 2021 fattades av Anna Lindqvist.", "2021"),
    ("Anna Lindqvist, anställd i mars 2009, har sagt upp sig.", "mars 2009"),
    ("Anna Lindqvist, ordförande 2005 i Kalmar, har avgått.", "2005"),
    ("Anna Lindqvist, flyttade 2005 till Kalmar, har avgått.", "2005"),
])
def test_other_years_beside_persons_are_kept(blank_detector, text, value):
    assert value not in births(blank_detector, text)


def test_the_english_birth_label_is_no_persons_initials(blank_detector):
    found = detect_text("JOHN SMITH, D.O.B. 12.03.1987, ADDRESS 14 ELM ROAD", blank_detector).findings
    assert "12.03.1987" in {f.text for f in found if f.category == "DATE_OF_BIRTH"}
    assert "D.O.B." not in {f.text for f in found if f.status != "rejected"}


# The short year's rule and the whole date's ask a table row one question, whether it names a person, by one shared
# test (placed_birth_dates.names_a_person): a row reads alike for "f. 90" and "1990-03-02" in the same cell.
@pytest.mark.parametrize("row", ["| Omid | Karimi |", "| omid | karimi |", "| Nya | Lund |", "| Karimi, Omid |"])
def test_a_short_year_and_a_whole_date_read_a_persons_row_alike(blank_detector, row):
    short = bool(births(blank_detector, f"Deltagare\n{row} f. 90 | Kalmar |\n"))
    whole = bool(births(blank_detector, f"Deltagare\n{row} 1990-03-02 | Kalmar |\n"))
    assert short == whole
