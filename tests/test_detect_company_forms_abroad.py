"""A firm abroad named with its country's company form ("(Pty) Ltd", "(Pvt) Ltd", "Pte Ltd", "Sdn Bhd", "S.A.",
"S.R.L.") is a company, not a person, nor are the form's letters anyone's initials; a person named beside it and
dotted initials after a small word stay masked. Fictional firms and people."""

from __future__ import annotations

import pytest

from redact.document_detection import detect_text

TEXT = """Studieresan ordnades av Kalahari-like Student Tours (Pty) Ltd i Gaborone och kostade 12 000 kronor.
Fakturan kom från Mopane Safari Lodges (Pvt) Ltd, Harare, och betalades av Lina Berg.
Leverantören Merlion Harbour Supplies Pte Ltd i Singapore skickade varorna.
Avtalet tecknades med Kinabalu Timber Sdn Bhd och Andes Viajes S.A. samt Carpazi Turism S.R.L. i fjol.
Kontaktperson hos Okavango Wild Trails (Pty) Ltd är Thabo Molefe.
"""
# dotted initials after a small word are a person's, in a document naming no such firm
SIGNED = "Protokollet justerades av S.A. och K.L. den 3 maj.\n"


@pytest.fixture(scope="module")
def masked(model_detector) -> list[tuple[int, int]]:
    det = detect_text(TEXT, model_detector)
    return [(f.start, f.end) for f in det.findings if f.status != "rejected" and f.category == "PERSON"]


@pytest.mark.parametrize("firm", [
    "Kalahari-like Student Tours (Pty) Ltd", "Mopane Safari Lodges (Pvt) Ltd", "Merlion Harbour Supplies Pte Ltd",
    "Kinabalu Timber Sdn Bhd", "Andes Viajes S.A.", "Carpazi Turism S.R.L.", "Okavango Wild Trails (Pty) Ltd",
])
def test_a_firm_with_a_company_form_abroad_is_no_person(masked, firm):
    at = TEXT.index(firm)
    assert not [s for s in masked if s[0] < at + len(firm) and at < s[1]], firm


@pytest.mark.parametrize("name", ["Lina Berg", "Thabo Molefe"])
def test_persons_beside_the_firms_stay_masked(masked, name):
    at = TEXT.index(name)
    left = [i for i in range(at, at + len(name))
            if TEXT[i].isupper() and not any(a <= i < b for a, b in masked)]
    assert left == [], name


def test_dotted_initials_after_a_small_word_stay_masked(model_detector):
    det = detect_text(SIGNED, model_detector)
    masked = [(f.start, f.end) for f in det.findings if f.status != "rejected" and f.category == "PERSON"]
    left = [SIGNED[i] for i in range(len(SIGNED)) if SIGNED[i].isupper() and SIGNED[i] != "P"
            and not any(a <= i < b for a, b in masked)]
    assert left == [], left
