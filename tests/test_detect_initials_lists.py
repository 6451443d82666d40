"""Initials in a list or a table's column beside other people's initials: "(HS, AF, KN)" where AF is also a common
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


# A table of boat owners written as initials, each row keyed by a berth the table above gives to a named person:
# "AB" and "KB" are company forms elsewhere, but in a column of the people's initials they are two more persons'.
BERTHS = """Båtplatser i Norrviks hamn
Plats
Innehavare
Född
B-11
Kerstin Blom
1961
B-12
Anton Berglöf
1984
B-14
Tuva Ringqvist
1990
Båtar vid bryggan
Plats
Ägare
Båt
B-11
KB
Linjett 32
B-12
AB
Vega 27
B-14
TR
Albin 25
"""

BERTH_ROWS = """Båtplatser i Norrviks hamn
| Plats | Innehavare | Född
| B-11 | Kerstin Blom | 1961
| B-14 | Tuva Ringqvist | 1990
Båtar vid bryggan
| Plats | Ägare | Båt
| B-11 | KB | Linjett 32
| B-14 | TR | Albin 25
"""


def test_an_abbreviation_in_a_column_of_peoples_initials_is_a_persons(blank_detector):
    for text, wanted in ((BERTHS, {"KB", "AB"}), (BERTH_ROWS, {"KB"})):
        found = {t for _, t in _initials(detect_text(text, blank_detector))}
        assert wanted <= found, (wanted, found)


def test_an_abbreviation_alone_on_a_line_among_no_initials_is_left(blank_detector):
    text = ("Leverantörer och ägarformer\nFirma\nForm\nOrt\nKalles Bygg\nKB\nVäxjö\nNorrbo Måleri\nAB\nLjungby\n"
            "Kerstin Blom och Anton Berglöf svarar för avtalen.\n")
    found = {t for _, t in _initials(detect_text(text, blank_detector))}
    assert not found & {"KB", "AB"}, found
