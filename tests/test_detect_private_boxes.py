"""A postal box a person gives as their own, in the sentence that names them or after a sole trader's own number
in their own words, is masked; a box an organisation is named before stays readable. Fictional people and places;
the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import addresses_over, readable_letters


@pytest.mark.parametrize("text, address", [
    ("Klaganden Maja Sundqvist överklagar; hennes ombud Tomás Rivera Lind,\n"
     "tomas.rivera@postlada.se, 070-381 22 95, har postadress\nBox 4417, 871 26 Näsby.\n",
     "Box 4417, 871 26 Näsby"),
    ("Jag har förlorat mitt tillstånd. Min firma har org.nr\n790214-5171 och momsreg.nr SE790214517101. "
     "Skicka det nya till\nBox 918, 871 23 Näsby.\nMehmet\n",
     "Box 918, 871 23 Näsby"),
])
def test_a_box_a_person_gives_as_their_own_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_box_with_an_organisation_named_before_it_stays_readable(blank_detector):
    text = ("Maja Sundqvist, som bor i Näsby och har sökt\nbidrag, ska skicka intyget till Socialförvaltningen "
            "i Näsby kommun,\nBox 12, 871 80 Näsby.\n")
    assert not addresses_over(blank_detector, text, "Box 12")


@pytest.mark.parametrize("text, address", [
    ("Dnr 866-2026. Jan-Erik Sandberg, 195607024196, klagar på att Kronofogden utmätt hans traktor.\n"
     "Han äger fastigheten Hedeby Sörbyn 7:3. Brev skickas till\nBox 14, 815 92 Hedeby. Han har bil.\n",
     "Box 14, 815 92 Hedeby"),
    ("Ärende 2026-118. Sökande Gunilla Märak, 560311-2802, har ingen fast bostad. Beslutet sänds till "
     "Box 7, 962 31 Jokkmokk.\n", "Box 7, 962 31 Jokkmokk"),
])
def test_a_box_mail_is_sent_to_after_a_persons_number_is_masked(blank_detector, text, address):
    # the paragraph is about the person whose personnummer it gives; the box their letters go to is theirs
    assert readable_letters(blank_detector, text, address) == ""


def test_a_box_mail_is_sent_to_without_a_persons_number_stays_readable(blank_detector):
    text = "Ansökningar om bidrag för 2026. Handlingar skickas till\nBox 12, 871 80 Näsby.\n"
    assert not addresses_over(blank_detector, text, "Box 12")
