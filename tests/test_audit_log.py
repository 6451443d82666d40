"""The audit log: hash chain, tamper detection, restart, no masked text, CLI exit codes."""

from __future__ import annotations

import argparse
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from redact.audit_log import GENESIS, AuditLog, default_log_path, entry_hash, record_disclosure, record_request
from redact.cli_decisions import add_subcommands
from redact.errors import AuditTamperedError, InputError
from redact.types import Disclosure, Document, Finding, Mask, Verification

SECRET_NAME = "Kalle Nilsson"
SECRET_PNR = "19800101-1234"


def _fill(log: AuditLog, n: int = 6) -> None:
    record_request(log, "C1", "handlingar i ärende 17", received="2025-03-03")
    for i in range(n - 1):
        log.append("C1" if i % 2 else "C2", "decision", {"finding_id": f"f{i}", "category": "PERSON", "page": 1})


def _raw(path: Path) -> sqlite3.Connection:
    """An attacker's connection: the append-only triggers are dropped first."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("DROP TRIGGER entries_no_update")
    con.execute("DROP TRIGGER entries_no_delete")
    return con


@pytest.fixture()
def log(tmp_path: Path) -> AuditLog:
    lg = AuditLog(tmp_path / "audit.sqlite")
    _fill(lg)
    return lg


def test_chain_links_each_entry_to_the_one_before(log: AuditLog):
    entries = log.entries()
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[0].prev_hash == GENESIS
    for prev, e in zip(entries, entries[1:]):
        assert e.prev_hash == prev.hash
        assert e.hash == entry_hash(e.seq, e.case, e.time, e.kind, e.payload, e.prev_hash)
        assert e.time.endswith("Z") and "T" in e.time
    log.verify()
    assert [e.seq for e in log.entries("C2")] == [2, 4, 6]


def test_chain_survives_a_restart(tmp_path: Path, log: AuditLog):
    head = log.head()
    again = AuditLog(tmp_path / "audit.sqlite", create=False)
    e = again.append("C1", "delivered", {"method": "e-post"})
    assert (e.seq, e.prev_hash) == (head[0] + 1, head[1])
    again.verify()
    assert AuditLog(tmp_path / "audit.sqlite").head() == (e.seq, e.hash)


def test_plain_updates_and_deletes_are_refused(log: AuditLog):
    con = sqlite3.connect(log.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE entries SET payload = '{}' WHERE seq = 2")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("DELETE FROM entries WHERE seq = 2")
    con.close()
    log.verify()


def _edit(con):
    con.execute("""UPDATE entries SET payload = '{"category":"EMAIL","finding_id":"f2","page":1}' WHERE seq = 4""")


def _edit_time(con):
    con.execute("UPDATE entries SET time = '2020-01-01T00:00:00Z' WHERE seq = 3")


def _delete_middle(con):
    con.execute("DELETE FROM entries WHERE seq = 3")


def _delete_and_renumber(con):
    con.execute("DELETE FROM entries WHERE seq = 3")
    for seq in (4, 5, 6):
        con.execute("UPDATE entries SET seq = ? WHERE seq = ?", (seq - 1, seq))


def _delete_last(con):
    con.execute("DELETE FROM entries WHERE seq = 6")


def _insert_end(con):
    prev = con.execute("SELECT hash FROM entries WHERE seq = 6").fetchone()[0]
    con.execute("INSERT INTO entries VALUES (7, 'C1', '2025-03-04T00:00:00Z', 'decision', '{}', ?, ?)", (prev, "ab" * 32))


def _insert_middle(con):
    # Shift 4..6 up by one and slip a forged entry (with a correctly computed hash) in at 4.
    for seq in (6, 5, 4):
        con.execute("UPDATE entries SET seq = ? WHERE seq = ?", (seq + 1, seq))
    prev = con.execute("SELECT hash FROM entries WHERE seq = 3").fetchone()[0]
    payload = {"finding_id": "fx", "category": "PERSON", "page": 1}
    digest = entry_hash(4, "C1", "2025-03-04T00:00:00Z", "decision", payload, prev)
    con.execute("INSERT INTO entries VALUES (4, 'C1', '2025-03-04T00:00:00Z', 'decision', ?, ?, ?)",
                (json.dumps(payload, sort_keys=True, separators=(",", ":")), prev, digest))


def _swap(con):
    rows = {r[0]: r[1:] for r in con.execute("SELECT seq, case_id, time, kind, payload, prev_hash, hash FROM entries WHERE seq IN (3, 4)")}
    for seq, other in ((3, 4), (4, 3)):
        con.execute("UPDATE entries SET case_id=?, time=?, kind=?, payload=?, prev_hash=?, hash=? WHERE seq=?", (*rows[other], seq))


@pytest.mark.parametrize(
    "tamper, bad_seq",
    [
        (_edit, 4),
        (_edit_time, 3),
        (_delete_middle, 3),
        (_delete_and_renumber, 3),
        (_delete_last, 6),
        (_insert_end, 7),
        (_insert_middle, 5),  # the forged entry itself chains correctly; the next one no longer does
        (_swap, 3),
    ],
    ids=["edit", "edit-time", "delete", "delete-renumber", "delete-last", "insert-end", "insert-middle", "swap"],
)
def test_tampering_is_detected_naming_the_first_bad_entry(log: AuditLog, tamper, bad_seq):
    con = _raw(log.path)
    tamper(con)
    con.close()
    with pytest.raises(AuditTamperedError) as err:
        log.verify()
    assert err.value.seq == bad_seq
    assert f"post {bad_seq}" in str(err.value)
    assert err.value.exit_code == 4


def _disclosure(tmp_path: Path) -> Disclosure:
    doc = Document("protokoll.pdf", "ab" * 32, 2)
    findings = (
        Finding("f1", 1, 0, 13, SECRET_NAME, "PERSON", 0.93, "ner", rects=((10, 10, 80, 22),), subject="S1",
                legal_ground="26 kap. 1 § OSL", reason="förnamn+efternamn"),
        Finding("f2", 2, 5, 18, SECRET_PNR, "PERSONNUMMER", 1.0, "personnummer", rects=((10, 40, 90, 52),),
                legal_ground="26 kap. 1 § OSL"),
        Finding("f3", 2, 30, 43, "Anna Svensson", "PERSON", 0.9, "ner", rects=((10, 60, 80, 72),), status="rejected",
                reason="disclose: tjänsteman i tjänsteutövning; ner 0.9", legal_ground="26 kap. 1 § OSL"),
    )
    masks = tuple(Mask(f.id, f.page, f.rects, f.category, f.detector, f.score, "accepted", f.legal_ground, f.subject, f.text)
                  for f in findings[:2])
    masks += (Mask("m1", 2, ((100, 100, 200, 120),), "MANUAL", "manual", 1.0, "manual", "26 kap. 1 § OSL", text="Storgatan 9"),)
    return Disclosure(doc, None, findings, masks, Verification(True, 3))


def test_record_disclosure_writes_the_record_without_masked_text(tmp_path: Path):
    lg = AuditLog(tmp_path / "audit.sqlite")
    record_request(lg, "C9", "begäran om protokoll", requester="pseudonym-17")
    record_disclosure(lg, "C9", _disclosure(tmp_path), reviewer="handläggare 3", profile="socialtjanst")
    kinds = [e.kind for e in lg.entries("C9")]
    assert kinds == ["request_received", "document_added", "detection_run", "decision", "decision", "decision", "decision", "finalised"]
    decisions = {e.payload["finding_id"]: e.payload for e in lg.entries("C9") if e.kind == "decision"}
    assert decisions["f1"]["status"] == "accepted" and decisions["f1"]["masked"] is True
    assert decisions["f1"]["legal_ground"] == "26 kap. 1 § OSL" and decisions["f1"]["rects"] == [[10, 10, 80, 22]]
    assert decisions["f1"]["by"] == "handläggare 3" and decisions["f1"]["page"] == 1
    assert decisions["f1"]["text_hmac_sha256"] == lg.text_hash("C9", SECRET_NAME.lower())  # case-insensitive match later
    assert lg.matches("C9", SECRET_NAME, decisions["f1"]) and not lg.matches("C8", SECRET_NAME, decisions["f1"])
    assert decisions["f3"]["masked"] is False and decisions["f3"]["reason"] == "disclose: tjänsteman i tjänsteutövning"
    assert decisions["m1"]["category"] == "MANUAL"
    lg.verify()

    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("audit.sqlite"))
    for secret in (SECRET_NAME, SECRET_PNR, "Storgatan 9", "Anna Svensson"):
        assert secret.encode("utf-8") not in raw, secret
        assert secret.lower().encode("utf-8") not in raw, secret
    exported = json.dumps(lg.export("C9"), ensure_ascii=False)
    assert SECRET_NAME not in exported and lg.key("C9") not in exported
    assert "pseudonym-17" in exported


def test_keys_differ_per_case(tmp_path: Path):
    lg = AuditLog(tmp_path / "a.sqlite")
    assert lg.text_hash("A", SECRET_NAME) != lg.text_hash("B", SECRET_NAME)
    assert lg.text_hash("A", SECRET_NAME) == lg.text_hash("A", " kalle  NILSSON ")


def test_payload_with_text_is_refused(tmp_path: Path):
    lg = AuditLog(tmp_path / "a.sqlite")
    with pytest.raises(ValueError, match="text"):
        lg.append("C1", "decision", {"finding": {"text": SECRET_NAME}})
    with pytest.raises(ValueError, match="kind"):
        lg.append("C1", "deleted", {})
    with pytest.raises(ValueError, match="kind"):
        lg.append_many("C1", [("decision", {"finding_id": "f1"}), ("deleted", {})])  # all or nothing
    assert lg.entries() == []


def test_concurrent_appends_keep_one_chain(tmp_path: Path):
    path = tmp_path / "a.sqlite"
    AuditLog(path)

    def worker(name: str) -> None:
        lg = AuditLog(path)
        for i in range(25):
            lg.append(name, "decision", {"finding_id": f"{name}{i}"})

    threads = [threading.Thread(target=worker, args=(f"W{n}",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lg = AuditLog(path)
    assert len(lg.entries()) == 75 and lg.head()[0] == 75
    lg.verify()


def test_export_and_missing_case(log: AuditLog):
    record = log.export("C1")
    assert record["case"] == "C1" and record["chain"]["verified"] is True
    assert [e["seq"] for e in record["entries"]] == [1, 3, 5]
    with pytest.raises(InputError, match="finns inte"):
        log.export("okänt")


def test_default_log_path():
    assert default_log_path({"REDACT_LOG": "/srv/r/log.sqlite"}) == Path("/srv/r/log.sqlite")
    assert default_log_path({"XDG_DATA_HOME": "/data"}) == Path("/data/redact/audit.sqlite")
    assert default_log_path({}) == Path.home() / ".local" / "share" / "redact" / "audit.sqlite"


def test_missing_or_foreign_log_file(tmp_path: Path):
    with pytest.raises(InputError, match="finns inte"):
        AuditLog(tmp_path / "none.sqlite", create=False)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(InputError):
        AuditLog(junk)


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="redact")
    add_subcommands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_cli_verify_and_export(log: AuditLog, tmp_path: Path, capsys):
    assert _cli(["audit", "verify", "--log", str(log.path)]) == 0
    assert "6 poster" in capsys.readouterr().out
    out = tmp_path / "c1.json"
    assert _cli(["audit", "export", "C1", "--log", str(log.path), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["case"] == "C1"
    con = _raw(log.path)
    _edit(con)
    con.close()
    with pytest.raises(AuditTamperedError, match="post 4") as err:
        _cli(["audit", "verify", "--log", str(log.path)])
    assert err.value.exit_code == 4
    with pytest.raises(AuditTamperedError):
        _cli(["audit", "export", "C1", "--log", str(log.path)])


def test_cli_uses_redact_log_env(log: AuditLog, monkeypatch, capsys):
    monkeypatch.setenv("REDACT_LOG", str(log.path))
    assert _cli(["audit", "verify"]) == 0
