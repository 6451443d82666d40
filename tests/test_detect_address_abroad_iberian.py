"""Homes in the Portuguese- and Spanish-writing countries and Iceland: Brazil's number after a comma and its
parts parted by dashes ("Av. ..., 890 - apto 12 - Fortaleza - CE - 60160-230"), Portugal's "n.º" and floor, Spain's
"C/" and ground floor ("bajo B"), Cuba's crossing streets ("e/ 21 y 23"), an Icelandic flat ("íbúð 4") before a
three-digit postal code. Fictional people and homes; the blank pipeline."""

from __future__ import annotations

import pytest

from tests.address_checks import readable_letters


@pytest.mark.parametrize("text, address", [
    ("Hennes bror bor på Av. Santos Dumont, 890 - apto 12 - Fortaleza - CE - 60160-230.",
     "Av. Santos Dumont, 890 - apto 12 - Fortaleza - CE - 60160-230"),
    ("| Namn | Adress |\n| Lucas Pereira | Rua Sete de Abril, 77, Centro, Porto Alegre - RS, 90010-150 |",
     "Rua Sete de Abril, 77, Centro, Porto Alegre - RS, 90010-150"),
    ("Modern bor på Rua de Cedofeita, n.º 140, 2.º Dto., 4050-174 Porto.",
     "Rua de Cedofeita, n.º 140, 2.º Dto., 4050-174 Porto"),
    ("Adress: C/ Atocha, 58, 2º Dcha., 28012 Madrid\nTelefon: saknas", "C/ Atocha, 58, 2º Dcha., 28012 Madrid"),
    ("Sonen bor på Avda. de la Libertad 14, bajo A, 30009 Murcia.", "Avda. de la Libertad 14, bajo A, 30009 Murcia"),
    ("Beslutet skickas c/o Yanet Pérez, Calle 25 No. 312 e/ 21 y 23, Vedado, La Habana.",
     "Calle 25 No. 312 e/ 21 y 23, Vedado, La Habana"),
    ("Systern bor på Bergstaðastræti 9, íbúð 4, 101 Reykjavík.", "Bergstaðastræti 9, íbúð 4, 101 Reykjavík"),
])
def test_the_whole_home_is_masked(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""


def test_a_brazilian_home_over_a_line_end(blank_detector):
    text = "Fadern bor numera på Rua das Palmeiras, 215, Bloco C, apto 102,\nMeireles, Fortaleza/CE, CEP 60165-080."
    address = "Rua das Palmeiras, 215, Bloco C, apto 102,\nMeireles, Fortaleza/CE, CEP 60165-080"
    assert readable_letters(blank_detector, text, address) == ""


# a register's table read one cell a line: the street with its floor, then the postal code and the town (a Spanish
# province in brackets after it), and a Portuguese street named with "das" before a name that is a surname too
TABLE = ("Väljare\nPnr\nAdress i registret\nOrt\nMaria Holm\n810313-2278\nAvenida del Mar 17, 4º C\n"
         "29680 Estepona (Málaga)\nLeif Dahl\n770925-3318\nRua das Oliveiras 45, 1.º Dto.\n4050-230 Porto\n"
         "Kari Moe\n690411-2284\nTorggata 8\n0181 Oslo\n")


@pytest.mark.parametrize("address", ["Avenida del Mar 17, 4º C\n29680 Estepona (Málaga)",
                                     "Rua das Oliveiras 45, 1.º Dto.\n4050-230 Porto"])
def test_a_postal_line_below_a_street_with_its_floor_is_masked(blank_detector, address):
    assert readable_letters(blank_detector, TABLE, address) == ""


def test_the_column_headers_stay_readable(blank_detector):
    assert readable_letters(blank_detector, TABLE, "Adress i registret\nOrt") == "AdressiregistretOrt"


def test_an_icelandic_street_and_its_postal_cell_read_one_a_line(blank_detector):
    # a register's table: the street's cell, then the postal code, the town and the country in the next column
    text = ("Reg.nr\nGatuadress\nPostort\n31-2207\nSnorrabraut 61\n105 Reykjavík, Ísland\n31-2214\n"
            "Ågatan 4\n582 22 Linköping\n")
    assert readable_letters(blank_detector, text, "105 Reykjavík, Ísland") == ""


@pytest.mark.parametrize("text, address", [
    # Portugal's and Brazil's street words with the number after the name, no cue and no postal code; the town up to
    # the quoted letter's own small words going on after it
    ("Moradas anteriores: Beco da Achada 7, Évora; Praceta das Gaivotas 2, Setúbal.", "Beco da Achada 7, Évora"),
    ("Moradas anteriores: Beco da Achada 7, Évora; Praceta das Gaivotas 2, Setúbal.", "Praceta das Gaivotas 2, Setúbal"),
    ("A minha filha mudou-se da Calçada do Moinho 31, Braga em abril.", "Calçada do Moinho 31, Braga"),
    ("Dear Rosa, Largo do Pelourinho 5, Tavira where my aunt lived is sold.", "Largo do Pelourinho 5, Tavira"),
])
def test_a_portuguese_street_word_and_number_are_masked_with_the_town(blank_detector, text, address):
    assert readable_letters(blank_detector, text, address) == ""
