"""The JSON audit record of one run."""

from __future__ import annotations

import json

from redact.audit import build_record, keyed_text_hash, write_json_atomic
from redact.types import Disclosure, Document, Finding, Mask, Verification


def _disclosure():
    doc = Document(name="in.pdf", sha256="0" * 64, pages=1)
    masks = (Mask(id="f1", page=1, rects=((1, 2, 3, 4),), category="PERSON", detector="names", score=0.9, decision="accepted", legal_ground="26 kap. 1 § OSL", subject="S1", text="Anna Berg"),)
    findings = (Finding(id="f2", page=1, start=0, end=5, text="Malmö", category="POSTAL_CODE", score=0.4, detector="postal_code", status="rejected"),)
    return Disclosure(document=doc, output=None, findings=findings, masks=masks, verification=Verification(ok=True, checked=1))


def test_text_hash_is_keyed_and_normalised():
    assert keyed_text_hash("Anna  Berg", "s") == keyed_text_hash("anna berg", "s")
    assert keyed_text_hash("Anna Berg", "s") != keyed_text_hash("Anna Berg", "t")


def test_record_has_every_field_and_no_clear_text(tmp_path):
    rec = build_record(_disclosure(), {"label": "none"}, {"model": "m-1"}, key="abc", case="BEG-1")
    (m,) = rec["masks"]
    assert m["legal_ground"] == "26 kap. 1 § OSL" and m["decision"] == "accepted" and m["detector"] == "names"
    assert m["text_hmac_sha256"] == keyed_text_hash("Anna Berg", "abc")
    assert rec["rejected"][0]["decision"] == "rejected"
    assert rec["tool"]["model"] == "m-1" and "salt" not in rec and rec["text_hash"]["case"] == "BEG-1"
    path = tmp_path / "audit.json"
    write_json_atomic(path, rec)
    raw = path.read_text(encoding="utf-8")
    assert "Anna" not in raw and "Malmö" not in raw and "abc" not in raw
    assert json.loads(raw)["verification"]["ok"] is True
    assert [p.name for p in tmp_path.iterdir()] == ["audit.json"]


def test_file_name_holding_a_masked_name_is_hashed():
    d = _disclosure()
    d = type(d)(document=type(d.document)(name="Anna_Berg_utredning.pdf", sha256="0" * 64, pages=1), output=None,
                findings=d.findings, masks=d.masks, verification=d.verification)
    rec = build_record(d, {}, {}, key="abc")
    assert "Anna" not in json.dumps(rec) and rec["input"]["name"].startswith("dolt-filnamn-")
