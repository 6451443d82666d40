"""A home abroad whose parts name their kind in lower case in a language no word list here knows ("Sabunçu
qəsəbəsi", "3-r khoroo", "18-uy", "Akagari ka Bweyeye"), or that runs over many parts ("3F., No. 16, Alley 2,
Lane 58, ..."), is masked whole after a residence cue, a label, c/o and a name, a party's name and in an address
cell, as is a post box among the parts ("..., P.O. Box 3310, Dar es Salaam"); the Swedish sentence after it, a
firm's own address and sums and dates with commas stay readable. Fictional people and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from address_checks import readable_letters  # noqa: E402

TEXT = """Uppgifter om sökandens anhöriga
Hans moster bor på Sabunçu qəsəbəsi, Rəsulzadə küç. 17, mən. 9, Bakı AZ1104.
Adress: Darkhan sum, 3-r khoroo, 22-r bair, 61 toot, Darkhan
Beslutet skickas till sökanden c/o Leyla Nuri, Mirzo Ulug'bek tumani, 4-mavze, 18-uy, 7-xonadon, Samarqand.
Systern har flyttat till 3F., No. 16, Alley 2, Lane 58, Minzu W. Rd., Datong Dist., Taipei 103 och studerar där.
Klagande
Jonas Karimi, Umudugudu wa Rugando, Akagari ka Bweyeye, Umurenge wa Kanombe, Kigali
Ombud saknas
| Namn | Relation | Adress |
| Sara Karimi | syster | Sükhbaatar sum, 9-r khoroo, 14-r bair, 3 toot, Erdenet |
| Reza Karimi | bror | Quartier Dixinn, Commune de Matam, Conakry |
| Nima Karimi | kusin | mkr. Aksai-4, d. 31, kv. 8, Almaty 050031 |

Farbrodern bor på Plot 112, Kijitonyama, P.O. Box 3310, Dar es Salaam.
Farmodern bor på Görogly köçesi 18, jaý 6, Mary 745400.
"""


@pytest.mark.parametrize("address", [
    "Sabunçu qəsəbəsi, Rəsulzadə küç. 17, mən. 9, Bakı AZ1104",
    "Darkhan sum, 3-r khoroo, 22-r bair, 61 toot, Darkhan",
    "Mirzo Ulug'bek tumani, 4-mavze, 18-uy, 7-xonadon, Samarqand",
    "3F., No. 16, Alley 2, Lane 58, Minzu W. Rd., Datong Dist., Taipei 103",
    "Umudugudu wa Rugando, Akagari ka Bweyeye, Umurenge wa Kanombe, Kigali",
    "Sükhbaatar sum, 9-r khoroo, 14-r bair, 3 toot, Erdenet",
    "Quartier Dixinn, Commune de Matam, Conakry",
    "mkr. Aksai-4, d. 31, kv. 8, Almaty 050031",
    "Plot 112, Kijitonyama, P.O. Box 3310, Dar es Salaam",
    "Görogly köçesi 18, jaý 6, Mary 745400",
])
def test_an_address_with_lowercase_kind_words_is_masked_whole(blank_detector, address):
    assert readable_letters(blank_detector, TEXT, address) == ""


def _addresses(detector, text: str) -> list[str]:
    from redact.document_detection import detect_text

    det = detect_text(text, detector)
    return [text[f.start:f.end] for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"]


def test_the_swedish_sentence_after_the_parts_stays(blank_detector):
    text = ("Mormor bor på Xətai rayonu, Babək pr. 12, mən. 4, Bakı och hon hälsar på i juni.\n"
            "Anna Berg, Storgatan 4, Lövåsa, 2024 Beslut fattades.\n"
            "Hon bor i Malmö, Skåne och arbetar deltid, sedan 2019 på förskolan.\n"
            "Han flyttade till Göteborg, betalade 1200 kr, 3 mars 2024, dnr 2024-118.\n")
    found = _addresses(blank_detector, text)
    assert not [a for a in found if any(w in a for w in ("hälsar", "juni", "Beslut", "fattades", "deltid", "kr",
                                                         "mars", "dnr"))]
    assert any("Babək pr. 12, mən. 4, Bakı" in a for a in found)


def test_a_firms_own_address_with_many_parts_stays(blank_detector):
    text = "Klagande\nNorrby Handel AB, Industrigatan 12, byggnad 4, plan 2, 831 40 Östersund\nOmbud saknas\n"
    assert not [a for a in _addresses(blank_detector, text) if "Norrby" in a or "Handel" in a]
