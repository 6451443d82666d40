"""Date-of-birth detector: a real date in a birth context; other dates are not hits."""

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


HITS = [
    ("Lena Ek, född 12 mars 1984, ansöker om bistånd.", "12 mars 1984"),
    ("Per Ek (f. 1984-03-12) är make.", "1984-03-12"),
    ("Födelsedatum: 1984-03-12", "1984-03-12"),
    ("Födelsedatum\n12/3 1984", "12/3 1984"),
    ("född den 1 jan. 1990 i Lund", "1 jan. 1990"),
    ("Hon föddes i Malmö den 29 februari 2000.", "29 februari 2000"),
    ("Barnet är född 2015.", "2015"),
    ("född 19840312", "19840312"),
    ("Född: 840312", "840312"),
    ("f. 12.03.84", "12.03.84"),
    # a whole date of the 1800s: the dead's data are masked like the living's
    ("Skåpet gjordes åt Olof Berg, född 2 juni 1859, skeppare i Ösby.", "2 juni 1859"),
    ("Hon föddes den 30 november 1888 i Rya.", "30 november 1888"),
    ("Per Ek (f. 1871-05-03) var klockare.", "1871-05-03"),
    # six digits day first, as the Nordic neighbours write a birth, where the Swedish order makes no date
    ("Hon är född 170683 i Tammerfors.", "170683"),
]

NEAR_MISSES = [
    "Mötet hölls den 12 mars 1984.",
    "Beslut 1984-03-12, dnr 2024/123-4.",
    "Född 29 februari 2001 är omöjligt.",
    "Född 2024-02-30 finns inte.",
    "Född 31 april 1990.",
    "född 840312-1232",  # a personnummer, reported by that detector
    "Han är född och uppvuxen i Lund och flyttade 1999.",
    "f.d. rektor sedan 2019-08-01.",
    "Huset byggdes den 2 juni 1859 av församlingen.",
    "född 451388",  # neither order makes a date
]


@pytest.mark.parametrize("text,expected", HITS)
def test_hit_has_exact_span(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_not_a_birth_date(text):
    assert found(text) == []


def test_full_date_scores_above_year_only():
    full = REC.analyze("född 12 mars 1984", ["DATE_OF_BIRTH"])[0].score
    year = REC.analyze("född 1984", ["DATE_OF_BIRTH"])[0].score
    assert full >= 0.85 > year >= 0.5


@pytest.mark.parametrize("text,expected", [
    ("Sökande: Hodan Mire, F-datum: 1987-03-14.", "1987-03-14"),
    ("F.datum 19900601", "19900601"),
    ("Birth date: 1990-06-01", "1990-06-01"),
])
def test_a_birth_date_after_its_abbreviated_or_english_label(text, expected):
    assert found(text) == [expected]


def test_a_birth_date_broken_after_a_dash_at_a_line_end():
    text = "Dottern Wilma Sjögren, född 2012-\n11-08, var hemma när larmet gick."
    assert found(text) == ["2012-\n11-08"]


def test_a_birth_date_in_words_wrapped_over_a_line():
    text = "Sonen Aleksander Nowak, född 14\nmaj 2009, har ansökt om plats."
    assert found(text) == ["14\nmaj 2009"]


@pytest.mark.parametrize("text,expected", [
    ("Hon är född\nden tolfte maj 1952 i Haparanda.", "tolfte maj 1952"),
    ("Maken, född den trettioförsta december 1939, avled i våras.", "trettioförsta december 1939"),
    ("född tjugosjunde augusti 1966", "tjugosjunde augusti 1966"),
])
def test_a_birth_date_with_the_day_in_words_is_found(text, expected):
    assert expected in found(text)
    # a day that month has not is no date
    assert "trettioförsta februari 1950" not in found(text.replace(expected, "trettioförsta februari 1950"))


@pytest.mark.parametrize("text", [
    "4. You were born before July 1, 1936, and did not take the minimum distribution.",
    "The credit applies if you were born after January 2, 1958.",
    "Children born between 1 March 2010 and 31 May 2012 are eligible.",
])
def test_a_limit_in_a_rule_is_no_birth_date(text):
    assert found(text) == []


def test_a_birth_date_after_born_on_is_still_one():
    assert found("Martin Okafor was born on July 1, 1936, in Leeds.") == ["July 1, 1936"]


@pytest.mark.parametrize("text,expected", [
    ("Saga Lindqvists födelsedatum enligt passet: 04.09.1970", "04.09.1970"),
    ("Född enligt intyget: 1988-11-23 i Gävle.", "1988-11-23"),
    ("Stinas födelsedatum, enligt domen, är 21.06.1966.", "21.06.1966"),
    ("Hans födelsedatum (enligt intyget) 7.2.1958 stämmer.", "7.2.1958"),
])
def test_a_birth_date_after_words_saying_where_it_is_read(text, expected):
    assert found(text) == [expected]


def test_a_year_after_an_aside_is_no_birth_date():
    assert found("Han är född, uppvuxen och bosatt 1999.") == []


@pytest.mark.parametrize("text,expected", [
    ("Sonen Elias, född 2009.11.14, går i årskurs 9.", "2009.11.14"),  # ISO with stops
    ("Modern (född 4 juni -71) deltog.", "4 juni -71"),  # the year by its last two digits
    ("Födelsedatum: 71-06-04", "71-06-04"),  # the short ISO form
])
def test_a_birth_date_in_the_shorter_forms(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", ["Född 71-02-30", "född 2031.04.02"])  # no such day; not yet
def test_a_short_form_that_is_no_date_is_no_birth_date(text):
    assert found(text) == []


def test_a_birth_date_whose_year_wrapped_to_the_next_line():
    assert found("Dottern är född den 21/8\n2011 och går i årskurs 9.") == ["21/8\n2011"]
    assert found("Listan upprättades f. 21/8\n12 personer kom.") == []  # a count on the next line is no year


# A whole date set off by commas right after a person's name: an apposition giving the birth date.
@pytest.mark.parametrize("text,expected", [
    ("För Stina Holmqvist, 1931-02-07, gäller särskilda regler om god man.", "1931-02-07"),
    ("Hennes dotter Leia, 3.9.2012, går i första klass.", "3.9.2012"),
    ("Hans son Oskar Lundell, 12 maj 2010, har fått plats i kören.", "12 maj 2010"),
    ("Linnea Sjöberg, 1958-11-23, ansöker om färdtjänst.", "1958-11-23"),
    ("Enligt anmälan har Omid Karimi, 4 mars 1977, flyttat.", "4 mars 1977"),
])
def test_a_date_set_off_after_a_name_is_a_birth_date(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Trygghetsvandring i Dalby och Norrby, 2019-05-02, leddes av kommunen.",
    "Samtal med Anna Ekholm, 2019-05-02, om bygglovet.",
    "Brev från Per Ek, 2018-03-01, där han begär omprövning.",
    "Anna Ekholm, 2019-05-02, Handläggare",
    "Nämnden, 2019-05-02, beslutade att avslå.",
    "Per Ek, 850412-1232, söker bidrag.",
    "Lisa Berg, 1999, bor kvar.",
    "Södra Sandby, 2010-09-01, inkom skrivelsen.",
    "Handläggaren Linnea Sjöberg, " + __import__("datetime").date.today().isoformat() + ", beslutade i ärendet.",
    "Kalmar Stad, 1998-02-14, bildade nämnden.",
])
def test_a_dated_comma_after_no_name_or_an_event_is_not_a_birth_date(text):
    assert found(text) == []


# A whole date between a person's name and their home, set off by commas: even after "från" the date is the
# person's birth date, as a sender or a complainant is given with name, birth date and address.
@pytest.mark.parametrize("text,expected", [
    ("Skrivelse från Tove Markström, 14 augusti 1948, Åkervägen 12, Lövnäs: bussen kom inte.", "14 augusti 1948"),
    ("Anmälan från Dariusz Nowicki, 1979-06-30, Byvägen 7 B, Sörby, om skadan.", "1979-06-30"),
    ("Klagomål från Aster Gebru, 3.11.1990, Norrbacka 41, Myrheden:", "3.11.1990"),
])
def test_a_date_between_a_name_and_a_home_is_a_birth_date(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Brev från Per Ek, 2018-03-01, Ärende 118, om bygglovet.",
    "Samtal med Anna Ekholm, 2019-05-02, Bilaga 2 bifogas.",
    "Möte i Dalby, 2019-05-02, Storgatan 4 stängd.",
])
def test_a_dated_comma_before_a_label_or_after_a_place_is_not_a_birth_date(text):
    assert found(text) == []


# A whole date in brackets after a relative's noun and one given name is that person's birth date.
@pytest.mark.parametrize("text,expected", [
    ("De flyttar med barnet Wiktor (5 mars 2019) till Umeå.", "5 mars 2019"),
    ("Hon bor med dottern Selam (2011-04-17) och sin sambo.", "2011-04-17"),
    ("Hon har ensam vård om sonen Aleksi (12.6.2015) sedan mars.", "12.6.2015"),
])
def test_a_bracketed_date_after_a_relative_and_a_given_name_is_a_birth_date(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Enligt beslutet Stockholm (5 mars 2019) gäller regeln.",
    "Vi besökte kontoret Malmö (2011-04-17) och sedan Lund.",
])
def test_a_bracketed_date_after_a_word_that_names_no_relative_is_not_a_birth_date(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Bengt Ohlin daterade blanketten den 3 juni 1951, hans födelsedag, i stället för dagens datum.", "3 juni 1951"),
    ("Hon skrev 1962-11-04 (hennes födelsedatum) i rutan för datum.", "1962-11-04"),
    ("Han angav 8/2 1958, som är hans födelsedag, som intygets datum.", "8/2 1958"),
])
def test_a_date_the_words_after_it_call_someones_birthday_is_a_birth_date(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Mötet hölls den 17 augusti 2026, dagen före hans födelsedag.",  # a day before the birthday: the meeting's date
    "Vi ses den 3 juni, hans födelsedag.",  # a day without a year is no birth date
    "Beslutet fattades 2026-03-02 och hennes födelsedatum saknas i ansökan.",
])
def test_a_date_beside_a_birthday_that_is_not_called_one_stays_readable(text):
    assert found(text) == []


def test_a_whole_date_just_after_today_after_the_written_out_birth_word_is_a_birth():
    # a document dated ahead of the machine's clock: "född" says the birth has happened, whatever today's date is
    import datetime as dt

    soon = dt.date.today() + dt.timedelta(days=40)
    iso = soon.isoformat()
    assert found(f"Familjens yngsta, född {iso}, skrivs in i registret.") == [iso]
    # "f." may be "före" (a due date), and a date years ahead is no birth
    assert found(f"Betala f. {iso} enligt fakturan.") == []
    far = (dt.date.today() + dt.timedelta(days=900)).isoformat()
    assert found(f"Hon är född {far}.") == []
