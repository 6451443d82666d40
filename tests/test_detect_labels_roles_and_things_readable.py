"""Words that stay readable beside masked items: a number's label before a code of a property's shape
("Kundreferens"), a role before a name ("Värdinna"), a firm's common noun opening a sentence ("Flyttfirman"), a
device in a column beside signers' initials ("tv"), a dateline's date read as a table's identifier cell. Fictional
people."""

from __future__ import annotations

import pytest

from redact.detect.initials import find_initials_in_signatures
from redact.detect.property import PropertyRecognizer
from redact.detect.table_header_words import ID
from redact.detect.table_values import value_fits
from redact.pipeline import detect_text


@pytest.mark.parametrize("text, code", [
    ("Kundreferens KX-PL 26:3107. Paketet gick tillbaka.", "KX-PL 26:3107"),
    ("Anläggningsnr HE-BR 14:2209 gäller mätaren.", "HE-BR 14:2209"),
])
def test_a_numbers_label_before_a_code_of_a_propertys_shape_stays_readable(text, code):
    found = [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], None)]
    assert code in found and not any("referens" in f or "nr" in f for f in found), found


def test_a_device_in_a_column_beside_signers_initials_is_no_initials():
    text = "\n".join(["Utlånade apparater", "Patient", "Apparat", "Handl.", "Telefon",
                      "BN", "tv", "GöL", "070-118 22 41", "AK", "sängterminal", "RtE", "070-118 22 42",
                      "OP", "tv", "GöL", "070-118 22 43", ""])
    found = [text[a:b] for a, b, _ in find_initials_in_signatures(text)]
    assert "tv" not in found and "GöL" in found and "BN" in found, found


# (a dateline's "den" before the day too: the signing line read under the table's last column)
@pytest.mark.parametrize("value", ["28 oktober 2027", "3 maj", "14 jan. 2026", "den 9 mars 2027"])
def test_a_day_and_its_months_name_is_no_identifier_cell(value):
    assert not value_fits(ID, value, "Id-nummer")


def test_an_identifier_cell_still_fits():
    assert value_fits(ID, "0052218874", "Id-nummer")


@pytest.mark.parametrize("text, role, name", [
    ("Region Norrbotten, patientservice\nVärdinna Sanna Kiviniemi (SKi), samordnare Per Ylinen (PY).\n",
     "Värdinna", "Sanna Kiviniemi"),
    ("Kiruna bostäder\nFlyttnummer KB-F 26.7.1.\nFlyttfirman hämtar möblerna den 3 mars; nycklarna lämnas till "
     "Tove Rask.\n", "Flyttfirman", "Tove Rask"),
])
def test_a_role_or_a_firms_noun_before_a_name_stays_readable(model_detector, text, role, name):
    found = {f.text for f in detect_text(text, model_detector).findings if f.category == "PERSON"}
    assert name in found, found
    assert not any(role in t for t in found), found


@pytest.mark.parametrize("value", ["tv", "dvd", "wc"])
def test_a_device_in_small_letters_is_no_signers_initials_in_a_cell(value):
    from redact.detect.table_header_words import SIGN

    assert not value_fits(SIGN, value, "Patient")
    assert value_fits(SIGN, "jk", "Sign.")


def test_a_numbers_label_alone_before_a_code_of_a_propertys_shape_is_no_tract():
    # the label is the only word before the digits: no tract's name is left ("Avtalsnr" is no place)
    text = "Hyresavtalet gäller sommaren.\nAvtalsnr 5512:03/27-KB.\n"
    assert not [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], None)]
    text = "Fastigheten Ekby 5:12 arrenderas ut."
    assert [text[r.start:r.end] for r in PropertyRecognizer().analyze(text, ["PROPERTY"], None)] == ["Ekby 5:12"]
