"""The language model read restricted to the candidate languages is the model py3langid's own calls make, and it
scores lines the same (the full table is never held)."""

from __future__ import annotations

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from redact.detect import language
from redact.detect.language_model_file import load_identifier


@pytest.fixture(scope="module")
def both() -> tuple[LanguageIdentifier, LanguageIdentifier]:
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    reference.set_languages(list(language.CANDIDATES))
    return load_identifier(language.CANDIDATES), reference


def test_every_array_is_the_one_set_languages_leaves(both):
    mine, reference = both
    for slot in LanguageIdentifier.__slots__:
        if slot == "_full_model":  # only a later set_languages reads it
            continue
        a, b = getattr(mine, slot), getattr(reference, slot)
        assert type(a) is type(b), slot
        if isinstance(a, np.ndarray):
            assert a.dtype == b.dtype and a.shape == b.shape and a.strides == b.strides, slot
            assert a.flags["C_CONTIGUOUS"] == b.flags["C_CONTIGUOUS"] and a.flags["F_CONTIGUOUS"] == b.flags["F_CONTIGUOUS"]
            assert np.array_equal(a, b), slot
        else:
            assert a == b and getattr(a, "typecode", None) == getattr(b, "typecode", None), slot
    assert mine._full_model[0].shape[1] == len(language.CANDIDATES)  # not the whole table


def test_the_lines_score_the_same(both):
    mine, reference = both
    lines = ["Beslutet kan överklagas hos förvaltningsrätten inom tre veckor.", "The decision may be appealed.",
             "Päätöksestä voi valittaa hallinto-oikeuteen.", "Bescheid: Widerspruch innerhalb eines Monats.", "12 34", ""]
    made = language.LanguageModel(mine, tuple(mine.nb_classes), [r << 8 for r in mine.tk_row])
    theirs = language.LanguageModel(reference, tuple(reference.nb_classes), [r << 8 for r in reference.tk_row])
    assert np.array_equal(language.scores(made, lines), language.scores(theirs, lines))
    for line in lines:
        assert mine.rank(line) == reference.rank(line)


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        load_identifier(("sv", "xx"))
