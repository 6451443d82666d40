"""Village addresses and properties in the shapes of a rural register: a village road wholly in lower case
("tallmyra skolväg 3"), a village and number right after the person or property it belongs to ("hos Ulla-Britt
Hjalmarsson, Kyrkbyn 14,"), a new address after "adress till", a lowercase designation of a village named
capitalised elsewhere ("stugan ormsjöby 4:31"), a designation before a colon, a joint unit beside the
association that manages it. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Adressättning i Tallmyra, Granmora, Laxforsen och Ormsjöby
| Fastighet | Ägare | Ny adress | Handl.
| Tallmyra 2:7 | Berit Jonsson | tallmyra skolväg 3 | j-e.s
| Laxforsen ga:4 | Laxforsens Vägförening | – | j-e.s
Han bor växelvis hos pappa Rickard Jonsson, granmora byväg 30.
Plogskada på brevlådan hos Ulla-Britt Hjalmarsson, Kyrkbyn 14, anmäld i januari.
Björn Ylinenpää har sin maskinhall på Granmora 8:2, Granmora 201; mobil 070-344 21 90.
Jovana hyr ut stugan ormsjöby 4:31 till en familj.
Bidrag avslogs för KVARNTRÄSK GRANMORA 9:5: ägaren bor i tätorten.
Mötet börjar klockan 13:15 vid gamla landsvägen 4 km norrut.
"""


@pytest.fixture(scope="module")
def found(blank_detector) -> dict[str, set[str]]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    out: dict[str, set[str]] = {}
    for f in blank_detector.detect(page):
        out.setdefault(f.category, set()).add(" ".join(f.text.split()))
    return out


@pytest.mark.parametrize("address", ["tallmyra skolväg 3", "granmora byväg 30", "Kyrkbyn 14", "Granmora 201"])
def test_the_address_is_found(found, address):
    assert address in found.get("ADDRESS", set())


@pytest.mark.parametrize("designation", ["ormsjöby 4:31", "KVARNTRÄSK GRANMORA 9:5", "Laxforsen ga:4"])
def test_the_property_is_found(found, designation):
    assert designation in found.get("PROPERTY", set())


def test_a_time_and_a_distance_stay(found):
    assert not any("13:15" in p for p in found.get("PROPERTY", set()))
    assert not any("landsvägen" in a for a in found.get("ADDRESS", set()))
