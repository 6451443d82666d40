"""Dates of birth in the shapes a Swedish birth word alone did not reach: a date written as another country writes
it after "född" or "f.", the birth nouns in their definite forms ("födelsedatumet"), a second version of the same
birth date in the sentence, and a whole date in a column that identifies each person by a personnummer or, where
there is none, a date of birth ("Id", "Pnr/födelsedatum"). Other dates stay. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_headers import header_kind
from redact.detect.table_values import birth_date_for_personnummer

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


WRITTEN_ABROAD = [
    ("I hennes chilenska intyg står att hon är född 9 de octubre de 1986, i Talca.", "9 de octubre de 1986"),
    ("Gasten, Renate Voß, född 14. Oktober 1963, var oskadd.", "14. Oktober 1963"),
    ("Tyler Brooks, f. 11/30/1989 enligt hans amerikanska handlingar, har lämnat ett affidavit.", "11/30/1989"),
    ("Sökanden är född 3 de março de 1977 i Porto.", "3 de março de 1977"),
    ("Hustrun är född den 1er juin 1983 enligt det franska beviset.", "1er juin 1983"),
    ("Hon är född 5. kesäkuuta 1990 enligt den finska domen.", "5. kesäkuuta 1990"),
    ("Mannen, född 12-Mar-1987, kom till mottagningen.", "12-Mar-1987"),
    ("Sonen är född 1979. április 3. enligt det ungerska intyget.", "1979. április 3."),  # the day's ordinal dot: the sentence goes on
    ("Ansökan gäller Lucía Prieto (född 7 de enero de 1994).", "7 de enero de 1994"),
]

DEFINITE_NOUNS = [
    ("I Noor Al-Amins syriska pass står födelsedatumet 01/01/1990 som för många.", "01/01/1990"),
    ("Födelsedagen 3 maj 1979 stämmer inte med intyget.", "3 maj 1979"),
    ("Enligt beviset är födelseåret 1951 och födelsedatumet 1951-07-02.", "1951-07-02"),
]

SECOND_VERSIONS = [
    ("I passet står födelsedatumet 01/01/1990, medan\nfolkbokföringen har 1990-03-15. Ärendet skickas vidare.",
     "1990-03-15"),
    ("Hon är född 3 maj 1979 enligt passet men 5 mars 1979 enligt intyget.", "5 mars 1979"),
    ("Han uppger födelsedatum 1985-07-01 eller 1985-01-07, papperen skiljer sig åt.", "1985-01-07"),
    ("Barnen är födda 2010-03-01 respektive 2012-05-06 och går i skolan.", "2012-05-06"),
]

NOT_BIRTHS = [
    "Beslutet fattades den 9 de octubre de 2024 i Santiago och är daterat samma dag.",
    "Gäller den som är född efter 30 de junio de 1960.",  # a limit, no one's birth
    "Hon är född 31. Februar 1980 enligt ett felskrivet papper.",  # no such date
    "Utskriften f. 13/13/1989 är oläslig.",  # neither day first nor month first
]

OTHER_EVENTS = [
    # another event's date after the birth: another year, and no contrast word before a second version
    ("Hon är född 1950-02-03 men flyttade hit 2001-04-04.", "2001-04-04"),
    ("Han är född 1961-05-02 och gifte sig 1961-08-30 i Oslo.", "1961-08-30"),
    ("Födelsedatum 1985-07-01 enligt passet. Beslut fattades 1985-07-03.", "1985-07-03"),
]


@pytest.mark.parametrize("text,expected", WRITTEN_ABROAD)
def test_a_date_written_as_abroad_after_a_swedish_birth_word_is_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", DEFINITE_NOUNS)
def test_a_date_after_a_birth_noun_in_its_definite_form_is_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text,expected", SECOND_VERSIONS)
def test_a_second_version_of_the_birth_date_in_the_sentence_is_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", NOT_BIRTHS)
def test_other_dates_written_as_abroad_are_no_birth(text):
    # (the year alone after "född" is the Swedish rule's, read so before)
    assert not [f for f in found(text) if not f.isdigit()]


@pytest.mark.parametrize("text,date", OTHER_EVENTS)
def test_another_events_date_after_a_birth_date_stays(text, date):
    assert date not in found(text)


@pytest.mark.parametrize("header", ["Id", "Identitet", "Id-uppgift", "Pnr/födelsedatum", "Personnummer eller födelsedatum",
                                    "Pnr el. födelsedatum", "Personnummer (födelsedatum)", "Pnr/samordningsnr"])
@pytest.mark.parametrize("value", ["02/09/1984", "1989-11-30", "1 jan 1999", "March 14, 1990"])
def test_a_birth_date_in_a_column_of_a_persons_identity_is_one(header, value):
    assert header_kind(header) == "id"
    assert birth_date_for_personnummer(value, header)


@pytest.mark.parametrize("header", ["Kund-id", "Ärende-id", "Ärende", "Handl."])
def test_a_date_under_another_identifiers_header_is_no_birth_date(header):
    assert not birth_date_for_personnummer("1989-11-30", header)


ID_COLUMN = ("Ansökningar\n"
             "Ärende\nPart 1\nId\nPart 2\nId\nHandl.\n"
             "0341\nMikael Forsberg\n850419-2132\nMaricel Dela Cruz\nMarch 14, 1990\nMiN\n"
             "0342\nPeter Sundberg\n19720630-4573\nSiriporn Kaewmanee\n02/09/1984\nOSa\n"
             "0343\nEmma Wallin\n9308254649\nTyler J. Brooks\n1989-11-30\nMiN\n\n"
             "Beslut fattas i maj.\n")


def test_birth_dates_in_an_id_column_beside_personnummer_are_masked(blank_detector):
    from redact.document_detection import detect_text

    births = {f.text for f in detect_text(ID_COLUMN, blank_detector).findings if f.category == "DATE_OF_BIRTH"}
    assert {"02/09/1984", "1989-11-30"} <= births


@pytest.mark.parametrize("text, expected", [
    ("Amira Haddad (f. 3/5 -91) vistades hos sin mor i Kenya.", "3/5 -91"),
    ("Sonen, född 12/11 '04, bor kvar hemma.", "12/11 '04"),
    ("Han är född 7.2 –88 enligt anmälan.", "7.2 –88"),
])
def test_day_and_month_then_the_years_last_digits_after_a_dash(text, expected):
    # the short year after a space and a dash or an apostrophe, as hands write it ("3/5 -91")
    assert expected in found(text)


@pytest.mark.parametrize("value", ["3/5 -91", "12/11 '04"])
def test_that_form_in_a_birth_column(value):
    from redact.detect.table_values import value_fits

    assert value_fits("birth", value, "Född")


# Several whole birth dates listed after one plural birth word: each later date is a birth of the list.
LISTED = [
    ("Han har två döttrar, födda 2011-04-17, 2014-08-02 och 2018-12-30.", ["2011-04-17", "2014-08-02", "2018-12-30"]),
    ("Barnen föddes 3 maj 2014 och\n9 juli 2017 i Umeå.", ["3 maj 2014", "9 juli 2017"]),
    ("Tvillingarna och deras bror är födda 2009-11-02 respektive 2013-01-25.", ["2009-11-02", "2013-01-25"]),
]


@pytest.mark.parametrize("text, dates", LISTED)
def test_every_whole_date_listed_after_a_plural_birth_word_is_a_birth(text, dates):
    assert sorted(found(text)) == sorted(dates)


@pytest.mark.parametrize("text", [
    "Mötena hölls 2024-03-01, 2024-04-02 och 2024-05-03 i Umeå.",
    "Barnen är födda 2012-02-09; ansökan kom 2026-01-14 och beslut 2026-02-20.",
    "Hon har två barn, födda 2012-02-09. Hennes möten var 2026-03-02 och 2026-03-09.",
])
def test_dates_after_the_list_or_of_no_birth_list_stay(text):
    assert all(not d.startswith("2026") and not d.startswith("2024") for d in found(text)), found(text)


# A second person's birth date with the verb left out after one birth word, and a form's longer label up to its colon.
@pytest.mark.parametrize("text, dates", [
    ("Gunnar är född 4 mars 1947 och jag\n19 juni 1950. Vi bor kvar.", ["4 mars 1947", "19 juni 1950"]),
    ("Hon föddes 1 juni 1960 och hennes bror 4 maj 1963.", ["1 juni 1960", "4 maj 1963"]),
    ("Födelsedatum för barn i hushållet: 23 april 2017", ["23 april 2017"]),
    ("Födelsedatum för den som ansökan gäller: 2016-09-30", ["2016-09-30"]),
    # a comma alone before the second person, the second a year alone after "år"
    ("Sixten är född 3 april 1944, Britta 9 maj 1947.", ["3 april 1944", "9 maj 1947"]),
    ("Sixten är född 3 april 1944, Britta år 1947; de bor kvar.", ["3 april 1944", "1947"]),
    # or a year alone right after a given name or a person's word
    ("Ingegerd är född 14 juli 1952, Halvar 1949; båda bor kvar i byn.", ["14 juli 1952", "1949"]),
    ("Kvinnan är född 2 mars 1983 och mannen 1980.", ["2 mars 1983", "1980"]),
    # where the date is read and a linking verb between the birth word and the date
    ("Hans födelsedag i den gamla kalendern är\n12 mars 1961 enligt honom.", ["12 mars 1961"]),
])
def test_a_second_persons_date_and_a_long_labels_date_are_births(text, dates):
    assert sorted(found(text)) == sorted(dates)


@pytest.mark.parametrize("text, date", [
    ("Han är född 8 oktober 1949 och flyttade hit 12 maj 1975.", "12 maj 1975"),
    ("Han är född 8 oktober 1949 och hon kom hit 2 februari 1972.", "2 februari 1972"),
    ("Född och uppvuxen i en liten by: 1999", "1999"),
    ("Han är född 8 oktober 1949, flyttade år 1975 och bor kvar.", "1975"),
    ("Hon är född 1 maj 1950, Lindgården 2 maj 1990 var hennes första arbete.", "2 maj 1990"),
    # a year alone after a place's or a firm's name is that place's or firm's
    ("Hon är född 1 maj 1950, Stockholm 1972; sedan flyttade hon.", "1972"),
    ("Han är född 3 juni 1961, Volvo 1985.", "1985"),
])
def test_another_events_date_after_och_or_a_year_after_a_long_phrase_stays(text, date):
    assert date not in found(text)


@pytest.mark.parametrize("text, expected", [
    # the same birth converted to our calendar after "alltså", "motsvarar", "dvs."
    ("Flickan är född 2 Mehr 1398, alltså 24 september 2019, i Karaj.", "24 september 2019"),
    ("Födelsedatum enligt det kurdiska beviset, 9 Rezber 2711, motsvarar 1 oktober 2011.", "1 oktober 2011"),
    ("Han är född 1361/05/12, dvs. 1982-08-03 enligt vår kalender.", "1982-08-03"),
])
def test_a_birth_date_converted_to_our_calendar_is_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, date", [
    ("Beslutet fattades 2 Mehr 1398, alltså 24 september 2019, i Karaj.", "24 september 2019"),  # no birth word
    ("Hon är född i Karaj. Brevet kom 2 Mehr 1398, alltså 24 september 2019.", "24 september 2019"),  # another sentence
])
def test_a_converted_date_without_a_birth_in_its_sentence_stays(text, date):
    assert date not in found(text)


@pytest.mark.parametrize("text, expected", [
    # our date in brackets right after the paper's, whose month takes two words or more
    ("Sonen är född 3 Jumada al-thani 1418 (den 5 oktober 1997) i Basra.", "5 oktober 1997"),
    ("Hon är född 11 Dhu al-Hijjah\n1409 (1989-07-14) enligt passet.", "1989-07-14"),
])
def test_a_birth_date_converted_in_brackets_is_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, date", [
    ("Han är född 1961 (den 4 mars 2019 flyttade han).", "4 mars 2019"),  # no bracketed date alone
    ("Hon är född 1961 (2019-03-04) enligt kopian.", "2019-03-04"),  # a year alone is no date to convert
    ("Mötet 3 Jumada al-thani 1446 (den 5 december 2024) hölls i Basra.", "5 december 2024"),  # no birth word
    ("Hon är född i Basra och flyttade hit efter många år, 3 Jumada al-thani 1446 (den 5 december 2024).",
     "5 december 2024"),  # the birth word too far before the date
])
def test_a_bracketed_date_after_no_birth_date_stays(text, date):
    assert date not in found(text)


def test_our_date_converted_from_a_birth_date_the_page_holds_is_a_birth_date(blank_detector):
    # the note's sentence names no birth: the births column above holds the date it converts
    from redact.document_detection import detect_text

    text = "\n".join(["Sökande | Födelsedatum enligt hemlandet", "Nasrin Wardak | 3 Hamal 1370",
                      "Omid Rahimi | 1989-04-02", "", "Anteckningar",
                      "Tolken uppger att 3 Hamal 1370 motsvarar 23 mars 1991 enligt omräkningen.", ""])
    found = {(f.category, f.text) for f in detect_text(text, blank_detector).findings}
    assert ("DATE_OF_BIRTH", "23 mars 1991") in found, found


def test_our_date_converted_from_a_date_no_birth_holds_stays(blank_detector):
    from redact.document_detection import detect_text

    text = "\n".join(["Sökande | Födelsedatum enligt hemlandet", "Nasrin Wardak | 3 Hamal 1370", "",
                      "Beslutet fattades 9 Hamal 1402, motsvarar 29 mars 2023, i Kabul.", ""])
    found = {(f.category, f.text) for f in detect_text(text, blank_detector).findings}
    assert ("DATE_OF_BIRTH", "29 mars 2023") not in found, found
