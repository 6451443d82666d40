"""A signature's label closed by a colon before the signer's initials ("Tillsyn: HåE" after the writer's name
and role on the same line) is no name, wherever the line's gap between them collapsed; the initials after it and a
listed name before a colon stay masked. Fictional people."""

from __future__ import annotations

from redact.detect.name_spans import signing_label
from redact.document_detection import detect_text
from redact.types import Finding

LETTER = """Besked om ditt intyg
Ditt intyg skickas med posten i nästa vecka.
Maria Ekvall, provledare Tillsyn: HåE
"""
DOTTED = """Besked om ditt intyg
Ditt intyg skickas med posten i nästa vecka.
Maria Ekvall, provledare Stickprov: A.Ek.
"""


def _finding(text: str, word: str) -> Finding:
    a = text.index(word)
    return Finding(id="t", page=1, start=a, end=a + len(word), text=word, category="PERSON", score=0.8,
                   detector="names")


def test_a_label_before_a_signers_initials_is_a_signing_label():
    assert signing_label(_finding(LETTER, "Tillsyn"), LETTER)
    assert signing_label(_finding(LETTER, "Tillsyn:"), LETTER)
    assert signing_label(_finding(DOTTED, "Stickprov"), DOTTED)


def test_a_word_before_a_colon_and_a_sentence_is_no_signing_label():
    text = "Beslut: Ansökan beviljas i sin helhet.\n"
    assert not signing_label(_finding(text, "Beslut"), text)


def test_the_label_is_no_name_and_the_initials_stay_masked(model_detector):
    for text, label, initials in ((LETTER, "Tillsyn", "HåE"), (DOTTED, "Stickprov", "A.Ek.")):
        found = {f.text.rstrip(":") for f in detect_text(text, model_detector).findings if f.status != "rejected"}
        assert label not in found, found
        assert {"Maria Ekvall", initials} <= found, found
