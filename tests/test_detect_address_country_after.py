"""The country named right after a home abroad is the address's last part ("..., 10000 Prizren, Kosovo"), also
after a town of several words with a lower-case particle ("Dar es Salaam") and after a home the span tagger found;
a house's kind before its number sign ("Villa n° 87") is its first part, and a lower-case unit word of any
language before its number ("hyrja 2") one of its parts. Fictional people and places."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.document_detection import detect_document, detect_text

sys.path.insert(0, str(Path(__file__).parent))
from address_checks import readable_letters  # noqa: E402
from pdf_builders import new_pdf, save, table, write_lines  # noqa: E402

TEXT = """Uppgifter om hyresvärdarna
Hyresvärden Baraka Mwinyi har adress P.O. Box 2290, Plot 57 Msasani A, Dar es Salaam, Tanzania; han svarar per post.
Hyresvärdinnan har flyttat till Villa n° 87, Sicap Baobabs 4, BP 2210 Dakar, Sénégal och vill ha hyran dit.
Dottern bor hos sin moster på Rr. Adem Jashari 14, hyrja 2, 20000 Prizren, Kosovo, sedan i våras.
"""


@pytest.mark.parametrize("address", [
    "P.O. Box 2290, Plot 57 Msasani A, Dar es Salaam, Tanzania",
    "Villa n° 87, Sicap Baobabs 4, BP 2210 Dakar, Sénégal",
    "Rr. Adem Jashari 14, hyrja 2, 20000 Prizren, Kosovo",
])
def test_a_home_abroad_is_masked_with_its_country_and_house_kind(blank_detector, address):
    assert readable_letters(blank_detector, TEXT, address) == ""


def test_the_taggers_home_abroad_takes_the_country_after_it(model_detector):
    text = "Deltagaren bor hos sin bror på\nAlisher Navoiy ko'chasi 52, kv. 18, Toshkent 100011, Uzbekistan. Nämnden avslår.\n"
    det = detect_text(text, model_detector)
    masked = [(f.start, f.end) for f in det.findings if f.status != "rejected" and f.start is not None]
    at = text.index("Alisher")
    home = text[at:text.index(". Nämnden")]
    left = "".join(text[i] for i in range(at, at + len(home))
                   if text[i].isalnum() and not any(a <= i < b for a, b in masked))
    assert left == "", left



def test_a_home_abroad_takes_its_country_with_the_tagger_off(monkeypatch):
    """The country is joined to the rules' home after the tagger's step, whether the tagger runs or not."""
    from redact.detect.engine import Detector

    monkeypatch.setenv("REDACT_LEARNED_SPANS", "0")
    detector = Detector()
    assert detector.tagger is None
    text = "Modern till barnet bor sedan i somras på Rruga Ismail Qemali 31, hyrja 4, 1001 Tiranë, Albania och arbetar där.\n"
    det = detect_text(text, detector)
    home = "Rruga Ismail Qemali 31, hyrja 4, 1001 Tiranë, Albania"
    at = text.index(home)
    spans = [(f.start, f.end) for f in det.findings if f.status != "rejected" and f.category == "ADDRESS"]
    assert (at, at + len(home)) in spans, spans


@pytest.mark.parametrize("address", [
    "Titova 19, 88000 Mostar, Bosna i Hercegovina",  # the country's own "and", in small letters
    "Rua da Praia 12, Neves, São Tomé e Príncipe",
    "Ferhadija 7, 71000 Sarajevo, Bosnien-Hercegovina",  # the Swedish short form with a hyphen
])
def test_a_country_of_two_names_joined_by_and_ends_the_home(blank_detector, address):
    text = f"Sökandens mor Jasna Kovač har adressen {address}, telefon +387 61 223 404.\n"
    assert readable_letters(blank_detector, text, address) == ""


# An address table abroad: the street in one cell, the postal code, town and country in the next, the country in
# its own language ("România", "Slovenija"); the country closes the postal line, so the line joins the street.
POSTAL_ROWS = [
    ["Mottagare", "Adress", "Postadress"],
    ["Ioana Marin", "Strada Florilor 8, ap. 3", "300011 Timisoara, România"],
    ["Jana Novak", "Slovenska cesta 14", "1000 Ljubljana, Slovenija"],
]


@pytest.mark.parametrize("street, postal", [(r[1], r[2]) for r in POSTAL_ROWS[1:]])
def test_a_postal_line_ending_in_the_countrys_own_name_joins_the_street(tmp_path, blank_detector, street, postal):
    doc = new_pdf()
    page = doc.new_page(width=595, height=842)
    write_lines(page, ["Adresser för utskick"], y=70)
    table(page, (40, 90), POSTAL_ROWS, col_width=170)
    det = detect_document(save(doc, tmp_path / "utskick.pdf"), blank_detector)
    found = {" ".join(f.text.split()) for f in det.findings if f.category == "ADDRESS" and f.status != "rejected"}
    assert f"{street} {postal}" in found, found


def test_a_move_from_abroad_masks_the_two_homes_apart(blank_detector):
    # "till" one home "från" the other: the preposition between them is no part of either address
    text = "Familjen flyttade till Björkvägen 7 från Lange Nieuwstraat 18, 3512 PH Utrecht, Nederland i mars.\n"
    found = [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
             if f.category == "ADDRESS" and f.status != "rejected"]
    assert not any("från" in a for a in found), found
    assert readable_letters(blank_detector, text, "Lange Nieuwstraat 18, 3512 PH Utrecht, Nederland") == ""


# A province after a postal code of another country's shape and its town, ending the cell or the line, is the home's
# last part as a country is; after a Swedish postal code and town the next word is not taken.
def test_a_province_after_a_foreign_postal_code_and_town_ends_the_home(blank_detector):
    from tests.address_checks import readable_letters

    text = ("Adresser\nSign.\nAdress\nPostort\nK.Lo.\nKale Zaharra 7, 2. esk.\n20003 Donostia, Gipuzkoa\n"
            "M.Ek.\nStorgatan 4\n702 11 Örebro\n")
    assert readable_letters(blank_detector, text, "Kale Zaharra 7, 2. esk.\n20003 Donostia, Gipuzkoa") == ""
    text = ("Adresser\nSign.\nAdress\nPostort\nK.Lo.\nKale Zaharra 7, 2. esk.\n20003 Donostia\n"
            "M.Ek.\nStorgatan 4\n702 11 Örebro, Centrum\n")
    assert readable_letters(blank_detector, text, "Centrum") == "Centrum"
