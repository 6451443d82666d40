"""Finding.with_ and make_word make what the classes make, checked the same way."""

from __future__ import annotations

import pickle

import pytest

from redact.types import Finding


def _finding(**changes: object) -> Finding:
    fields: dict[str, object] = dict(id="f1", page=2, start=3, end=9, text="Ada Berg", category="PERSON", score=0.9,
                                     detector="ner", rects=((1.0, 2.0, 3.0, 4.0),), reason="ner:PER")
    fields.update(changes)
    return Finding(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("changes", [{}, {"start": 4}, {"status": "rejected", "score": 1.0}, {"start": None, "end": None},
                                     {"rects": (), "subject": "s1", "legal_ground": "OSL 26:1"}])
def test_a_copy_is_the_finding_made_with_its_fields(changes):
    copy = _finding().with_(**changes)
    made = _finding(**changes)
    assert copy == made and hash(copy) == hash(made) and repr(copy) == repr(made)
    assert list(vars(copy).items()) == list(vars(made).items())
    assert pickle.loads(pickle.dumps(copy)) == made
    with pytest.raises(AttributeError):
        copy.score = 0.5  # type: ignore[misc]


@pytest.mark.parametrize("changes, error", [({"status": "maybe"}, ValueError), ({"end": 3}, ValueError),
                                            ({"score": 1.5}, ValueError), ({"colour": "red"}, TypeError)])
def test_a_copy_is_checked_as_a_new_finding(changes, error):
    with pytest.raises(error):
        _finding().with_(**changes)


def test_make_word_makes_the_word_the_class_makes():
    from dataclasses import fields

    from redact.types import Word, make_word

    made, built = make_word("Ada", 3, 6, (1.0, 2.0, 3.0, 4.0), 2), Word("Ada", 3, 6, (1.0, 2.0, 3.0, 4.0), 2)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert list(vars(made)) == [f.name for f in fields(Word)] and list(vars(made).items()) == list(vars(built).items())
    assert make_word("Ada", 3, 6, (0.0,) * 4, 2, 0.5) == Word("Ada", 3, 6, (0.0,) * 4, 2, 0.5)
    assert pickle.loads(pickle.dumps(made)) == built
    with pytest.raises(ValueError):
        make_word("", 6, 6, (0.0,) * 4, 0)
