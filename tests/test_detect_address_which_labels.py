"""A home after a label that says which of a person's addresses it is, with no colon ("tidigare adress 7 Phố Lò Sũ,
Hoàn Kiếm, Hà Nội", "ny adress\nKuche-ye Sorkh 9, Tabriz"): masked whole in whatever country's form; a time after
"ny adress", a remark after the address and a sentence with no number stay readable. Fictional people and homes;
the blank pipeline."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text
from tests.address_checks import addresses_over, readable_letters


@pytest.mark.parametrize("text, address", [
    ("Nr 4: Thu bor hos sin syster; tidigare adress 7 Phố Lò Sũ, Hoàn Kiếm, Hà Nội.\nNr 5: Per",
     "7 Phố Lò Sũ, Hoàn Kiếm, Hà Nội"),
    ("Nr 2: Reza har samordningsnummer sedan maj; tidigare adress\nKuche-ye Sorkh 9, Tabriz.\n\nNästa ärende",
     "Kuche-ye Sorkh 9, Tabriz"),
    ("Hans senaste adress var Rua das Flores 8, Porto; posten kom tillbaka.", "Rua das Flores 8, Porto"),
])
def test_the_home_after_a_which_address_label_is_masked_whole(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


@pytest.mark.parametrize("text, kept", [
    ("Han fick ny adress 2 veckor senare enligt folkbokföringen.", "veckor"),
    ("Ny adress Ängsgatan 4, portkod lämnas muntligen.", "portkod"),
    ("Hennes tidigare adress finns i akten, se bilaga 3.", "bilaga"),
    # the sentence goes on after the address: its words are no part of it
    ("Han uppgav sin gamla adress Lindgatan 7 lgh 1104 som tillfällig adress.", "tillfällig"),
    ("Den tidigare adressen Bäckvägen 2, 731 30 Köping står kvar i registret.", "registret"),
    ("Eva Holm (tidigare adress Torsgatan 9, 731 33 Köping) driver ett pensionat.", "pensionat"),
    # a subject line ending in the label, then a sentence of the letter: no address opens it
    ("Ämne: Licens, ny adress\nJag har flyttat från Kvarngränd 3 till Ekvägen 12, 621 41 Visby.", "flyttat"),
])
def test_a_time_a_remark_or_no_address_after_the_label_stays(blank_detector, text, kept):
    assert not addresses_over(blank_detector, text, kept)
