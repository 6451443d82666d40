"""The tamper-evident audit log: append-only, hash-chained entries in SQLite.

Each entry carries the hash of the one before it, so an entry that is
altered, deleted, inserted or moved breaks the chain and ``verify`` names the
first bad one. Masked text is never stored: a decision carries a keyed hash
of it (HMAC-SHA256), and the key (one per case) stays in the local log file; it
is never exported, so neither an export nor a run's JSON record can be used to
test guesses of masked names, while the log's holder can match a name.

The chain proves integrity against edits, not against someone who rewrites
the whole file and recomputes every hash: for that, record the head hash
(``AuditLog.head()``, printed by ``redact audit verify``) outside the log,
for instance in the case's diary entry.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pymupdf

from redact import __version__
from redact.errors import AuditTamperedError, InputError
from redact.types import Disclosure

_log = logging.getLogger(__name__)

KINDS = ("request_received", "document_added", "detection_run", "decision", "finalised", "delivered")
GENESIS = "0" * 64
_FORBIDDEN_KEYS = {"text", "masked_text", "label"}  # payload keys that would carry masked text

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    seq       INTEGER PRIMARY KEY,
    case_id   TEXT NOT NULL,
    time      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_case ON entries(case_id, seq);
CREATE TABLE IF NOT EXISTS head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);
-- The per-case key of text hashes (the table keeps its first name so older logs open as they are).
CREATE TABLE IF NOT EXISTS salts (case_id TEXT PRIMARY KEY, salt TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS entries_no_update BEFORE UPDATE ON entries
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS entries_no_delete BEFORE DELETE ON entries
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


def default_log_path(env: Mapping[str, str] | None = None) -> Path:
    """$REDACT_LOG, else audit.sqlite under the user's data directory (XDG_DATA_HOME or ~/.local/share)."""
    env = os.environ if env is None else env
    if env.get("REDACT_LOG"):
        return Path(env["REDACT_LOG"]).expanduser()
    if os.name == "nt" and env.get("LOCALAPPDATA"):
        return Path(env["LOCALAPPDATA"]) / "redact" / "audit.sqlite"
    base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return base / "redact" / "audit.sqlite"


def canonical_json(value: Any) -> str:
    """JSON with sorted keys, no spaces and unescaped UTF-8: one byte string per value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def entry_hash(seq: int, case: str, time: str, kind: str, payload: Mapping[str, Any], prev_hash: str) -> str:
    """SHA-256 over the canonical JSON of an entry, its predecessor's hash included."""
    body = canonical_json({"seq": seq, "case": case, "time": time, "kind": kind, "payload": payload, "prev_hash": prev_hash})
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def text_hash(text: str, salt: str) -> str:
    """Salted SHA-256 of whitespace- and case-normalised text (the ``text_sha256`` of entries from older versions)."""
    norm = " ".join(text.split()).casefold()
    return hashlib.sha256((salt + "\x00" + norm).encode("utf-8")).hexdigest()


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Entry:
    """One record in the chain."""

    seq: int
    case: str
    time: str
    kind: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str

    def as_dict(self) -> dict[str, Any]:
        """The entry as plain JSON values."""
        return {
            "seq": self.seq,
            "case": self.case,
            "time": self.time,
            "kind": self.kind,
            "payload": self.payload,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def _check_payload(value: Any, where: str = "payload") -> None:
    if isinstance(value, Mapping):
        for k, v in value.items():
            if not isinstance(k, str):
                raise ValueError(f"{where}: keys must be strings")
            if k in _FORBIDDEN_KEYS:
                raise ValueError(f"{where}.{k}: the audit log never stores text; store text_hmac_sha256 instead")
            _check_payload(v, f"{where}.{k}")
    elif isinstance(value, (list, tuple)):
        for n, v in enumerate(value):
            _check_payload(v, f"{where}[{n}]")


class AuditLog:
    """An append-only, hash-chained log of disclosure requests in one SQLite file."""

    def __init__(self, path: str | Path, create: bool = True, clock: Callable[[], str] | None = None):
        self.path = Path(path)
        self._clock = clock or _utc_now
        if not self.path.exists():
            if not create:
                raise InputError("{path}: granskningsloggen finns inte; ange rätt fil med --log eller REDACT_LOG", path=self.path)
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with self._connect() as con:
                con.executescript(_SCHEMA)
        except sqlite3.DatabaseError as err:
            raise InputError("{path}: är inte en granskningslogg ({err})", path=self.path, err=err) from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            yield con
        finally:
            con.close()

    def append(self, case: str, kind: str, payload: Mapping[str, Any]) -> Entry:
        """Append one entry to the chain, atomically (safe with several writers)."""
        return self.append_many(case, [(kind, payload)])[0]

    def append_many(self, case: str, items: Sequence[tuple[str, Mapping[str, Any]]]) -> list[Entry]:
        """Append several entries of one case in one transaction: all of them or none."""
        if not case or not case.strip():
            raise InputError("ärende-id saknas")
        prepared = []
        for kind, payload in items:
            if kind not in KINDS:
                raise ValueError(f"unknown audit entry kind {kind!r}; known: {', '.join(KINDS)}")
            _check_payload(payload)
            prepared.append((kind, json.loads(canonical_json(payload))))  # what is hashed is what is stored
        out: list[Entry] = []
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                row = con.execute("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
                seq, prev = (row[0], row[1]) if row else (0, GENESIS)
                for kind, data in prepared:
                    seq += 1
                    time = self._clock()
                    digest = entry_hash(seq, case, time, kind, data, prev)
                    con.execute(
                        "INSERT INTO entries (seq, case_id, time, kind, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (seq, case, time, kind, canonical_json(data), prev, digest),
                    )
                    out.append(Entry(seq, case, time, kind, data, prev, digest))
                    prev = digest
                if out:
                    con.execute("INSERT OR REPLACE INTO head (id, seq, hash) VALUES (1, ?, ?)", (seq, prev))
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        _log.debug("audit %s: %d entries up to #%d", case, len(out), out[-1].seq if out else 0)
        return out

    def _rows(self, case: str | None = None) -> list[Entry]:
        with self._connect() as con:
            if case is None:
                rows = con.execute("SELECT seq, case_id, time, kind, payload, prev_hash, hash FROM entries ORDER BY seq").fetchall()
            else:
                rows = con.execute(
                    "SELECT seq, case_id, time, kind, payload, prev_hash, hash FROM entries WHERE case_id = ? ORDER BY seq",
                    (case,),
                ).fetchall()
        out = []
        for seq, c, t, k, p, prev, h in rows:
            try:
                payload = json.loads(p)
            except (TypeError, json.JSONDecodeError):
                payload = {"_unreadable": True}
            out.append(Entry(seq, c, t, k, payload, prev, h))
        return out

    def entries(self, case: str | None = None) -> list[Entry]:
        """All entries in order, or those of one case."""
        return self._rows(case)

    def cases(self) -> list[str]:
        """Case ids in order of their first entry."""
        with self._connect() as con:
            return [r[0] for r in con.execute("SELECT case_id FROM entries GROUP BY case_id ORDER BY MIN(seq)")]

    def head(self) -> tuple[int, str]:
        """(seq, hash) of the last entry; (0, GENESIS) for an empty log."""
        with self._connect() as con:
            row = con.execute("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def verify(self) -> None:
        """Check the whole chain; raise AuditTamperedError naming the first bad entry."""
        with self._connect() as con:
            rows = con.execute("SELECT seq, case_id, time, kind, payload, prev_hash, hash FROM entries ORDER BY seq").fetchall()
            head = con.execute("SELECT seq, hash FROM head WHERE id = 1").fetchone()
        prev = GENESIS
        expected = 1
        for seq, case, time, kind, payload, prev_hash, digest in rows:
            if seq != expected:
                raise _tampered(expected, f"post {expected} saknas (raderad eller omnumrerad)")
            try:
                data = json.loads(payload)
            except (TypeError, json.JSONDecodeError):
                raise _tampered(seq, f"post {seq} går inte att läsa (ändrad)") from None
            if prev_hash != prev:
                raise _tampered(seq, f"post {seq} hänger inte ihop med posten före (infogad, flyttad eller föregående raderad)")
            if entry_hash(seq, case, time, kind, data, prev_hash) != digest or canonical_json(data) != payload:
                raise _tampered(seq, f"post {seq} ({kind}, ärende {case}) har ändrats")
            prev = digest
            expected += 1
        last = rows[-1][0] if rows else 0
        if head is not None and (head[0] != last or (rows and head[1] != rows[-1][6])):
            if head[0] > last:
                raise _tampered(last + 1, f"post {last + 1} saknas (loggen har kortats; senaste post var {head[0]})")
            raise _tampered(last, f"post {last} stämmer inte med loggens senast kända post {head[0]}")
        if head is None and rows:
            raise _tampered(last, f"loggens huvudpost saknas (efter post {last})")

    def key(self, case: str) -> str:
        """The case's secret key for text hashes (created on first use; never exported)."""
        return self.salt(case)

    def salt(self, case: str) -> str:
        """The case's secret key under its first name (older callers and logs)."""
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                row = con.execute("SELECT salt FROM salts WHERE case_id = ?", (case,)).fetchone()
                if row is None:
                    salt = secrets.token_hex(32)
                    con.execute("INSERT INTO salts (case_id, salt) VALUES (?, ?)", (case, salt))
                else:
                    salt = row[0]
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return salt

    def text_hash(self, case: str, text: str) -> str:
        """The keyed hash (``text_hmac_sha256``) of a text in a case: how the log's holder checks a claim."""
        from redact.audit import keyed_text_hash

        return keyed_text_hash(text, self.key(case))

    def matches(self, case: str, text: str, hashed: Mapping[str, Any]) -> bool:
        """True when an entry, a record's mask or its hash fields hold ``text`` (keyed, or salted in older entries)."""
        if hashed.get("text_hmac_sha256"):
            return hmac.compare_digest(hashed["text_hmac_sha256"], self.text_hash(case, text))
        if hashed.get("text_sha256"):
            return hmac.compare_digest(hashed["text_sha256"], text_hash(text, self.salt(case)))
        return False

    def export(self, case: str) -> dict[str, Any]:
        """The verified record of one request as JSON values (never the case's key)."""
        self.verify()
        items = self._rows(case)
        if not items:
            raise InputError("ärendet {case!r} finns inte i granskningsloggen {path}", case=case, path=self.path)
        seq, digest = self.head()
        return {
            "case": case,
            "format": "redact-audit-1",
            "exported": self._clock(),
            "chain": {"verified": True, "head_seq": seq, "head_hash": digest, "hash": "sha256(canonical_json(entry without hash))"},
            "entries": [e.as_dict() for e in items],
        }


def _tampered(seq: int, message: str) -> AuditTamperedError:
    err = AuditTamperedError(f"granskningsloggen är manipulerad: {message}")
    err.seq = seq  # type: ignore[attr-defined]
    return err


def record_request(log: AuditLog, case: str, description: str = "", received: str | None = None,
                   requester: str | None = None, reference: str | None = None) -> Entry:
    """Append request_received; the requester's identity is optional and may be a pseudonym."""
    payload: dict[str, Any] = {"description": description, "received": received or _utc_now()}
    if requester:
        payload["requester"] = requester
    if reference:
        payload["reference"] = reference
    return log.append(case, "request_received", payload)


def record_disclosure(log: AuditLog, case: str, disclosure: Disclosure, reviewer: str,
                      versions: Mapping[str, str] | None = None, profile: str | None = None) -> None:
    """Append document_added, detection_run, one decision per finding or mask, and finalised."""
    from redact.audit import keyed_text_hash, safe_file_name

    key = log.key(case)
    doc = disclosure.document
    ref = {"name": safe_file_name(doc.name, disclosure.masks, key), "sha256": doc.sha256}
    items: list[tuple[str, dict[str, Any]]] = []
    items.append(("document_added", {"document": ref, "pages": doc.pages, "kind": doc.kind}))
    tool = {"redact": __version__, "pymupdf": pymupdf.VersionBind, **dict(versions or {})}
    detectors = sorted({f.detector for f in disclosure.findings} | {m.detector for m in disclosure.masks})
    items.append(("detection_run", {"document": ref, "tools": tool, "detectors": detectors, "profile": profile,
                                    "findings": len(disclosure.findings)}))
    masks = {m.id: m for m in disclosure.masks}
    at = _utc_now()
    seen: set[str] = set()
    for f in disclosure.findings:
        m = masks.get(f.id)
        seen.add(f.id)
        status = m.decision if m is not None else f.status
        payload: dict[str, Any] = {
            "document": ref,
            "finding_id": f.id,
            "category": f.category,
            "page": f.page,
            "rects": [[round(v, 2) for v in r] for r in (m.rects if m is not None else f.rects)],
            "legal_ground": (m.legal_ground if m is not None else None) or f.legal_ground,
            "status": status,
            "masked": m is not None,
            "detector": f.detector,
            "score": f.score,
            "subject": f.subject,
            "by": reviewer,
            "at": at,
            "text_hmac_sha256": keyed_text_hash(f.text or (m.text if m else ""), key) if (f.text or (m and m.text)) else None,
        }
        if f.reason.startswith("disclose:"):
            payload["reason"] = f.reason.partition(";")[0]
        items.append(("decision", payload))
    for m in disclosure.masks:
        if m.id in seen:
            continue
        items.append(("decision", {
            "document": ref, "finding_id": m.id, "category": m.category, "page": m.page,
            "rects": [[round(v, 2) for v in r] for r in m.rects], "legal_ground": m.legal_ground,
            "status": m.decision, "masked": True, "detector": m.detector, "score": m.score, "subject": m.subject,
            "by": reviewer, "at": at, "text_hmac_sha256": keyed_text_hash(m.text, key) if m.text else None,
        }))
    out = disclosure.output
    v = disclosure.verification
    output = None
    if out is not None and Path(out).is_file():
        # Where it went too: `redact package` hands over exactly this file and refuses it if it changed.
        output = {"name": Path(out).name, "sha256": hashlib.sha256(Path(out).read_bytes()).hexdigest(),
                  "path": str(Path(out).resolve())}
    items.append(("finalised", {
        "document": ref,
        "output": output,
        "masks": len(disclosure.masks),
        "by": reviewer,
        "verification": {"ok": v.ok, "strings_checked": v.checked, "extractors": list(v.extractors),
                         "failures": [{"page": p, "category": c} for p, c in v.failures]} if v is not None else None,
    }))
    log.append_many(case, items)


def record_delivery(log: AuditLog, case: str, method: str = "", documents: list[str] | None = None,
                    by: str | None = None) -> Entry:
    """Append delivered: when and how the documents went out."""
    payload: dict[str, Any] = {"method": method, "documents": list(documents or [])}
    if by:
        payload["by"] = by
    return log.append(case, "delivered", payload)
