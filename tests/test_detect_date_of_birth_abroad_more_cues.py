"""More birth words of foreign papers ("urodz.", "γεν.", "dz."), the dot a Croatian or Hungarian date keeps after its
year before a full stop or at a line's end, an Ethiopian date with its month first, and an age given as a date of
another calendar ("uppgiven ålder: Ginbot 2001 E.C."). Fictional wording."""

import pytest

from redact.detect.date_of_birth import DateOfBirthRecognizer

REC = DateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in REC.analyze(text, ["DATE_OF_BIRTH"], nlp_artifacts=None)]


@pytest.mark.parametrize("text, expected", [
    ("Enligt intyget är Marek Zieliński urodz. 04.10.1977 w Lublinie.", "04.10.1977"),
    ("Modern är γεν. 12/9/1958 enligt det grekiska kortet.", "12/9/1958"),
    ("Brodern, dz. 1983. g. 14. augustā, bor i Liepāja.", "1983. g. 14. augustā"),
    ("Hans son är rođen 8. studenoga 2011..", "8. studenoga 2011."),
    ("Hans syster (född Hidar 3, 1984 E.C.) bor kvar i Mekele.", "Hidar 3, 1984 E.C."),
    ("Uppgiven ålder: Ginbot 2001 E.C., enligt intervjun.", "Ginbot 2001 E.C."),
    ("Hon angav sin ålder som ۱۳۸۷/۰۴/۱۱ i blanketten.", "۱۳۸۷/۰۴/۱۱"),
])
def test_more_birth_cues_and_forms_abroad(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Sidan urodz. 2019 saknas i kopian.",  # an abbreviation before a year alone
    "Hans ålder: 44 år enligt läkaren.",  # an age, no date
    "Hon är rođena 21.05.2013. Hon går i skolan.",  # the dot before a new sentence is its full stop
])
def test_no_whole_date_or_no_date_after_the_cue(text):
    assert all(not f.endswith("2013.") for f in found(text)) and "2019" not in found(text) and "44" not in found(text)


@pytest.mark.parametrize("text, expected", [
    ("Mi madre escribe: nací el 7 de marzo de 1988 en Quito.", "7 de marzo de 1988"),  # "I was born"
    ("Han skriver: min fødselsdato er 14. august 1972, og jeg bor nu i Aarhus.", "14. august 1972"),  # "is"
    ("Hennes bror är född kesäkuussa 1984 enligt det finska intyget.", "kesäkuussa 1984"),  # "in June 1984"
    ("Hans fru är född 4ê Gulanê 1990 i Qamişlo.", "4ê Gulanê 1990"),  # Kurmanji, the month with its ezafe
    ("Mannen är född 1981. március 12., enligt passet.", "1981. március 12."),  # the day's dot before a comma
    # the person tells their own birth, "I am born": Bosnian "rođen sam", Bulgarian "родена съм на"
    ("Pišem vam iz Bihaća. Rođena sam 14. marta 1983., i živim ovdje.", "14. marta 1983."),
    ("Пиша от Варна. Роден съм на 4.VII.1985 г., в Русе.", "4.VII.1985 г."),
])
def test_more_birth_sentences_abroad(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Mötet hölls i kesäkuussa 2019 enligt protokollet.",  # a month and year with no birth word
    "Min fødselsdato er ukendt, brevet kom 14. august 2020.",  # the birth word's sentence holds no date
])
def test_no_birth_date_without_the_cue_before_it(text):
    assert found(text) == [], found(text)
