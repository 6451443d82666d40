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
