"""Load the project's trained spaCy pipeline, shipped inside the package (redact/model/); nothing is downloaded."""

from __future__ import annotations

import logging
import os
import re
from importlib import resources
from pathlib import Path

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy
import spacy
from spacy import util
from spacy.attrs import ENT_TYPE, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from thinc.api import NumpyOps, set_dropout_rate

from redact.detect import lemmatizer as _lemmatizer  # noqa: F401  (registers the custom component)
from redact.detect.heap import keep_freed_heap
from redact.detect.ner_decoding import decode, moves_of, without_presets
from redact.detect.tok2vec_inference import fuse_maxout_norms
from redact.errors import ModelMissingError

log = logging.getLogger(__name__)

ENV_VAR = "REDACT_MODEL"
BUILD_COMMAND = "make model (eller: python scripts/train_ner.py ../shared/data/swedish-ner-corpus)"


TOKENIZER = "redact.sv_name_tokenizer.v1"
NORM_FIRST = "⟨förnamn⟩"
NORM_LAST = "⟨efternamn⟩"
NORM_BOTH = "⟨namn⟩"


class NameNormTokenizer(Tokenizer):
    """spaCy's Swedish tokenizer, plus a NORM that says "this word is in the name lists".

    The model embeds NORM, so every listed first name shares one vector: a name the small
    training corpus never saw is recognised like the ones it did. Names that are also words
    (name_exceptions.txt) keep their ordinary norm, so context decides them.
    """

    def __call__(self, text):  # noqa: D102
        doc = super().__call__(text)
        sets = _name_sets()
        memo = self.__dict__.get("_norms")
        if memo is None or any(a is not b for a, b in zip(memo[0], sets)) or len(memo[1]) > _NORMS_LIMIT:
            memo = self.__dict__["_norms"] = (sets, {})
        norms = memo[1]
        strings = doc.vocab.strings
        # the words' hashes as one array, not a Token object per word; each word's norm is remembered
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            norm = norms.get(orth)
            if norm is None:
                norm = norms[orth] = _name_norm(strings[orth], *sets)
            if norm:
                doc[i].norm_ = norm
        return doc


#: Words whose name norm is remembered by the tokenizer; then the memory starts over.
#: A document's own words fit; a long run of new words holds a few megabytes, not tens.
_NORMS_LIMIT = 1 << 15


def _name_norm(t: str, first: frozenset[str], last: frozenset[str], exceptions: frozenset[str]) -> str:
    """The norm that marks ``t`` as a listed first name, last name or both; '' for any other word."""
    if len(t) < 2 or not t[0].isupper():
        return ""
    if t.isupper():
        t = "-".join(p[:1] + p[1:].lower() for p in t.split("-"))
    if t in exceptions:
        return ""
    in_first, in_last = t in first, t in last
    if in_first or in_last:
        return NORM_BOTH if in_first and in_last else NORM_FIRST if in_first else NORM_LAST
    return ""


def _name_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from redact.detect.names import load_lexicons  # late: names imports Presidio

    lex = load_lexicons()
    return lex.first, lex.last, lex.exceptions


@spacy.registry.tokenizers(TOKENIZER)
def create_name_tokenizer() -> Callable[[spacy.Language], Tokenizer]:
    """Registered tokenizer factory used by the project's pipeline config."""

    def factory(nlp: spacy.Language) -> Tokenizer:
        d = nlp.Defaults
        return NameNormTokenizer(
            nlp.vocab,
            rules=d.tokenizer_exceptions,
            prefix_search=util.compile_prefix_regex(d.prefixes).search if d.prefixes else None,
            suffix_search=util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            infix_finditer=util.compile_infix_regex(d.infixes).finditer if d.infixes else None,
            token_match=d.token_match,
            url_match=d.url_match,
        )

    return factory


def packaged_model_path() -> Path:
    """The pipeline shipped as package data: redact/model/sv_redact of the installed package."""
    # spaCy loads from a real folder; an installed wheel or a checkout both have one.
    return Path(str(resources.files("redact") / "model" / "sv_redact"))


def default_model_path() -> Path:
    """Where the pipeline is: $REDACT_MODEL, else the copy shipped inside the package."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return packaged_model_path()


def load_pipeline(path: Path | None = None) -> spacy.Language:
    """Load the trained pipeline; raise ModelMissingError naming the command that builds it."""
    path = Path(path) if path is not None else default_model_path()
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file():
        raise ModelMissingError(
            "språkmodellen saknas i {path}; bygg den med: {BUILD_COMMAND} (eller peka ut en befintlig modell med miljövariabeln {ENV_VAR})", path=path, BUILD_COMMAND=BUILD_COMMAND, ENV_VAR=ENV_VAR
        )
    try:
        nlp = spacy.load(path)
    except (OSError, ValueError) as err:
        raise ModelMissingError(
            "språkmodellen i {path} kan inte läsas ({err}); bygg om den med: {BUILD_COMMAND}", path=path, err=err, BUILD_COMMAND=BUILD_COMMAND
        ) from err
    if _lemmatizer.FACTORY not in nlp.pipe_names:
        # An older build without lemmas would leave Presidio's context words without effect.
        nlp.add_pipe(_lemmatizer.FACTORY, last=True)
    use_numpy_matmul(nlp)
    fuse_maxout_norms(nlp)
    cache_every_chunk(nlp.tokenizer)
    remember_affixes(nlp.tokenizer)
    keep_freed_heap()
    log.debug("loaded pipeline %s with %s", path, nlp.pipe_names)
    return nlp


def use_numpy_matmul(nlp: spacy.Language) -> None:
    """Let the pipeline's layers multiply matrices with NumPy's BLAS instead of BLIS.

    BLIS picks a generic kernel on this project's CPUs and took a tenth longer per page than
    NumPy's OpenBLAS on the same products; the results are the same numbers up to rounding.
    Set on this pipeline's own layers, so nothing else in the process changes.
    """
    ops = NumpyOps(use_blis=False)
    for name in nlp.pipe_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


#: Whitespace chunks spaCy's base exceptions list as special cases that only repeat their own text.
#: (Not the lone space: a text can begin with one only, and its special case clears the first
#: token's sentence start.)
_PLAIN_WHITESPACE = ("\n", "\t")


def cache_every_chunk(tokenizer: Tokenizer) -> None:
    """Drop the tokenizer's special cases for a lone line break or tab: they tokenize the same without one.

    spaCy stops caching a text's chunks for the rest of the text once one chunk was a special
    case, and every line break of a page is one: each word after the first line was split by
    the affix expressions again, on every page (about 2 ms a page). Without these cases the
    tokens, their offsets and whitespace are the same, and every chunk is cached.
    """
    rules = tokenizer.rules or {}
    plain = [k for k in _PLAIN_WHITESPACE if _only_orth(rules.get(k), k)]
    if plain:
        tokenizer.rules = {k: v for k, v in rules.items() if k not in plain}


def _only_orth(substrings: object, text: str) -> bool:
    """True for a special case that makes ``text`` one token with no attribute but its text."""
    if not isinstance(substrings, list) or len(substrings) != 1 or not isinstance(substrings[0], dict):
        return False
    attrs = substrings[0]
    return len(attrs) == 1 and attrs.get(ORTH, attrs.get("ORTH")) == text


#: Strings whose answer one affix expression remembers; then its memory starts over.
_AFFIX_LIMIT = 1 << 15

#: The tokenizer's expressions and the method of the compiled pattern each one is.
_AFFIX_METHODS = (("prefix_search", "search"), ("suffix_search", "search"), ("infix_finditer", "finditer"),
                  ("token_match", "match"), ("url_match", "match"))


class AffixMemo:
    """One affix expression of a tokenizer, its answer remembered per string.

    spaCy's own cache of split words saves nothing inside a memory zone (detection reads every batch
    of pages in one) nor after a chunk with a special case, so the same words were split by the affix
    expressions again on every page: a suffix search tries each of its few hundred alternatives at
    every position of the word (about 12 µs a word). The answer depends on
    the string alone, so a remembered one is the same; the tokenizer reads only its start and end.
    """

    def __init__(self, regex: re.Pattern[str], method: str) -> None:
        self.regex = regex
        self.pattern = regex.pattern  # what spaCy writes when it saves the tokenizer
        self.method = method
        self._run = getattr(regex, method)
        self._answers: dict[str, object] = {}

    def lookup(self, string: str):  # noqa: ANN201 (a match, None, or an iterator of matches as the method gives)
        """What ``regex.<method>(string)`` gives."""
        answers = self._answers
        try:
            answer = answers[string]
        except KeyError:
            if len(answers) >= _AFFIX_LIMIT:
                answers.clear()
            answer = self._run(string)
            if self.method == "finditer":
                answer = tuple(answer)
            answers[string] = answer
        return iter(answer) if self.method == "finditer" else answer

    def __getstate__(self) -> tuple[re.Pattern[str], str]:
        return self.regex, self.method  # the answers hold match objects, which do not pickle; they come back

    def __setstate__(self, state: tuple[re.Pattern[str], str]) -> None:
        self.__init__(*state)


def remember_affixes(tokenizer: Tokenizer) -> None:
    """Let each affix expression of ``tokenizer`` remember its answer per string (see :class:`AffixMemo`)."""
    # spaCy loads every special case again each time an expression is set: set them with none, load them once
    rules = tokenizer.rules
    tokenizer.rules = {}
    try:
        for attr, method in _AFFIX_METHODS:
            bound = getattr(tokenizer, attr, None)
            regex = getattr(bound, "__self__", None)
            if isinstance(regex, re.Pattern) and getattr(bound, "__name__", "") == method:
                setattr(tokenizer, attr, AffixMemo(regex, method).lookup)
    finally:
        tokenizer.rules = rules


def same_tokenizer(a: spacy.Language, b: spacy.Language) -> bool:
    """True when two pipelines make the same tokens of any text: the same tokenizer class and settings,
    the same language's lexical attributes and the same lookup tables."""
    return (type(a.tokenizer) is type(b.tokenizer) and a.lang == b.lang
            and a.tokenizer.to_bytes(exclude=["vocab"]) == b.tokenizer.to_bytes(exclude=["vocab"])
            and a.vocab.lookups.to_bytes() == b.vocab.lookups.to_bytes())


def pipe(nlp: spacy.Language, texts: Iterable[str | Doc], batch_size: int, skip: Sequence[str] = ()) -> Iterator[Doc]:
    """``nlp.pipe(texts, batch_size=batch_size)``: the same components on the same batches, the same Docs,
    but an entity recognizer's greedy decoding runs with the interpreter lock held (see :func:`parse_held`).
    The components named in ``skip`` are not run (what they would add is in the Docs already)."""
    docs: Iterable[Doc] = (nlp._ensure_doc(text) for text in texts)
    for name, proc in nlp.pipeline:
        if name in skip:
            continue
        if _greedy_parser(proc):
            docs = _parse_held(proc, docs, batch_size)
        else:
            docs = util._pipe(docs, proc, name, nlp.default_error_handler, {"batch_size": batch_size})
    return iter(docs)


def _greedy_parser(proc: object) -> bool:
    """True for a transition-based parser (the NER) that decodes greedily on the CPU with a hidden-to-output layer:
    the one :func:`parse_held` knows; any other goes through its own ``pipe``."""
    from spacy.pipeline.transition_parser import Parser

    if not isinstance(proc, Parser) or proc.cfg.get("beam_width", 1) != 1:
        return False
    model = proc.model
    return (bool(model.attrs.get("has_upper")) and isinstance(model.ops, NumpyOps)
            and not model.attrs.get("unseen_classes"))


def _parse_held(parser, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``parser.pipe(docs, batch_size=batch_size)``: the same batches, each sorted by length and cut in four as
    spaCy cuts it, the four decoded together by :func:`parse_held` (the moves of an entity recognizer on Docs
    without preset entities checked for all pages at once: see ``ner_decoding``)."""
    moves = moves_of(parser)
    for batch in util.minibatch(docs, size=batch_size):
        batch = list(batch)
        subs = [list(sub) for sub in util.minibatch(sorted(batch, key=len), size=max(batch_size // 4, 2))]
        if not (moves is not None and without_presets(batch)
                and decode([doc for sub in subs for doc in sub], moves, step_scores(parser, subs))):
            for sub, states in zip(subs, parse_held(parser, subs)):
                parser.set_annotations(sub, states)
        yield from batch


def step_scores(parser, subs: Sequence[Sequence[Doc]]) -> Callable[[Sequence[numpy.ndarray]], numpy.ndarray]:
    """The scores of the parser's moves at one step of greedy decoding, from the rows of each state's features
    (``at[f][s]``: 1 + the token of state ``s``'s feature ``f``, over the Docs of ``subs`` in order; 0: none).

    Each sub-batch's tokens go through the model's token layers and its precomputed hidden layer as
    ``greedy_parse`` sends them (the same sub-batch: a product over a few tokens is summed otherwise than one over
    many); a step sums its features' precomputed rows in the order of spaCy's C sum (padding for a missing token)
    plus the bias, takes thinc's maxout, and multiplies by the output layer with BLIS's ``sgemm`` (the one the C
    loop calls; a row's numbers do not depend on the other rows) plus its bias: the floats spaCy's step computes.
    """
    import blis.py

    set_dropout_rate(parser.model, 0.0)
    tok2vec, lower, upper = parser.model.layers
    pad = lower.get_param("pad")  # (1, nF, nO, nP): the features of a missing token
    _, n_feats, n_hidden, n_pieces = pad.shape
    width = n_hidden * n_pieces
    rows = [pad.reshape(1, n_feats, width)]
    for sub in subs:
        if any(len(doc) for doc in sub):  # as Parser.predict: a sub-batch of empty Docs is not run
            rows.append(lower.predict(tok2vec.predict(list(sub)))[1:].reshape(-1, n_feats, width))
    bias = lower.get_param("b").reshape(width)
    W, b = upper.get_param("W"), upper.get_param("b")
    ops, gemm = NumpyOps(), blis.py.gemm
    # each feature's rows on their own, contiguous: ``take`` of whole rows costs a fraction of the mixed
    # fancy index ``table[at[:, f], f]`` at every step, and gives the same rows
    by_feat = [numpy.concatenate([r[:, f] for r in rows]) for f in range(n_feats)]
    # the rows a step takes are written into one array (a step's pages are at most all of them), then summed
    part_at = numpy.empty((sum(len(sub) for sub in subs), width), dtype="f")

    def scores(at: Sequence[numpy.ndarray]) -> numpy.ndarray:
        n = len(at[0])
        summed, part = numpy.zeros((n, width), dtype="f"), part_at[:n]
        for feature_rows, ids in zip(by_feat, at):
            summed += feature_rows.take(ids, axis=0, out=part, mode="clip")  # ("clip": the rows exist; no buffer)
        summed += bias
        hidden, _ = ops.maxout(summed.reshape(n, n_hidden, n_pieces))
        out = gemm(hidden, W, trans2=True, beta=0.0)
        out += b
        return out

    return scores


def parse_held(parser, subs: Sequence[Sequence[Doc]]) -> list[list]:
    """What ``parser.greedy_parse(sub)`` decodes for each of ``subs``: the same steps on the same numbers, each
    step taken for the states of every sub-batch at once, the interpreter lock held.

    spaCy's greedy decoding runs its loop with the lock released, and its compiled state helpers take the lock
    and give it back at every call (several per token and step): taking it back from a released state cost
    more than half of the NER's time, and a loop per sub-batch of four pages pays the steps' overhead four
    times. Here at each step, for every unfinished state: its features (spaCy's ``get_token_ids``), their scores
    (:func:`step_scores`: the same floats), and the best valid move taken (spaCy's ``transition_states``), so the
    same entities.
    """
    from spacy.ml.parser_model import ParserStepModel

    docs = [doc for sub in subs for doc in sub]
    if any(doc.to_array(ENT_TYPE).any() for doc in docs if len(doc)):
        parser._ensure_labels_are_added(docs)  # (it reads every token for a label set before: mostly none is)
    scores = step_scores(parser, subs)
    n_feats = parser.model.layers[1].get_param("pad").shape[1]
    # the states' token offsets count over ``docs`` in this order: the rows of the feature tables after the padding
    every = parser.moves.init_batch(docs)
    holder = _FeatureCount(n_feats)
    move = parser.transition_states
    states = [state for state in every if not state.is_final()]
    while states:
        at = (ParserStepModel.get_token_ids(holder, states) + 1).T  # -1 (no token) is the padding's row 0
        states = move(states, scores(at))
    out, at_doc = [], 0
    for sub in subs:
        out.append(every[at_doc:at_doc + len(sub)])
        at_doc += len(sub)
    return out


@dataclass
class _FeatureCount:
    """What ``ParserStepModel.get_token_ids`` reads of its model: the number of features of a state."""

    nF: int

    @property
    def state2vec(self) -> "_FeatureCount":
        return self
