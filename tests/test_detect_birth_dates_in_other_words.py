"""Dates of birth that running text gives in other words than a birth word right before a date: a feast day and its
year, the English "birthday" and "b." and the Romance "n.", the Albanian participle, a relative clause saying where
the date stands, a conversion from another calendar after its year or its adjective, an identity paper's date older
than any such paper. The dates of events beside them stay readable. Fictional people; the blank pipeline (rules
only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _births(text: str, detector) -> set[str]:
    return {" ".join(f.text.split()) for f in detect_text(text, detector).findings if f.category == "DATE_OF_BIRTH"}


@pytest.mark.parametrize("text, date", [
    ("Klaganden är född på julafton 1944 och bor kvar i byn.", "julafton 1944"),
    ("Hon är född nyårsafton 1962, enligt brodern.", "nyårsafton 1962"),
    ("Dear Sir, my birthday is 17.11.1985 and my passport is new.", "17.11.1985"),
    ("Mother's birthday: 2 October 1957.", "2 October 1957"),
    ("I det albanska betyget står lindur më 14.2.1983; skolan finns i Durrës.", "14.2.1983"),
    ("Ange Ert födelsedatum, som i hyresavtalet står\nsom 9 października 1971. Avtalet löper ut i juni.",
     "9 października 1971"),
    ("Studenten anger födelsedag Meskerem 4, 1983 E.C., alltså 14 september 1990; hon studerar här.",
     "14 september 1990"),
    ("Sökanden uppger: dottern, b. 2011, går i skolan här.", "2011"),
    ("his husband, b. 1979, is co-insured under the policy.", "1979"),
    # the Romance languages' "n." (Romanian "născut", Italian "nato"), after a relative's noun and "är" too
    ("Hans CNP saknas och hans syster är n. 1991 enligt modern.", "1991"),
    ("Radu Ionescu, n. 1978, är medsökande.", "1978"),
])
def test_a_birth_date_without_a_birth_word_right_before_it(text, date, blank_detector):
    assert date in _births(text, blank_detector)


@pytest.mark.parametrize("text", [
    "We met on her 40th birthday on 3 May 2019 in Umeå.",
    "Juldagen 1950 blåste det storm över Gotland.",
    "Se bilaga b. 1995 års priser gäller.",
    "Se domen n. 1987 från Corte di Cassazione.",  # an Italian number, no person before it
    "Avtalet, som i protokollet står som 2019-03-02, gäller tills vidare.",
])
def test_an_events_date_stays_readable(text, blank_detector):
    assert not _births(text, blank_detector)


def test_a_year_of_the_iranian_calendar_and_ours_after_an_identity_paper(blank_detector):
    births = _births("Logg 14: tazkira-år 1359 motsvarar 1980; samordningsnummer ska sökas.", blank_detector)
    assert {"1359", "1980"} <= births
    assert not _births("Logg 14: budgetåret 1359 motsvarar 1980 kronor.", blank_detector)


def test_a_calendars_date_converted_on_a_page_of_births(blank_detector):
    text = ("Sökande | Född\nZilan Demir | 3 Gulan 2697\n\n"
            "Ärende 7: det kurdiska datumet motsvarar 23 maj 1997; hon har personnummer.")
    assert "23 maj 1997" in _births(text, blank_detector)
    assert not _births("Beslut 7: det iranska datumet motsvarar 4 juni 2019.", blank_detector)


def test_an_identity_papers_date_older_than_any_such_paper_and_its_second_version(blank_detector):
    births = _births("Hej! I mitt pass står 21.09.1988, men hos Försäkringskassan står 1 sep 1988.",
                     blank_detector)
    assert {"21.09.1988", "1 sep 1988"} <= births
    assert not _births("Hej! I mitt pass står 2021-09-03 som utfärdandedag.", blank_detector)
    assert not _births("I mitt gamla pass står 2004-06-01.", blank_detector)
