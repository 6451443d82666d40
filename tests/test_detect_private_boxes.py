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
    # a kind of letter in one word, sent in the past
    ("Ärende 2026-131: sökanden har personnummer 480912-3310;\nhan bodde förut på Ängsvägen 3, 871 31 Näsby.\n"
     "Bidragsbrevet gick till Box 53, 871 27 Näsby.\n", "Box 53, 871 27 Näsby"),
])
def test_a_box_mail_is_sent_to_after_a_persons_number_is_masked(blank_detector, text, address):
    # the paragraph is about the person whose personnummer it gives; the box their letters go to is theirs
    assert readable_letters(blank_detector, text, address) == ""


def test_a_box_mail_is_sent_to_without_a_persons_number_stays_readable(blank_detector):
    text = "Ansökningar om bidrag för 2026. Handlingar skickas till\nBox 12, 871 80 Näsby.\n"
    assert not addresses_over(blank_detector, text, "Box 12")


# The body's box in its letterhead: on the line that names the body and a region whose name holds "Mitt" (no one's
# own word there), or on the line right under the body's name with the addressee's window after it.
LETTERHEAD_BOXES = [
    ("Farledsplan för Näsby hamn, beslutslista 2026\nFarledsverket, Region Mitt, enheten Sjömätning och farled, "
     "Box 2207, 851 04 Näsby\nKundtjänst 010-448 20 00.\n\nBeslut om muddring följer.\n", "Box 2207"),
    ("Beslut om skyddsjakt\nLänsstyrelsen i Övre Näsby län\nBox 418, 871 29 Näsby\nPetra Lindholm\n"
     "Tallstigen 4\n871 40 Näsby\nBeslut om skyddsjakt efter räv.\n", "Box 418"),
    ("Beslut om arv\nArvskollegiet\nBox 3310, 103 61 Stockholm\nPetra Lindholm\nTallstigen 4\n871 40 Näsby\n"
     "Kollegiet har tagit del av testamentet.\n", "Box 3310"),
]


@pytest.mark.parametrize("text, box", LETTERHEAD_BOXES)
def test_the_bodys_box_in_its_letterhead_stays_readable(blank_detector, text, box):
    assert not addresses_over(blank_detector, text, box)


@pytest.mark.parametrize("text, address", [
    # her own box, in her words beginning a sentence ("Mitt" opens it, after no name)
    ("Jag flyttar i vår. Mitt postnummer ändras, så skicka allt till\nBox 12, 781 90 Borlänge.\nPetra Lindholm\n",
     "Box 12, 781 90 Borlänge"),
    # a person's box in the window of a letter, under her name
    ("Beslut om skyddsjakt\nLänsstyrelsen i Övre Näsby län\nPetra Lindholm\nBox 12\n781 90 Borlänge\n"
     "Beslut om skyddsjakt efter räv.\n", "Box 12"),
    # in a column of homes, no body named above it
    ("Adresser för utskick\nNr\nUtdelningsadress\n1\nTallstigen 4, 871 40 Näsby\n2\nBox 12, 781 90 Borlänge\n",
     "Box 12, 781 90 Borlänge"),
])
def test_a_persons_box_by_a_letterhead_is_still_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


# An authority's own box under its name, heading a letter whose addressee's window follows: the name is a state
# agency's or a court's by its field or district ("Myndigheten för …", "Hovrätten för …") or ends in "-makten";
# the letter before it lists people's homes. The addressee's own box in the window is still theirs.
_LIST_BEFORE = ("Nr 4: Lovisa Bergkvist bor på Tallvägen 12, 616 31 Tallby och hyr\n"
                "ut förrådet till grannen Sixten Ahl (Tallby Kvarnen 3).\n===\n# Föreläggande\n")


@pytest.mark.parametrize("authority", [
    "Myndigheten för vägsäkerhet och räddning",
    "Hovrätten för Västra Näsbyland",
    "Försvarsmakten",
])
def test_an_authoritys_box_under_its_name_heading_a_letter_stays_readable(blank_detector, authority):
    text = (f"{_LIST_BEFORE}{authority}\nBox 2317, 651 12 Näsby\n\nGöran Lindfors\n"
            "c/o Lindfors, Björkvägen 9\n616 40 Tallby\n\nFöreläggande om åtgärder.\n")
    assert not addresses_over(blank_detector, text, "Box 2317")
    assert readable_letters(blank_detector, text, "Björkvägen 9") == ""


@pytest.mark.parametrize("authority", ["Myndigheten för vägsäkerhet och räddning", "Försvarsmakten"])
def test_the_addressees_own_box_under_an_authoritys_letterhead_is_still_masked(blank_detector, authority):
    text = (f"{_LIST_BEFORE}{authority}\nBox 2317, 651 12 Näsby\n\nGöran Lindfors\n"
            "Box 44, 616 40 Tallby\n\nFöreläggande om åtgärder.\n")
    assert readable_letters(blank_detector, text, "Box 44, 616 40 Tallby") == ""


def test_a_heading_about_private_owners_makes_no_ones_box_of_the_letterhead(blank_detector):
    # "privata djurägare" in the title names a kind of sender, not the box's owner
    text = ("# Provtagning av djur insända av privata djurägare, 2026\n"
            "Statens näsbyanstalt för djurhälsa, patologi, Box 7011, 751 22 Näsby\n"
            "Handläggare Sara Olofsson.\n\nNr 1: hunden hos Lovisa Bergkvist, Tallvägen 12, 616 31 Tallby.\n")
    assert not addresses_over(blank_detector, text, "Box 7011")


def test_a_persons_own_private_box_is_still_masked(blank_detector):
    text = ("Lovisa Bergkvist skriver: Skicka beslutet till min privata postbox,\n"
            "Box 318, 616 31 Tallby.\n")
    assert readable_letters(blank_detector, text, "Box 318, 616 31 Tallby") == ""


# An exercise named by a compass word and a surname in the title, over the sender's name line and its box; the person
# who reported a damage and gives a box of her own.
EXERCISE = ("Ersättning för skador efter övningen Norra Falk, maj 2026\n"
            "Försvarsverket, skadereglering, Box 4410, 247 31 Ekeby\n"
            "Anmälare: Stina Falk, Box 77, 247 95 Ekeby\n")


def test_an_exercise_named_by_a_compass_word_is_no_person_owning_the_senders_box(model_detector):
    assert not addresses_over(model_detector, EXERCISE, "Box 4410")


def test_the_box_of_the_person_beside_it_is_still_masked(model_detector):
    assert readable_letters(model_detector, EXERCISE, "Box 77, 247 95 Ekeby") == ""


@pytest.mark.parametrize("text, span, person", [
    ("efter övningen Norra Falk i maj", "Norra Falk", False), ("under operationen Övre Lind", "Övre Lind", False),
    ("efter övningen Nora Falk i maj", "Nora Falk", True),
    ("efter övningen Västra Anna Lind", "Västra Anna Lind", True),
    # no event's noun before: a farm in an address's cell, or a place someone lives on, stays as read
    ("| Åsa Ljung | Östra Hyttan | 737 90 Ekeby", "Östra Hyttan", True), ("bor på Norra Falk", "Norra Falk", True),
])
def test_an_events_name_of_a_compass_word_and_one_name_is_no_person(text, span, person):
    from redact.detect.name_spans import drop_directed_names
    from redact.types import Finding

    at = text.index(span)
    f = Finding(id="n", page=1, start=at, end=at + len(span), text=span, category="PERSON", score=0.85,
                detector="names")
    assert bool(drop_directed_names([f], text)) is person
