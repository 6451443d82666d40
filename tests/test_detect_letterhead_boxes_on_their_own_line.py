"""The body's box on the line under its name, no comma between ("Fjällfiskerådet (FFR), enheten för kort" / "Box
2210, 831 20 Fjällvik"), and on the line of a unit numbered after its town ("Skatteverket, folkbokföringen Fjällvik
2, Box …"); a postal box's words before its number ("PO Box 418") are no one's name, though the model reads them
as one. Fictional bodies and people."""

from __future__ import annotations

from redact.document_detection import detect_text


def _masked(blank_detector, text: str, categories: tuple[str, ...]) -> list[str]:
    return [" ".join(f.text.split()) for f in detect_text(text, blank_detector).findings
            if f.category in categories and f.status != "rejected"]


def test_the_box_under_the_bodys_name_and_abbreviation_stays(model_detector):
    text = ("Beslut om fiskekort, maj 2027\nFjällfiskerådet (FFR), enheten för fiskekort\nBox 2210, 831 20 Fjällvik\n"
            "Växel 010-123 45 00. Funktionsbrevlåda fiskekort@ffr-fjall.se\n\nTove Lindahl\nBox 118\n831 91 Fjällvik\n\n"
            "Ditt kort gäller från juni.\n")
    masked = _masked(model_detector, text, ("ADDRESS", "POSTAL_CODE"))
    assert not any("831 20" in m for m in masked), masked
    assert any("Box 118" in m for m in masked), masked


def test_the_box_after_a_unit_numbered_after_its_town_stays(blank_detector):
    text = ("Utredningar 2027\nSkatteverket, folkbokföringen Fjällvik 2, Box 4410, 831 21 Fjällvik\n"
            "Växel 010-574 00 00. Funktionsbrevlåda folkbokforing2@skv-fjall.se\n\nHandläggare Per Ek.\n")
    masked = _masked(blank_detector, text, ("ADDRESS", "POSTAL_CODE"))
    assert not any("831 21" in m or "Fjällvik 2" in m for m in masked), masked


def test_a_postal_boxs_words_are_no_name(model_detector):
    text = "Beslut om nedsättning\n\nOwen Pryce\nPO Box 418\nFremantle WA 6959, Australien\n\nDu har ansökt.\n"
    names = _masked(model_detector, text, ("PERSON",))
    assert not any("Box" in n for n in names), names
