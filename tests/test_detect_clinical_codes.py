"""Clinical and classification codes beside their system's name (a tooth's FDI number, an ICD diagnosis, an ATC drug
code, a KVÅ procedure, a dental fee's price-list code, an industry code) are no identifiers of a person: a reading of
one as an identifier or a name is dropped, a patient's own number beside them stays. Fictional records."""

from __future__ import annotations

import pytest

from redact.detect.clinical_codes import drop_clinical_codes
from redact.types import Finding


def _finding(text: str, part: str, category: str = "ID_NUMBER", n: int = 0) -> Finding:
    start = text.index(part)
    return Finding(id=f"f{n}", page=1, start=start, end=start + len(part), text=part, category=category, score=0.8,
                   detector="learned_spans")


@pytest.mark.parametrize("text,part,category", [
    ("Implantat\nFDI 26\nM.Ho.\n", "FDI 26", "ID_NUMBER"),
    ("Bron sitter på FDI 34–36 bro.", "FDI 34–36", "ID_NUMBER"),
    ("Tand\nFDI 21\n", "FDI", "PERSON"),
    ("Åtgärd enligt TLV 301.", "TLV 301", "ID_NUMBER"),
    ("Diagnos ICD-10 K08.1, remiss skickad.", "ICD-10 K08.1", "ID_NUMBER"),
    ("Insulin, ATC A10AB05, byttes ut.", "ATC A10AB05", "ID_NUMBER"),
    ("Åtgärd KVÅ DV200 utförd.", "KVÅ DV200", "ID_NUMBER"),
    ("Verksamhet Fysioterapi, SNI 86.905", "SNI 86.905", "ID_NUMBER"),
])
def test_a_code_beside_its_systems_name_is_no_identifier(text, part, category):
    assert drop_clinical_codes([_finding(text, part, category)], text) == []


def test_the_patients_own_number_beside_a_tooth_code_stays():
    text = "Patient PTJ-NOR 7712/27, tand FDI 36, implantat SN 77120."
    kept = drop_clinical_codes([_finding(text, "PTJ-NOR 7712/27"), _finding(text, "FDI 36", n=1),
                                _finding(text, "SN 77120", n=2)], text)
    assert [f.text for f in kept] == ["PTJ-NOR 7712/27", "SN 77120"]
