"""Street addresses: a street name with a number, and the postal code and town that follow.

A street is a capitalised compound ending in a street word ("Storgatan",
"Björkvägen", "Skeppsbron") or a name followed by one ("Karl Johans väg",
"Södra vägen"). The postal code and town may follow on the same line or the
next ("Storgatan 12\\n123 45 Småstad"). A name that is not a street word
("Fjällbacka 12") counts only when a postal code follows. The shapes the rules are written with are in
``address_shapes``.

This module is the recognizer: it puts the rules together in the order they are tried. Each group of rules lives in
a module named after what it detects: streets with numbers and postal lines (``address_numbered_streets``), homes
after an address or home label (``address_labels``), after a word of living, staying or moving
(``address_after_cues``), beside a relative's, a neighbour's or a person's name (``homes_beside_names``), after
"c/o" (``address_care_of``), streets abroad (``streets_abroad``, ``address_abroad`` and the regions' modules).
"""

from __future__ import annotations

from collections.abc import Iterator

from redact.detect import address_abroad as abroad
from redact.detect import address_after_cues as cues
from redact.detect import address_americas as americas
from redact.detect import address_buildings_abroad as buildings
from redact.detect import address_care_of as care_of
from redact.detect import address_chains as chains
from redact.detect import address_estates as estates
from redact.detect import address_hungary as hungary
from redact.detect import address_landmark_directions as landmarks
from redact.detect import address_labels as labels
from redact.detect import address_moves as moves
from redact.detect import address_nepal as nepal
from redact.detect import address_numbered_streets as numbered
from redact.detect import address_regions as regions
from redact.detect import address_units as units
from redact.detect import address_which_labels as which
from redact.detect import address_unnumbered_homes as unnumbered
from redact.detect import address_to_country as to_country
from redact.detect import context as ctx
from redact.detect import farm_places as farms
from redact.detect import homes_beside_names as beside
from redact.detect import incident_streets
from redact.detect import placed_addresses
from redact.detect import stay_cells as stays
from redact.detect import streets_abroad as streets
from redact.detect import streets_of_homes
from redact.detect import streets_english_more as streets_more
from redact.detect import streets_welsh as welsh
from redact.detect import trip_places as trips
from redact.detect.address_shapes import (  # noqa: F401 - re-exported: other modules import the shapes from here
    COMPOUND_SUFFIX, DASH, EXTRA, L, NUMBER, POST, POST_WRAPPED, POSTCODE, PREFIX, RARE_SUFFIX, SEPARATE_SUFFIX, SP,
    STREET, TOWN, U, WORD, _RARE_GATE,
)
from redact.detect.patterns import Rule, SwedishPatternRecognizer


class AddressRecognizer(SwedishPatternRecognizer):
    """Swedish street addresses with number, optionally with postal code and town."""

    ENTITY = "ADDRESS"
    NAME = "address"
    CONTEXT = ctx.ADDRESS
    RULES = (
        Rule("street", numbered.STREET_NUMBERED, score=0.7, context_score=0.9, check=numbered.check_street),
        Rule("street_rare_word", numbered.RARE_STREET, score=0.7, context_score=0.9, check=numbered.check_street,
             gate=_RARE_GATE),
        Rule("name_with_postcode", numbered.NAMED_WITH_POST, score=0.8, context_score=0.9, check=numbered.check_named),
        Rule("name_with_wrapped_postcode", numbered.NAMED_WITH_WRAPPED_POST, score=0.8, context_score=0.9,
             check=numbered.check_named_wrapped, gate=numbered.POSTCODE_AT_LINE_END),
        Rule("lowercase_street", numbered.LOWERCASE_STREET, score=0.6, context_score=0.8, check=numbered.check_street,
             require_context=True, before=25, needs=("gatan", "vägen", "gränd", "stigen", "torget", "allén", "backen", "leden")),
        Rule("street_after_residence_cue", cues.STREET_AFTER_CUE, score=0.75, check=cues.check_after_cue,
             needs=("bo", "hemma", "flytta", "skriven", "folkbokförd", "adress", "lägenhet", "bostad", "vista", "sov",
                    "övernatt", "inneboende", "stanna", "uppehåll", "uppehöll", "evakuer", "inkvarter", "placera")),
        Rule("after_address_label", labels.AFTER_ADDRESS_LABEL, score=0.8, check=labels.check_after_label,
             needs=("adress",)),
        Rule("after_home_label", labels.HOME_LABEL_VALUE, score=0.8, check=labels.check_home_label_value, needs=(":",)),
        Rule("after_which_address_label", which.WHICH_ADDRESS, score=0.8, check=which.check_which_address,
             needs=which.NEEDS),
        Rule("english_street", streets.ENGLISH_STREET, score=0.7, context_score=0.85, check=streets.check_english,
             needs=("road", "street", "avenue", "lane", "drive", "close", "way", "crescent", "gardens", "place",
                    "terrace", "court", "square", "grove", "row", "walk", "mews", "rd", "st", "ave")),
        Rule("uk_postcode", streets.UK_POSTCODE, score=0.7, context_score=0.85, check=streets.check_uk_postcode,
             gate=streets.UK_POST_GATE),
        Rule("place_number_after_cue", cues.PLACE_NUMBER_AFTER_CUE, score=0.75, check=cues.check_place_number_after_cue,
             needs=("bo", "hemma", "flytta", "skriven", "folkbokförd", "adress", "lägenhet", "bostad", "vista", "sov",
                    "övernatt", "inneboende", "stanna", "nås", "skicka", "delge", "delgavs", "evakuer", "inkvarter",
                    "inhyst", "placera", "tillfälligt", "hembesök", "lever", "posta", "hämta", "uppehåll", "uppehöll"),
             gate=cues.PLACE_NUMBER_GATE),
        Rule("second_place_number_after_cue", cues.SECOND_PLACE_NUMBER, score=0.75,
             check=cues.check_place_number_after_cue,
             needs=("flytta", "från", "mellan"), gate=cues.SECOND_PLACE_GATE),
        Rule("place_number_after_home", cues.PLACE_NUMBER_AFTER_HOME, score=0.75,
             check=cues.check_place_number_after_cue,
             needs=("stug", "hus", "villa", "torp", "gård", "hem", "atelj")),
        Rule("place_after_bor_pa", cues.PLACE_AFTER_BOR_PA, score=0.7, check=cues.check_place_after_bor,
             needs=("bo", "skriv", "vista")),
        Rule("place_with_number", cues.PLACE_WITH_NUMBER, score=0.7, check=cues.check_place_with_number, needs=("bo",)),
        Rule("street_after_kin", beside.STREET_AFTER_KIN, score=0.75, check=beside.check_after_kin, needs=("hos",)),
        Rule("street_after_named_kin", beside.STREET_AFTER_NAMED_KIN, score=0.75, check=beside.check_after_kin,
             needs=("på",)),
        Rule("street_after_english_cue", cues.STREET_AFTER_EN_CUE, score=0.75, check=cues.check_after_cue,
             needs=("live", "stay", "resid", "moved")),
        Rule("foreign_street", streets.FOREIGN_STREET, score=0.75, check=streets.check_foreign),
        Rule("street_foreign_post", streets.STREET_FOREIGN_POST, score=0.8, check=streets.check_foreign,
             gate=streets.FOREIGN_POST_GATE),
        Rule("street_before_country", streets.STREET_BEFORE_COUNTRY, score=0.8, check=streets.check_foreign),
        Rule("street_abroad_with_post", abroad.STREET_WITH_POST, score=0.8, check=abroad.check_street_with_post,
             gate=abroad.GATE),
        Rule("street_abroad_number_first", abroad.NUMBER_FIRST, score=0.75, check=abroad.check_number_first,
             needs=abroad.NUMBER_FIRST_NEEDS),
        Rule("street_north_america", americas.NORTH_AMERICAN, score=0.85, check=americas.check_north_american,
             gate=americas.GATE),
        Rule("places_abroad_after_cue", abroad.PLACES_AFTER_CUE, score=0.8, check=abroad.check_places_after_cue,
             gate=abroad.PLACES_GATE),
        Rule("places_abroad_after_contact", abroad.PLACES_AFTER_CONTACT, score=0.8,
             check=abroad.check_places_after_cue, gate=abroad.CONTACT_GATE),
        Rule("address_to_country", to_country.COUNTRY_AT_END, score=0.8, check=to_country.check_address_to_country,
             gate=to_country.GATE),
        Rule("units_abroad", units.UNITS_ADDRESS, score=0.8, check=units.check_units_address, gate=units.GATE),
        Rule("thai_lane_abroad", units.THAI_LANE, score=0.8, check=units.check_thai_lane, needs=units.THAI_LANE_NEEDS),
        Rule("latin_flat_abroad", abroad.LATIN_FLAT_ADDRESS, score=0.8, check=abroad.check_latin_flat,
             needs=abroad.LATIN_FLAT_NEEDS),
        Rule("place_after_person", beside.PLACE_AFTER_PERSON, score=0.7, check=beside.check_place_after_person,
             needs=(",", "|")),
        Rule("place_after_named", beside.PLACE_AFTER_NAMED, score=0.7, check=beside.check_place_after_named,
             needs=("hos ", "på ", "vid ", "till ")),
        Rule("lowercase_village_road", numbered.LOWER_VILLAGE_ROAD, score=0.75, check=numbered.check_lower_village_road,
             gate=numbered.LOWER_ROAD_GATE),
        Rule("farm_and_place", farms.FARM_AND_PLACE, score=0.75, check=farms.check_farm_and_place, needs=farms.NEEDS),
        Rule("trip_end", trips.TRIP_CELL, score=0.75, check=trips.check_trip_cell, gate=trips.TRIP_HEADER),
        # a named home and its numbered parts after a word of living there ("bor på Hagaboendet, plan 3, rum 14")
        Rule("home_units_after_cue", chains.UNITS_AFTER_CUE, score=0.75, check=chains.check_units_after_cue,
             needs=chains.UNITS_AFTER_CUE_NEEDS),
        Rule("care_of", care_of.CARE_OF, score=0.75, check=care_of.check_care_of, needs=care_of.NEEDS),
        Rule("place_after_named_kin", beside.PLACE_AFTER_NAMED_KIN, score=0.75,
             check=beside.check_place_after_named_kin, needs=beside.NEEDS_KIN),
        Rule("farm_village_after_named_kin", beside.FARM_VILLAGE_AFTER_NAMED_KIN, score=0.75,
             check=beside.check_farm_village_after_named_kin, needs=beside.NEEDS_KIN_FARM),
        Rule("place_cell_of_stay", stays.PLACE_CELL, score=0.75, check=stays.check_place_cell, gate=stays.GATE),
        Rule("street_prefix_broken", beside.STREET_PREFIX_BROKEN, score=0.75, check=beside.check_street_prefix_broken,
             gate=beside.GATE_PREFIX),
        Rule("po_box_abroad", abroad.PO_BOX, score=0.8, check=abroad.check_po_box, needs=abroad.PO_BOX_NEEDS),
        Rule("hungarian_street", hungary.HUNGARIAN_STREET, score=0.85, check=hungary.check_hungarian_street,
             needs=hungary.HUNGARIAN_NEEDS, gate=hungary.HUNGARIAN_GATE),
        Rule("nepali_ward", nepal.NEPALI_WARD, score=0.85, check=nepal.check_nepali_ward, gate=nepal.NEPALI_GATE),
        Rule("box_with_postcode", numbered.BOX_WITH_POST, score=0.8, context_score=0.85, check=numbered.check_box,
             needs=("box", "pl ")),
    # then the shapes of addresses in the countries people in Sweden come from, a street named bare where an animal
    # attacked, both ends of a move, farms and camps
        # and homes without a number where someone lives
    ) + regions.RULES + incident_streets.RULES + streets_of_homes.RULES + streets_more.RULES + welsh.RULES + moves.RULES \
      + landmarks.RULES + buildings.RULES + farms.RULES + estates.RULES + unnumbered.RULES + placed_addresses.RULES  # last: a street by where it stands


def address_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the street addresses in ``text`` (to tell a lone postal code from one in an address)."""
    return list(iter_address_spans(text))


def iter_address_spans(text: str) -> Iterator[tuple[int, int]]:
    """The spans of :func:`address_spans`, rule by rule as found: a caller that asks whether one covers a
    postal code stops at the first that does (most often the first rule's street), not after every rule."""
    lowered = text.lower()
    for rule in AddressRecognizer.RULES:
        # the rules' cheap tests first, as the recognizer runs them (a gate only saves time)
        if (rule.needs and not any(n in lowered for n in rule.needs)) or (rule.gate is not None
                                                                          and not rule.gate.search(text)):
            continue
        for m in rule.regex.finditer(text):
            v = rule.check(text, m) if rule.check else None
            if v is not None:
                yield (v.start, v.end)
