"""A column of codes of mixed shapes under a header nobody listed, in a table whose rows are persons, is the
persons' identifiers; a column of the authority's, a company's or a thing's numbers stays. Fictional people,
headers and codes; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _masked(text: str, part: str, detector) -> bool:
    """True when every character of the part's first occurrence is under a finding."""
    s = text.index(part)
    spans = [(f.start, f.end) for f in detect_text(text, detector).findings
             if f.status != "rejected" and f.start is not None]
    return all(any(a <= i < b for a, b in spans) for i in range(s, s + len(part)) if not part[i - s].isspace())


# codes of two or three shapes in one column: a vessel's radio number beside hulls' codes, a card of one country
# beside another's, a parcel of any post
_MIXED = [
    ("Fartygsid", ["265 318 447", "SE-QRT51173B626", "230 994 105"]),
    ("Kort/handling", ["XK4417209", "31807264", "FIN 55 4102 8"]),
    ("Kolli", ["LZ508812334SE", "UA77102945DE", "CP 3390 2217"]),
]
_PEOPLE = [("Vendela Rasmusson", "1971-02-14"), ("Oskar Tjäder", "1988-09-30"), ("Henna Koivisto", "1964-12-03")]


@pytest.mark.parametrize("header,codes", _MIXED)
def test_a_column_of_codes_of_mixed_shapes_beside_persons_is_masked(blank_detector, header, codes):
    rows = "\n".join(f"| {name} | {born} | {code} | inställd" for (name, born), code in zip(_PEOPLE, codes))
    text = f"Förteckning\n\n| Namn | Född | {header} | Notering\n{rows}\n"
    for code in codes:
        assert _masked(text, code, blank_detector), code


def test_a_word_among_the_codes_stays_and_the_codes_are_masked(blank_detector):
    text = ("| Namn | Född | Farkost | Händelse\n"
            "| Vendela Rasmusson | 1971-02-14 | 265 318 447 | motorstopp\n"
            "| Oskar Tjäder | 1988-09-30 | roddbåt | kantring\n"
            "| Henna Koivisto | 1964-12-03 | SE-QRT51173B626 | grundkänning\n"
            "| Leo Amundsen | 1990-05-05 | SE-PLX22094C717 | brand\n")
    assert _masked(text, "265 318 447", blank_detector) and _masked(text, "SE-QRT51173B626", blank_detector)
    assert not _masked(text, "roddbåt", blank_detector)


# the authority's cases and protocols, rooms, routes and articles, a company's giro: nobody's identifiers
@pytest.mark.parametrize("header,codes", [
    ("Rumsnr", ["B2-114", "C1-208A", "B2-117"]),
    ("Linje", ["SL 4417", "TX 12B", "SL 4502"]),
    ("Artikel", ["ART-55120", "KX 3308-2", "ART-55184"]),
    ("Inventarienr", ["KB-D-3301", "KB-L-3302", "KB-D-3317"]),
    ("Utbetalning till", ["BG 5521-4410", "PG 48 1120-3", "BG 5590-1177"]),
])
def test_a_column_of_the_authoritys_or_a_things_numbers_stays(blank_detector, header, codes):
    rows = "\n".join(f"| {name} | {born} | {code} | inställd" for (name, born), code in zip(_PEOPLE, codes))
    text = f"| Namn | Född | {header} | Notering\n{rows}\n"
    assert not any(_masked(text, code, blank_detector) for code in codes)


def test_sums_dates_and_quantities_stay(blank_detector):
    text = ("| Namn | Född | Ersättning | Antal\n"
            "| Vendela Rasmusson | 1971-02-14 | 4 120 | 3 st\n"
            "| Oskar Tjäder | 1988-09-30 | 12 800 | 1 st\n"
            "| Henna Koivisto | 1964-12-03 | 950 | 4 st\n")
    assert not any(_masked(text, v, blank_detector) for v in ("4 120", "12 800", "950"))


def test_a_code_repeated_over_the_rows_is_the_authoritys_unit_and_stays(blank_detector):
    text = ("| Namn | Född | Enhet ombord | Händelse\n"
            "| Vendela Rasmusson | 1971-02-14 | KBV 318 | motorstopp\n"
            "| Oskar Tjäder | 1988-09-30 | KBV 207 | kantring\n"
            "| Henna Koivisto | 1964-12-03 | KBV 318 | brand\n")
    assert not _masked(text, "KBV 207", blank_detector)



def test_birth_dates_in_digits_and_giro_numbers_are_no_codes():
    from redact.detect.person_code_columns import _kind

    assert {_kind(v) for v in ("14021971", "1971 02 14", "14 FEB 1971", "BG 5521-4410")} == {"other"}


def test_a_column_of_codes_beside_personnummer_and_another_alphabets_series_is_masked(blank_detector):
    # eleven digits with a leading zero are no Swedish telephone number; a personnummer in the column says whose
    # the rows are (its own rule masks it), and a birth certificate's series in Cyrillic capitals is a code too
    text = ("| Elevnr | Namn | Född | Nummer | Notering\n"
            "| EL 31-5520 | Vendela Rasmusson | 2014-02-14 | 03055209183 | ny\n"
            "| EL 31-5521 | Oskar Tjäder | 2015-09-30 | І-БК № 552091 | ny\n"
            "| EL 31-5522 | Henna Koivisto | 2016-12-03 | 161203-4489 | ny\n")
    assert _masked(text, "03055209183", blank_detector)
    assert _masked(text, "І-БК № 552091", blank_detector)
