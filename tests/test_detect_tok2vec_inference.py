"""The fused maxout-and-norm layers of the shipped pipelines give thinc's floats exactly."""

from __future__ import annotations

from importlib import import_module

import numpy
import pytest
from thinc.api import Maxout

from redact.detect import tok2vec_inference as ti
from redact.detect.learned_spans import load_tagger
from redact.detect.nlp import load_pipeline

TEXTS = [
    "Beslut\nSökande: Anna Lindqvist, 19870312-1234, Storgatan 4, 123 45 Norrvik.\nHandläggare Per-Olof Ek",
    "Ärendet har beretts av förvaltningen enligt gällande delegationsordning. Tel. 070-123 45 67",
    "",
    "Lägenhet 1102 | Leo f. 19 | IBAN SE45 5000 0000 0583 9825 7466\n\n\tKöping",
]


@pytest.fixture(scope="module", params=["main", "tagger"])
def pipeline(request):  # noqa: ANN001, ANN201
    nlp = load_pipeline() if request.param == "main" else load_tagger()
    if nlp is None:
        pytest.skip("no tagger shipped")
    return nlp


def _thinc_funcs(nlp) -> dict[int, object]:  # noqa: ANN001
    """Each layer's forward put back to thinc's own (the layers fused at load are the chains and residuals)."""
    chain, residual = (import_module(f"thinc.layers.{m}") for m in ("chain", "residual"))
    return {id(n): chain.forward if n._func is ti.fused_forward else residual.forward
            for n in nlp.get_pipe("tok2vec").model.walk() if n._func in (ti.fused_forward, ti.residual_forward)}


def test_the_loaded_pipelines_have_their_five_norms_fused(pipeline) -> None:  # noqa: ANN001
    nodes = list(pipeline.get_pipe("tok2vec").model.walk())
    assert sum(n._func is ti.fused_forward for n in nodes) == 5  # the embedding's mix and four window layers
    assert sum(n._func is ti.residual_forward for n in nodes) == 4


def test_fused_layers_give_thincs_floats(pipeline) -> None:  # noqa: ANN001
    model = pipeline.get_pipe("tok2vec").model
    docs = [pipeline.make_doc(t) for t in TEXTS]
    fused = model.predict(docs)
    nodes = {id(n): n for n in model.walk()}
    own = {k: nodes[k]._func for k in _thinc_funcs(pipeline)}
    try:
        for k, func in _thinc_funcs(pipeline).items():
            nodes[k]._func = func
        plain = model.predict(docs)
    finally:
        for k, func in own.items():
            nodes[k]._func = func
    assert len(fused) == len(plain) == len(TEXTS)
    for a, b in zip(fused, plain):
        assert a.dtype == b.dtype and numpy.array_equal(a, b)
    assert fused[2].shape[0] == 0


def test_a_fused_layer_trains_through_thincs_layers() -> None:
    layer = Maxout(nO=4, nI=6, nP=3, normalize=True, dropout=0.0)
    X = numpy.random.default_rng(1).standard_normal((5, 6)).astype("f")
    layer.initialize(X=X)
    nodes = [n for n in layer.walk() if ti._fusable(n)]
    assert len(nodes) == 1
    before, backprop = layer(X, is_train=True)
    plain = layer.predict(X)
    nodes[0]._func = ti.fused_forward
    assert numpy.array_equal(layer.predict(X), plain)
    after, backprop2 = layer(X, is_train=True)  # thinc's chain: its backprop works
    assert numpy.array_equal(after, before)
    assert backprop2(numpy.ones_like(after)).shape == X.shape
    with pytest.raises(NotImplementedError):
        layer(X, is_train=False)[1](after)
