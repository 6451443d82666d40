"""Presidio's context words around a match, found by bisection and a keyword set, are the words its own walk finds."""

from __future__ import annotations

import pytest
import spacy
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from redact.detect.presidio import LANGUAGE, SwedishLemmaEnhancer, SwedishNlpEngine, _Artifacts

TEXTS = [
    "Kundnummer: 55012 3, tel 070-123 45 67. Personnummer 19850312-1234 tillhör Anna-Lena Berg.",
    "  Hej\n\nAnna!  Konto  8327-9  (Swedbank), clearing 8327 och kontonummer 994 112 223-4 .  ",
    "Org.nr 556677-8899; ärende KS 2026/112 – handläggare Per Lund, Storgatan 4, 111 22 Stockholm",
]


def _artifacts(text: str) -> _Artifacts:
    nlp = spacy.blank("sv")
    engine = SwedishNlpEngine(nlp)
    doc = nlp(text)
    return _Artifacts(entities=[], tokens=doc, tokens_indices=[t.idx for t in doc],
                      lemmas=[t.lower_ for t in doc], nlp_engine=engine, language=LANGUAGE)


def _words(method, enhancer, artifacts, start):
    try:
        return method(enhancer, artifacts, "x", start)
    except ValueError as exc:
        return str(exc)


@pytest.mark.parametrize("suffix", [0, 3])
@pytest.mark.parametrize("text", TEXTS)
def test_the_same_words_as_presidios_walk(text: str, suffix: int) -> None:
    enhancer = SwedishLemmaEnhancer(context_suffix_count=suffix)
    artifacts = _artifacts(text)
    assert artifacts.keywords
    for start in range(len(text) + 2):
        fast = _words(SwedishLemmaEnhancer._extract_surrounding_words, enhancer, artifacts, start)
        slow = _words(LemmaContextAwareEnhancer._extract_surrounding_words, enhancer, artifacts, start)
        assert fast == slow, start
