"""A thing's make and model written before its serial are part of the one number: in a column of serials whose header
shares its "-nummer" with another, under a held thing's noun, in a cell opened by the thing's noun, after a work
machine's noun or an implanted defibrillator's abbreviation, after a bare "nr", and when the plate's series code and
the unit's number stand apart. A make and its model without a serial, a year, a sum, a person's name and a checkable
number another rule reads stay out. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


def _serials(text: str, *names: str) -> list[str]:
    from redact.detect.make_model_serials import RULES

    return [text[v.start:v.end] for r in RULES if r.name in names for m in r.regex.finditer(text)
            if (v := r.check(text, m))]


@pytest.mark.parametrize("text, value", [
    # a header of serials sharing its "-nummer" with a frame's: the make and the model's words in the cell are the
    # plate's
    ("Rad | Föremål | Serie- eller ramnummer\n07 | röjsåg | Skogsmark 440 RX 2021-5530917\n"
     "08 | elbas | Lindell Thunderbolt KQ55093127\n", "Skogsmark 440 RX 2021-5530917"),
    ("Rad | Föremål | Serie- eller ramnummer\n07 | röjsåg | Skogsmark 440 RX 2021-5530917\n"
     "08 | elbas | Lindell Thunderbolt KQ55093127\n", "Lindell Thunderbolt KQ55093127"),
    # under a held thing's noun, a tag's serial of a telephone number's shape with its make
    ("Boende | Passerbricka | Telefon\nKL | Vingcard 0512-33918 | 0498-21 33 40\n", "Vingcard 0512-33918"),
    # the thing's noun with its serial in one header: the cell is the thing as its plate reads, make and serial
    ("Gäldenär | Förråd | Föremål med serienummer\nKL | Hylla 4 | Brandtex QW77120458\n"
     "MN | Hylla 9 | Kvantum 5531907722\n", "Brandtex QW77120458"),
    ("Gäldenär | Förråd | Föremål med serienummer\nKL | Hylla 4 | Brandtex QW77120458\n"
     "MN | Hylla 9 | Kvantum 5531907722\n", "Kvantum 5531907722"),
])
def test_a_make_in_a_cell_of_serials_or_of_a_held_thing_is_part_of_the_serial(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text, value", [
    # the thing's noun in small letters opens the cell and stays readable
    ("Lån\nTillbehör\nSignatur\n31\nfiol Arvena S4 K-55182\nAK\n", "Arvena S4 K-55182"),
    # an implanted defibrillator's abbreviation, a maker's colon in a model's word
    ("Donator\nImplantat\nD-12\nICD Cardiotek Vela Prime 551930\nBÅ\n", "Cardiotek Vela Prime 551930"),
    ("Han bär insulinpump Glukon q:flow Z3 55193027 dygnet runt.", "Glukon q:flow Z3 55193027"),
    # a work machine's noun before its make, model and serial
    ("Hon brukar åkern med traktor Lantor T190 Power V-551822; gården ligger vid ån.", "Lantor T190 Power V-551822"),
    ("Motorsågen Skogsmark 440 RX 2021-5530917 anmäldes stulen.", "Skogsmark 440 RX 2021-5530917"),
    # a serial's label, the make, the series' code and the unit's number written apart
    ("Kylen i förrådet har serienummer Frostline KF2AE82 4471.", "Frostline KF2AE82 4471"),
    # a bare "nr" before the make, a model's code and a long serial
    ("Kvarnen på gården har nr Moltec QR220 5519307 enligt skylten.", "Moltec QR220 5519307"),
    # a forest machine's noun before its make and a serial in two groups
    ("Skördaren Skogsmark 5519 3307 anmäldes stulen från avlägget.", "Skogsmark 5519 3307"),
    # the plate's "SN", a serial with its series letters and the unit's number after a space
    ("Eleven fick låna skolans dator Kvantum SN KR-7M25 3318.", "Kvantum SN KR-7M25 3318"),
    # a word on whose the thing is before a comma opens the cell; a model's number before a lettered serial
    ("Instrument\nAB\nhyrd, Arvena 1200 K5519307\nCD\negen, Lindell Z40 QK551930\n", "Arvena 1200 K5519307"),
    ("Instrument\nAB\nhyrd, Arvena 1200 K5519307\nCD\negen, Lindell Z40 QK551930\n", "Lindell Z40 QK551930"),
    # a held thing's number named with a verb, the code of the country it was made for after the serial
    ("Spisvakten har nummer Vakto 5519-3307 FI.", "Vakto 5519-3307 FI"),
])
def test_a_things_make_and_model_before_its_serial_are_part_of_it(blank_detector, text, value):
    assert found(blank_detector, text).get(value) == "ID_NUMBER"


@pytest.mark.parametrize("text", [
    # a cell opened by a word in small letters before a name or a case's number
    "Kontakt\nkontakt Anna Berg 5519207\n",
    "Ärende\närende KTN-443 2051\n",
    # a make and its model, a year, a sum after a bare "nr"
    "Bilen har nr Saab 9-3 och är blå.",
    "Kvarnen har nr Moltec QR220 2019 på skylten.",
    "Kvarnen har nr Moltec QR220 125 000 kr i värde.",
    # a verb, not a saw, before a name and a number
    "Hon såg Anna Berg 5519207 i går.",
    # a year, not a model's number, before a lettered number in a cell
    "Kontakt\nhyrd, Arvena 2025 K5519307\n",
    # a year and a running number after an agency's letters
    "Beslut Nämnden SN 2027 4418.",
    "Kommunen försåg Anna Berg 5519207 med en dator.",
    # a vehicle's identification number and a phone's IMEI with their makes: another rule reads those
    "Han kör traktor Lantor T190 YV1LT19A5F1234567 på åkern.",
    "Han har nr Lantor T190 YV1LT19A5F1234567 på åkern.",
])
def test_no_make_model_and_serial_in_a_year_a_sum_a_name_or_a_checkable_number(text):
    assert _serials(text, "serial_with_make_and_model_after_held_thing", "serial_with_make_and_model_in_a_cell",
                    "serial_with_make_and_model_after_bare_number", "serial_with_make_before_sn") == []


def test_a_held_things_column_keeps_its_make_out_of_a_short_number_or_a_date(blank_detector):
    text = "Boende | Passerbricka | Telefon\nKL | Vingcard 2026-04-12 | 0498-21 33 40\nMN | Vingcard 5518 | -\n"
    values = found(blank_detector, text)
    assert "Vingcard 2026-04-12" not in values and "Vingcard 5518" not in values, values


def test_a_serials_short_last_group_is_no_telephone_number():
    text = "Rad\nPatient\nUtrustning\n4\nOla Lind\nBettvakt Duro SD 0518-33\n"
    assert _serials(text, "serial_with_make_and_model_in_a_cell") == ["Bettvakt Duro SD 0518-33"]


# a column of each patient's aids read one cell a line: the plates above and below by their own shapes
_AIDS = ("Journal\nPatient\nHjälpmedel\n"
         "K-2201\nAstrid Holmér\nQuell Vista QV-551822\n"
         "K-2208\nBror Lindqvist\nOrtolab Norr OL-28-5519\n"
         "K-2215\nTyra Ek\nKirsch Stepper KS-330718\n")


def test_a_makers_order_number_shaped_like_a_case_is_the_things_in_a_column_of_plates():
    assert "Ortolab Norr OL-28-5519" in _serials(_AIDS, "serial_with_make_and_model_in_a_cell")


def test_a_case_shaped_number_after_a_make_outside_a_column_of_plates_stays():
    text = _AIDS.replace("Quell Vista QV-551822", "rullator").replace("Kirsch Stepper KS-330718", "käpp")
    assert _serials(text, "serial_with_make_and_model_in_a_cell") == []


# each patient's device read one cell a line: two plates by their own shapes elsewhere in the column
_DEVICES = ("Lån\nPatient\nApparat\n"
            "L-301\nAstrid Holmér\nVivera Luna 5519220731\n"
            "L-302\nBror Lindqvist\nQuell Vista QV-551822\n"
            "L-303\nTyra Ek\nOrtolab Norr bärbar\n"
            "L-304\nEdvin Sjö\nKirsch Stepper KS-330718\n")


def test_a_long_serial_after_a_plain_models_name_is_the_things_in_a_column_of_plates():
    assert "Vivera Luna 5519220731" in _serials(_DEVICES, "serial_with_make_and_model_in_a_cell")


@pytest.mark.parametrize("value", ["Vivera Luna 19840312", "Vivera Luna 551922"])
def test_a_date_or_a_short_number_after_a_plain_name_in_a_column_of_plates_stays(value):
    text = _DEVICES.replace("Vivera Luna 5519220731", value)
    assert value not in _serials(text, "serial_with_make_and_model_in_a_cell")


def test_a_long_serial_after_a_plain_name_outside_a_column_of_plates_stays():
    text = _DEVICES.replace("Quell Vista QV-551822", "rullator").replace("Kirsch Stepper KS-330718", "käpp")
    assert "Vivera Luna 5519220731" not in _serials(text, "serial_with_make_and_model_in_a_cell")


# each member's boat read one cell a line: the plates above by their own shapes
_BOATS = ("Ansökan\nNamn\nBåt\n"
          "EB-31-0101\nAstrid Holmér\nLinjett 33 L5519307\n"
          "EB-31-0104\nBror Lindqvist\nFlipper ST FP55193A70\n"
          "EB-31-0108\nTyra Ek\nVindö 551930\n")


def _bare(text: str) -> list[str]:
    from redact.detect.bare_make_serials import RULES

    return [text[v.start:v.end] for r in RULES for m in r.regex.finditer(text) if (v := r.check(text, m))]


def test_a_makers_name_and_serial_alone_in_a_column_of_plates_are_the_things():
    assert _bare(_BOATS) == ["Vindö 551930"]


@pytest.mark.parametrize("value", ["Vindö 19840312", "Vindö 55193"])
def test_a_date_or_a_short_number_after_a_bare_make_stays(value):
    assert _bare(_BOATS.replace("Vindö 551930", value)) == []


def test_a_name_and_a_number_outside_a_column_of_plates_stay():
    text = _BOATS.replace("Linjett 33 L5519307", "segelbåt").replace("Flipper ST FP55193A70", "motorbåt")
    assert _bare(text) == []


@pytest.mark.parametrize("text, value", [
    # a serial with a series letter amid its digits after a plain model's name and its figure, a cell alone
    ("Patient\nDykdator\n19880517-K551\nOktavo Marlin 2 5519K22\n", "Oktavo Marlin 2 5519K22"),
    ("Dykdator\nOktavo Marlin 3 55193B07\n", "Oktavo Marlin 3 55193B07"),
])
def test_a_serial_with_a_series_letter_amid_its_digits_after_a_plain_model_in_a_cell(text, value):
    assert _serials(text, "serial_with_make_and_model_in_a_cell") == [value]
