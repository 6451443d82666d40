"""A new address given after "adress till/på" ("har bytt adress till Lövåsa 118", a village and its number), and an
Irish Eircode on the line after its town. Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar om adressändringar
Yusra Warsame har bytt adress till Lövåsa 118 från första maj.
Ny adress på Åsvägen gäller från juni.
Hennes mormor bor på Irland, adress 14 Shop Street, Galway
H91 K2X4.
Paketet skickas till sommarstugan på Björnmyra 12 i juli.
Hans trädgård på Tallberga 7 är inte odlingsmark.
Familjen har sin stuga vid Lommyra 5 och kommer i juli.
Konstnären har sin ateljé på Tjärnby 31 sedan i våras.
Kommunen köpte fastigheten på Kvarnholm 14 sedan 1990.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> set[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"}


@pytest.mark.parametrize("address", ["Lövåsa 118", "Åsvägen", "14 Shop Street, Galway H91 K2X4",
                                     # a home named by its kind before a village and its number
                                     "Björnmyra 12", "Tallberga 7", "Lommyra 5",
                                     # an artist's studio, a place of the person's own as the summer house is
                                     "Tjärnby 31"])
def test_the_address_is_found(addresses, address):
    assert address in addresses


def test_an_address_sent_to_someone_is_no_place(blank_detector):
    page = Page(number=1, text="Vi skickar adress till kunden 2 gånger per år.\n", words=(), width=595, height=842)
    assert not [f for f in blank_detector.detect(page) if f.category == "ADDRESS"]


def test_a_property_after_its_noun_is_no_home(blank_detector):
    # "fastigheten på Kvarnholm 14" names a property's block and number, which the property rules judge
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    assert not [f for f in blank_detector.detect(page) if f.category == "ADDRESS" and "Kvarnholm" in f.text]
