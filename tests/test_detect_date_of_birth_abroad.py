"""Birth dates after another language's birth word, as a Swedish document quotes a foreign paper, and after a
Swedish birth word written the way the person's own country writes them ("f. 7. Mai 1994"); the same languages'
other dates (an issue, a decision, a title's words) are no birth."""

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_header_words import BIRTH
from redact.detect.table_headers import header_kind
from redact.detect.table_values import value_fits

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


HITS = [
    ("I det danska intyget står: Mikkel Holt, født 24.06.1979, bosat i Aarhus.", "24.06.1979"),
    ("Enligt passet är hon fødd i Tromsø den 2. april 1991.", "2. april 1991"),
    ("Den tyska handlingen anger Jonas Weber, geb. 17.08.1968, als Antragsteller.", "17.08.1968"),
    ("Vittnet är geboren am 9. Oktober 1955 in Graz enligt protokollet.", "9. Oktober 1955"),
    ("Intyget gäller Aila Korhonen, s. 2.12.1983, Oulu.", "2.12.1983"),
    ("Hon är syntynyt 14. helmikuuta 1977 enligt den finska domen.", "14. helmikuuta 1977"),
    ("Mannen, née à Lille le 1er juin 1970, söker uppehållstillstånd.", "1er juin 1970"),
    ("Pappret: nacido en Cuenca el 6 de agosto de 1982.", "6 de agosto de 1982"),
    ("Beviset nämner Paolo Greco, nato a Bari il 30 settembre 1961.", "30 settembre 1961"),
    ("Data urodzenia: 7 lutego 1994", "7 lutego 1994"),
    ("Det bosniska kortet: rođen u Tuzli 4. 11. 1986.", "4. 11. 1986"),
    ("Litauiskt intyg: gimusi 1992 m. sausio 8 d. Kaune.", "1992 m. sausio 8 d."),
    ("Det ungerska beviset: született 1966. október 12.", "1966. október 12"),
    ("Turkiskt id-kort, doğum tarihi: 09.05.1999.", "09.05.1999"),
    ("Merhaba, doğum tarihim 3 Ekim 2001. Adresim değişti.", "3 Ekim 2001"),
    ("Somaliskt intyg, taariikhda dhalashada 23/10/1987.", "23/10/1987"),
    ("Passet: DOB 03-Sep-1974", "03-Sep-1974"),
    ("Det amerikanska beviset anger date of birth 11/28/1990.", "11/28/1990"),
    ("Hans bror är født 1988 og bor i Oslo.", "1988"),
    ("Intyget gäller Besnik Hoxha (i lindur më 14 shtator 1979) och hans barn.", "14 shtator 1979"),
    ("Ansökan från Ewa Nowak (data urodzenia: 2.02.1958) har kommit in.", "2.02.1958"),
]

NEAR_MISSES = [
    "Beslutet fattades i Oslo den 12.03.2024 och är datert samme dag.",
    "Passet är ausgestellt am 03.04.2019 i München.",
    "Boken Geboren in Wien (utgiven 12.03.2009) finns på biblioteket.",
    "Sverige blev medlem i Nato den 7 mars 2024.",
    "Se s. 14 i den finska lagen från 2019.",  # a page, and a year after an abbreviation
    "Hon tog ur. 2019 och gick vidare.",
    "Han är født 31.04.1980 enligt ett felskrivet papper.",  # no such date
    "Barnet är geboren am 3. März 2090.",  # a date to come
    "Kontrollerat av A.S. 2021-11-04 enligt loggen.",  # a signer's initials, not Finnish "s."
    "Signerat J. S. 2021-12-01",
]


@pytest.mark.parametrize("text,expected", HITS)
def test_a_birth_date_after_another_languages_word_is_found(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_another_date_in_those_languages_is_no_birth(text):
    assert found(text) == []


@pytest.mark.parametrize("header", ["Geburtsdatum", "Data urodzenia", "Født", "Doğum tarihi", "Date de naissance",
                                    "Nacido el", "Datum rođenja:"])
def test_a_foreign_birth_header_names_a_birth_column(header):
    assert header_kind(header) == BIRTH


@pytest.mark.parametrize("value", ["3. April 1979", "12. 03. 1987.", "3 de marzo de 1985", "1979. április 3.",
                                   "12-Mar-1987", "3rd of March 1987"])
def test_a_birth_column_takes_other_countries_dates(value):
    assert value_fits(BIRTH, value, "Geburtsdatum")


# a Swedish birth word, the date in the person's own country's form: the day's ordinal dot, another language's month
SWEDISH_CUE_FOREIGN_MONTH = [
    ("Han reste med sin partner Jana Vogel, f. 7. Mai 1994, som visade pass.", "7. Mai 1994"),
    ("Vittnet är född 14. Oktober 1981 i Graz.", "14. Oktober 1981"),
    ("Hans hustru Anneliese, född 3. März 1970, följde med.", "3. März 1970"),
    ("Sonen Eero, född 2. helmikuuta 2001, bor i Oulu.", "2. helmikuuta 2001"),
    ("Modern, f. 5. desember 1979, har norskt pass.", "5. desember 1979"),
    ("Hon föddes i Gdańsk 12 października 1988 enligt passet.", "12 października 1988"),
    ("Födelsedatum: 30. juni 1992 enligt det tyska passet.", "30. juni 1992"),
    ("Kopia av passet för Jana Vogel, f. 7.Mai 1994, bifogas.", "7.Mai 1994"),  # the dot against the month
    # Georgian months in Latin letters, as a Georgian passport's holder spells them
    ("Levani har georgiskt pass och är född 9 noemberi 1981.", "9 noemberi 1981"),
    ("Hans fru Eka föddes 21 ivlisi 1984 i Kutaisi.", "21 ivlisi 1984"),
    ("Dottern Mariam, f. 2 seqtemberi 2008, bor med modern.", "2 seqtemberi 2008"),
    # Armenian in Latin letters, in the genitive a date writes, and Kazakh in its Latin alphabet
    ("Fadern Aram är född 14 hoktemberi 1958 i Gjumri.", "14 hoktemberi 1958"),
    ("Modern Aigul föddes 6 qarasha 1971 i Sjymkent.", "6 qarasha 1971"),
    # the year first with a Turkic language's word for the year, then the day and the month
    ("Systern är född 1990 жылғы 7 наурыз i Almaty.", "1990 жылғы 7 наурыз"),
    ("Brodern Otabek, f. 1993-yil 21-oktyabr, studerar i Lund.", "1993-yil 21-oktyabr"),
    # Uzbek in Cyrillic letters, Azerbaijani with the year's ending before its word
    ("Brodern Sherzod är född 1988 йил 9 апрель i Buchara.", "1988 йил 9 апрель"),
    ("Modern Leyla är född 1966-cı il 4 mart i Gəncə.", "1966-cı il 4 mart"),
]


@pytest.mark.parametrize("text,expected", SWEDISH_CUE_FOREIGN_MONTH)
def test_a_swedish_birth_word_before_another_languages_month(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Resan bokades den 7. Mai 2024 i München.",  # no birth word
    "Barnet, f. 7. Mai 2090, är väntat.",  # a date to come
    "Handlingen är daterad 14. Oktober 1981.",
    "Beslutet fattades 2019 жылғы 7 наурыз i Almaty.",  # the Kazakh year word, no birth word
    "Beslutet är daterat 3 квітня 2019 i Kyiv.",  # a Cyrillic date with no birth word
])
def test_a_foreign_month_without_a_swedish_birth_word_is_no_birth(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # the Iranian (solar hijri) calendar: the year some 621 years behind ours
    ("Hennes syster är född 14 mehr 1359 i Shiraz.", "14 mehr 1359"),
    ("Modern, f. 3 esfand 1341, bor kvar i Tabriz.", "3 esfand 1341"),
    # Afghan papers: the same calendar with the Dari (zodiac) month names
    ("Sonen anger födelsedatum 14 Qaws 1369 enligt tazkiran.", "14 Qaws 1369"),
    ("Hans fru, född 2 hamal 1372, reste via Herat.", "2 hamal 1372"),
    # a Ukrainian or Russian paper's date in Cyrillic, the month in the genitive
    ("Hon uppger födelsedatum 3 квітня 1979 enligt passet.", "3 квітня 1979"),
    ("Fadern, f. 22 сентября 1950, bor i Minsk.", "22 сентября 1950"),
    # a Serbian or Croatian paper's month in the nominative
    ("Brodern är född 21. oktobar 1968 i Niš.", "21. oktobar 1968"),
    ("Hon är född 5. studeni 1977 enligt passet.", "5. studeni 1977"),
    # the month's name in a scholar's transliteration, with its macrons, dots below and ʿayn
    ("Kusinen är född 9 Ḥūt 1374 i Herat.", "9 Ḥūt 1374"),
    ("Modern, f. 21 ʿAqrab 1351, bor i Mazar.", "21 ʿAqrab 1351"),
    # the month and the year alone, all a tazkira may give, after a birth word or what a person states
    ("Systern är född Mīzān 1380 enligt tazkiran.", "Mīzān 1380"),
    ("Brodern Farid har uppgett Sunbula 1383 och bor i Kabul.", "Sunbula 1383"),
    ("Fadern uppger 12 Jadi 1349 i samtalet.", "12 Jadi 1349"),
])
def test_dates_of_other_calendars_and_nominative_months(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Mötet hölls 14 mehr 1359 enligt protokollet.",  # no birth word
    "Hon är född 32 farvardin 1362.",  # no such day
    "Han är född 3 bahman 1180.",  # no living person's year
    "Tolken kom 14 qaws 1369 enligt loggen.",  # a Dari month with no birth word
    "Asad Rahimi bor kvar på Hut 13 i Kabul.",  # month names that are also a name and a word
    "Han uppger att han kom till Iran i Hamal 1395.",  # a stated journey's date, not the date stated
])
def test_a_solar_hijri_date_without_a_birth_or_a_real_day_stays(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # a Thai paper's year of the Buddhist era, 543 ahead of ours (2519 is 1976)
    ("Hustrun Kanya Lund, född 9/3/2519, är thailändsk medborgare.", "9/3/2519"),
    ("Enligt det thailändska passet är han född den 21.11.2530 i Udon Thani.", "21.11.2530"),
])
def test_a_buddhist_era_date_after_a_birth_word_is_masked(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Avtalet gäller till 9/3/2519 enligt parterna.",  # no birth word
    "Hon är född 30/2/2519.",  # no such day
    "Han är född 4/5/2401.",  # before any living person's year
])
def test_a_buddhist_era_date_without_a_birth_or_a_real_day_stays(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # the Islamic (lunar hijri) calendar: the year some 579 years behind ours, the months in their Latin spellings
    ("Dottern är född 9 Shawwal 1428 enligt det irakiska kortet.", "9 Shawwal 1428"),
    ("Fadern, f. 21 Rabi' al-Awwal 1394, bor kvar i Basra.", "21 Rabi' al-Awwal 1394"),
    ("Sonen är född den 2 Dhul-Hijjah 1431 i Mukalla.", "2 Dhul-Hijjah 1431"),
])
def test_dates_of_the_islamic_calendar_after_a_birth_word(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Fastan börjar 1 Ramadan 1447 enligt moskén.",  # no birth word
    "Hon är född 31 Rajab 1405.",  # no such day
    "Han är född 4 Safar 1290.",  # no living person's year
])
def test_an_islamic_calendar_date_without_a_birth_or_a_real_day_stays(text):
    assert found(text) == []


# The month by its number after the month's word (Vietnamese "ngày 14 tháng 3 năm 1981") or before its sign
# (Chinese, Japanese, Korean "1981年3月14日"): after a birth word of the language or a Swedish one, and as a birth
# column's cell; the same shape of a meeting's or a decision's date, with no birth word, stays.
@pytest.mark.parametrize("text, expected", [
    ("Enligt det vietnamesiska intyget: sinh ngày 14 tháng 3 năm 1981 tại Huế.", "14 tháng 3 năm 1981"),
    ("Ngày sinh: 2 tháng 11 năm 1969", "2 tháng 11 năm 1969"),
    ("Hon är född ngày 21 tháng 7 năm 1990 i Đà Nẵng.", "ngày 21 tháng 7 năm 1990"),
    ("出生日期：1985年4月23日", "1985年4月23日"),
    ("Passet: 생년월일 1979년 12월 3일", "1979년 12월 3일"),
])
def test_a_month_by_its_number_after_its_word_or_before_its_sign(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Beslutet fattades ngày 14 tháng 3 năm 2024 i Hanoi.",
    "Mötet hölls 2023年5月8日 i Osaka.",
    "Hon är född ngày 31 tháng 2 năm 1990 enligt pappret.",  # no such day
])
def test_a_month_by_its_number_without_a_birth_or_a_real_day_stays(text):
    assert not found(text), found(text)


@pytest.mark.parametrize("value", ["ngày 6 tháng 9 năm 1975", "14 tháng 3 năm 1981", "1985年4月23日"])
def test_a_birth_column_takes_a_month_by_its_number(value):
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("text, expected", [
    # the Hebrew calendar: the year 3760 or 3761 ahead of ours (5751 is 1990/1991), a leap year's second Adar
    ("Enligt det israeliska beviset är sonen född 4 Kislev 5751 i Netanya.", "4 Kislev 5751"),
    ("Modern, född den 17 Adar II 5741, har dubbelt medborgarskap.", "17 Adar II 5741"),
    # the Ethiopian calendar: the year seven or eight behind ours, so 1979 there is 1986/1987 here
    ("Hennes make är född 9 Meskerem 1979 enligt det etiopiska kortet.", "9 Meskerem 1979"),
    ("Dottern, f. 3 Ginbot 2009, går i förskoleklass.", "3 Ginbot 2009"),
])
def test_dates_of_the_hebrew_and_the_ethiopian_calendar_after_a_birth_word(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Högtiden firas 15 Nisan 5786 i församlingen.",  # no birth word
    "Hon är född 31 Tevet 5760.",  # no such day
    "Han är född 2 Elul 5900.",  # a year still to come
    "Hon är född 7 Pagume 1990.",  # Pagume has six days at most
])
def test_a_hebrew_or_ethiopian_date_without_a_birth_or_a_real_day_is_no_birth_date(text):
    assert not any(" " in got for got in found(text))


@pytest.mark.parametrize("text, expected", [
    # a Japanese era by its initial, its name or its characters, then its year, the month and the day
    ("Enligt passet är hon född H5.11.3 i Osaka.", "H5.11.3"),
    ("Fadern, f. Shōwa 49.2.28, bor kvar i Kobe.", "Shōwa 49.2.28"),
    ("Sonen är född 平成7年6月15日 enligt utdraget.", "平成7年6月15日"),
])
def test_dates_of_a_japanese_era_after_a_birth_word(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Avtalet H5.11.3 gäller från april.",  # no birth word
    "Hon är född H32.1.5 enligt blanketten.",  # the era had no such year
    "Han är född S49.2.30 i Kobe.",  # no such day
])
def test_a_japanese_era_date_without_a_birth_or_a_real_day_is_no_birth_date(text):
    assert not any("." in got for got in found(text)), found(text)


@pytest.mark.parametrize("value", ["H5.11.3", "Shōwa 49.2.28", "R2.1.14"])
def test_a_birth_column_takes_a_japanese_era_date(value):
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("text, expected", [
    # the year, "gada" and the day before the month, as a Latvian paper writes it, in the nominative or the locative
    ("Vittnet är född 1979. gada 4. marts enligt det lettiska passet.", "1979. gada 4. marts"),
    ("Intyget anger dzimusi 1991. gada 12. oktobrī, Liepāja.", "1991. gada 12. oktobrī"),
])
def test_a_latvian_date_after_a_birth_word(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, expected", [
    # Swahili: the birth word, "tarehe" ("the date") and the month in full
    ("Intyget från Mombasa: Amani alizaliwa tarehe 19 Oktoba 1983 huko Kilifi.", "19 Oktoba 1983"),
    # Somali in its other spelling of July, after a Swedish birth word
    ("Ayaan är född 23 Luulyo 1994 enligt det somaliska intyget.", "23 Luulyo 1994"),
    # and in the spellings with the long vowel of November's and September's stress
    ("Faisal är född 9 Nofeembar 1979 i Kismaayo.", "9 Nofeembar 1979"),
    ("Hodan är född 30 Sebteembar 1991 enligt passet.", "30 Sebteembar 1991"),
    # Irish: the birth word and "ar" ("on") before a day in figures, as a letter in Irish writes it
    ("Scríobh sí: Rugadh í ar 12 Márta 1987 i nGaillimh.", "12 Márta 1987"),
    # Bulgarian: the birth word and "на" at a line's end, the month on the next line
    ("Hennes farmor Todorka, родена на\n8 ноември 1948, bor i Plovdiv.", "8 ноември 1948"),
    # Serbian in Cyrillic letters
    ("Vittnet, рођен 2. августа 1971, hördes per telefon.", "2. августа 1971"),
    # Korean papers' year, month and day, each with its dot
    ("Studenten är född 2001. 3. 9. i Busan enligt passet.", "2001. 3. 9."),
    # the year's word inside the date: Bulgarian "г.", Serbian "godine"
    ("Mannen, роден на 21.09.1979 г., har sökt uppehållstillstånd.", "21.09.1979 г."),
    ("Hon är rođena 11. marta 1990. godine u Nišu.", "11. marta 1990. godine"),
])
def test_birth_dates_of_more_languages_after_a_birth_word(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, expected", [
    # a day with its dot has one after the year too, which belongs to the date while the sentence goes on
    ("Dragana är född den 14. septembra 1988.; hennes bror bor i Malmö.", "14. septembra 1988."),
    ("Brodern är rođen 6. januara 1975. u Banja Luci.", "6. januara 1975."),
    # at a sentence's end the one dot is the date's as much as the sentence's
    ("Det bosniska kortet: rođen u Mostaru 6. januara 1975. Han flyttade 1993.", "6. januara 1975."),
])
def test_the_years_dot_after_a_dotted_day(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, expected", [
    # a South Slavic month's name, after a day with its ordinal dot or without: the year's ordinal dot is the date's
    ("Enligt intyget är dottern född 9. travnja 1983.\nHon bor i Split.", "9. travnja 1983."),
    ("Sonen är född 21 oktobra 1990. Han studerar i Lund.", "21 oktobra 1990."),
    # a Swedish, a Norwegian and a numeric date's dot at a sentence's end stay the sentence's
    ("Han är född 3 maj 1975. Sedan dess bor han i Näsby.", "3 maj 1975"),
    ("Hon är född 4 april 1980.", "4 april 1980"),
    ("Hon er født den 7. mars 1984.", "7. mars 1984"),
    ("Han, рођен 17.03.1958. Han har pass.", "17.03.1958"),
])
def test_a_dated_years_ordinal_dot_at_a_sentences_end_is_the_dates(text, expected):
    assert found(text) == [expected], found(text)


@pytest.mark.parametrize("text, expected", [
    # a numeric date after a South Slavic birth word, ending its line: the year's ordinal dot is the date's
    ("Vittne vid vigseln: Zoran Perić, rođen 4.9.1966.\nVittnet bor i Zadar.", "4.9.1966."),
    ("Modern, rojena 3. 4. 1971.", "3. 4. 1971."),
    # a Swedish birth word's numeric date keeps its full stop outside
    ("Hon är född 17.03.1958.\nHon bor i Ekby.", "17.03.1958"),
])
def test_a_numeric_south_slavic_dates_dot_ending_its_line_is_the_dates(text, expected):
    assert found(text) == [expected], found(text)


@pytest.mark.parametrize("text", [
    "Mötet hölls 4 Aprili 2019 i Arusha.",  # no birth word
    "Handlingen utfärdades den 3 юли 2024 г. i Varna.",  # an issue's date
])
def test_those_languages_other_dates_are_no_birth(text):
    assert not found(text), found(text)


@pytest.mark.parametrize("value", ["tarehe 19 Oktoba 1983", "2001. 3. 9.", "21.09.1979 г.", "11. marta 1990. god."])
def test_a_birth_column_takes_those_languages_dates(value):
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("text, expected", [
    # the Iranian calendar in figures, the year first or last, in Persian digits or ours
    ("Mahsa är född ۱۳۶۵/۰۷/۲۳ enligt det iranska passet.", "۱۳۶۵/۰۷/۲۳"),
    ("Hennes man är född 1359/11/04 i Tabriz.", "1359/11/04"),
    ("Sonen, f. 09/03/1381, går i skolan.", "09/03/1381"),
])
def test_a_solar_hijri_date_in_figures_after_a_birth_word(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Hon är född 1365/13/02 enligt passet.",  # no thirteenth month
    "Han är född 1365/08/31 enligt passet.",  # the second half-year's months have 30 days
    "Avtalet 1362/02/17 gäller från i dag.",  # no birth word
])
def test_no_real_solar_hijri_date_in_figures_after_a_birth_word(text):
    assert not found(text), found(text)


@pytest.mark.parametrize("value", ["۱۳۶۵/۰۷/۲۳", "1359/11/04", "٢٣/٠٧/١٣٦٥"])
def test_a_birth_column_takes_a_solar_hijri_date_in_figures(value):
    assert value_fits(BIRTH, value, "Födda")


@pytest.mark.parametrize("text, expected", [
    # the Ethiopian calendar's era mark belongs to the date, and a paper may give the month and the year alone
    ("Sökanden är född 3 Hidar 1975 E.C. i Gondar.", "3 Hidar 1975 E.C."),
    ("Hennes man, född Megabit 1969 E.C., bor kvar.", "Megabit 1969 E.C."),
    # the definite birth noun, a linking verb and where the date was read
    ("I passet står födelsedagen som 5 Genbot 1983 EC enligt tolken.", "5 Genbot 1983 EC"),
    ("Född enligt det eritreanska kortet, 11 Sene 1980, och bosatt i Asmara.", "11 Sene 1980"),
    # a Thai date of the Buddhist era with the month's name and its era mark
    ("Hustrun är född 4 Mar. 2521 B.E. enligt körkortet.", "4 Mar. 2521 B.E."),
    ("Sonen, född 9/8/2540 (B.E.), går i skolan.", "9/8/2540 (B.E.)"),
    # the Kurdish calendar, 700 years ahead of ours, with its endings
    ("Födelsedatum i hans irakiska pass, 7ê Xermanana 2690ê, står också i intyget.", "7ê Xermanana 2690ê"),
    ("Hon är född 14 Rezber 2702 i Hawler.", "14 Rezber 2702"),
])
def test_dates_of_the_ethiopian_thai_and_kurdish_calendars_with_their_marks(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Mötet hölls 14 Rezber 2702 i Hawler.",  # no birth word
    "Han är född 3 Sermawez 2590.",  # before any living person's year
    "Hon är född 40 Gelawêj 2700.",  # no such day
])
def test_a_kurdish_calendar_date_without_a_birth_or_a_real_day_stays(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # Ukrainian participles and the year's word "р.", the Russian form's "род." and its "г."
    ("Modern, народжений 12 березня 1971 р., reste i maj.", "12 березня 1971 р."),
    ("Han uppger att han var född 2.11.1969 р. enligt intyget.", "2.11.1969 р."),
    ("Hennes bror, род. 23.09.1988 г., har ett eget ärende.", "23.09.1988 г."),
    # Kazakh birth words, months and the year's word "ж."
    ("Fadern, туған күні 14 қараша 1960, bor i Almaty.", "14 қараша 1960"),
    ("Dottern, туылған 05.06.2004 ж., studerar här.", "05.06.2004 ж."),
    # the dot after the year in Hungarian and Serbian dates, when the sentence goes on
    ("Hon, született 1984.11.02., har ungerskt pass.", "1984.11.02."),
    ("Han, рођен 17.03.1958., har serbiskt pass.", "17.03.1958."),
    # the Syriac month names of Levantine papers for our months
    ("Han är född 4 Haziran 1979 enligt det syriska kortet.", "4 Haziran 1979"),
    ("Hustrun, född 21 Aylul 1985, kommer från Homs.", "21 Aylul 1985"),
    # August with its long vowel written, as "Ab" alone is a firm's form
    ("Brodern är född 7 Aab 1988 enligt det irakiska kortet.", "7 Aab 1988"),
    ("Sonen, född 19 Āb 2004, bor hos modern.", "19 Āb 2004"),
    # English "the" before an ordinal day is part of the date
    ("She was born on the 14th of May 1991 in Accra.", "the 14th of May 1991"),
    ("He was born on the 14 May 1991 in Accra.", "14 May 1991"),
])
def test_more_foreign_birth_words_months_and_year_marks(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, date", [
    ("Hon är född 1984.11.02. Sedan dess bor hon här.", "1984.11.02"),  # a full stop ends the sentence
    ("Han, рођен 17.03.1958. Han har pass.", "17.03.1958"),
])
def test_a_full_stop_after_a_dotted_date_stays_outside(text, date):
    assert date in found(text) and date + "." not in found(text)


@pytest.mark.parametrize("text, expected", [
    # Greek birth words and months, in the genitive and abbreviated
    ("Modern, γεννήθηκε 2 Φεβ. 1961, bor kvar i Patras.", "2 Φεβ. 1961"),
    ("Han är född 19 Νοεμβρίου 1984 enligt det grekiska passet.", "19 Νοεμβρίου 1984"),
    # Kurmanji Kurdish names of our months
    ("Brodern är född 11 Cotmeh 1990 i Afrin.", "11 Cotmeh 1990"),
    # Indonesian and Malay birth words and months
    ("Hustrun, lahir 23 Maret 1986, kom hit i fjol.", "23 Maret 1986"),
    ("Enligt kortet: tarikh lahir 6 Julai 1979.", "6 Julai 1979"),
])
def test_greek_kurmanji_indonesian_and_malay_birth_dates(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Konferensen hölls 2 Φεβ. 1961 i Patras.",  # a Greek date with no birth word
    "Avtalet skrevs 23 Maret 1986 i Bandung.",  # an Indonesian date with no birth word
])
def test_those_months_without_a_birth_word_stay(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    # the months Levantine Arabic and the Kurmanji of Syria name in two words
    ("Modern är född 19 Kanun al-Thani 1983 i Homs.", "19 Kanun al-Thani 1983"),
    ("Fadern, född 2 Tishrin al-Awwal 1977, bor i Hama.", "2 Tishrin al-Awwal 1977"),
    ("Sonen är född 11 kanûna paşîn 2016 enligt intyget.", "11 kanûna paşîn 2016"),
    ("Dottern är född 5 çiriya pêşîn 2018.", "5 çiriya pêşîn 2018"),
])
def test_a_month_of_two_words_after_a_birth_word(text, expected):
    assert expected in found(text)


def test_a_month_of_two_words_without_a_birth_word_stays():
    assert not found("Mötet hölls 19 Kanun al-Thani 2021 i Homs.")


@pytest.mark.parametrize("value", ["19 Kanun al-Thani 1983", "11 kanûna paşîn 2016", "3 Tishreen al-Thani 1990"])
def test_a_birth_column_takes_a_month_of_two_words(value):
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("text, expected", [
    # a passport's day, month's short name and year by its last two digits, dashes between
    ("Tinashe är född 7-Mar-81 i Bulawayo.", "7-Mar-81"),
    ("Hon föddes 23/OCT/79 enligt passet.", "23/OCT/79"),
])
def test_a_passports_date_with_a_two_digit_year_after_a_birth_word(text, expected):
    assert expected in found(text)


def test_a_passports_date_with_a_two_digit_year_without_a_birth_word_stays():
    assert not found("Ansökan kom in 7-Mar-24 och beslut fattades samma vecka.")
