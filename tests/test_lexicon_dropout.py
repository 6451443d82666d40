"""Lexicon dropout (scripts/lexicon_dropout.py): training hides the name lists' NORM from a share of name tokens."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import spacy
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from lexicon_dropout import LIST_NORMS, NAME, drop_list_norms  # noqa: E402

from redact.detect.nlp import TOKENIZER  # noqa: E402


def _nlp() -> spacy.Language:
    return spacy.blank("sv", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


def _listed(doc) -> list[str]:
    return [t.text for t in doc if t.norm_ in LIST_NORMS]


def test_all_or_nothing_and_plain_norm_back():
    nlp = _nlp()
    text = "Justerare: Anna Svensson och Erik Lind"
    assert _listed(nlp.make_doc(text))  # the lists hold these names
    doc = nlp.make_doc(text)
    assert drop_list_norms(doc, random.Random(1), 0.0) == 0 and _listed(doc) == _listed(nlp.make_doc(text))
    doc = nlp.make_doc(text)
    n = len(_listed(doc))
    assert drop_list_norms(doc, random.Random(1), 1.0) == n and not _listed(doc)
    # An unlisted word keeps its lowercase norm; a dropped name gets the same kind of norm.
    assert {t.text: t.norm_ for t in doc}["Anna"] == "anna"


def test_augmenter_is_seeded_and_keeps_gold():
    nlp = _nlp()
    aug = spacy.registry.resolve({"a": {"@augmenters": NAME, "level": 0.5, "lower_case": 0.0, "seed": 3}})["a"]
    aug2 = spacy.registry.resolve({"a": {"@augmenters": NAME, "level": 0.5, "lower_case": 0.0, "seed": 3}})["a"]
    text = "Närvarande: Anna Svensson, Erik Lind, Karin Berg, Lars Nilsson, Maria Johansson"
    runs = []
    for a in (aug, aug2):
        ref = nlp.make_doc(text)
        ref.ents = [ref.char_span(text.index("Anna"), text.index("Anna") + 13, label="PER")]
        (eg,) = list(a(nlp, Example(nlp.make_doc(text), ref)))
        assert [e.text for e in eg.reference.ents] == ["Anna Svensson"]
        runs.append(_listed(eg.predicted))
    assert runs[0] == runs[1] and 0 < len(runs[0]) < len(_listed(nlp.make_doc(text)))


def test_training_config_unchanged_when_off():
    from train_ner import CONFIG, training_config

    assert training_config(0.0, 13) == CONFIG
    on = training_config(0.3, 13)
    assert NAME in on and '"level":0.3' in on and "spacy.lower_case.v1" not in on
