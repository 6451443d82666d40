"""Personal identity numbers abroad in their written shapes, found without a label by their birth date and check:
Czechia's and Slovakia's rodné číslo with its slash, Latvia's personas kods with its dash, Hungary's személyi
azonosító with its two dashes, Mongolia's register number of two Cyrillic capitals and a birth date; the same shapes with a
wrong check, an impossible date or another thing's label before them stay. Fictional people; the numbers were
computed with each country's published check."""

from __future__ import annotations

import pytest

from redact.detect import dated_ids_abroad as d
from redact.detect.labelled_id import LabelledIdRecognizer

REC = LabelledIdRecognizer()


def found(text: str) -> list[str]:
    """What the identifier recognizer proposes (ID_NUMBER)."""
    return [text[r.start:r.end] for r in REC.analyze(text, ["ID_NUMBER"], nlp_artifacts=None)]


@pytest.mark.parametrize("check, good, bad", [
    # a woman's month +50; a man born in 2001
    (d.rodne_cislo_ok, ["925307/2136", "010412/4174"], ["925307/2137", "921307/2136", "010412/4175"]),
    (d.personas_kods_ok, ["051188-15276", "230404-20635"], ["051188-15277", "051388-15276", "051188-05276"]),
    # a woman born before 1997 (weights 1 to 10), a girl born in 2012 (weights 10 to 1)
    (d.szemelyi_szam_ok, ["2-850417-3314", "4-120611-2072"], ["2-850417-3315", "2-851317-3314", "9-850417-3314"]),
])
def test_each_countrys_check(check, good, bad):
    assert [v for v in good if not check(v)] == []
    assert [v for v in bad if check(v)] == []


@pytest.mark.parametrize("text, value", [
    ("| Lenka Dvořáková | Tjeckien | 925307/2136 |", "925307/2136"),
    ("Sonen Matěj, 010412/4174, går i skolan i Ekby.", "010412/4174"),
    ("| Ilze Bērziņa | 05.11.1988 | 051188-15276 |", "051188-15276"),
    ("Dottern Līga har nummer 230404-20635 i det lettiska registret.", "230404-20635"),
    ("Réka har ungersk personazonosító 4-120611-2072 enligt intyget.", "4-120611-2072"),
    ("| Gábor Tóth | 1-720903-1188 | Ekby |", "1-720903-1188"),
    # a Mongolian register number: two Cyrillic capitals, YYMMDD (the month 20 more since 2000), two digits
    ("Tuya har mongoliskt registernummer УЕ79112304 enligt passet.", "УЕ79112304"),
    ("| Bold Enkhjargal | ӨҮ03251719 | Ulaanbaatar |", "ӨҮ03251719"),
])
def test_a_dated_number_that_checks_itself_is_found_without_a_label(text, value):
    assert value in found(text)


@pytest.mark.parametrize("text", [
    "Ilze Bērziņa, 051188-15277, bor i Ekby.",  # a wrong check digit
    "Lenka Dvořáková, 925307/2137, bor i Ekby.",
    "Fakturanummer 925307/2136 ska betalas senast fredag.",  # an invoice's label before it
    "Beloppet 051188-15276 kr avser hyran.",
    "Réka Szabó, 4-120611-2073, bor i Ekby.",
    "Ordernummer 1-720903-1188 skickades i går.",
    "Tuya har mongoliskt registernummer УЕ79132304 enligt passet.",  # no thirteenth month
    "Koden ЖК790231 gäller dörren.",  # no two digits after the date
])
def test_the_same_shapes_that_do_not_check_or_are_others_stay(text):
    assert found(text) == []
