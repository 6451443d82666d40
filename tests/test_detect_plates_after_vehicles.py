"""A plate of any European country set off right after a vehicle noun ("Den tyska bilen (M-AB 1234)", "en finsk
bil, ABC-123", "Släpvagnen: AB-123-CD"), a number in brackets after its card ("medlemskort (nr 4471-22)") and a
hyphenated label before "nr" ("ID-handling nr 4471 2290"). Fictional text; the blank pipeline."""

from __future__ import annotations

import pytest

from redact.types import Page


def found(detector, text: str) -> set[str]:
    page = Page(number=1, text=text, words=(), width=595, height=842)
    return {" ".join(f.text.split()) for f in detector.detect(page)}


TEXT = """Flyttade fordon och spärrade kort
Den tyska bilen (M-AB 1234) och en finsk bil, ABC-123, flyttades av kommunen.
Släpvagnen: AB-123-CD stod kvar. En spansk bil (1234 BCD) och en brittisk bil, AB12 CDE, stod vid porten.
Hennes medlemskort (nr 4471-22) spärrades. Jonas Alm visade ID-handling nr 4471 2290 vid disken.
"""


@pytest.mark.parametrize("value", ["M-AB 1234", "ABC-123", "AB-123-CD", "1234 BCD", "AB12 CDE", "4471-22",
                                   "4471 2290"])
def test_the_code_is_masked(blank_detector, value):
    assert value in found(blank_detector, TEXT)


def test_a_model_a_date_or_a_case_after_a_vehicle_stays(blank_detector):
    text = "Bilen (dnr MB 2026-118) flyttades. Fordonet, en BMW X5, stod kvar. Bilen, 2026-11-02, hämtades.\n"
    hits = found(blank_detector, text)
    assert not {h for h in hits if "2026" in h or "X5" in h}
