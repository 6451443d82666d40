"""Nicknames the text says outright are someone's: after "smeknamn är", "Tilltalsnamn:", "alias", "går under
namnet", "vill bli kallad", and after the person's name with "men kallas" ("Anneli Sund men kallas Nettan"),
whatever their opening letters. A room "kallas Lyran" stays. Fictional people; the blank pipeline and the
document's resolution."""

from __future__ import annotations

import pytest

TEXT = """Anteckningar från hembesöket
Hon heter egentligen Anneli Sund men kallas Nettan av alla.
Giorgos Papadakis, alias Jorgo, svarade i telefon. Hans smeknamn är Bullen.
Tilltalsnamn: Nisse. Jurgita Kazlauskienė går under namnet Jurga.
Oluwaseun Adeyemi vill bli kallad Seun.
Salen kallas Lyran. Systemet har alias för varje användare.
"""


@pytest.fixture(scope="module")
def persons(blank_detector) -> set[str]:
    from redact.document_detection import detect_text

    det = detect_text(TEXT, blank_detector)
    return {f.text for f in det.findings if f.category == "PERSON" and f.status != "rejected"}


@pytest.mark.parametrize("nick", ["Nettan", "Jorgo", "Bullen", "Nisse", "Jurga", "Seun"])
def test_the_nickname_is_masked(persons, nick):
    assert nick in persons


def test_a_room_called_so_stays(persons):
    assert "Lyran" not in persons
