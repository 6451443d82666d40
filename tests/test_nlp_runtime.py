"""The loaded pipeline's run-time settings: a tokenizer that caches every chunk, a heap kept between batches,
the NER decoded with the interpreter lock held."""

from __future__ import annotations

import pickle
import resource

import numpy as np
import pytest
import spacy

from redact.detect.heap import keep_freed_heap
from redact.detect.nlp import AffixMemo, cache_every_chunk, default_model_path, load_pipeline, pipe, remember_affixes

TEXTS = [
    "NORRVIKS KOMMUN                    Dnr 2026/0412   Sida 1\nSökande: Maja Öberg, 19900101-1234\n",
    "Handläggare:\tJussi Niemi\ttel. 08-123 45 67\n\n\nt.ex. kl. 10.00 :) 'citat' \u2014 slut\u00a0här\n",
    "\n", "\t", " ", " inleds med ett blanksteg\n", "\nAli Hassan\n \n\tFatima Said  \n",
    "Mats-Olof Berg (ordf.), Ann-Sofie Lund; e-post ann-sofie.lund@norrvik.se\r\nSlut.",
]


@pytest.fixture(scope="module")
def pipelines():
    return load_pipeline(), spacy.load(default_model_path())


def _tokens(doc):
    return [(t.text, t.idx, t.whitespace_, t.norm_, t.is_sent_start) for t in doc]


def test_no_special_case_for_a_line_break_or_tab(pipelines):
    ours, _ = pipelines
    rules = ours.tokenizer.rules
    assert "\n" not in rules and "\t" not in rules
    assert " " in rules and "t.ex." in rules and ":)" in rules  # the others stay


@pytest.mark.parametrize("text", TEXTS)
def test_same_tokens_as_spacys_own_tokenizer(pipelines, text):
    ours, theirs = pipelines
    assert "\n" in theirs.tokenizer.rules
    # twice: the second reading comes from the cache
    assert _tokens(ours.tokenizer(text)) == _tokens(theirs.tokenizer(text))
    assert _tokens(ours.tokenizer(text)) == _tokens(theirs.tokenizer(text))


def test_a_special_case_that_says_more_stays(pipelines):
    ours, _ = pipelines
    tokenizer = ours.tokenizer
    rules = dict(tokenizer.rules)
    try:
        tokenizer.rules = {**rules, "\n": [{"ORTH": "\n", "NORM": "ny rad"}]}
        cache_every_chunk(tokenizer)
        assert "\n" in tokenizer.rules
    finally:
        tokenizer.rules = rules


def _batch() -> int:
    """Arrays of a few megabytes alive together, then freed, as one batch of pages in the model's layers."""
    held = [np.ones(6 << 20, dtype=np.uint8) for _ in range(5)]
    return sum(int(a[0]) for a in held)


def test_freed_arrays_are_not_faulted_in_again():
    keep_freed_heap()
    keep_freed_heap()  # once is enough; a second call changes nothing
    for _ in range(3):  # the heap grows to the size of a batch once
        _batch()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(10):
        _batch()
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    # glibc's defaults give the 30 MB back after each batch and fault in every 4 kB page again: ~20,000
    assert faults < 1000


def test_affix_answers_are_remembered_and_the_tokens_stay_the_same(pipelines):
    ours, plain = pipelines
    assert isinstance(ours.tokenizer.suffix_search.__self__, AffixMemo)
    for _ in range(2):  # the second time from memory
        for text in TEXTS:
            assert _tokens(ours.tokenizer(text)) == _tokens(plain.tokenizer(text))
    # saved as the plain tokenizer is (the pattern strings), and it still pickles
    assert ours.tokenizer.to_bytes(exclude=["vocab", "exceptions"]) == \
        plain.tokenizer.to_bytes(exclude=["vocab", "exceptions"])
    copy = pickle.loads(pickle.dumps(ours.tokenizer))
    assert [t.text for t in copy(TEXTS[-1])] == [t.text for t in plain.tokenizer(TEXTS[-1])]


def test_remembered_affixes_keep_every_special_case():
    # the special cases are loaded once, after the expressions are set: the same cases, the same tokens
    tokenizer = spacy.load(default_model_path()).tokenizer
    plain = spacy.load(default_model_path()).tokenizer
    rules = dict(tokenizer.rules)
    remember_affixes(tokenizer)
    assert isinstance(tokenizer.infix_finditer.__self__, AffixMemo)
    assert tokenizer.rules == rules and list(tokenizer.rules) == list(rules)
    for text in [*TEXTS, "Jfr t.ex. 3:e st. :) o.s.v."]:
        assert _tokens(tokenizer(text)) == _tokens(plain(text))


LETTER = (
    "Beslut om bistånd\nSökande: Maja Öberg, 19900101-1234, Storgatan 12, 871 60 Norrvik\n"
    "Handläggare Jussi Niemi har talat med Ali Hassan och Fatima Said om ansökan.\n"
    "Ann-Sofie Lund (ordf.) justerade protokollet tillsammans med Per Holm.\n"
)


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_held_decoding_finds_what_spacys_pipe_finds(pipelines, batch_size):
    from redact.detect.learned_spans import load_tagger
    from redact.detect.nlp import _greedy_parser

    ours, _ = pipelines
    texts = [*TEXTS, LETTER, LETTER * 3, "", LETTER[:40]]
    for nlp in (ours, load_tagger()):
        assert _greedy_parser(nlp.get_pipe("ner"))
        theirs = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=batch_size)]
        held = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in pipe(nlp, texts, batch_size=batch_size)]
        assert held == theirs
        assert any(theirs)
