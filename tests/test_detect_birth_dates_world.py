"""Dates of birth in the languages, scripts and calendars of the papers people living in Sweden carry: month names
in their case forms, abbreviations and own scripts, birth words in Arabic, Persian, Hebrew, Amharic, Hindi and other
scripts, Roman-numeral months, a form's boxed figures, and the calendars' months in their own letters. In running text
after a birth word, in a birth column and across a line end; an ordinary date stays readable. Fictional people."""

from __future__ import annotations

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer
from redact.detect.table_headers import BIRTH
from redact.detect.table_values import value_fits
from redact.pipeline import detect_text

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    # month names the tables lacked: abbreviations, nominatives, spellings without their marks, new languages
    ("Ilse Brand är född 4 dez 1961 enligt det tyska passet.", "4 dez 1961"),
    ("Hans fru, née le 9 févr. 1983 à Nantes, bor kvar.", "9 févr. 1983"),
    ("Sonen är född 21 giu 2009 enligt intyget.", "21 giu 2009"),
    ("Ewa Lis, urodzona 3 pazdziernika 1975 w Opolu.", "3 pazdziernika 1975"),
    ("Modern, narozena 14. kvetna 1958 v Brně, avled 2019.", "14. kvetna 1958"),
    ("Ján Hudák, narodený 2. októbra 1966 v Prešove.", "2. októbra 1966"),
    ("Hon är född 18 rugsėjis 1990 enligt personbeviset.", "18 rugsėjis 1990"),
    ("Maria Borg twieldet 5 ta' Settembru 1972 f'Ħamrun.", "5 ta' Settembru 1972"),
    ("Síle Ní Bhriain, rugadh 30 Deireadh Fómhair 1987 i nGaillimh.", "30 Deireadh Fómhair 1987"),
    ("Intyget: ημερομηνία γέννησης 7 ΑΥΓΟΥΣΤΟΥ 1969.", "7 ΑΥΓΟΥΣΤΟΥ 1969"),
    ("Алесь Жук нарадзіўся 11 лістапада 1980 г. у Гродне.", "11 лістапада 1980 г."),
    ("Brodern är född 6 yanvarya 1977 enligt passet.", "6 yanvarya 1977"),
    ("Hon är född 25 qershorit 1994 enligt kortet.", "25 qershorit 1994"),
    ("Teodora Reyes, ipinanganak noong ika-8 ng Agosto 1991 sa Iloilo.", "ika-8 ng Agosto 1991"),
    ("Wang Lin har kinesiskt pass, född 1987 nian 11 yue 23 ri enligt ansökan.", "1987 nian 11 yue 23 ri"),
    ("Hon är född 1990 nyeon 4 wol 2 il enligt det koreanska beviset.", "1990 nyeon 4 wol 2 il"),
    ("Hans farfar Veikko Lahti var född\n3 päivänä maaliskuuta 1948 i Kemi.", "3 päivänä maaliskuuta 1948"),
    ("Hans mormor Aino Lahti, född 9 päivä lokakuuta\n1944, bor i Kemi.", "9 päivä lokakuuta\n1944"),
    # Catalan and Galician, with their birth words and the Catalan "de" elided before a vowel
    ("Jordi Vives i Soler va néixer el 17 de gener de 1986 a Lleida.", "17 de gener de 1986"),
    ("Montserrat Rius, nascuda el 2 d’abril de 1979, viu a Vic.", "2 d’abril de 1979"),
    ("Uxía Lema Vidal naceu o 21 de xaneiro de 1992 en Lugo.", "21 de xaneiro de 1992"),
    # in their own scripts, after the paper's own birth word
    ("Passet anger تاريخ الميلاد: 14 شباط 1985 för honom.", "14 شباط 1985"),
    ("Hennes kort: תאריך לידה 2 במאי 1979.", "2 במאי 1979"),
    ("Kortet: जन्म तिथि 19 सितंबर 1983.", "19 सितंबर 1983"),
    ("Hans ID: የትውልድ ቀን 23.04.1981 enligt översättningen.", "23.04.1981"),
    ("Intyget: জন্ম তারিখ 01/02/1990.", "01/02/1990"),
    ("Kortet: วันเกิด 5 มิถุนายน 2530", "5 มิถุนายน 2530"),
    # Roman-numeral months, a form's boxes, Mongolian's words after each figure
    ("Piotr Mazur, ur. 12.IV.1978 r. w Lublinie.", "12.IV.1978 r."),
    ("Hon är född 3 XI 1969 enligt de polska handlingarna.", "3 XI 1969"),
    ("Sökanden är född 09 07 1986 enligt blanketten.", "09 07 1986"),
    ("Паспорт: төрсөн огноо 1984 оны 6 сарын 15.", "1984 оны 6 сарын 15"),
    # the calendars' months in their own letters and the Nepali months by name
    ("Tazkiran: تاریخ تولد ۱۴ میزان ۱۳۶۲.", "۱۴ میزان ۱۳۶۲"),
    ("Date of birth: 3 Jawza 1360 enligt översättningen.", "3 Jawza 1360"),
    ("Passet: تاريخ الميلاد 9 شوال 1402.", "9 شوال 1402"),
    ("Intyget: תאריך לידה 11 שבט 5741.", "11 שבט 5741"),
    ("Kortet: የትውልድ ቀን 12 መስከረም 1972.", "12 መስከረም 1972"),
    ("Han är född 17 Asoj 2041 enligt medborgarskapsbeviset.", "17 Asoj 2041"),
    ("Hon är född Dangi 4318.5.3 enligt familjeregistret.", "Dangi 4318.5.3"),
    ("Kortet: เกิดวันที่ 8 ก.ค. 2525", "8 ก.ค. 2525"),
])
def test_a_birth_date_in_the_worlds_writings(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, expected", [
    ("Hon är född den 4 ožujka\n1988 i Split.", "4 ožujka\n1988"),
    ("Han är född den 2. IV.\n1979 i Kraków.", "2. IV.\n1979"),
    ("Passet anger تاريخ الميلاد:\n14 شباط 1985 för honom.", "14 شباط 1985"),
])
def test_a_birth_date_across_a_line_end(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("value", [
    "4 dez 1961", "3 pazdziernika 1975", "7 ΑΥΓΟΥΣΤΟΥ 1969", "19 सितंबर 1983", "14 شباط 1985", "2 במאי 1979",
    "12.IV.1978", "3.XI.69", "1978. IV. 12.", "09 07 1986", "۱۴ میزان ۱۳۶۲", "9 شوال 1402", "11 שבט 5741",
    "12 መስከረም 1972", "5 มิถุนายน 2530", "17 Asoj 2041", "2041 Asoj 17 B.S.", "3 wray 1360",
])
def test_a_birth_column_takes_the_worlds_writings(value):
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("value", ["09 07 1986 12", "31 13 1986", "12 07 1860"])
def test_no_date_in_a_birth_column_that_is_no_real_writing(value):
    assert not value_fits(BIRTH, value, "Född")


def test_a_birth_column_of_dates_in_other_scripts(blank_detector):
    text = ("Ärende | Namn | Födelsedatum | Anteckning\n"
            "A 14-27 | Rima Haddad | 14 شباط 1985 | tolk behövs\n"
            "A 15-27 | Noa Peretz | 2 במאי 1979 | ingen\n"
            "A 16-27 | Arjun Thapa | 17 Asoj 2041 | ingen\n")
    det = detect_text(text, blank_detector)
    got = {" ".join(f.text.split()): f.category for f in det.findings}
    for date in ("14 شباط 1985", "2 במאי 1979", "17 Asoj 2041"):
        assert got.get(date) == "DATE_OF_BIRTH", got


@pytest.mark.parametrize("text", [
    "Mötet hölls 12 IV 2021 i Gdańsk enligt protokollet.",  # a Roman-numeral month, no birth word
    "Beslutet fattades 12 03 2021 av nämnden.",  # a form's boxes, no birth word
    "Sammanträdet 3 Jawza 1400 i Kabul sköts upp.",  # an Afghan date of a meeting
    "Avtalet undertecknades 14 شباط 2020 i Damaskus.",  # an Arabic month, no birth word
    "Kontraktet gäller från 12.IV.2020 till vidare.",
    "Förordningen av den 12 sie 2020 om avgifter.",  # a Polish abbreviation, no birth word
    "Die Regel gilt für alle geb. ab 1990 ohne Ausnahme.",  # "from 1990 on": no month
])
def test_an_ordinary_date_is_no_birth(text):
    assert found(text) == [], found(text)


@pytest.mark.parametrize("text, expected", [
    ("Tolken läste: تاريخ الميلاد: ١٤/٠٢/١٩٨٥ enligt passet.", "١٤/٠٢/١٩٨٥"),
    ("Kortet anger تاریخ تولد: ۲۳ مارس ۱۹۸۱.", "۲۳ مارس ۱۹۸۱"),
    ("Intyget: जन्म तिथि: १९/०९/१९८३.", "१९/०९/१९८३"),
    ("Kortet: วันเกิด ๘ ก.ค. ๒๕๒๕", "๘ ก.ค. ๒๕๒๕"),
])
def test_a_birth_date_in_another_scripts_digits(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text, expected", [
    ("Der am 14.02.1985 geborene Antragsteller Jonas Weber wohnt in Kassel.", "14.02.1985"),
    ("Frau Lange ist am 3. Juli 1971 in Bremen geboren.", "3. Juli 1971"),
    ("Mevrouw De Wit is op 9 januari 1968 te Zwolle geboren.", "9 januari 1968"),
    ("Başvuran 23.11.1979 doğumlu Elif Kaya.", "23.11.1979"),
    ("Kovács Anna 1982. május 4-én Szegeden született.", "1982. május 4-én"),
    ("申請者は1986年5月21日生まれです。", "1986年5月21日"),
    ("신청인 박서연, 1990년 8월 2일생.", "1990년 8월 2일"),
])
def test_a_birth_date_before_its_birth_word(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Die Regel gilt für die nach dem 1.1.2000 geborenen Kinder.",  # a limit
    "Sie gilt für alle vor dem 3. Mai 1990 Geborenen.",
    "Die 1990 geborenen Kinder wurden befragt.",  # a year alone: a cohort
    "Am 12.03.2021 wurde in der Klinik ein Kind geboren.",  # words between: the day of a birth told, no one's date
    "Mötet hölls ١٢/٠٣/٢٠٢١ i Damaskus.",  # another script's digits, no birth word
])
def test_no_birth_date_before_a_limit_or_without_its_word(text):
    assert found(text) == [], found(text)


@pytest.mark.parametrize("text, expected", [
    # Turkmen: the day's ordinal ending after its dash, the month in Turkmen letters
    ("Gyzy Aýna Berdiýewa, doglan senesi 4-nji fewral 1996, gelýär.", "4-nji fewral 1996"),
    ("Jeren doglan 9-njy sentýabr 1983 Marydan.", "9-njy sentýabr 1983"),
    # Malagasy: "born on the" before the date
    ("Teraka tamin'ny 14/09/1998 ny zanako vavy.", "14/09/1998"),
    ("Teraka tamin’ny 2 Jona 1977 i Hery.", "2 Jona 1977"),
    # Lingala: the month as "the moon of" its number, three or five words
    ("Mwana na ngai abotamaki na 22 sánzá ya mítáno 2001.", "22 sánzá ya mítáno 2001"),
    ("Mbotama: 8 sanza ya zomi na mibale 1969.", "8 sanza ya zomi na mibale 1969"),
])
def test_a_birth_date_in_turkmen_malagasy_and_lingala(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("value", ["11-nji iýul 1958", "30-njy noýabr 2004", "5 sánzá ya motóbá 1973",
                                   "19 sanza ya zomi na moko 1988", "1 Desambra 1966"])
def test_a_birth_column_takes_turkmen_lingala_and_malagasy_dates(value):
    assert value_fits(BIRTH, value, "Född")


@pytest.mark.parametrize("value", ["3 sánzá ya moto 1990", "12 sanza ya zomi na 1984"])
def test_no_birth_date_of_a_lingala_shape_without_its_month(value):
    assert not value_fits(BIRTH, value, "Född")
