"""Classes of personal data a further round of documents showed the rules missed: a village and house
number under any "-adress" header ("Besöksadress", "Leveransadress"), a log-in code after its noun, a
code after a verb that ends a wrapped line. Fictional people; the blank pipeline (rules only)."""

from __future__ import annotations

import pytest

from redact.pipeline import detect_text


def _found(det) -> dict[str, str]:
    return {" ".join(f.text.split()): f.category for f in det.findings}


@pytest.mark.parametrize("header", ["Besöksadress", "Leveransadress", "Vistelseadress"])
def test_a_village_and_number_under_an_address_compound_header(header, blank_detector):
    text = (f"| Nr | Namn | {header} | Sign.\n"
            "| 14 | Birgitta Hällström | Granträsk 9 | AnL\n"
            "| 15 | Nikola Petrović | Myrbacka 27 | AnL\n")
    found = _found(detect_text(text, blank_detector))
    assert found.get("Granträsk 9") == "ADDRESS" and found.get("Myrbacka 27") == "ADDRESS", found


def test_a_web_address_column_is_no_home(blank_detector):
    text = "| Förening | Webbadress | Antal\n| Skidklubben | Granträsk 9 | 12\n"
    assert "Granträsk 9" not in _found(detect_text(text, blank_detector))


@pytest.mark.parametrize("noun", ["inloggning", "användarnamn"])
def test_a_log_in_code_after_its_noun(noun, blank_detector):
    text = f"Sirpa Mäkelä har ett konto hos ljudboksappen med {noun} LB-55218; kontot är spärrat.\n"
    assert any("LB-55218" in t for t in _found(detect_text(text, blank_detector)))


def test_a_code_after_a_verb_that_ends_a_wrapped_line(blank_detector):
    text = ("Resten av ledigheten räknas som olovlig frånvaro enligt skolans regler. Aminas Skolportal-id är\n"
            "SP-70412. Hon reser med sin mamma till Göteborg.\n")
    assert any("SP-70412" in t for t in _found(detect_text(text, blank_detector)))
