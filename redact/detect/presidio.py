"""The one bridge to Presidio: an AnalyzerEngine built explicitly for Swedish.

Plain ``AnalyzerEngine()`` would try to download an English spaCy model, and an
empty registry would silently load every predefined (English) recognizer, so
both the NLP engine and the registry are constructed here by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language

LANGUAGE = "sv"

log = logging.getLogger(__name__)


class SwedishNlpEngine(SpacyNlpEngine):
    """A Presidio NLP engine around a spaCy pipeline that is already loaded (never downloads)."""

    def __init__(self, nlp: Language):
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": "redact-sv"}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={"PER": "PERSON", "PERSON": "PERSON"},
                labels_to_ignore=["ORG", "LOC", "MISC", "GPE", "NORP", "FAC", "EVENT", "WORK_OF_ART", "PRD"],
                low_score_entity_names=[],
            ),
        )
        self.nlp = {LANGUAGE: nlp}

    def load(self) -> None:
        """Nothing to load: the pipeline was passed in."""


def build_analyzer(nlp: Language, recognizers: Sequence[EntityRecognizer]) -> AnalyzerEngine:
    """An AnalyzerEngine for Swedish holding exactly the given recognizers."""
    if not recognizers:
        raise ValueError("at least one recognizer is required (an empty registry loads English defaults)")
    registry = RecognizerRegistry(recognizers=list(recognizers), supported_languages=[LANGUAGE])
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=SwedishNlpEngine(nlp),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=LemmaContextAwareEnhancer(
            context_similarity_factor=0.35, min_score_with_context_similarity=0.45, context_matching_mode="whole_word"
        ),
        default_score_threshold=0.0,
    )


def analyze(engine: AnalyzerEngine, text: str, threshold: float) -> list[RecognizerResult]:
    """Run the analyzer over one page of text."""
    return engine.analyze(text=text, language=LANGUAGE, score_threshold=threshold, return_decision_process=True)
