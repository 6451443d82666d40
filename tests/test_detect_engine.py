"""The Presidio bridge: Swedish only, our recognizers only, no network, lemmas present."""

from __future__ import annotations

import socket

import pytest

from redact.detect.presidio import LANGUAGE, SwedishNlpEngine
from redact.types import CATEGORIES, Page


def _page(text: str) -> Page:
    return Page(number=1, text=text, words=(), width=0, height=0, source="plain")


def test_engine_is_swedish_with_only_our_recognizers(blank_detector):
    engine = blank_detector.engine
    assert engine.supported_languages == [LANGUAGE]
    assert isinstance(engine.nlp_engine, SwedishNlpEngine)
    recognizers = engine.registry.recognizers
    assert recognizers and all(r.supported_language == "sv" for r in recognizers)
    assert all(type(r).__module__.startswith("redact.") for r in recognizers)
    assert set(engine.get_supported_entities("sv")) <= set(CATEGORIES)


def test_pipeline_produces_lemmas(blank_detector):
    doc = blank_detector.nlp("Handläggaren skrev till socialsekreteraren.")
    assert [t.lemma_ for t in doc][:1] == ["handläggare"]


def test_detection_never_opens_a_socket(blank_detector, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("detection tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    findings = blank_detector.detect(_page("Skriv till anna.berg@kommunen.se eller ring 08-123 456 78."))
    assert {"EMAIL", "PHONE"} <= {f.category for f in findings}


def test_findings_carry_detector_score_and_exact_text(blank_detector):
    text = "Personnummer 19811218-9876, mobil 070-123 45 67."
    for f in blank_detector.detect(_page(text)):
        assert text[f.start : f.end] == f.text
        assert f.detector and 0 < f.score <= 1 and f.status == "proposed"


def test_personnummer_is_not_a_phone(blank_detector):
    found = blank_detector.detect(_page("Personnummer 19811218-9876"))
    assert [f.category for f in found] == ["PERSONNUMMER"]


def test_context_word_raises_score(blank_detector):
    plain = blank_detector.detect(_page("ABC 123 står på gården."))
    context = blank_detector.detect(_page("Bilens registreringsnummer är ABC 123."))
    ctx = [f for f in context if f.category == "LICENSE_PLATE"]
    assert ctx, "plate with context must be found"
    best_plain = max((f.score for f in plain if f.category == "LICENSE_PLATE"), default=0.0)
    assert ctx[0].score > best_plain


def _fresh_words(n: int, seed: str) -> list[str]:
    """Words no vocabulary holds: a letter pattern with a counter and a seed spelt in."""
    return [f"{'ABCDEFGH'[k % 8]}rvå{seed}{k}lmök" for k in range(n)]


def test_the_vocabulary_stays_bounded_over_pages_of_new_words(model_detector):
    """Every new word's string and lexeme stayed in the main pipeline's vocabulary: memory grew with each page."""
    vocab = model_detector.nlp.vocab
    model_detector.detect(_page("Handläggaren Karin Ekvall ringde till socialsekreteraren."))  # what any page adds
    strings, lexemes = len(vocab.strings), sum(1 for _ in vocab)
    pages = [Page(number=n + 1, text=" ".join(_fresh_words(60, f"s{n}x")) + ".", words=(), width=0, height=0,
                  source="plain") for n in range(12)]
    model_detector.detect_many(pages)
    assert len(vocab.strings) == strings
    assert sum(1 for _ in vocab) == lexemes


def test_lemmas_of_a_word_read_again_on_a_later_page(model_detector):
    """A lemma remembered from an earlier page must still be a string of the vocabulary (spaCy's E018)."""
    # inflected forms whose lemmas are new strings ("…handläggaren" -> "…handläggare")
    text = "Bryggvaktshandläggaren och Vipsjöhandläggarna hörde Ingrid Sjövall, tfn 070-318 44 90."
    first = model_detector.detect(_page(text))
    again = model_detector.detect(_page(text))
    assert [(f.start, f.end, f.category, f.score) for f in again] == [(f.start, f.end, f.category, f.score) for f in first]
    assert {"PERSON", "PHONE"} <= {f.category for f in first}


def test_artifacts_as_presidios_own(blank_detector):
    """Lemmas, offsets and context keywords read from the Doc's arrays are those Presidio's engine reads."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = blank_detector.engine.nlp_engine
    doc = blank_detector.nlp("Handläggaren: Anna Berg ringde kl. 14:30 till 08-123 456 78, och hon är här.\n\nSe bilaga!")
    ours = engine._doc_to_nlp_artifact(doc, LANGUAGE)
    theirs = SpacyNlpEngine._doc_to_nlp_artifact(engine, doc, LANGUAGE)
    assert ours.lemmas == theirs.lemmas and ours.tokens_indices == theirs.tokens_indices
    assert ours.keywords == theirs.keywords and ours.keywords
    assert [(e.start, e.end, e.label_) for e in ours.entities] == [(e.start, e.end, e.label_) for e in theirs.entities]
