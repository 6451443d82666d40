"""The review app on a shared server: bounded search, private files, clear failures, locked and all-or-nothing cases."""

from __future__ import annotations

import sqlite3
import stat
import threading
import time
import urllib.request
from pathlib import Path

import pymupdf
import pytest

from conftest import write_text_pdf
from redact.errors import UnsupportedError
from redact.review import accounts as accounts_module
from redact.review.accounts import Accounts
from redact.review.app import WRITE_HEADER, create_app
from redact.review.finalise import FinaliseError
from redact.review.model import CaseLockedError
from redact.review.search import SearchTimeoutError
from redact.review.session import ReviewStore
from redact.review.store import SqliteStore, StoreUnavailableError
from review_stores import BACKENDS, make_store

H = {WRITE_HEADER: "1"}
PASSWORD = "ett långt lösenord 42"
ADMIN = "Eva Marjanović"
LETTER = [["Beslut om bistånd", "Fatima Al-Hassan bor på Åsgatan 3 i Luleå.", "Handläggare: Jonas Berg, tel 070-765 43 21"]]
OTHER = [["Tjänsteanteckning", "Mötet med Dragan Petrović gällde skolskjuts."]]


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    monkeypatch.setattr(accounts_module, "_N", 2**10)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> ReviewStore:
    return make_store(request.param, tmp_path / "data", request)


@pytest.fixture()
def case(store, tmp_path, blank_detector):
    c = store.create_case(request_id="BEG-S1", received="2025-05-02", profile="socialtjanst")
    # The document's own file name holds the name that is masked.
    doc = store.add_document(c.id, write_text_pdf(tmp_path / "Fatima Al-Hassan beslut.pdf", LETTER), blank_detector)
    return c, doc


def client_for(store, blank_detector, **kw):
    app = create_app(store, lambda: blank_detector, **kw)
    if ADMIN not in {u.name for u in Accounts(store.store).list()}:
        Accounts(store.store).add(ADMIN, "admin", PASSWORD)
    c = app.test_client()
    assert c.post("/login", data={"name": ADMIN, "password": PASSWORD}).status_code == 303
    return c


# ---------------------------------------------------------------- search


@pytest.mark.timing
def test_catastrophic_regex_answers_in_bounded_time_without_blocking_others(store, tmp_path, blank_detector):
    c = store.create_case(profile="default")
    long_page = [" ".join(["ordet"] * 12) for _ in range(40)] + ["a" * 70 + "!"]
    store.add_document(c.id, write_text_pdf(tmp_path / "lang.pdf", [long_page]), blank_detector)
    client = client_for(store, blank_detector)
    other: list[float] = []

    def meanwhile() -> None:  # another reviewer's request while the pattern runs
        time.sleep(0.3)
        t0 = time.perf_counter()
        store.progress(c.id)
        other.append(time.perf_counter() - t0)

    th = threading.Thread(target=meanwhile)
    th.start()
    t0 = time.perf_counter()
    r = client.post(f"/api/cases/{c.id}/search/hits", json={"term": r"(a|aa)+$", "regex": True}, headers=H)
    seconds = time.perf_counter() - t0
    th.join()
    assert r.status_code == 400 and "för lång tid" in r.get_json()["error"]
    assert seconds < 8, f"the search took {seconds:.1f} s"
    # The pattern that froze the old server answers too, one way or the other, in bounded time.
    t0 = time.perf_counter()
    r = client.post(f"/api/cases/{c.id}/search/hits", json={"term": r"^(\w+\s?)+$", "regex": True}, headers=H)
    assert r.status_code in (200, 400) and time.perf_counter() - t0 < 8
    assert other and other[0] < 1.0, "another request waited for the search"
    with pytest.raises(SearchTimeoutError):
        store.add_search_masks(c.id, r"(a|aa)+$", "Eva", regex=True)
    assert store.findings(c.id, include_removed=True) == [f for f in store.findings(c.id, include_removed=True) if f.origin != "search"]


def test_search_shows_hits_and_masks_only_the_ticked_ones(store, case, blank_detector):
    c, doc = case
    client = client_for(store, blank_detector)
    before = len(store.findings(c.id))
    hits = client.post(f"/api/cases/{c.id}/search/hits", json={"term": "Berg|Luleå", "regex": True}, headers=H).get_json()["hits"]
    assert sorted(h["text"] for h in hits) == ["Berg", "Luleå"]
    assert len(store.findings(c.id)) == before  # showing hits changes nothing
    r = client.post(f"/api/cases/{c.id}/search", json={"term": "Berg|Luleå", "regex": True}, headers=H)
    assert r.status_code == 400  # nothing ticked: nothing masked, and the reviewer is told to tick
    lulea = [h for h in hits if h["text"] == "Luleå"]
    forged = {**lulea[0], "start": 0, "end": 5}  # a range that is not a hit of the term
    r = client.post(f"/api/cases/{c.id}/search", json={"term": "Berg|Luleå", "regex": True, "hits": [*lulea, forged]}, headers=H)
    assert r.status_code == 200
    assert [f["text"] for f in r.get_json()["findings"]] == ["Luleå"]


# ---------------------------------------------------------------- what the server reveals


def test_profile_is_a_name_never_a_path(store, blank_detector):
    client = client_for(store, blank_detector)
    for bad in ("/etc/shadow", "../../etc/passwd.toml", "socialtjanst.toml"):
        r = client.post("/api/cases", json={"profile": bad}, headers=H)
        assert r.status_code == 400 and "okänd verksamhetsprofil" in r.get_json()["error"]
        assert "TOML" not in r.get_json()["error"] and "/etc" not in r.get_json()["error"]
    assert client.post("/api/cases", json={"profile": "socialtjanst"}, headers=H).status_code == 201


def test_profiles_from_the_admin_folder(tmp_path, blank_detector):
    folder = tmp_path / "profiler"
    folder.mkdir()
    (folder / "egen.toml").write_text((Path(__file__).resolve().parents[1] / "redact/profiles/default.toml").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    store = ReviewStore(tmp_path / "r.sqlite", profiles_dir=folder)
    assert "egen" in store.profile_names()
    assert store.create_case(profile="egen").profile == "egen"


def test_error_messages_never_carry_server_paths(store, case, blank_detector, monkeypatch):
    from redact.errors import InputError

    c, _ = case
    client = client_for(store, blank_detector)

    def broken(*a, **k):
        raise InputError(f"{store.files}/arende-1/handlingar/001-brev.pdf: filen går inte att läsa")

    monkeypatch.setattr(store, "progress", broken)
    r = client.get(f"/api/cases/{c.id}/progress")
    assert r.status_code == 400
    assert r.get_json()["error"] == "001-brev.pdf: filen går inte att läsa"


def test_page_images_are_not_cached_nor_embeddable(store, case, blank_detector):
    c, doc = case
    client = client_for(store, blank_detector)
    for url in (f"/api/cases/{c.id}/documents/{doc.id}/pages/1.png", f"/api/cases/{c.id}/documents/{doc.id}/pages/1/preview.png"):
        r = client.get(url)
        assert r.status_code == 200
        assert r.headers["Cache-Control"] == "no-store"
        assert r.headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_served_by_waitress_without_a_version_banner(store, blank_detector):
    from redact.review.cli import background_server

    app = create_app(store, lambda: blank_detector)
    with background_server(app, threads=2) as port:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=10) as resp:
            assert resp.status == 200
            assert resp.headers.get("Server") is None
    # its request threads end with it: a process left with threads no longer forks its bounded workers itself
    assert not [t.name for t in threading.enumerate() if t.name.startswith("waitress")]


# ---------------------------------------------------------------- files on disk


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_database_documents_images_and_outputs_are_private(store, case, blank_detector):
    c, doc = case
    client = client_for(store, blank_detector)
    client.get(f"/api/cases/{c.id}/documents/{doc.id}/pages/1.png")
    assert client.post(f"/api/cases/{c.id}/finalise", json={"accept_all_pending": True}, headers=H).status_code == 200
    files = [*([store.db] if store.store.dialect == "sqlite" else []), *(p for p in store.files.rglob("*") if p.is_file())]
    folders = [store.files, *(p for p in store.files.rglob("*") if p.is_dir())]
    assert any(p.suffix == ".png" for p in files) and any(p.name.endswith("-maskerad.pdf") for p in files)
    assert {str(p): oct(_mode(p)) for p in files if _mode(p) != 0o600} == {}
    assert {str(p): oct(_mode(p)) for p in folders if _mode(p) != 0o700} == {}


def test_page_image_cache_never_shows_another_documents_page(tmp_path, blank_detector):
    db = tmp_path / "review.sqlite"
    first = ReviewStore(db)
    c = first.create_case()
    a = first.add_document(c.id, write_text_pdf(tmp_path / "a.pdf", LETTER), blank_detector)
    old = first.page_image(c.id, a.id, 1).read_bytes()
    for p in db.parent.glob("review.sqlite*"):
        p.unlink()  # the database is lost; the files folder stays
    second = ReviewStore(db)
    c2 = second.create_case()
    b = second.add_document(c2.id, write_text_pdf(tmp_path / "b.pdf", OTHER), blank_detector)
    assert (c2.id, b.id) == (c.id, a.id)  # the same ids again
    shown = second.page_image(c2.id, b.id, 1).read_bytes()
    with pymupdf.open(b.path) as d:
        fresh = d[0].get_pixmap(matrix=pymupdf.Matrix(2, 2), alpha=False).tobytes("png")
    assert shown == fresh and shown != old


def test_output_file_names_never_carry_the_document_name(store, case, blank_detector):
    c, doc = case
    assert "Fatima" in doc.name
    fin = store.finalise(c.id, ADMIN, accept_all_pending=True)
    names = [o.output.name for o in fin.outputs] + [o.record.name for o in fin.outputs]
    assert names == [f"{doc.id:03d}-maskerad.pdf", f"{doc.id:03d}-granskning.json"]
    assert not any("Fatima" in p.name for p in store.files.rglob("*") if "utdata" in p.parts)


# ---------------------------------------------------------------- lost or locked database


# A lost file is a SQLite matter; an unreachable server is tested in test_unreachable_postgres.
@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_lost_database_is_a_clear_message_not_a_new_empty_one(store, case, blank_detector):
    c, _ = case
    client = client_for(store, blank_detector)
    assert client.get("/api/cases").status_code == 200
    for p in store.db.parent.glob("review.sqlite*"):
        p.unlink()
    with pytest.raises(StoreUnavailableError):
        store.cases()
    r = client.get("/api/cases")
    assert r.status_code == 503 and "saknas" in r.get_json()["error"] and str(store.db.parent) not in r.get_json()["error"]
    assert not store.db.exists()  # no empty database quietly created in its place
    page = client.get("/cases")
    assert page.status_code == 503 and "saknas" in page.get_data(as_text=True)


def test_locked_database_is_a_clear_message(tmp_path):
    store = ReviewStore(SqliteStore(tmp_path / "r.sqlite", timeout=0.2), files=tmp_path / "filer")
    holder = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreUnavailableError, match="låst"):
            store.create_case()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.create_case().id == 1


def test_a_database_of_the_first_schema_is_migrated(tmp_path):
    from redact.review import migrations

    db = tmp_path / "gammal.sqlite"
    with sqlite3.connect(db) as con:
        for stmt in migrations.statements("sqlite", 1):
            con.execute(stmt.replace("id INTEGER PRIMARY KEY,\n    action_id", "action_id"))  # changes had no id column
        con.execute("INSERT INTO cases (request_id, received, profile, created) VALUES ('BEG-GAMMAL', '2024-01-01', 'default', 'x')")
    store = ReviewStore(db)
    assert [c.request_id for c in store.cases()] == ["BEG-GAMMAL"] and store.cases()[0].version == 1
    with sqlite3.connect(db) as con:
        assert [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version")] == [v for v, _ in migrations.MIGRATIONS]
    Accounts(store.store).add("Anna Öberg", "admin", PASSWORD)
    ReviewStore(db)  # opening again applies nothing twice


# ---------------------------------------------------------------- finalisation


def test_finalisation_is_all_or_nothing_and_names_the_file(store, case, tmp_path, blank_detector):
    from redact.audit_log import AuditLog

    store.audit_log = AuditLog(tmp_path / "logg.sqlite")
    c, first = case
    second = store.add_document(c.id, write_text_pdf(tmp_path / "anteckning.pdf", OTHER), blank_detector)
    second.path.write_bytes(b"%PDF-1.7\n trasig fil utan innehall\n")  # damaged after it was read in
    client = client_for(store, blank_detector)
    r = client.post(f"/api/cases/{c.id}/finalise", json={"accept_all_pending": True}, headers=H)
    assert r.status_code in (400, 422)
    message = r.get_json()["error"]
    assert message.startswith("anteckning.pdf") and "inget i ärendet har slutförts" in message
    assert str(tmp_path) not in message
    assert store.case(c.id).finalised_at is None and store.case(c.id).status != "avslutad"
    assert store.document(c.id, first.id).output is None
    assert not [p for p in store.case_dir(c.id).rglob("*") if p.is_file() and ("utdata" in p.parts or ".slutfors-" in str(p))]
    assert "finalised" not in [e.kind for e in store.audit_log.entries(c.request_id)]
    with pytest.raises(FinaliseError):
        store.finalise(c.id, ADMIN)


def test_finalised_case_is_locked_and_reopening_makes_a_new_version(store, case, blank_detector):
    c, doc = case
    f = store.findings(c.id)[0]
    store.decide(c.id, f.id, "rejected", "Jonas Berg", version=f.version)
    store.finalise(c.id, ADMIN, accept_all_pending=True)
    assert store.case(c.id).status == "avslutad"
    f = store.finding(c.id, f.id)
    for attempt in (
        lambda: store.decide(c.id, f.id, "accepted", ADMIN, version=f.version),
        lambda: store.add_manual_mask(c.id, doc.id, 1, (70, 70, 300, 90), ADMIN),
        lambda: store.add_search_masks(c.id, "Luleå", ADMIN),
        lambda: store.undo(c.id, "Jonas Berg"),
        lambda: store.add_document(c.id, doc.path, blank_detector),
        lambda: store.finalise(c.id, ADMIN),
    ):
        with pytest.raises(CaseLockedError):
            attempt()
    client = client_for(store, blank_detector)
    r = client.post(f"/api/cases/{c.id}/findings/{f.id}/decision", json={"status": "accepted", "version": f.version}, headers=H)
    assert r.status_code == 409 and "låst" in r.get_json()["error"]
    r = client.post(f"/api/cases/{c.id}/reopen", json={}, headers=H)
    assert r.status_code == 201
    new = r.get_json()["case"]
    assert new["request_id"] == "BEG-S1 v2" and new["version"] == 2 and new["previous_id"] == c.id
    copied = {x.text: x for x in store.findings(new["id"])}
    assert copied[f.text].state == "disclosed" and copied[f.text].decided_by == "Jonas Berg"
    assert store.decisions(new["id"]) == []  # its own record starts empty
    g = copied[f.text]
    store.decide(new["id"], g.id, "accepted", ADMIN, version=g.version)  # the new version is open
    assert store.finding(c.id, f.id).state == "disclosed"  # the old one is unchanged
    assert store.document(new["id"], store.documents(new["id"])[0].id).path.read_bytes() == doc.path.read_bytes()


def test_unreachable_postgres_is_a_clear_message_without_the_url():
    from redact.review.store_pg import PostgresStore

    with pytest.raises(StoreUnavailableError) as err:
        PostgresStore("postgresql://granskning:hemligt@127.0.0.1:1/redact", connect_timeout=2)
    assert "går inte att nå" in str(err.value) and "hemligt" not in str(err.value) and "127.0.0.1" not in str(err.value)


def test_the_exported_record_holds_keyed_hashes_and_never_the_key(store, case, tmp_path):
    import json

    from redact.audit_log import AuditLog
    from redact.review.finalise import keyed_text_hash

    store.audit_log = AuditLog(tmp_path / "logg.sqlite")
    c, doc = case
    fin = store.finalise(c.id, ADMIN, accept_all_pending=True)
    raw = fin.outputs[0].record.read_text(encoding="utf-8")
    record = json.loads(raw)
    key = store.audit_log.salt(c.request_id)
    assert "salt" not in record and key not in raw
    fatima = next(m for m in record["masks"] if m["id"] == next(f"f{f.id}" for f in store.findings(c.id) if f.text == "Fatima Al-Hassan"))
    assert "text_sha256" not in fatima and "Fatima" not in raw
    # Whoever holds the log can match a mask to a name; the record alone cannot confirm a guess.
    assert fatima["text_hmac_sha256"] == keyed_text_hash("Fatima  AL-HASSAN", key)
    assert fatima["text_hmac_sha256"] != keyed_text_hash("Fatima Al-Hassan", "")


# ---------------------------------------------------------------- a hostile upload on a threaded server


class ReaderCrashes:
    """Stands in for a detector: the first thing detection asks of it crashes the process, as a PDF
    library does on a hostile file."""

    def __getattr__(self, name):
        if name.startswith("__"):  # pickling asks for these: the object travels to the worker
            raise AttributeError(name)
        import faulthandler
        import os
        import signal

        faulthandler.disable()  # no traceback dump from the dying worker in the test output
        os.kill(os.getpid(), signal.SIGSEGV)


def test_an_upload_that_crashes_the_reader_costs_the_upload_not_the_server(store, tmp_path):
    # the server runs request threads, so it must not fork itself: the upload's detection runs in a
    # worker forked by a forkserver, and the crash is a refusal of that file
    c = store.create_case(request_id="BEG-S9", received="2025-05-02", profile="socialtjanst")
    stop = threading.Event()
    beside = threading.Thread(target=stop.wait, daemon=True)  # a request thread of the server
    beside.start()
    try:
        with pytest.raises(UnsupportedError, match="krascha"):
            store.add_document(c.id, write_text_pdf(tmp_path / "brev.pdf", LETTER), ReaderCrashes())
    finally:
        stop.set()
        beside.join()
    assert store.documents(c.id) == []
    assert not list((store.files).rglob("*brev*"))  # no copy of the refused file is kept
