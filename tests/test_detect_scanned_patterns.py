"""Patterns searched over a whole page, compiled with the characters their matches begin with in front
(first_chars.scanning): the same matches as the plain patterns, without entering each position of a page."""

from __future__ import annotations

import re

import pytest

from redact.detect import (
    address_after_cues, address_lodgings, address_named_places, animal_names, authority_lines, case_columns,
    case_headings, case_short_forms, defined_codes, giro_columns, group_names, initials, inverted_names,
    letterhead_boxes, letterhead_numbers, name_particles, organisation, placed_initials, places, purpose_cells,
    table_text, thing_makes, unit_names, vessel_names,
)
from redact.detect.first_chars import scanning
from redact.resolve import (
    abbreviated_initials, derived_short_forms, name_forms, named_nicknames, person_initials, streets,
)

_PATTERNS = [
    thing_makes._MAKE_MODEL, thing_makes._MAKE_ENDING_LINE, thing_makes._MAKE_AFTER_VERB, vessel_names._VESSEL,
    animal_names._ONE_ANIMAL, animal_names._ANIMALS, animal_names._OWNED_ANIMAL,
    table_text._SPLIT, named_nicknames._AFTER_NAME, case_headings._LABEL_HEADING, name_forms._FIRM_OPENING,
    initials._WRITER_TYPIST, initials._PARTY_HEADER, places._BEFORE_BODY, places._AFTER_BODY, defined_codes._KEY,
    placed_initials._CAPS, derived_short_forms._WORD, inverted_names._ITEM, streets._POST_TOWN, purpose_cells._CELL,
    name_particles._APOSTROPHE_SURNAME, abbreviated_initials._CUES, giro_columns._NUMBER,
    address_after_cues._LIVED_ON, case_short_forms._FULL_CASE,
    places._POSTAL_TOWN, unit_names._NAMED_UNIT, letterhead_numbers._NUMBER, case_headings._CODE_IN_LINE,
    address_lodgings._PREFIX, person_initials._INITIALS,
    # and those tried on each line, cell or word
    case_columns._CELL_SEP, organisation._PRIVATE, organisation._COMPANY_REACHED, letterhead_boxes._BOX_OPENS,
    authority_lines._UNIT_STARTS, address_named_places._PLACE_BEFORE, group_names._SHOP,
]
_TEXTS = [
    "Dödsboet äger en Personbil Volvo V70 och en Båt Ockelbo 17 som står på tomten.",
    "Tillgångar:\nSläpvagn Brenderup\nPersonbil Toyota Hilux\t| ABC 123\n",
    "Han körde en lånad Mercedes; sedan köpte hon en begagnad Volvo och sålde ett Saab-Scania från 1998.",
    "Segelbåten Havsörnen låg vid bryggan. M/S Kristina avgick i tid, men vinden var 12 m/s hela dagen.",
    "Hästen Lady Blue II och hunden \"Molly\" bor på gården. Hästarna Stella, Prins Fabian och Bamse betar.",
    "Min hund Sixten och hennes häst Stella följde med. Vår katt Måns sov hela dagen.",
    "Ärende 2024-1187\nHandläggare Vera Lindqvist (Vera) bor på Tallbacken i Norrby, 824 93 Hudiksvall.\n"
    "VL/ks\nParti\nNamn | Roll; Telefon  070-112 45 67\tSekreterare\n",
    "Beslut fattat av Åke O'Neill och DL. Dnr KS 2023-0412, bankgiro 5051-6905. Lindqvist Vera, Berg Olle, "
    "Holm Kajsa.\nJusteras: Olle Berg\nSkolan Norrbacka AB, Norrby kommun.",
    "Ärendenr | Sökande | Född\nKS 12-2023 | Vera Lindqvist | 12 mars 1984\nBox 12, 824 21 Hudiksvall\n"
    "Enskild firma Lindqvist Måleri, 850312-2395\nSignerat av: VL, OB\tUnderskrift\nKlass 3 | Bildsalen Norr\n"
    "Handläggare: Per Holm, Socialtjänsten, enheten för ekonomiskt bistånd\n2019-04-12 den 3 maj 2021",
]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_a_scanned_pattern_finds_what_the_plain_one_finds(pattern):
    plain = re.compile(pattern.pattern, pattern.flags)
    # compiled as scanning compiles it, its first characters in front (a longer code than the plain pattern's)
    assert pattern.__sizeof__() == scanning(plain).__sizeof__() != plain.__sizeof__()
    for text in _TEXTS:
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]
        for at in range(0, len(text), 3):
            for find in ("search", "match"):
                m, p = getattr(pattern, find)(text, at), getattr(plain, find)(text, at)
                assert (m is None and p is None) or (m.span(), m.groups()) == (p.span(), p.groups())
        for line in text.splitlines():
            assert pattern.split(line) == plain.split(line) and pattern.findall(line) == plain.findall(line)


def test_the_texts_hold_matches():
    assert sum(1 for p in _PATTERNS for t in _TEXTS if p.search(t)) >= 15
