"""The tok2vec's maxout-and-normalise layers at inference in fewer passes over the arrays, with the same floats.

Each of the five ``maxout>>layernorm>>dropout`` layers of a spaCy tok2vec (the embedding's mix and the four
window layers) is three thinc layers at inference: the maxout (a product, its bias, the best piece), the
layer norm, which takes the mean of each row twice (once for the mean, once inside ``var``) and allocates a
new array at each of its four steps, and a dropout that does nothing. Here the same operations run in the
same order on the same arrays, the mean taken once and handed to ``var`` (NumPy's own ``mean=``: the same
sum and division), the normalisation written in place, and the residual around each window layer summed into
that layer's new output instead of a third array: every float is the one thinc computes (checked against
thinc's layers in ``tests/test_detect_tok2vec_inference.py``), the tok2vec about a twelfth faster. Training
goes through thinc's layers as before.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

import numpy
from spacy.language import Language
from thinc.api import Model, NumpyOps

# the layers' modules (``thinc.layers`` names their factories as the modules are named)
_chain, _dropout, _layernorm, _maxout, _residual = (
    import_module(f"thinc.layers.{m}") for m in ("chain", "dropout", "layernorm", "maxout", "residual"))

#: The layers' order inside a fused node: ``chain(chain(Maxout, LayerNorm), Dropout)``.
_NAME = "maxout>>layernorm>>dropout"


def fuse_maxout_norms(nlp: Language) -> int:
    """Give every ``maxout>>layernorm>>dropout`` layer of the pipeline's components the fused inference; how many."""
    count = 0
    for name in nlp.pipe_names:
        model = getattr(nlp.get_pipe(name), "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if _fusable(node):
                node._func = fused_forward
                count += 1
        for node in model.walk():  # (after the fused layers are in place: a residual sums onto theirs)
            if _sums_in_place(node):
                node._func = residual_forward
    return count


def _fusable(node: Model) -> bool:
    """True for a chain of a maxout, a layer norm and a dropout, thinc's own layers on NumPy."""
    if node._func is not _chain.forward or node.name != _NAME or len(node.layers) != 2:
        return False
    inner, drop = node.layers
    if inner._func is not _chain.forward or len(inner.layers) != 2 or drop._func is not _dropout.forward:
        return False
    maxout, norm = inner.layers
    return (maxout._func is _maxout.forward and norm._func is _layernorm.forward
            and isinstance(maxout.ops, NumpyOps) and isinstance(norm.ops, NumpyOps))


def _sums_in_place(node: Model) -> bool:
    """True for thinc's residual around a chain that ends in a fused layer (whose output is a new array of its own)."""
    if node._func is not _residual.forward or len(node.layers) != 1:
        return False
    inner = node.layers[0]
    return inner._func is _chain.forward and bool(inner.layers) and inner.layers[-1]._func is fused_forward


def residual_forward(model: Model, X: object, is_train: bool) -> tuple[object, Callable]:
    """thinc's ``residual`` forward (``X + layer(X)``); at inference on an array, summed into the layer's new output."""
    # (the same floats: a sum of two numbers is the same either way round)
    if is_train or not isinstance(X, numpy.ndarray):
        return _residual.forward(model, X, is_train)
    Y, _ = model.layers[0](X, is_train)
    if not isinstance(Y, numpy.ndarray) or Y.shape != X.shape or Y.dtype != X.dtype:
        return X + Y, _no_backprop  # (a sum that would broadcast or change type: thinc's own)
    Y += X
    return Y, _no_backprop


def fused_forward(model: Model, X: object, is_train: bool) -> tuple[object, Callable]:
    """thinc's ``chain`` forward of ``model`` (maxout, layer norm, dropout); at inference on an array, fused."""
    if is_train or not isinstance(X, numpy.ndarray) or X.ndim != 2:
        return _chain.forward(model, X, is_train)
    maxout, norm = model.layers[0].layers
    nO, nP, nI = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    ops = maxout.ops
    # thinc's maxout forward, its backprop's record left out
    Y = ops.gemm(X, ops.reshape2f(maxout.get_param("W"), nO * nP, nI), trans2=True)
    Y += ops.reshape1f(maxout.get_param("b"), nO * nP)
    best, _ = ops.maxout(ops.reshape3f(Y, Y.shape[0], nO, nP))
    # thinc's layer norm: (X - mu) * var ** -0.5 * G + b, each step as it writes it; the mean computed once
    mu = best.mean(axis=1, keepdims=True)
    var = best.var(axis=1, keepdims=True, mean=mu) + 1e-08
    best -= mu
    best *= var ** (-1.0 / 2.0)
    best *= norm.get_param("G")
    best += norm.get_param("b")
    return best, _no_backprop  # the dropout passes its input on at inference


def _no_backprop(dY: object) -> object:
    """The backprop of a fused layer, which has none."""
    raise NotImplementedError("the fused layers run at inference only: training goes through thinc's own layers")
