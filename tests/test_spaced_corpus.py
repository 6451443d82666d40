"""train_ner.py --spaced-corpus: the corpus sentences' training copies go through the project's tokenizer."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Corpus

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from train_ner import sentence_doc  # noqa: E402

from redact.detect.nlp import NORM_FIRST, NORM_LAST, TOKENIZER  # noqa: E402

# A news sentence as the corpus holds it: one token and its IO tag a line.
SENT = [("I", "0"), ("går", "0"), ("sa", "0"), ("Anna", "PER"), ("Svensson", "PER"), ("till", "0"),
        ("tidningen", "0"), (":", "0"), ("det", "0"), ("var", "0"), ("väntat", "0"), (".", "0")]


def _training_copies(tmp_path: Path, spaced: bool):
    """The examples spaCy's corpus reader makes from the sentence, as training reads them."""
    nlp = spacy.blank("sv", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    path = tmp_path / f"train-{spaced}.spacy"
    DocBin(docs=[sentence_doc(nlp.vocab, SENT, spaced)]).to_disk(path)
    return list(Corpus(path, gold_preproc=False, max_length=0)(nlp))


def test_spaced_copies_carry_the_list_norm(tmp_path):
    (eg,) = _training_copies(tmp_path, spaced=True)
    norms = {t.text: t.norm_ for t in eg.predicted}
    assert norms["Anna"] == NORM_FIRST and norms["Svensson"] in (NORM_LAST, "⟨namn⟩")
    assert eg.reference.text == "I går sa Anna Svensson till tidningen : det var väntat ."
    # The gold entity still reaches the predicted tokens.
    assert [e.text for e in eg.reference.ents] == ["Anna Svensson"]
    assert "U-PER" not in eg.get_aligned_ner() and eg.get_aligned_ner()[3:5] == ["B-PER", "L-PER"]


def test_bare_words_never_meet_the_tokenizer(tmp_path):
    (eg,) = _training_copies(tmp_path, spaced=False)
    assert eg.reference.has_unknown_spaces
    norms = {t.text: t.norm_ for t in eg.predicted}
    assert norms["Anna"] == "anna" and NORM_FIRST not in norms.values()
    assert [e.text for e in eg.reference.ents] == ["Anna Svensson"]


def test_off_by_default_keeps_the_bare_words():
    from spacy.vocab import Vocab

    doc = sentence_doc(Vocab(), SENT)
    assert doc.has_unknown_spaces and [t.text for t in doc] == [w for w, _ in SENT]
