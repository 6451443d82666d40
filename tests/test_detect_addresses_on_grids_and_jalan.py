"""Addresses abroad of two more shapes are masked whole: a Latin American grid address numbered by the crossing
street ("Calle 48 # 12-07", "Carrera 15 No. 93-47", "Cra. 11A N° 82-14 Sur", Quito's "Av. Amazonas N34-451 y ...")
with its house, flat, quarter, town and department, and an Indonesian or Malaysian address ("Jalan ...", "Jl. ...
No. 45", "Gg. ...") with its RT/RW, kelurahan or desa, kecamatan, kabupaten, town and postal code, also broken over
a line. Ordinary text of the same shape (a number, "#" or "No." and a range; a project named "Jalan") stays.
Fictional people and places."""

from __future__ import annotations

import pytest

from redact.types import Page

TEXT = """Anteckningar om anhöriga utomlands
Hennes moster bor på
Calle 48 # 12-07, casa 9, Villa Santana, Pereira och har bett om kopia.
Brodern bor på Carrera 15 No. 93-47, apto. 502, Chapinero, Bogotá D.C. sedan i våras.
Farmor flyttade till Cra. 11A N° 82-14 Sur, torre 2, apto 301, Medellín, Antioquia.
Kusinen bor på Avenida Calle 26 # 68C-61, Bogotá, Colombia.
Morbror nås på Transversal 5 Bis # 12-30, Barrio La Floresta, Manizales, Caldas 170004 i år.
Hennes far bor på Calle 72 No. 3H-45, Maracaibo, Venezuela och ringer ibland.
Mormor bor i Quito på Av. Amazonas N34-451 y Av. Atahualpa, Edificio Torres Azules, piso 6.
Sonen bor på calle 10 # 4-55, Cartagena och studerar.
Hans syster bor på
Jalan Melati 22, RT 04/RW 07,
Cempaka Putih, Jakarta Pusat 10510 och nås på telefon.
Pappan bor på Jl. Diponegoro No. 45, Desa Sukamaju, Kecamatan Cibinong, Kabupaten Bogor, Jawa Barat 16911.
Modern bor på Gg. Mawar II No. 5, RT. 002/RW. 009, Kel. Tegalsari, Kec. Candisari, Semarang 50252, Indonesia.
Dottern bor på No. 8, Jalan Seri Putra 3, Taman Seri Indah, 53100 Kuala Lumpur, Malaysia.
Farbror bor på Jalan Kebon Jeruk 9, RT 01 RW 03, kelurahan Kebon Jeruk, kecamatan Kebon Jeruk, Jakarta Barat 11530.
Mötet i rum 4 # 12-30 hölls i Kassan, Lund och alla kom.
Faktura No. 12-30, Avgift, Norrby betalades i tid.
Paragraf 3 # 4-5 gäller, Ekeby.
Projektet Jalan Lintas 3 avslutades i Medan.
"""


@pytest.fixture(scope="module")
def addresses(blank_detector) -> list[str]:
    page = Page(number=1, text=TEXT, words=(), width=595, height=842)
    return [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]


@pytest.mark.parametrize("address", [
    "Calle 48 # 12-07, casa 9, Villa Santana, Pereira",
    "Carrera 15 No. 93-47, apto. 502, Chapinero, Bogotá D.C.",
    "Cra. 11A N° 82-14 Sur, torre 2, apto 301, Medellín, Antioquia",
    "Avenida Calle 26 # 68C-61, Bogotá",
    "Transversal 5 Bis # 12-30, Barrio La Floresta, Manizales, Caldas 170004",
    "Calle 72 No. 3H-45, Maracaibo",
    "Av. Amazonas N34-451 y Av. Atahualpa, Edificio Torres Azules, piso 6",
    "calle 10 # 4-55, Cartagena",
    "Jalan Melati 22, RT 04/RW 07, Cempaka Putih, Jakarta Pusat 10510",
    "Jl. Diponegoro No. 45, Desa Sukamaju, Kecamatan Cibinong, Kabupaten Bogor, Jawa Barat 16911",
    "Gg. Mawar II No. 5, RT. 002/RW. 009, Kel. Tegalsari, Kec. Candisari, Semarang 50252",
    "No. 8, Jalan Seri Putra 3, Taman Seri Indah, 53100 Kuala Lumpur",
    "Jalan Kebon Jeruk 9, RT 01 RW 03, kelurahan Kebon Jeruk, kecamatan Kebon Jeruk, Jakarta Barat 11530",
])
def test_address_masked_whole(addresses: list[str], address: str) -> None:
    assert any(address in a for a in addresses), addresses


@pytest.mark.parametrize("word", ["rum", "Kassan", "Lund", "Faktura", "Avgift", "Norrby", "Paragraf", "Ekeby",
                                  "Projektet", "Lintas", "Medan", "och", "sedan", "studerar"])
def test_text_of_the_same_shape_stays(addresses: list[str], word: str) -> None:
    assert not any(word in a.split() for a in addresses), addresses


def test_the_town_and_postal_code_in_the_next_cell_of_a_split_address(blank_detector) -> None:
    # a table read one cell a line: the grid address, then the town with its capital district and postal code
    text = ("Bostadsadresser\nStudent\nAdress\nPostort\nA.R.M.\nCarrera 7 # 22-14, Apto 501\nBogotá D.C. 110311\n"
            "P.Ro.\nCalle 10 # 4-21\n050021 Medellín\nK.Lo.\nStorgatan 4\n211 22 Malmö\n")
    page = Page(number=1, text=text, words=(), width=595, height=842)
    found = [" ".join(f.text.split()) for f in blank_detector.detect(page) if f.category == "ADDRESS"]
    assert "Carrera 7 # 22-14, Apto 501 Bogotá D.C. 110311" in found and "Calle 10 # 4-21 050021 Medellín" in found
