"""A student's login under "Användarnamn": the college's letter, the year of entry and the letters of the student's
names ("v26marol") as well as names and digits ("kalj0042"); each is masked, also where the letter repeats it.
Fictional people; the blank pipeline."""

from __future__ import annotations

from tests.found_ids import proposed_ids


def test_a_login_of_year_and_name_letters_is_masked(blank_detector):
    text = ("Studenter\n| Användarnamn | Namn | Född\n"
            "| v26marol | Maria Olsson | 2004-02-11\n| v25petek | Petra Ek | 2003-07-30\n")
    assert {"v26marol", "v25petek"} <= proposed_ids(blank_detector, text)


def test_a_word_under_the_header_is_no_login(blank_detector):
    text = ("Studenter\n| Användarnamn | Namn | Född\n"
            "| saknas | Maria Olsson | 2004-02-11\n| saknas | Petra Ek | 2003-07-30\n")
    assert not proposed_ids(blank_detector, text)
