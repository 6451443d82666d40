"""Initials in a list beside other people's initials: "(HS, AF, KN)" where AF is also a common
abbreviation (Arbetsförmedlingen) but the document names Amir Farzad. Fictional people; rules only."""

from __future__ import annotations

from redact.pipeline import detect_text

TEXT = """Elevhälsoteamet, Örnässkolan
Skolsköterska Helena Strand, kurator Amir Farzad och specialpedagog Karin Nyberg.
Teamet (HS, AF, KN) träffas varje tisdag.
Eleven har kontakt med AF om feriepraktik."""


def _initials(det) -> list[tuple[int, str]]:
    return [(f.start, f.text) for f in det.findings if f.category == "PERSON" and f.text.isupper()]


def test_an_abbreviation_among_peoples_initials_is_a_persons(blank_detector):
    det = detect_text(TEXT, blank_detector)
    start = TEXT.index("AF,")
    assert (start, "AF") in _initials(det)
    assert (TEXT.index("HS"), "HS") in _initials(det)


def test_the_same_abbreviation_alone_in_running_text_is_left(blank_detector):
    det = detect_text(TEXT, blank_detector)
    assert (TEXT.rindex("AF"), "AF") not in _initials(det)


# A creditors' table whose "Grund" column gives the claim's ground: "lön" is a wage, no abbreviation of Linus
# Önnerfors' name ("l", "ö" and "n" would fit); his own initials in the signing column stay a person's.
CREDITORS = """Borgenärer
| Borgenär | Kronor | Grund | Sign
| Linus Önnerfors | 41 870 | lön | LÖ
| Tindra Wikström | 18 900 | lån | LÖ
| Eskil Nyberg | 12 000 | hyra | LÖ
"""


def test_the_ground_of_a_claim_in_its_column_is_no_ones_initials(blank_detector):
    persons = {f.text for f in detect_text(CREDITORS, blank_detector).findings if f.category == "PERSON"}
    assert not persons & {"lön", "lån", "hyra"}, persons
    assert "LÖ" in persons and "Linus Önnerfors" in persons, persons
