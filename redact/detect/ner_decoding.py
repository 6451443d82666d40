"""The entity recognizer's greedy decoding with each step's moves checked and taken for every page at once.

spaCy's ``transition_states`` checks every move for one state at a time through compiled helpers that look up
the interpreter's thread state at each call: about 30 µs a step for a batch of 16 pages, near half of the
decoding. On Docs without preset entities, each step of the BILUO moves reads one token of every page, and a
move's validity rests on a few facts of a page (an entity open and its label, the last token, a sentence start
next, a space token): here they are arrays, each move's rule from spaCy's ``ner.pyx`` is one array expression,
the best valid move is the first of the highest valid scores (spaCy's ``arg_max_if_valid``) and the entities are
set on the Docs as spaCy's ``set_annotations`` sets them. The scores are the same floats (the caller computes them
as before), so the entities are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

#: The moves' kinds as spaCy names them (the letter before the label's hyphen).
_KINDS = "BILUO"


@dataclass(frozen=True)
class Moves:
    """An entity recognizer's moves: each one's kind (an index into ``_KINDS``) and label (0: none), as arrays."""

    kinds: numpy.ndarray
    labels: numpy.ndarray
    names: tuple[str, ...]  # the labels' names; names[0] is "" (none)


def moves_of(parser: object) -> Moves | None:
    """The BILUO moves of an entity recognizer, or None when its moves are of another kind or have hooks after them."""
    moves = getattr(parser, "moves", None)
    if type(moves).__name__ != "BiluoPushDown" or getattr(parser, "postprocesses", None):
        return None
    names: list[str] = [""]
    kinds, labels = [], []
    for i in range(moves.n_moves):
        name = moves.get_class_name(i)
        kind, _, label = name.partition("-")
        if kind not in _KINDS or (kind == "O") != (name == "O"):
            return None  # (a missing-value move or a name this does not know: spaCy decodes)
        if label and label not in names:
            names.append(label)
        kinds.append(_KINDS.index(kind))
        labels.append(names.index(label) if label else 0)
    return Moves(numpy.array(kinds), numpy.array(labels), tuple(names))


def without_presets(docs: Sequence[Doc]) -> bool:
    """True when no token of ``docs`` carries an entity annotation yet (missing everywhere: nothing to keep)."""
    return not any(doc.to_array([ENT_IOB, ENT_TYPE]).any() for doc in docs if len(doc))


def decode(docs: Sequence[Doc], moves: Moves, scores_of: Callable[[tuple[numpy.ndarray, ...]], numpy.ndarray]) -> bool:
    """Decode ``docs`` greedily and set their entities, as spaCy's greedy parse and ``set_annotations`` do; False
    (nothing set) when a step's scores are not all finite numbers, where spaCy's own choice is left to decide.

    ``scores_of((b0, e0, b0_before))`` gives the scores of the moves for each active page from its three features'
    rows (the token, the open entity's first token, the token before; 0: none), as spaCy's step computes them.
    The Docs are numbered one after the other, as spaCy's ``init_batch`` offsets them.
    """
    mask = _masks(moves)
    if mask is None:
        return False
    lengths = numpy.array([len(doc) for doc in docs], dtype=numpy.int64)
    offsets = numpy.zeros(len(docs), dtype=numpy.int64)
    numpy.cumsum(lengths[:-1], out=offsets[1:])
    situation = _token_situations(docs, offsets, lengths)
    kinds, labels = moves.kinds, moves.labels
    # what a move leaves open: B and I keep their label's entity open (its situation row), the others none
    opens = numpy.where((kinds == 0) | (kinds == 1), labels * _SITUATIONS, 0)
    begins, inside = (kinds == 0).astype(numpy.int64), (kinds == 1).astype(numpy.int64)
    held = begins | inside
    taken = numpy.full((len(docs), int(lengths.max(initial=0))), -1, dtype=numpy.int64)
    # the state of each active page, in the Docs' order: its first token's row, the open entity's situation row
    # (0: none), its first token's row + 1 (0: none) and the row of the token before (0: no entity open)
    page = numpy.flatnonzero(lengths > 0)
    at, open_row, first = offsets[page], numpy.zeros(len(page), dtype=numpy.int64), numpy.zeros(len(page), dtype=numpy.int64)
    before = numpy.zeros(len(page), dtype=numpy.int64)
    ends = sorted(set(lengths[page].tolist()))
    every: list[numpy.ndarray] = []  # each step's scores, checked at the end (nothing is set before)
    t = 0
    for end in ends:
        start, guesses = t, []
        while t < end:
            b0 = at + 1
            scores = scores_of((b0, first, before))
            every.append(scores)
            guess = (scores + mask[open_row + situation[at]]).argmax(axis=1)
            guesses.append(guess)
            open_row = opens[guess]
            first = first * inside[guess] + b0 * begins[guess]
            before = b0 * held[guess]
            at = b0
            t += 1
        if guesses:  # (the moves of the pages this stretch of steps ran on, in one write)
            taken[page, start:t] = numpy.stack(guesses, axis=1)
        keep = lengths[page] > end
        page, at, open_row, first, before = page[keep], at[keep], open_row[keep], first[keep], before[keep]
    if every and not numpy.isfinite(numpy.concatenate(every)).all():
        return False
    _annotate(docs, taken, moves)
    return True


#: Situations of a state per open label: the token is the page's last, a sentence starts at the next, it is a space.
_SITUATIONS = 8


def _masks(moves: Moves) -> numpy.ndarray | None:
    """Per situation (open label * 8 + last * 4 + next sentence * 2 + space), 0 for each valid move and -inf for
    the others: ``ner.pyx``'s ``is_valid`` of each move on a Doc without presets. None when a situation would
    leave no valid move (spaCy then ends the state; decoded by spaCy)."""
    kinds, labels = moves.kinds, moves.labels
    labelled = labels != 0
    rows = []
    for label in range(len(moves.names)):
        for code in range(_SITUATIONS):
            last, next_start, space = bool(code & 4), bool(code & 2), bool(code & 1)
            if label == 0:  # no entity open
                valid = (((kinds == 0) & labelled & (not last) & (not next_start) & (not space))
                         | ((kinds == 3) & labelled & (not space)) | (kinds == 4))
            else:  # an entity of ``label`` open: go on inside it (not past the page or into a new sentence) or end it
                valid = (labels == label) & (((kinds == 1) & (not last) & (not next_start)) | (kinds == 2))
            if not valid.any():
                return None
            rows.append(numpy.where(valid, numpy.float32(0.0), numpy.float32(-numpy.inf)))
    return numpy.array(rows, dtype=numpy.float32)


def _token_situations(docs: Sequence[Doc], offsets: numpy.ndarray, lengths: numpy.ndarray) -> numpy.ndarray:
    """Per token of ``docs`` (numbered one after the other): last * 4 + next sentence * 2 + space (see ``_masks``)."""
    facts = [doc.to_array([IS_SPACE, SENT_START]) for doc in docs if len(doc)]
    if not facts:
        return numpy.zeros(0, dtype=numpy.int64)
    both = numpy.concatenate(facts)
    code = (both[:, 0] != 0).astype(numpy.int64)
    code[:-1] += 2 * (both[1:, 1] == 1)
    lasts = (offsets + lengths - 1)[lengths > 0]
    code[lasts] &= 1  # a page's last token: no next token (spaCy's empty token starts no sentence)
    code[lasts] += 4
    return code


def _annotate(docs: Sequence[Doc], taken: numpy.ndarray, moves: Moves) -> None:
    """Set each Doc's entities and every other token outside, as ``BiluoPushDown.set_annotations`` does on a Doc
    without presets (its entities, then the tokens left missing made outside). ``taken``: each page's move at each
    of its tokens; an entity starts at a B or U move and ends at the next L or U move (the valid moves nest no other)."""
    kind = numpy.where(taken >= 0, moves.kinds[taken], -1)
    starts = numpy.flatnonzero((kind == 0) | (kind == 3))
    ends = numpy.flatnonzero((kind == 2) | (kind == 3))
    width = taken.shape[1]
    per_doc: list[list[Span]] = [[] for _ in docs]
    for a, b, label in zip(starts.tolist(), ends.tolist(), moves.labels[taken.ravel()[starts]].tolist()):
        doc = docs[a // width]
        per_doc[a // width].append(Span(doc, a % width, b % width + 1, label=moves.names[label],
                                        kb_id=doc[a % width].ent_kb_id))
    for doc, ents in zip(docs, per_doc):
        doc.set_ents(ents, default="outside")
