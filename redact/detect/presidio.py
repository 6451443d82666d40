"""The one bridge to Presidio: an AnalyzerEngine built explicitly for Swedish.

Plain ``AnalyzerEngine()`` would try to download an English spaCy model, and an
empty registry would silently load every predefined (English) recognizer, so
both the NLP engine and the registry are constructed here by hand.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.attrs import IDX, LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from redact.detect.nlp import pipe

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
        self._lexeme_flags: dict[tuple[str, str], tuple[bool, bool]] = {}

    def load(self) -> None:
        """Nothing to load: the pipeline was passed in."""

    # Presidio asks the vocabulary about every lemma of every page (to pick context keywords);
    # the answers depend on the word only, so they are remembered per engine (bounded: a document's
    # own words fit, and a long run of new words holds a few megabytes, not tens).
    _FLAGS_LIMIT = 1 << 15

    def _flags(self, word: str, language: str) -> tuple[bool, bool]:
        cache = self._lexeme_flags
        key = (word, language)
        flags = cache.get(key)
        if flags is None:
            lexeme = self.nlp[language].vocab[word]
            flags = (lexeme.is_stop, lexeme.is_punct)
            if len(cache) >= self._FLAGS_LIMIT:
                cache.clear()
            cache[key] = flags
        return flags

    def is_stopword(self, word: str, language: str) -> bool:
        """True if the word is a stop word (same answer as SpacyNlpEngine, remembered)."""
        return self._flags(word, language)[0]

    def is_punct(self, word: str, language: str) -> bool:
        """True if the word is punctuation (same answer as SpacyNlpEngine, remembered)."""
        return self._flags(word, language)[1]

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """As SpacyNlpEngine's, reading lemmas and offsets as two arrays of the Doc rather than a Token object a word."""
        strings = doc.vocab.strings
        lemmas = [strings[h] for h in doc.to_array(LEMMA).tolist()]  # (hash 0, no lemma: "", as Token.lemma_)
        tokens_indices = doc.to_array(IDX).tolist()
        entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
        return _Artifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=tokens_indices,
            lemmas=lemmas,
            nlp_engine=self,
            language=language,
            scores=scores,
        )


class _Artifacts(NlpArtifacts):
    """Presidio's NlpArtifacts, its keywords picked in one pass with one look-up per lemma."""

    @staticmethod
    def set_keywords(nlp_engine, lemmas: list[str], language: str) -> list[str]:  # noqa: ANN001
        """What ``NlpArtifacts.set_keywords`` gives: each lemma that is no stop word, punctuation, "-PRON-" or
        "be", lowercased and split at colons, in order."""
        if not isinstance(nlp_engine, SwedishNlpEngine):
            return NlpArtifacts.set_keywords(nlp_engine, lemmas, language)
        flags = nlp_engine._flags  # (is_stopword, is_punct), remembered per word
        keywords: list[str] = []
        add = keywords.extend
        for lemma in lemmas:
            stop, punct = flags(lemma, language)
            if not (stop or punct or lemma == "-PRON-" or lemma == "be"):
                add(lemma.lower().split(":"))
        return keywords


class SwedishLemmaEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, handed only the results it may change.

    The enhancer deep-copies every result before looking at it, and most results on a page
    (names; numbers whose context our own check already found) are ones it skips. Those are
    passed through as they are; the others go through Presidio's code unchanged, in order.
    """

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: D102
        by_id = {recognizer.id: recognizer for recognizer in recognizers}

        def may_change(result: RecognizerResult) -> bool:
            meta = result.recognition_metadata
            if not meta or RecognizerResult.RECOGNIZER_IDENTIFIER_KEY not in meta:
                return False
            recognizer = by_id.get(meta[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY])
            return bool(recognizer and recognizer.context and not meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY))

        todo = [may_change(r) for r in raw_results]
        if all(todo) or nlp_artifacts is None:
            return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        enhanced = iter(
            super().enhance_using_context(
                text, [r for r, t in zip(raw_results, todo) if t], nlp_artifacts, recognizers, context
            )
        )
        return [next(enhanced) if t else r for r, t in zip(raw_results, todo)]


def build_analyzer(nlp: Language, recognizers: Sequence[EntityRecognizer]) -> AnalyzerEngine:
    """An AnalyzerEngine for Swedish holding exactly the given recognizers."""
    if not recognizers:
        raise ValueError("at least one recognizer is required (an empty registry loads English defaults)")
    registry = RecognizerRegistry(recognizers=list(recognizers), supported_languages=[LANGUAGE])
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=SwedishNlpEngine(nlp),
        supported_languages=[LANGUAGE],
        context_aware_enhancer=SwedishLemmaEnhancer(
            context_similarity_factor=0.35, min_score_with_context_similarity=0.45, context_matching_mode="whole_word"
        ),
        default_score_threshold=0.0,
    )


def analyze(engine: AnalyzerEngine, text: str, threshold: float) -> list[RecognizerResult]:
    """Run the analyzer over one page of text."""
    return engine.analyze(text=text, language=LANGUAGE, score_threshold=threshold, return_decision_process=True)


def analyze_many(engine: AnalyzerEngine, texts: Sequence[str], threshold: float,
                 read_docs: Callable[[list[Doc]], None] | None = None) -> list[list[RecognizerResult]]:
    """Run the analyzer over several pages, the spaCy pipeline batched over them.

    The neural layers cost less per word on a batch of pages than page by page (about a
    tenth of detection); the recognizers still see one page at a time.

    The pages are read in a memory zone: the strings and lexemes of the words first seen on
    them leave the vocabulary once their results are made, so memory stays flat over a long
    run. Nothing of the Docs outlives the zone (the results hold offsets and plain text).

    ``read_docs``, when given, is called with the pages' Docs once the analyzer has read them, inside the zone
    (a second pipeline with the same tokenizer reads them instead of tokenizing the pages again); not called when
    the engine has no spaCy pipeline of its own.
    """
    nlp_engine = engine.nlp_engine
    if not isinstance(nlp_engine, SwedishNlpEngine):
        return [analyze(engine, t, threshold) for t in texts]
    nlp = nlp_engine.nlp[LANGUAGE]
    with nlp.memory_zone():
        docs = list(pipe(nlp, texts, batch_size=max(1, len(texts))))
        results = [
            engine.analyze(
                text=text, language=LANGUAGE, score_threshold=threshold, return_decision_process=True,
                nlp_artifacts=nlp_engine._doc_to_nlp_artifact(doc, LANGUAGE),
            )
            for text, doc in zip(texts, docs)
        ]
        if read_docs is not None:
            read_docs(docs)
        return results
