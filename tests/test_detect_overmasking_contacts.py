"""The authority's contact data that must stay readable: its switchboard and expedition numbers, a unit's round
number, an organisation's postal box, the number a company is reached at ("Bolaget nås på …"), a switchboard's label
read as a name, a mailbox the page calls shared
("funktionsbrevlåda …") wherever the page repeats it, and that label read as a name with the address; an address at a
line end takes no word of the next line. A person's direct number, box and name stay found. Fictional people and
organisations."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text
from supplier_register import SUPPLIERS


def _found(text: str, detector) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in detect_text(text, detector).findings}


def test_the_authoritys_switchboard_and_expedition_are_not_proposed(blank_detector):
    found = _found(SUPPLIERS, blank_detector)
    assert "0570-190 00" not in found and "0570-284 10" not in found
    assert found.get("0570-284 17") == "PHONE"


def test_an_address_at_a_line_end_does_not_take_the_next_lines_first_word(blank_detector):
    text = "Vid sjukdom mejla bemanning.ost@ornas.se eller ring.\nSkriv till liisa.koskinen@ornas.se.\nKontaktperson för listan: Liisa Koskinen."
    found = _found(text, blank_detector)
    assert found.get("liisa.koskinen@ornas.se") == "EMAIL"
    assert not any("Kontaktperson" in t for t in found)


@pytest.mark.parametrize("line, number, kept", [
    ("Vid sjukdom ring bemanningsenheten, 0570-72 40 00, före klockan sju.", "0570-72 40 00", True),
    ("Bygglov Ornäs nås på 0570-72 45 00 och bygglov@ornas.se.", "0570-72 45 00", True),
    ("Handläggaren Per-Erik Nordin nås på 0570-72 45 18.", "0570-72 45 18", False),
    ("Ring bemanningsenheten eller Dragana på 073-118 40 00.", "073-118 40 00", False),
])
def test_a_units_round_number_is_not_a_persons(blank_detector, line, number, kept):
    found = _found(line, blank_detector)
    assert (number not in found) is kept


def test_an_organisations_postal_box_is_not_proposed_but_a_persons_is(blank_detector):
    text = ("Svar önskas per post till Elevhälsan, Box 50, 451 21 Ornäs.\n\n"
            "Fakturamottagare:\nOrnäs kommun\nFastighetsavdelningen\nBox 214\n451 80 Ornäs\n"
            "Er referens: Linnéa Gustavsson\n\n"
            "Sökande:\nGöran Ivarsson\nBox 1187\n451 95 Ornäs")
    found = _found(text, blank_detector)
    assert not any(t.startswith(("Box 50", "Box 214")) for t in found)
    assert any(t.startswith("Box 1187") for t in found)


# A word before the organisation's switchboard number is its contact label ("Växel", "Kontaktcenter"), even where
# the model reads it as a name; a person's name before their own number stays a name.
CONTACTS = """Beslut om parkeringstillstånd
Frågor om beslutet besvaras av Medborgarservice, Växel 0522-69 70 00, servicecenter@vanersby.se.
Avgiftsenheten, Kontaktcenter 0522-69 70 00.
Handläggare Jonatan Wikström 0522-69 73 41.
"""


@pytest.mark.parametrize("word", ["Växel", "Kontaktcenter"])
def test_the_label_of_a_switchboard_number_is_no_name(model_detector, word):
    assert _found(CONTACTS, model_detector).get(word) != "PERSON"


def test_a_name_before_a_direct_number_is_still_a_name(model_detector):
    assert _found(CONTACTS, model_detector).get("Jonatan Wikström") == "PERSON"


SHARED_BOXES = """Skatteverket, Rot- och rutenheten, Box 4710, 903 21 Norrvåg
Växel 0771-48 30 00, funktionsbrevlåda rotrut.norrvag@skv-nv.se. Dnr 131 228417-26/311.
Frågor om urvalet besvaras av Birgitta Lundin, birgitta.lundin@skv-nv.se.
Från: Emil Sandberg <emil.sandberg@molnpost.se>
Till: rotrut.norrvag@skv-nv.se
Protokollförare: Johanna Korpi. Funktionsbrevlåda gransbacken@tullv-nord.se.
"""


@pytest.mark.parametrize("box", ["rotrut.norrvag@skv-nv.se", "gransbacken@tullv-nord.se"])
def test_a_mailbox_the_page_calls_shared_stays_wherever_it_stands(blank_detector, box):
    assert not any(box in found for found in _found(SHARED_BOXES, blank_detector))


@pytest.mark.parametrize("address", ["birgitta.lundin@skv-nv.se", "emil.sandberg@molnpost.se"])
def test_a_persons_address_beside_a_shared_box_is_found(blank_detector, address):
    assert _found(SHARED_BOXES, blank_detector).get(address) == "EMAIL"


def test_the_shared_boxs_label_read_as_a_name_with_its_address_is_no_person(model_detector):
    # the model tags "Funktionsbrevlåda gransbacken@tullv-nord.se" as one person: no name holds an e-mail address
    found = _found(SHARED_BOXES, model_detector)
    assert not any("Funktionsbrevlåda" in text or "gransbacken@" in text for text in found), found


def test_the_number_a_company_is_reached_at_is_the_companys(blank_detector):
    text = ("Ärende 4. Fastigheten Ekmora Tallen 3 ägs av Ekmora Bostäder AB; begäran avslås.\n"
            "Bolaget nås på 0151-140 00.\n")
    assert "PHONE" not in _found(text, blank_detector).values()


@pytest.mark.parametrize("text", [
    # a sole trader's firm, a person's own number, no company named before
    "Oskar Vall driver Valls Måleri som enskild firma. Företaget nås på 070-448 31 12.",
    "Oskar Vall äger Ekmora Bostäder AB. Han nås på 070-448 31 12.",
    "Bolaget nås på 070-448 31 12 enligt ansökan.",
])
def test_a_sole_traders_or_a_persons_number_stays_found(text, blank_detector):
    assert _found(text, blank_detector).get("070-448 31 12") == "PHONE"
