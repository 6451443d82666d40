"""The findings file of the CLI contract: round trip and clear refusals."""

from __future__ import annotations

import json

import pytest

from redact.errors import FindingsError
from redact.findings_io import findings_to_json, load_findings
from redact.types import Document, Finding

DOC = Document(name="a.pdf", sha256="ab" * 32, pages=2)


def _write(tmp_path, data):
    p = tmp_path / "f.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_round_trip(tmp_path):
    f = Finding(id="f1", page=2, start=3, end=9, text="Anna B", category="PERSON", score=0.91, detector="names", rects=((1.0, 2.0, 3.0, 4.0),), subject="S1")
    data = findings_to_json(DOC, [f])
    assert set(data["findings"][0]) >= {"id", "page", "start", "end", "text", "category", "score", "detector", "rects", "status"}
    (back,) = load_findings(_write(tmp_path, data), DOC)
    assert back == f


def test_hand_added_finding_needs_only_page_and_rects(tmp_path):
    (f,) = load_findings(_write(tmp_path, {"findings": [{"page": 1, "rects": [[10, 10, 50, 20]]}]}), DOC)
    assert f.status == "manual" and f.category == "MANUAL" and f.start is None and f.rects == ((10.0, 10.0, 50.0, 20.0),)


@pytest.mark.parametrize(
    "findings, message",
    [
        ([{"page": 3, "rects": [[0, 0, 1, 1]]}], "sidan"),
        ([{"page": 1}], "rects eller start"),
        ([{"page": 1, "rects": [[0, 0, 1]]}], "fyra tal"),
        ([{"page": 1, "rects": [[5, 0, 1, 1]]}], "ingen yta"),
        ([{"page": 1, "start": 5, "end": 2}], "start < end"),
        ([{"page": 1, "rects": [[0, 0, 1, 1]], "status": "maybe"}], "status"),
        ([{"page": 1, "rects": [[0, 0, 1, 1]], "category": "shoe size!"}], "kategori"),
        ([{"id": "a", "page": 1, "rects": [[0, 0, 1, 1]]}, {"id": "a", "page": 1, "rects": [[0, 0, 1, 1]]}], "mer än en gång"),
    ],
)
def test_malformed_findings_are_refused(tmp_path, findings, message):
    with pytest.raises(FindingsError, match=message):
        load_findings(_write(tmp_path, {"findings": findings}), DOC)


def test_findings_of_another_document_are_refused(tmp_path):
    with pytest.raises(FindingsError, match="annan fil"):
        load_findings(_write(tmp_path, {"document": {"name": "b.pdf", "sha256": "cd" * 32}, "findings": []}), DOC)


def test_not_json(tmp_path):
    p = tmp_path / "f.json"
    p.write_text("{nope", encoding="utf-8")
    with pytest.raises(FindingsError, match="JSON"):
        load_findings(p, DOC)
