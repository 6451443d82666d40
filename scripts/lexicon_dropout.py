"""Lexicon dropout: a training augmenter that hides the name lists' NORM from a share of name tokens.

The tokenizer gives a capitalised word found in the name lists the NORM ``⟨förnamn⟩``/``⟨efternamn⟩``/``⟨namn⟩``.
Nearly every name in the generated training sentences is listed, so the model can learn "that NORM means a name"
and lean little on the context and the word's letters, which are all it has for a name no list holds. This
augmenter gives a share (``level``) of the tokens carrying such a NORM their plain norm back, as an unlisted word
would have, in the predicted doc only (the gold entities stay). Draws come from its own seeded random, so a run is
reproducible. Only training changes: at run time the tokenizer still sets the NORM.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import spacy
from spacy.training import Example
from spacy.training.augment import lower_casing_augmenter

from redact.detect.nlp import NORM_BOTH, NORM_FIRST, NORM_LAST

NAME = "redact.lexicon_dropout.v1"
LIST_NORMS = frozenset({NORM_FIRST, NORM_LAST, NORM_BOTH})


def drop_list_norms(doc, rng: random.Random, level: float) -> int:
    """Give each token with a list NORM its lexeme's plain norm with probability ``level``; return how many."""
    dropped = 0
    for tok in doc:
        if tok.norm_ in LIST_NORMS and rng.random() < level:
            # The lexeme's norm is what the tokenizer leaves an unlisted word (its lowercase form).
            tok.norm_ = tok.lex.norm_
            dropped += 1
    return dropped


@spacy.registry.augmenters(NAME)
def create_lexicon_dropout(level: float, lower_case: float, seed: int) -> Callable[..., Iterator[Example]]:
    """spaCy's lower-case augmenter at ``lower_case``, then lexicon dropout at ``level`` on the predicted doc."""
    rng = random.Random(seed)

    def augment(nlp, example: Example) -> Iterator[Example]:
        for eg in lower_casing_augmenter(nlp, example, level=lower_case):
            drop_list_norms(eg.predicted, rng, level)
            yield eg

    return augment
