"""Properties that must stay readable: one an organisation owns, named in a sentence, opening the clause as its
owner, or a firm abroad; a person's property stays found, whatever firm stands beside it in the row. Fictional people,
organisations and properties."""

from __future__ import annotations

import re

import pytest

from redact.pipeline import detect_text


def _found(text: str, detector) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in detect_text(text, detector).findings}


# A property the text says an organisation owns stays readable at every mention; a person's does not.
LAND = """Avtal om upplåtelse av mark för kolonilotter
Upplåtare: Ulvsjö kommun, org.nr 212000-2593
Mark som upplåts: Ulvsjö Kvarnen 2:5 och Ulvsjö Kvarnen 2:6
Skiftet gränsar till Ulvsjö Hagen 4:1, som ägs av Ulvsjö hembygdsförening, och till
Ulvsjö Hagen 4:7, som ägs av Ebba Lindahl. Vägen över Ulvsjö Hagen 4:1 får användas.
Vattnet tas från Ulvsjö Bäcken 1:3 (gamla skolan), ägd av kommunen.
"""


@pytest.mark.parametrize("designation", ["Ulvsjö Kvarnen 2:5", "Ulvsjö Kvarnen 2:6", "Ulvsjö Hagen 4:1", "Ulvsjö Bäcken 1:3"])
def test_a_property_an_organisation_owns_stays(blank_detector, designation):
    assert designation not in _found(LAND, blank_detector)


def test_a_property_a_person_owns_is_still_found(blank_detector):
    assert _found(LAND, blank_detector).get("Ulvsjö Hagen 4:7") == "PROPERTY"


# An organisation opening the clause as the owner: "Kommunen äger redan ... intill"; a denial or a person sharing it
# keeps the mask.
OWNER_FIRST = """Protokoll, markfrågor
§ 12 Ny tomt. Kommunen äger redan Ulvsjö Smedjan 3 intill. Ulvsjö Bostäder AB äger numera Ulvsjö Tallen 8.
Kommunen äger inte Ulvsjö Lönnen 5:2. Ebba Lindahl och kommunen äger Ulvsjö Lönnen 5:9 tillsammans.
"""


@pytest.mark.parametrize("designation", ["Ulvsjö Smedjan 3", "Ulvsjö Tallen 8"])
def test_a_property_the_organisation_opening_the_clause_owns_stays(blank_detector, designation):
    assert designation not in _found(OWNER_FIRST, blank_detector)


@pytest.mark.parametrize("designation", ["Ulvsjö Lönnen 5:2", "Ulvsjö Lönnen 5:9"])
def test_a_property_denied_or_shared_with_a_person_is_still_found(blank_detector, designation):
    assert _found(OWNER_FIRST, blank_detector).get(designation) == "PROPERTY"


# A firm abroad is an owner as a Swedish one is: its company form (ApS, Oy, GmbH, SIA) ends its name wherever the
# owner is read, after "ägs av" or in the next cell of the row.
FIRMS_ABROAD = """Beslut om strandskyddsdispens
Bryggan byggs vid Tallnäs 3:14, som ägs av Fjordkyst Ejendomme ApS, och vid Tallnäs 3:15, ägd av Pirkko Mäkelä.
Virket lagras på Tallnäs 5:2, som tillhör Saimaan Puu Oy.
Fastighet | Ägare
Tallnäs 7:1 | Havelberg Holz GmbH
Tallnäs 7:4 | Daugava Kokmateriāli SIA
"""


@pytest.mark.parametrize("designation", ["Tallnäs 3:14", "Tallnäs 5:2", "Tallnäs 7:1", "Tallnäs 7:4"])
def test_a_property_a_firm_abroad_owns_stays(blank_detector, designation):
    assert designation not in _found(FIRMS_ABROAD, blank_detector)


def test_beside_a_firm_abroad_a_property_a_person_owns_is_still_found(blank_detector):
    assert _found(FIRMS_ABROAD, blank_detector).get("Tallnäs 3:15") == "PROPERTY"


# A firm in the next cell of a row that names a person is a party to the matter (a driller, a fitter): the
# property is the person's, and a firm's row without a person keeps it.
WELLS = """Anmälda energibrunnar
| Fastighetsägare | Fastighet | Borrfirma | Handl.
| Tove Grankvist | Lönnbo Spiran 4 | Hälleborr AB | KaS
| Marek Zielony | Ekdala 2:31 | Hälleborr AB | KaS
| Vattenbolaget Lönnbo AB | Lönnbo Pumpen 1 | Hälleborr AB | KaS
"""


@pytest.mark.parametrize("designation", ["Lönnbo Spiran 4", "Ekdala 2:31"])
@pytest.mark.parametrize("one_cell_a_line", [False, True])
def test_a_property_in_a_persons_row_stays_hers_whatever_firm_stands_beside_it(blank_detector, designation, one_cell_a_line):
    text = re.sub(r"[ \t]*\|[ \t]*", "\n", WELLS).replace("\n\n", "\n") if one_cell_a_line else WELLS
    assert _found(text, blank_detector).get(designation) == "PROPERTY"


def test_a_customer_numbers_label_and_series_after_a_property_are_no_tract(blank_detector):
    found = _found("Fastighet Ekby 3:14. Kundnummer VKB 41 0218.\nFrågor besvaras av kundtjänst.", blank_detector)
    assert found.get("Ekby 3:14") == "PROPERTY"
    assert not any(k.startswith("Kundnummer") for k in found)
    assert found.get("VKB 41 0218") == "ID_NUMBER"


@pytest.mark.parametrize("text, designation, noun", [
    ("Avtalet gäller från maj. Arrendestället Granby Hult 1:14. Arrendatorn bor på gården.", "Granby Hult 1:14",
     "Arrendestället"),
    ("Ansökan om bygglov. Torpet Åsby Lindbacken 3:7 ska rustas.", "Åsby Lindbacken 3:7", "Torpet"),
])
def test_a_leases_or_a_crofts_noun_before_the_designation_stays_outside_it(blank_detector, text, designation, noun):
    found = _found(text, blank_detector)
    assert found.get(designation) == "PROPERTY", found
    assert not any(noun in t for t in found), found
