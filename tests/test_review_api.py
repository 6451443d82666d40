"""The review app's actions: directly on redact.review.session and through the Flask test client."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pymupdf
import pytest

from conftest import mupdf_text, pdftotext, write_text_pdf
from redact.review import accounts as accounts_module
from redact.review.accounts import Accounts
from redact.review.app import WRITE_HEADER, create_app
from review_stores import BACKENDS, make_store, reopened
from redact.review.session import (
    NothingToUndoError,
    PendingFindingsError,
    ReviewError,
    ReviewStore,
    StaleWriteError,
    safe_filename,
)

REVIEWER = "Karin Granskare"
PASSWORD = "rätt häst batteri häftklammer"
H = {WRITE_HEADER: "1"}

LETTER = [
    [
        "Beslut om bistånd",
        "Anna Svensson bor på Storgatan 12 i Umeå.",
        "Handläggare: Per Olsson, tel 070-123 45 67",
        "Anna Svensson har ansökt om ekonomiskt bistånd.",
        "Motiveringen gäller hyran för lägenheten.",
    ],
    ["Anna Svensson ringde den 3 mars.", "E-post anna.svensson@example.se"],
]
NOTE = [["Tjänsteanteckning", "Mötet gällde ekonomiskt bistånd för Anna Svensson."]]


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> ReviewStore:
    return make_store(request.param, tmp_path, request)


@pytest.fixture()
def case(store: ReviewStore, tmp_path: Path, blank_detector):
    c = store.create_case(request_id="BEG-1", received="2025-01-15", diarienummer="SN 2025/12", profile="socialtjanst")
    doc = store.add_document(c.id, write_text_pdf(tmp_path / "brev.pdf", LETTER), blank_detector)
    return c, doc


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    # Logins are not what these tests are about; test_auth_review.py checks the real cost.
    monkeypatch.setattr(accounts_module, "_N", 2**10)


def logged_in(app, store: ReviewStore, name: str = REVIEWER, role: str = "admin"):
    """A test client with a session for ``name`` (created with ``role`` when new)."""
    accounts = Accounts(store.store)
    if name not in {u.name for u in accounts.list()}:
        accounts.add(name, role, PASSWORD)
    client = app.test_client()
    r = client.post("/login", data={"name": name, "password": PASSWORD})
    assert r.status_code == 303, r.data
    return client


@pytest.fixture()
def client(store: ReviewStore, blank_detector):
    return logged_in(create_app(store, lambda: blank_detector), store)


def by_text(store: ReviewStore, case_id: int, text: str):
    return [f for f in store.findings(case_id) if f.text == text]


def subject_of(store: ReviewStore, case_id: int, label: str):
    return next(s for s in store.subjects(case_id) if s.label == label)


# ------------------------------------------------------------------ library


def test_add_document_stores_a_copy_and_proposals_with_profile_grounds(store, case):
    c, doc = case
    assert doc.path.is_file() and doc.path.parent.parent == store.case_dir(c.id)
    assert doc.pages == 2
    findings = store.findings(c.id)
    assert {f.category for f in findings} >= {"PERSON", "ADDRESS", "PHONE", "EMAIL"}
    assert all(f.legal_ground == "26 kap. 1 § OSL" for f in findings)  # the socialtjänst profile's default
    assert all(not f.reviewed and f.version == 1 for f in findings)
    anna = subject_of(store, c.id, "Anna Svensson")
    # three name mentions, the e-mail that spells the name and the address she "bor på"
    assert anna.count == 5 and anna.pages == ((doc.id, 1), (doc.id, 2))
    assert store.progress(c.id).pending == len(findings)


def test_subject_spans_documents_of_the_case(store, case, tmp_path, blank_detector):
    c, _ = case
    note = store.add_document(c.id, write_text_pdf(tmp_path / "anteckning.pdf", NOTE), blank_detector)
    anna = subject_of(store, c.id, "Anna Svensson")
    assert note.id in {d for d, _ in anna.pages} and anna.count == 6


def test_same_file_twice_and_non_pdf_are_refused(store, case, tmp_path, blank_detector):
    c, doc = case
    with pytest.raises(ReviewError, match="finns redan"):
        store.add_document(c.id, doc.path, blank_detector)
    fake = tmp_path / "inte.pdf"
    fake.write_text("hej")
    with pytest.raises(Exception, match="ingen PDF"):
        store.add_document(c.id, fake, blank_detector)


def test_decide_and_stale_version(store, case):
    c, _ = case
    per = by_text(store, c.id, "Per Olsson")[0]
    res = store.decide(c.id, per.id, "rejected", REVIEWER, version=per.version)
    after = res.findings[0]
    assert after.state == "disclosed" and after.decided_by == REVIEWER and after.version == per.version + 1
    with pytest.raises(StaleWriteError):
        store.decide(c.id, per.id, "accepted", "Annan flik", version=per.version)
    assert store.finding(c.id, per.id).status == "rejected"  # the stale write changed nothing


def test_subject_decision_covers_every_mention_and_checks_versions(store, case):
    c, _ = case
    anna = subject_of(store, c.id, "Anna Svensson")
    seen = {f.id: f.version for f in store.findings(c.id) if f.subject_id == anna.id}
    store.decide(c.id, anna.finding_ids[0], "accepted", REVIEWER, version=seen[anna.finding_ids[0]])
    with pytest.raises(StaleWriteError):
        store.decide_subject(c.id, anna.id, "rejected", REVIEWER, versions=seen)
    fresh = {f.id: f.version for f in store.findings(c.id) if f.subject_id == anna.id}
    res = store.decide_subject(c.id, anna.id, "rejected", REVIEWER, versions=fresh)
    assert len(res.findings) == 5 and all(f.state == "disclosed" for f in res.findings)
    assert store.progress(c.id).reviewed == 5


def test_legal_ground_per_finding_and_subject(store, case):
    c, _ = case
    addr = by_text(store, c.id, "Storgatan 12")[0]
    store.set_legal_ground(c.id, addr.id, "21 kap. 3 § OSL", REVIEWER, version=addr.version)
    assert store.finding(c.id, addr.id).legal_ground == "21 kap. 3 § OSL"
    assert not store.finding(c.id, addr.id).reviewed  # a ground is not a decision to mask
    anna = subject_of(store, c.id, "Anna Svensson")
    store.set_subject_legal_ground(c.id, anna.id, "21 kap. 1 § OSL", REVIEWER)
    assert {store.finding(c.id, i).legal_ground for i in anna.finding_ids} == {"21 kap. 1 § OSL"}
    with pytest.raises(ReviewError):
        store.set_legal_ground(c.id, addr.id, "  ", REVIEWER, version=None)


def test_manual_mask_captures_the_text_under_it(store, case):
    c, doc = case
    res = store.add_manual_mask(c.id, doc.id, 1, (70, 126, 400, 142), REVIEWER)  # the fifth line
    f = res.findings[0]
    assert f.status == "manual" and f.reviewed and "Motiveringen" in f.text
    assert f.legal_ground == "26 kap. 1 § OSL"
    with pytest.raises(ReviewError):
        store.add_manual_mask(c.id, doc.id, 1, (10, 10, 10.5, 10.5), REVIEWER)
    with pytest.raises(ReviewError):
        store.add_manual_mask(c.id, doc.id, 1, (900, 900, 1000, 1000), REVIEWER)


def test_search_masks_every_document_and_skips_what_is_masked(store, case, tmp_path, blank_detector):
    c, _ = case
    note = store.add_document(c.id, write_text_pdf(tmp_path / "anteckning.pdf", NOTE), blank_detector)
    res = store.add_search_masks(c.id, "ekonomiskt   BISTÅND", REVIEWER)
    assert {f.document_id for f in res.findings} == {1, note.id}
    assert all(f.text.lower() == "ekonomiskt bistånd" and f.status == "manual" for f in res.findings)
    again = store.add_search_masks(c.id, "ekonomiskt bistånd", REVIEWER)
    assert again.findings == ()
    # A hit on exactly what the detector proposed is a decision on that proposal, not a second mask.
    per = by_text(store, c.id, "Per Olsson")[0]
    res = store.add_search_masks(c.id, r"Per\s+Ols+on", REVIEWER, regex=True)
    assert [f.id for f in res.findings] == [per.id] and res.findings[0].status == "accepted"
    with pytest.raises(ReviewError, match="mönstret"):
        store.add_search_masks(c.id, "(", REVIEWER, regex=True)
    with pytest.raises(ReviewError):
        store.add_search_masks(c.id, "x*", REVIEWER, regex=True)  # matches empty text


def test_undo_restores_and_removes(store, case):
    c, doc = case
    per = by_text(store, c.id, "Per Olsson")[0]
    store.decide(c.id, per.id, "rejected", REVIEWER, version=per.version)
    manual = store.add_manual_mask(c.id, doc.id, 1, (70, 126, 400, 142), REVIEWER).findings[0]
    res = store.undo(c.id, REVIEWER)
    assert res.findings[0].id == manual.id and res.findings[0].removed
    assert manual.id not in {f.id for f in store.findings(c.id)}
    store.undo(c.id, REVIEWER)
    back = store.finding(c.id, per.id)
    assert back.status == "proposed" and not back.reviewed and back.version == per.version + 2
    with pytest.raises(NothingToUndoError):
        store.undo(c.id, REVIEWER)
    assert store.decisions(c.id) == []  # undone decisions are not part of the record


def test_page_image_is_cached_and_preview_blanks_masks(store, case):
    c, doc = case
    p1 = store.page_image(c.id, doc.id, 1)
    mtime = p1.stat().st_mtime_ns
    assert store.page_image(c.id, doc.id, 1) == p1 and p1.stat().st_mtime_ns == mtime
    assert sorted(x.name for x in p1.parent.iterdir()) == [p1.name]  # page 2 was not rendered
    addr = by_text(store, c.id, "Storgatan 12")[0]
    x0, y0, x1, y1 = addr.rects[0]
    zoom = 2.0

    def dark_share(png: bytes) -> float:
        pix = pymupdf.Pixmap(png)
        xs, ys = range(int(x0 * zoom) + 2, int(x1 * zoom) - 2), range(int(y0 * zoom) + 2, int(y1 * zoom) - 2)
        dark = sum(1 for x in xs for y in ys if sum(pix.pixel(x, y)[:3]) < 120)
        return dark / (len(xs) * len(ys))

    assert dark_share(p1.read_bytes()) < 0.5  # text on white
    assert dark_share(store.preview_image(c.id, doc.id, 1)) > 0.9  # a filled box
    store.decide(c.id, addr.id, "rejected", REVIEWER, version=addr.version)
    assert dark_share(store.preview_image(c.id, doc.id, 1)) < 0.5  # disclosed again


def test_finalise_refuses_pending_then_renders_verified_output_with_reviewers(store, tmp_path, blank_detector):
    from redact.audit_log import AuditLog

    store.audit_log = AuditLog(tmp_path / "audit.sqlite")
    c = store.create_case(request_id="BEG-1", received="2025-01-15", profile="socialtjanst")
    doc = store.add_document(c.id, write_text_pdf(tmp_path / "brev.pdf", LETTER), blank_detector)
    per = by_text(store, c.id, "Per Olsson")[0]
    store.decide(c.id, per.id, "rejected", "Olle Granskare", version=per.version)
    store.add_manual_mask(c.id, doc.id, 1, (70, 126, 400, 142), REVIEWER)
    with pytest.raises(PendingFindingsError):
        store.finalise(c.id, REVIEWER)
    fin = store.finalise(c.id, REVIEWER, accept_all_pending=True)
    out = fin.outputs[0]
    for text in (mupdf_text(out.output), pdftotext(out.output)):
        assert "Per Olsson" in text
        assert "Anna Svensson" not in text and "Storgatan" not in text and "Motiveringen" not in text
    record = json.loads(out.record.read_text(encoding="utf-8"))
    assert record["case"]["request_id"] == "BEG-1" and record["reviewer"] == REVIEWER
    rejected = {r["id"]: r for r in record["rejected"]}
    assert rejected[f"f{per.id}"]["decided_by"] == "Olle Granskare"
    assert all(m["decided_by"] == REVIEWER for m in record["masks"])
    assert "Per Olsson" not in out.record.read_text(encoding="utf-8")
    kinds = [e.kind for e in store.audit_log.entries("BEG-1")]
    assert kinds[:3] == ["request_received", "document_added", "detection_run"]
    decisions = [e.payload for e in store.audit_log.entries("BEG-1") if e.kind == "decision"]
    assert {d["by"] for d in decisions} == {"Olle Granskare", REVIEWER}
    assert kinds[-1] == "finalised"
    store.audit_log.verify()
    assert store.case(c.id).finalised_by == REVIEWER


def test_state_survives_a_restart(store, case):
    c, _ = case
    per = by_text(store, c.id, "Per Olsson")[0]
    store.decide(c.id, per.id, "rejected", REVIEWER, version=per.version)
    again = reopened(store)
    assert again.finding(c.id, per.id).state == "disclosed"
    assert again.progress(c.id).reviewed == 1


@pytest.mark.parametrize(
    "name, expected",
    [
        ("brev.pdf", "brev.pdf"),
        ("../../etc/passwd", "passwd.pdf"),
        ("..\\..\\windows\\ini.PDF", "ini.pdf"),
        ("/abs/path/Beslut 2025.pdf", "Beslut 2025.pdf"),
        ("..", "handling.pdf"),
        ("", "handling.pdf"),
        ("ö\x00k<>.pdf", "ö_k__.pdf"),
        ("rapport.exe", "rapport.exe.pdf"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


# ------------------------------------------------------------------ HTTP


def test_http_flow_case_upload_state(client, tmp_path):
    r = client.post("/api/cases", json={"request_id": "BEG-9", "received": "2025-02-01", "profile": "socialtjanst"}, headers=H)
    assert r.status_code == 201
    cid = r.get_json()["case"]["id"]
    data = write_text_pdf(tmp_path / "x.pdf", LETTER).read_bytes()
    r = client.post(f"/api/cases/{cid}/documents", data={"file": (io.BytesIO(data), "../../ut/brev.pdf")}, headers=H,
                    content_type="multipart/form-data")
    assert r.status_code == 201, r.get_json()
    assert r.get_json()["document"]["name"] == "brev.pdf"
    state = client.get(f"/api/cases/{cid}").get_json()
    assert state["progress"]["pending"] == len(state["findings"]) > 0
    assert any(s["label"] == "Anna Svensson" and s["count"] == 5 for s in state["subjects"])
    assert any(g["ref"] == "26 kap. 1 § OSL" for g in state["grounds"])
    assert client.get("/").status_code == 200 and client.get(f"/cases/{cid}").status_code == 200
    assert client.get(f"/api/cases/{cid}/progress").get_json()["total"] == len(state["findings"])


def test_http_upload_refusals(client, store, tmp_path):
    cid = store.create_case().id
    r = client.post(f"/api/cases/{cid}/documents", data={"file": (io.BytesIO(b"GIF89a not a pdf"), "x.pdf")}, headers=H,
                    content_type="multipart/form-data")
    assert r.status_code == 400 and "PDF" in r.get_json()["error"]
    small = logged_in(create_app(store, lambda: None, max_upload_bytes=10_000), store)
    big = b"%PDF-1.7\n" + b"0" * 20_000
    r = small.post(f"/api/cases/{cid}/documents", data={"file": (io.BytesIO(big), "stor.pdf")}, headers=H,
                   content_type="multipart/form-data")
    assert r.status_code == 413 and "för stor" in r.get_json()["error"]
    assert not list((store.case_dir(cid)).rglob("*.pdf"))


def test_http_writes_need_the_header_and_a_local_host(client, case):
    c, _ = case
    assert client.post(f"/api/cases/{c.id}/undo", json={"reviewer": REVIEWER}).status_code == 403
    r = client.get(f"/api/cases/{c.id}", headers={"Host": "evil.example:8765"})
    assert r.status_code == 403


def test_http_decisions_grounds_undo_and_stale_409(client, store, case):
    c, _ = case
    per = by_text(store, c.id, "Per Olsson")[0]
    url = f"/api/cases/{c.id}/findings/{per.id}/decision"
    r = client.post(url, json={"status": "rejected", "version": per.version}, headers=H)
    assert r.status_code == 200 and r.get_json()["findings"][0]["state"] == "disclosed"
    r = client.post(url, json={"status": "accepted", "version": per.version}, headers=H)
    assert r.status_code == 409 and r.get_json()["stale"] is True and "ändrat" in r.get_json()["error"]
    r = client.post(url, json={"status": "accepted"}, headers=H)
    assert r.status_code == 400
    r = client.post(f"/api/cases/{c.id}/findings/{per.id}/ground",
                    json={"legal_ground": "39 kap. 3 § OSL", "version": per.version + 1}, headers=H)
    assert r.get_json()["findings"][0]["legal_ground"] == "39 kap. 3 § OSL"
    anna = subject_of(store, c.id, "Anna Svensson")
    versions = {str(f.id): f.version for f in store.findings(c.id) if f.subject_id == anna.id}
    r = client.post(f"/api/cases/{c.id}/subjects/{anna.id}/ground", json={"legal_ground": "21 kap. 1 § OSL", "versions": versions}, headers=H)
    assert r.status_code == 200
    r = client.post(f"/api/cases/{c.id}/subjects/{anna.id}/decision", json={"status": "rejected", "versions": versions}, headers=H)
    assert r.status_code == 409  # the ground change bumped the versions
    versions = {str(f.id): f.version for f in store.findings(c.id) if f.subject_id == anna.id}
    r = client.post(f"/api/cases/{c.id}/subjects/{anna.id}/decision", json={"status": "rejected", "versions": versions}, headers=H)
    assert {f["state"] for f in r.get_json()["findings"]} == {"disclosed"}
    r = client.post(f"/api/cases/{c.id}/undo", json={}, headers=H)
    assert r.status_code == 200 and {f["state"] for f in r.get_json()["findings"]} == {"pending_mask"}
    r = client.post(f"/api/cases/{c.id}/findings/999/decision", json={"status": "rejected", "version": 1}, headers=H)
    assert r.status_code == 404


def test_http_manual_search_preview_finalise_download(client, store, case):
    c, doc = case
    r = client.post(f"/api/cases/{c.id}/masks", json={"document": doc.id, "page": 1, "rect": [70, 126, 400, 142]}, headers=H)
    assert r.status_code == 201 and "Motiveringen" in r.get_json()["findings"][0]["text"]
    hits = client.post(f"/api/cases/{c.id}/search/hits", json={"term": "Umeå"}, headers=H).get_json()["hits"]
    assert len(hits) == 1 and hits[0]["text"] == "Umeå" and not hits[0]["masked"]
    r = client.post(f"/api/cases/{c.id}/search", json={"term": "Umeå", "hits": hits}, headers=H)
    assert len(r.get_json()["findings"]) == 1
    r = client.post(f"/api/cases/{c.id}/search", json={"term": "[", "regex": True}, headers=H)
    assert r.status_code == 400
    png = client.get(f"/api/cases/{c.id}/documents/{doc.id}/pages/1.png")
    assert png.status_code == 200 and png.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get(f"/api/cases/{c.id}/documents/{doc.id}/pages/9.png").status_code == 404
    prev = client.get(f"/api/cases/{c.id}/documents/{doc.id}/pages/1/preview.png")
    assert prev.status_code == 200 and prev.data != png.data
    r = client.post(f"/api/cases/{c.id}/finalise", json={}, headers=H)
    assert r.status_code == 409 and "inte granskade" in r.get_json()["error"]
    r = client.post(f"/api/cases/{c.id}/finalise", json={"accept_all_pending": True}, headers=H)
    assert r.status_code == 200, r.get_json()
    out = r.get_json()["outputs"][0]
    pdf = client.get(f"/api/cases/{c.id}/outputs/{out['output']}")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    with pymupdf.open(stream=pdf.data, filetype="pdf") as d:
        text = "".join(p.get_text() for p in d)
    assert "Umeå" not in text and "Motiveringen" not in text and "Beslut om bistånd" in text
    rec = client.get(f"/api/cases/{c.id}/outputs/{out['record']}")
    assert rec.status_code == 200 and json.loads(rec.data)["reviewer"] == REVIEWER
    assert client.get(f"/api/cases/{c.id}/outputs/..%2F..%2Freview.sqlite").status_code == 404
    assert client.get(f"/api/cases/{c.id}/outputs/{doc.path.name}").status_code == 404


@pytest.mark.timing
def test_hundred_page_case_shows_first_page_within_a_second(store, client, tmp_path, blank_detector):
    lines = [f"Rad {n}: Anna Svensson bor på Storgatan {n}." for n in range(1, 6)]
    pdf = write_text_pdf(tmp_path / "lang.pdf", [lines for _ in range(100)])
    c = store.create_case()
    doc = store.add_document(c.id, pdf, blank_detector)
    assert doc.pages == 100
    t0 = time.perf_counter()
    state = client.get(f"/api/cases/{c.id}")
    img = client.get(f"/api/cases/{c.id}/documents/{doc.id}/pages/1.png")
    seconds = time.perf_counter() - t0
    assert state.status_code == 200 and img.status_code == 200
    assert len(state.get_json()["findings"]) >= 100
    assert seconds < 1.0, f"first page took {seconds:.2f} s"
    assert len(list((store.case_dir(c.id) / "sidbilder").iterdir())) == 1  # rendered on demand, not all up front
