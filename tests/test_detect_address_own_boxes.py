"""A postal box the sentence calls a person's own, by a possessive or a pronoun having the address ("hennes
postadress", "sin särskilda postadress", "Hon har postadress"), is that person's home address though no name stands
in the sentence; a box the reader or the authority is asked to write to stays readable. Fictional places."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Utredning
Hon har postadress Box 88, 830 05 Järpen, eftersom hon bor i fjällen.
Beslutet gick till hans särskilda postadress, Box 312, 872 23 Sälvik.
Han uppger adressen Box 4471, 931 27 Skellefteå för all post.
Du kan skicka handlingarna till Box 12, 871 23 Näsby.
Skicka ansökan till vår postadress Box 450, 851 06 Sundsvall.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [f.text for f in blank_detector.detect(page) if f.category in ("ADDRESS", "POSTAL_CODE")]


@pytest.mark.parametrize("box", ["Box 88, 830 05 Järpen", "Box 312, 872 23 Sälvik", "Box 4471, 931 27 Skellefteå"])
def test_a_box_the_sentence_calls_a_persons_own_is_their_address(addresses: list[str], box: str) -> None:
    assert box in addresses


@pytest.mark.parametrize("box", ["Box 12", "Box 450"])
def test_a_box_to_write_to_stays_readable(addresses: list[str], box: str) -> None:
    assert not any(box in a for a in addresses)
