"""Another EU country's business number of a sole trader under an organisation number's label or column header
("Org.nr" over "EE 38104127015"), with no check digit computed here; a company's number in its own row stays, and
such digits without an organisation label are nobody's. Fictional text; the blank pipeline."""

from __future__ import annotations

from redact.types import Page


def found(detector, text: str) -> dict[str, str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()): f.category for f in detector.detect(page)}


CELLS = """Firma
Org.nr
Ort
Tamm
EE 38104127015
Tallinn
Baltic Roofing SIA
LV 40103558812
Riga
"""


def test_a_sole_traders_foreign_number_under_the_org_header_is_masked(blank_detector):
    assert found(blank_detector, CELLS).get("38104127015") == "ORG_NUMBER"


def test_a_companys_foreign_number_in_its_row_stays(blank_detector):
    assert "40103558812" not in found(blank_detector, CELLS)


def test_the_shape_without_an_organisation_label_is_nobodys(blank_detector):
    assert "38104127015" not in found(blank_detector, "Sändningen har kollinummer EE 38104127015 hos posten.\n")
