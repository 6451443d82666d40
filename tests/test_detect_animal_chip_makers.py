"""An animal's chip number with its maker's name before it: the maker (and its brand) inside the number's mark, in
a register's cell, in a sentence and after a subject's label; AVID's older nine-digit chip after the maker's name,
with its asterisks or dashes. A maker's name away from the number, or nine digits without AVID, are left as they
were. Fictional animals and owners."""

from __future__ import annotations

import pytest

from redact.detect import animal_chips
from tests.found_ids import proposed_ids


def _rule(text: str) -> list[str]:
    return [text[v.start:v.end] for r in animal_chips.RULES for m in r.regex.finditer(text) if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    ("| Grav | Ägare | Djur | Chip |\n| B-2:04 | Nora Ek | katt | Trovan 956 000 008 552 193 |",
     "Trovan 956 000 008 552 193"),
    ("Hästen Vilda är märkt\nDatamars 981 098 106 630 415 sedan fölåret.", "Datamars 981 098 106 630 415"),
    ("Hunden bär Virbac BackHome 900 164 000 331 852 enligt veterinären.", "Virbac BackHome 900 164 000 331 852"),
    ("Katten Mio, Destron 985112006630417, ägs av Pia Lund.", "Destron 985112006630417"),
])
def test_a_chip_makers_name_before_the_number_is_inside_its_mark(blank_detector, text, value):
    assert value in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text, value", [
    ("Subject: permit 17-2207, python AVID 127-344-581\nThe terrarium is fixed.", "AVID 127-344-581"),
    ("Leguanen som Tor Ahl köpte är märkt AVID*127*344*596 sedan i våras.", "AVID*127*344*596"),
])
def test_an_avid_chips_nine_digits_after_the_makers_name(blank_detector, text, value):
    assert value in proposed_ids(blank_detector, text)


@pytest.mark.parametrize("text, kept", [
    ("Datamars levererar läsarna; kattens chip 981098106630422 registrerades i maj.", "981098106630422"),
    ("Trovan ISO 956000008552207 läses av alla läsare.", "956000008552207"),  # a label between: the number alone
])
def test_a_maker_away_from_the_number_stays_outside_its_mark(text, kept):
    assert _rule(text) == [kept]


def test_nine_digits_without_avids_name_are_no_chip():
    assert _rule("Ärendet 063-118-295 avgjordes i maj; AVID-läsaren 063 118 är ny.") == []


@pytest.mark.parametrize("text, value", [
    ("| Hund | Förare | Chip |\n| Tassa | Lena Holm | Trovan 956 0002 0088 5521 |", "Trovan 956 0002 0088 5521"),
    ("Valpen Bosse bär 752 0981 0663 0419 enligt pappret.", "752 0981 0663 0419"),
])
def test_a_chip_in_three_groups_of_four_after_the_country_code(blank_detector, text, value):
    assert value in proposed_ids(blank_detector, text)


def test_four_groups_that_are_no_chip_stay():
    assert _rule("Kassan hade 123 4567 8901 2345 i kvitton.") == []
