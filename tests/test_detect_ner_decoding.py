"""The entity recognizers' greedy decoding with the moves of all pages checked at once: spaCy's valid moves,
spaCy's entities and token annotations, and spaCy's own decoding where this one does not apply."""

from __future__ import annotations

import random

import numpy as np
import pytest
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Span

from redact.detect import nlp as nlp_module
from redact.detect.learned_spans import load_tagger
from redact.detect.ner_decoding import _SITUATIONS, _masks, _token_situations, decode, moves_of, without_presets
from redact.detect.nlp import load_pipeline, pipe, step_scores

TEXTS = [
    "Kallelse till möte\nTill: Greta Lindahl, Ekstigen 4, 722 19 Västerås\nDatum: 3 mars\n",
    "Ärendet gäller Omar Haddad (personnummer 19870412-5531).  Handläggare Lisa Berg.\n\n\tBilaga 2",
    "", " ", "\n", "Hej",
    "Mötet leddes av Karin Åström. Protokollet justerades av Nils Ek och Sara Ek.\n" * 3,
    "Namn\tAdress\tTelefon\nJohan Sund\tBäckvägen 12\t070-123 45 67\nEva Sund\tBäckvägen 12\t070-765 43 21\n",
]


@pytest.fixture(scope="module")
def pipelines():
    return [load_pipeline(), load_tagger()]


def _annotations(doc):
    return doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID]).tolist(), [(e.start, e.end, e.label_) for e in doc.ents]


def _spacy(nlp, texts, batch_size):
    """What spaCy's own pipe decodes (its greedy parse and set_annotations)."""
    return [_annotations(d) for d in nlp.pipe(texts, batch_size=batch_size)]


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_the_same_entities_and_token_annotations_as_spacys_decoding(pipelines, batch_size):
    texts = [*TEXTS, TEXTS[-1] * 4, TEXTS[0][:30]]
    for nlp in pipelines:
        assert moves_of(nlp.get_pipe("ner")) is not None
        ours = [_annotations(d) for d in pipe(nlp, texts, batch_size=batch_size)]
        assert ours == _spacy(nlp, texts, batch_size)
        assert any(ents for _, ents in ours)


def test_the_valid_moves_are_spacys_in_every_situation_met(pipelines):
    rng = random.Random(7)
    for nlp in pipelines:
        parser = nlp.get_pipe("ner")
        moves = moves_of(parser)
        mask = _masks(moves)
        names = [parser.moves.get_class_name(i) for i in range(parser.moves.n_moves)]
        seen = set()
        for text in TEXTS[:2] + TEXTS[-2:]:
            for _ in range(20):
                doc = nlp.make_doc(text)
                if len(doc) > 3:
                    doc[3].is_sent_start = True  # a sentence start next, for the moves that stop before one
                situation = _token_situations([doc], np.array([0]), np.array([len(doc)]))
                state = parser.moves.init_batch([doc])[0]
                open_label = 0
                for t in range(len(doc)):
                    row = open_label * _SITUATIONS + int(situation[t])
                    seen.add(row)
                    theirs = [bool(parser.moves.is_valid(state, name)) for name in names]
                    assert (mask[row] == 0).tolist() == theirs, (text, t, names)
                    choice = rng.choice([i for i, ok in enumerate(theirs) if ok])
                    parser.moves.apply_transition(state, names[choice])
                    kind = int(moves.kinds[choice])
                    open_label = int(moves.labels[choice]) if kind in (0, 1) else 0
                assert state.is_final()
        assert len(seen) > 10


def test_docs_with_preset_entities_are_left_to_spacy(pipelines):
    nlp = pipelines[0]
    doc = nlp.make_doc(TEXTS[0])
    assert without_presets([doc])
    doc.set_ents([Span(doc, 4, 6, label="PER")], default="missing")
    assert not without_presets([doc])
    text = TEXTS[0]
    preset = nlp.make_doc(text)
    preset.set_ents([Span(preset, 4, 6, label="PER")], default="missing")
    fresh = nlp.make_doc(text)
    fresh.set_ents([Span(fresh, 4, 6, label="PER")], default="missing")
    ours = [_annotations(d) for d in pipe(nlp, [preset], batch_size=1)]
    theirs = [_annotations(d) for d in nlp.pipe([fresh], batch_size=1)]
    assert ours == theirs


def test_a_step_whose_scores_are_not_numbers_is_left_to_spacy(pipelines, monkeypatch):
    nlp = pipelines[0]
    parser = nlp.get_pipe("ner")
    docs = [nlp.make_doc(t) for t in TEXTS[:2]]
    for name, proc in nlp.pipeline:
        if name == "tok2vec":
            docs = list(proc.pipe(docs))
    scores = step_scores(parser, [docs])

    def broken(at):
        out = scores(at)
        out[0, 0] = np.nan
        return out

    assert not decode(docs, moves_of(parser), broken)
    assert all(not d.ents and not d.to_array([ENT_IOB]).any() for d in docs)  # nothing set
    # and the pipe then decodes as spaCy does
    monkeypatch.setattr(nlp_module, "decode", lambda *args: False)
    assert [_annotations(d) for d in pipe(nlp, TEXTS, batch_size=4)] == _spacy(nlp, TEXTS, 4)
