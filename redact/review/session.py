"""The review of disclosure requests (cases), stored in SQLite: the library behind the review app.

A case is one request: a pseudonymous request id, the date it was received,
an optional diarienummer and its documents (copied into the case directory).
Detection proposes findings; reviewers accept (mask) or reject (disclose)
them one by one or a subject at a time, draw masks, mask search hits, set
legal grounds and undo. ``finalise`` renders and verifies every document via
``pipeline.apply_findings`` and stores the outputs and an audit record that
names the reviewer of each decision. Every finding row has a version: a write
based on an old version raises ``StaleWriteError`` instead of silently
overwriting a decision made in another tab.

The web app (``redact.review.app``) is a thin layer over ``ReviewStore``.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import shutil
import sqlite3
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pymupdf

from redact.audit import build_record, write_json_atomic
from redact.errors import InputError, RedactError
from redact.ingest.pdf import describe_pdf, extract_page, open_pdf, sha256_file
from redact.pipeline import Progress, RunOptions, apply_findings, detect_document, masks_for
from redact.policy import Profile, load_profile
from redact.render.pdf import render_pdf
from redact.resolve.geometry import span_rects, text_in_rects
from redact.review.texts import category_name
from redact.types import CATEGORIES, MANUAL_CATEGORY, Document, Finding, Rect, RenderOptions

log = logging.getLogger(__name__)

DISCLOSE = "disclose:"
#: Largest document accepted (bytes); the app uses the same bound for uploads.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
#: A search that matches more than this is refused: it is almost certainly a mistake.
MAX_SEARCH_HITS = 5000
MAX_PATTERN_LENGTH = 200
ZOOMS = (1.0, 1.5, 2.0, 3.0)
_OPEN = ("proposed", "uncertain")


class ReviewError(RedactError):
    """A review action that cannot be carried out as asked."""


class NotFoundError(ReviewError):
    """The case, document, page, finding or subject does not exist."""


class StaleWriteError(ReviewError):
    """The write was based on an old version of a finding: someone changed it first."""

    def __init__(self, finding_ids: Sequence[int] = ()):
        self.finding_ids = list(finding_ids)
        super().__init__(
            "någon annan (eller en annan flik) har ändrat detta sedan du läste in sidan; "
            "läs in sidan igen och gör om ditt val"
        )


class PendingFindingsError(ReviewError):
    """Finalising was asked for while proposals are still unreviewed."""

    def __init__(self, pending: int):
        self.pending = pending
        super().__init__(
            f"{pending} förslag är inte granskade; granska dem eller välj "
            "\"Godta alla återstående förslag som de är\" och slutför igen"
        )


class NothingToUndoError(ReviewError):
    """Undo was asked for but the case has no action left to undo."""

    def __init__(self) -> None:
        super().__init__("det finns inget att ångra i ärendet")


_SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL UNIQUE,
    received TEXT NOT NULL,
    diarienummer TEXT,
    profile TEXT NOT NULL,
    created TEXT NOT NULL,
    finalised_at TEXT,
    finalised_by TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    name TEXT NOT NULL,
    stored TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    pages INTEGER NOT NULL,
    added TEXT NOT NULL,
    added_by TEXT,
    versions TEXT NOT NULL DEFAULT '{}',
    output TEXT,
    record TEXT
);
CREATE TABLE IF NOT EXISTS pages (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    number INTEGER NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    rotation INTEGER NOT NULL,
    matrix TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE IF NOT EXISTS subjects (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    category TEXT NOT NULL,
    UNIQUE (case_id, key)
);
CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    document_id INTEGER NOT NULL REFERENCES documents(id),
    page INTEGER NOT NULL,
    start INTEGER,
    "end" INTEGER,
    text TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    score REAL NOT NULL,
    detector TEXT NOT NULL,
    rects TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    legal_ground TEXT,
    subject_id INTEGER REFERENCES subjects(id),
    origin TEXT NOT NULL,
    reviewed INTEGER NOT NULL DEFAULT 0,
    decided_by TEXT,
    decided_at TEXT,
    removed INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS findings_case ON findings(case_id, document_id, page);
CREATE TABLE IF NOT EXISTS actions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    kind TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS changes (
    action_id INTEGER NOT NULL REFERENCES actions(id),
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    before TEXT,
    after TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    action_id INTEGER NOT NULL REFERENCES actions(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    legal_ground TEXT,
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
"""

# The columns an action changes and undo restores.
_STATE = ("status", "legal_ground", "reviewed", "decided_by", "decided_at", "removed")


def _utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------- values returned


@dataclass(frozen=True)
class CaseInfo:
    """One disclosure request."""

    id: int
    request_id: str
    received: str
    diarienummer: str | None
    profile: str
    created: str
    finalised_at: str | None = None
    finalised_by: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values."""
        return asdict(self)


@dataclass(frozen=True)
class PageInfo:
    """A page as shown: size in points after rotation."""

    number: int
    width: float
    height: float
    rotation: int


@dataclass(frozen=True)
class DocumentInfo:
    """A document of a case; ``path`` is the stored copy in the case directory."""

    id: int
    case_id: int
    name: str
    sha256: str
    pages: int
    path: Path
    added: str
    output: Path | None = None
    record: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values, without server paths."""
        return {
            "id": self.id,
            "name": self.name,
            "sha256": self.sha256,
            "pages": self.pages,
            "added": self.added,
            "output": self.output.name if self.output else None,
            "record": self.record.name if self.record else None,
        }


@dataclass(frozen=True)
class ReviewFinding:
    """A finding as stored for review: a proposal or a decision, with its version."""

    id: int
    document_id: int
    page: int
    start: int | None
    end: int | None
    text: str
    category: str
    score: float
    detector: str
    rects: tuple[Rect, ...]
    status: str
    reason: str
    legal_ground: str | None
    subject_id: int | None
    origin: str  # detect, manual, search
    reviewed: bool
    decided_by: str | None
    decided_at: str | None
    removed: bool
    version: int
    view_rects: tuple[Rect, ...] = ()  # rects on the page as displayed (rotation applied)

    @property
    def masked(self) -> bool:
        """True when the output masks this finding as things stand."""
        return self.status != "rejected"

    @property
    def state(self) -> str:
        """pending_mask, pending_disclose, masked, disclosed or manual (the keys of texts.STATUS_NAMES)."""
        if self.status == "manual":
            return "manual"
        if not self.reviewed:
            return "pending_mask" if self.masked else "pending_disclose"
        return "masked" if self.masked else "disclosed"

    def as_finding(self) -> Finding:
        """The core Finding the pipeline renders (pending proposals keep their proposed status)."""
        return Finding(
            id=f"f{self.id}",
            page=self.page,
            start=self.start,
            end=self.end,
            text=self.text,
            category=self.category,
            score=self.score,
            detector=self.detector,
            rects=self.rects,
            status=self.status,
            subject=f"S{self.subject_id}" if self.subject_id is not None else None,
            reason=self.reason,
            legal_ground=self.legal_ground,
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values for the browser (text included: the reviewer must see it)."""
        return {
            "id": self.id,
            "document": self.document_id,
            "page": self.page,
            "text": self.text,
            "category": self.category,
            "category_name": category_name(self.category),
            "score": self.score,
            "detector": self.detector,
            "rects": [list(r) for r in self.view_rects or self.rects],
            "status": self.status,
            "state": self.state,
            "reason": self.reason,
            "legal_ground": self.legal_ground,
            "subject": self.subject_id,
            "origin": self.origin,
            "reviewed": self.reviewed,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at,
            "removed": self.removed,
            "version": self.version,
        }


@dataclass(frozen=True)
class SubjectSummary:
    """One person (or number, address, search term): every mention across the case's documents."""

    id: int
    label: str
    category: str
    finding_ids: tuple[int, ...]
    pages: tuple[tuple[int, int], ...]  # (document id, page), sorted, unique
    states: Mapping[str, int]
    legal_grounds: tuple[str, ...]

    @property
    def count(self) -> int:
        """Number of mentions."""
        return len(self.finding_ids)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values."""
        return {
            "id": self.id,
            "label": self.label,
            "category": self.category,
            "category_name": category_name(self.category),
            "findings": list(self.finding_ids),
            "count": self.count,
            "pages": [list(p) for p in self.pages],
            "states": dict(self.states),
            "legal_grounds": list(self.legal_grounds),
        }


@dataclass(frozen=True)
class ReviewProgress:
    """Reviewed versus pending findings of a case."""

    total: int
    reviewed: int

    @property
    def pending(self) -> int:
        """Findings still waiting for a decision."""
        return self.total - self.reviewed

    def as_dict(self) -> dict[str, int]:
        """Plain JSON values."""
        return {"total": self.total, "reviewed": self.reviewed, "pending": self.pending}


@dataclass(frozen=True)
class ChangeResult:
    """What an action changed: the findings as they are now (removed ones flagged) and the progress."""

    action_id: int | None
    findings: tuple[ReviewFinding, ...]
    progress: ReviewProgress
    kind: str = ""

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values."""
        return {
            "action": self.action_id,
            "kind": self.kind,
            "findings": [f.as_dict() for f in self.findings],
            "progress": self.progress.as_dict(),
        }


@dataclass(frozen=True)
class FinalOutput:
    """One finalised document: the redacted PDF and its audit record."""

    document_id: int
    name: str
    output: Path
    record: Path
    masks: int
    verified_with: tuple[str, ...]


@dataclass(frozen=True)
class Finalisation:
    """The result of finalising a case."""

    case_id: int
    reviewer: str
    at: str
    outputs: tuple[FinalOutput, ...]
    decisions: int
    accepted_pending: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values, without server paths."""
        return {
            "case": self.case_id,
            "reviewer": self.reviewer,
            "at": self.at,
            "decisions": self.decisions,
            "accepted_pending": self.accepted_pending,
            "outputs": [
                {
                    "document": o.document_id,
                    "name": o.name,
                    "output": o.output.name,
                    "record": o.record.name,
                    "masks": o.masks,
                    "verified_with": list(o.verified_with),
                }
                for o in self.outputs
            ],
        }


@dataclass
class _Ctx:
    """One write transaction: the action being recorded and the findings it touched."""

    con: sqlite3.Connection
    case_id: int
    reviewer: str
    at: str
    kind: str
    action_id: int | None = None
    touched: list[int] = field(default_factory=list)


# ---------------------------------------------------------------- helpers


def safe_filename(name: str, fallback: str = "handling.pdf") -> str:
    """A file name that stays inside a directory: no path parts, no control characters, ends in .pdf."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    base = "".join(c if (c.isalnum() or c in "._- ") else "_" for c in base).strip(" .")
    base = re.sub(r"\s+", " ", base)
    if not base or base.strip("_") == "":
        base = fallback
    stem, dot, ext = base.rpartition(".")
    if not dot or ext.lower() != "pdf":
        stem = base
    stem = stem[:80].strip(" .") or "handling"
    return f"{stem}.pdf"


def _check_reviewer(reviewer: str | None) -> str:
    name = " ".join((reviewer or "").split())
    if not name:
        raise ReviewError("ange granskarens namn; varje beslut ska visa vem som fattade det")
    if len(name) > 100:
        raise ReviewError("granskarens namn är för långt (högst 100 tecken)")
    return name


def _check_ground(ground: str | None) -> str:
    g = " ".join((ground or "").split())
    if not g:
        raise ReviewError("välj en sekretessgrund")
    if len(g) > 120:
        raise ReviewError("sekretessgrunden är för lång (högst 120 tecken)")
    return g


def _check_status(status: str) -> str:
    if status not in ("accepted", "rejected"):
        raise ReviewError(f"okänt beslut {status!r}: välj maskera (accepted) eller lämna ut (rejected)")
    return status


def _subject_key(category: str, label: str) -> str:
    return f"{category}|{' '.join(label.split()).casefold()}"


def _transform(rect: Rect, matrix: Sequence[float]) -> Rect:
    r = pymupdf.Rect(rect) * pymupdf.Matrix(*matrix)
    r.normalize()
    return (round(r.x0, 2), round(r.y0, 2), round(r.x1, 2), round(r.y1, 2))


def _search_regex(term: str, regex: bool) -> re.Pattern[str]:
    term = term or ""
    if not term.strip():
        raise ReviewError("skriv ett sökord")
    if len(term) > MAX_PATTERN_LENGTH:
        raise ReviewError(f"sökordet är för långt (högst {MAX_PATTERN_LENGTH} tecken)")
    if regex:
        try:
            pattern = re.compile(term, re.IGNORECASE | re.MULTILINE)
        except re.error as err:
            raise ReviewError(f"mönstret går inte att använda ({err.msg} vid tecken {err.pos})") from None
        if pattern.match(""):
            raise ReviewError("mönstret träffar tom text; gör det mer specifikt")
        return pattern
    # Words of the term may be split over lines or spaced differently on the page.
    return re.compile(r"\s+".join(re.escape(w) for w in term.split()), re.IGNORECASE)


# ---------------------------------------------------------------- the store


class ReviewStore:
    """Cases, documents, findings and decisions in one SQLite file; stored documents and outputs under ``files``."""

    def __init__(
        self,
        db: str | Path,
        files: str | Path | None = None,
        audit_log: Any | None = None,
        officials: Any | None = None,
        clock: Callable[[], str] | None = None,
        max_document_bytes: int = MAX_DOCUMENT_BYTES,
        profile_loader: Callable[[str], Profile] = load_profile,
    ):
        self.db = Path(db)
        self.files = Path(files) if files is not None else self.db.parent / f"{self.db.stem}-filer"
        self.audit_log = audit_log  # a redact.audit_log.AuditLog, or None
        self.officials = officials  # a redact.officials.Directory, or None
        self._clock = clock or _utc_now
        self.max_document_bytes = max_document_bytes
        self._load_profile = profile_loader
        self.db.parent.mkdir(parents=True, exist_ok=True)
        self.files.mkdir(parents=True, exist_ok=True)
        try:
            with self._read() as con:
                con.execute("PRAGMA journal_mode=WAL")
                con.executescript(_SCHEMA)
        except sqlite3.DatabaseError as err:
            raise InputError(f"{self.db}: är ingen granskningsdatabas ({err})") from None

    # -- connections

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.db, timeout=30, isolation_level=None, check_same_thread=False)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA foreign_keys=ON")
        return con

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        con = self._connect()
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        con = self._connect()
        try:
            con.execute("BEGIN IMMEDIATE")  # one writer at a time: version checks and updates are atomic
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        finally:
            con.close()

    @contextmanager
    def _action(self, case_id: int, reviewer: str, kind: str) -> Iterator[_Ctx]:
        reviewer = _check_reviewer(reviewer)
        with self._write() as con:
            self._case_row(con, case_id)
            ctx = _Ctx(con, case_id, reviewer, self._clock(), kind)
            yield ctx

    # -- cases

    def create_case(
        self,
        request_id: str | None = None,
        received: str | None = None,
        diarienummer: str | None = None,
        profile: str = "default",
    ) -> CaseInfo:
        """A new case; the request id is a pseudonym (generated when empty), never the requester's name."""
        self._load_profile(profile)  # refuse an unknown profile now, not at the first document
        received = (received or date.today().isoformat()).strip()
        try:
            date.fromisoformat(received[:10])
        except ValueError:
            raise ReviewError(f"datumet {received!r} är inte ett datum (ÅÅÅÅ-MM-DD)") from None
        diarienummer = " ".join((diarienummer or "").split()) or None
        rid = " ".join((request_id or "").split())
        if len(rid) > 80 or (diarienummer and len(diarienummer) > 80):
            raise ReviewError("ärende-id och diarienummer får vara högst 80 tecken")
        now = self._clock()
        with self._write() as con:
            if not rid:
                n = con.execute("SELECT COUNT(*) FROM cases").fetchone()[0] + 1
                rid = f"BEGÄRAN-{received[:10]}-{n:03d}"
                while con.execute("SELECT 1 FROM cases WHERE request_id = ?", (rid,)).fetchone():
                    n += 1
                    rid = f"BEGÄRAN-{received[:10]}-{n:03d}"
            elif con.execute("SELECT 1 FROM cases WHERE request_id = ?", (rid,)).fetchone():
                raise ReviewError(f"det finns redan ett ärende med id {rid!r}")
            cur = con.execute(
                "INSERT INTO cases (request_id, received, diarienummer, profile, created) VALUES (?, ?, ?, ?, ?)",
                (rid, received, diarienummer, profile, now),
            )
            case_id = int(cur.lastrowid or 0)
        if self.audit_log is not None:
            from redact.audit_log import record_request

            record_request(self.audit_log, rid, description="granskning i redact review", received=received, reference=diarienummer)
        log.info("case %d created", case_id)
        return self.case(case_id)

    def cases(self) -> list[CaseInfo]:
        """Every case, newest first."""
        with self._read() as con:
            rows = con.execute("SELECT * FROM cases ORDER BY id DESC").fetchall()
        return [self._case_info(r) for r in rows]

    def case(self, case_id: int) -> CaseInfo:
        """One case by id."""
        with self._read() as con:
            return self._case_info(self._case_row(con, case_id))

    def case_dir(self, case_id: int) -> Path:
        """The directory that holds a case's stored documents, page images and outputs."""
        return self.files / f"arende-{int(case_id)}"

    def profile(self, case_id: int) -> Profile:
        """The profile the case was created with."""
        return self._load_profile(self.case(case_id).profile)

    @staticmethod
    def _case_info(r: sqlite3.Row) -> CaseInfo:
        return CaseInfo(r["id"], r["request_id"], r["received"], r["diarienummer"], r["profile"], r["created"], r["finalised_at"], r["finalised_by"])

    @staticmethod
    def _case_row(con: sqlite3.Connection, case_id: int) -> sqlite3.Row:
        row = con.execute("SELECT * FROM cases WHERE id = ?", (int(case_id),)).fetchone()
        if row is None:
            raise NotFoundError(f"ärende {case_id} finns inte")
        return row

    # -- documents

    def add_document(
        self,
        case_id: int,
        path: str | Path,
        detector: Any,
        name: str | None = None,
        reviewer: str | None = None,
        progress: Progress | None = None,
    ) -> DocumentInfo:
        """Copy a PDF into the case directory, detect personal data with ``detector`` and store the proposals."""
        path = Path(path)
        case = self.case(case_id)
        profile = self._load_profile(case.profile)
        display = safe_filename(name or path.name)
        if not path.is_file():
            raise InputError(f"{display}: filen finns inte")
        size = path.stat().st_size
        if size > self.max_document_bytes:
            raise InputError(f"{display}: filen är för stor ({size // (1024 * 1024)} MB; högst {self.max_document_bytes // (1024 * 1024)} MB)")
        with open(path, "rb") as fh:
            head = fh.read(1024)
        if b"%PDF-" not in head:
            raise InputError(f"{display}: är ingen PDF-fil")
        digest = sha256_file(path)
        docs_dir = self.case_dir(case_id) / "handlingar"
        docs_dir.mkdir(parents=True, exist_ok=True)
        with self._read() as con:
            dup = con.execute("SELECT name FROM documents WHERE case_id = ? AND sha256 = ?", (case_id, digest)).fetchone()
            n = con.execute("SELECT COUNT(*) FROM documents WHERE case_id = ?", (case_id,)).fetchone()[0] + 1
        if dup is not None:
            raise ReviewError(f"{display}: samma fil finns redan i ärendet ({dup['name']})")
        stored = docs_dir / f"{n:03d}-{display}"
        while stored.exists():
            n += 1
            stored = docs_dir / f"{n:03d}-{display}"
        if stored.resolve().parent != docs_dir.resolve():  # belt and braces: safe_filename already strips paths
            raise InputError(f"{display}: ogiltigt filnamn")
        shutil.copyfile(path, stored)
        try:
            document = describe_pdf(stored)
            det = detect_document(stored, detector, progress)
            from redact.resolve.propose import propose

            findings = propose(det.findings, profile, self.officials)
            pages = self._page_geometry(stored)
        except BaseException:
            stored.unlink(missing_ok=True)
            raise
        subjects = {s.id: s for s in det.subjects}
        now = self._clock()
        with self._write() as con:
            self._case_row(con, case_id)
            cur = con.execute(
                "INSERT INTO documents (case_id, name, stored, sha256, pages, added, added_by, versions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, display, str(stored.relative_to(self.files)), digest, document.pages, now, reviewer, json.dumps(det.versions)),
            )
            doc_id = int(cur.lastrowid or 0)
            con.executemany(
                "INSERT INTO pages (document_id, number, width, height, rotation, matrix) VALUES (?, ?, ?, ?, ?, ?)",
                [(doc_id, *p) for p in pages],
            )
            subject_ids: dict[str, int] = {}
            for f in findings:
                s = subjects.get(f.subject or "")
                label = s.label if s is not None else f.text
                category = s.category if s is not None else f.category
                key = _subject_key(category, label)
                if key not in subject_ids:
                    subject_ids[key] = self._subject_id(con, case_id, key, label, category)
                con.execute(
                    'INSERT INTO findings (case_id, document_id, page, start, "end", text, category, score, detector, rects, '
                    "status, reason, legal_ground, subject_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'detect')",
                    (
                        case_id, doc_id, f.page, f.start, f.end, f.text, f.category, f.score, f.detector,
                        json.dumps([list(r) for r in f.rects]), f.status, f.reason, f.legal_ground, subject_ids[key],
                    ),
                )
        if self.audit_log is not None:
            ref = {"name": display, "sha256": digest}
            self.audit_log.append(case.request_id, "document_added", {"document": ref, "pages": document.pages, "kind": "pdf"})
            self.audit_log.append(
                case.request_id,
                "detection_run",
                {
                    "document": ref,
                    "tools": {"redact": _version(), **det.versions},
                    "detectors": sorted({f.detector for f in findings}),
                    "profile": profile.name,
                    "findings": len(findings),
                },
            )
        log.info("case %d: document %d added (%d pages, %d findings)", case_id, doc_id, document.pages, len(findings))
        return self.document(case_id, doc_id)

    @staticmethod
    def _page_geometry(path: Path) -> list[tuple[int, float, float, int, str]]:
        out = []
        with open_pdf(path) as doc:
            for page in doc:
                r = page.rect
                m = page.rotation_matrix
                out.append((page.number + 1, r.width, r.height, page.rotation, json.dumps([m.a, m.b, m.c, m.d, m.e, m.f])))
        return out

    @staticmethod
    def _subject_id(con: sqlite3.Connection, case_id: int, key: str, label: str, category: str) -> int:
        row = con.execute("SELECT id, label FROM subjects WHERE case_id = ? AND key = ?", (case_id, key)).fetchone()
        if row is not None:
            return int(row["id"])
        cur = con.execute("INSERT INTO subjects (case_id, key, label, category) VALUES (?, ?, ?, ?)", (case_id, key, label, category))
        return int(cur.lastrowid or 0)

    def documents(self, case_id: int) -> list[DocumentInfo]:
        """The documents of a case in the order they were added."""
        with self._read() as con:
            self._case_row(con, case_id)
            rows = con.execute("SELECT * FROM documents WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
        return [self._doc_info(r) for r in rows]

    def document(self, case_id: int, document_id: int) -> DocumentInfo:
        """One document of a case."""
        with self._read() as con:
            row = con.execute("SELECT * FROM documents WHERE case_id = ? AND id = ?", (int(case_id), int(document_id))).fetchone()
        if row is None:
            raise NotFoundError(f"handling {document_id} finns inte i ärende {case_id}")
        return self._doc_info(row)

    def _doc_info(self, r: sqlite3.Row) -> DocumentInfo:
        return DocumentInfo(
            id=r["id"],
            case_id=r["case_id"],
            name=r["name"],
            sha256=r["sha256"],
            pages=r["pages"],
            path=self.files / r["stored"],
            added=r["added"],
            output=self.files / r["output"] if r["output"] else None,
            record=self.files / r["record"] if r["record"] else None,
        )

    def pages(self, case_id: int, document_id: int) -> list[PageInfo]:
        """Every page of a document as displayed (size after rotation)."""
        self.document(case_id, document_id)
        with self._read() as con:
            rows = con.execute("SELECT * FROM pages WHERE document_id = ? ORDER BY number", (document_id,)).fetchall()
        return [PageInfo(r["number"], r["width"], r["height"], r["rotation"]) for r in rows]

    def _matrices(self, con: sqlite3.Connection, case_id: int) -> dict[tuple[int, int], list[float]]:
        rows = con.execute(
            "SELECT p.document_id, p.number, p.matrix, p.rotation FROM pages p JOIN documents d ON d.id = p.document_id "
            "WHERE d.case_id = ? AND p.rotation != 0",
            (case_id,),
        ).fetchall()
        return {(r["document_id"], r["number"]): json.loads(r["matrix"]) for r in rows}

    # -- findings and subjects

    def findings(self, case_id: int, document_id: int | None = None, include_removed: bool = False) -> list[ReviewFinding]:
        """The findings of a case (or one document), in reading order."""
        with self._read() as con:
            self._case_row(con, case_id)
            sql = "SELECT * FROM findings WHERE case_id = ?"
            args: list[Any] = [case_id]
            if document_id is not None:
                sql += " AND document_id = ?"
                args.append(document_id)
            if not include_removed:
                sql += " AND removed = 0"
            rows = con.execute(sql, args).fetchall()
            matrices = self._matrices(con, case_id)
        out = [self._finding(r, matrices) for r in rows]
        out.sort(key=lambda f: (f.document_id, f.page, f.rects[0][1] if f.rects else 0, f.rects[0][0] if f.rects else 0, f.id))
        return out

    def finding(self, case_id: int, finding_id: int) -> ReviewFinding:
        """One finding by id."""
        with self._read() as con:
            row = con.execute("SELECT * FROM findings WHERE case_id = ? AND id = ?", (int(case_id), int(finding_id))).fetchone()
            if row is None:
                raise NotFoundError(f"fynd {finding_id} finns inte i ärende {case_id}")
            return self._finding(row, self._matrices(con, case_id))

    @staticmethod
    def _finding(r: sqlite3.Row, matrices: Mapping[tuple[int, int], Sequence[float]]) -> ReviewFinding:
        rects = tuple(tuple(x) for x in json.loads(r["rects"]))
        m = matrices.get((r["document_id"], r["page"]))
        view = tuple(_transform(x, m) for x in rects) if m is not None else ()
        return ReviewFinding(
            id=r["id"],
            document_id=r["document_id"],
            page=r["page"],
            start=r["start"],
            end=r["end"],
            text=r["text"],
            category=r["category"],
            score=r["score"],
            detector=r["detector"],
            rects=rects,  # type: ignore[arg-type]
            status=r["status"],
            reason=r["reason"],
            legal_ground=r["legal_ground"],
            subject_id=r["subject_id"],
            origin=r["origin"],
            reviewed=bool(r["reviewed"]),
            decided_by=r["decided_by"],
            decided_at=r["decided_at"],
            removed=bool(r["removed"]),
            version=r["version"],
            view_rects=view,  # type: ignore[arg-type]
        )

    def subjects(self, case_id: int) -> list[SubjectSummary]:
        """Every subject with its mentions across the case, in order of first mention."""
        findings = self.findings(case_id)
        with self._read() as con:
            rows = {r["id"]: r for r in con.execute("SELECT * FROM subjects WHERE case_id = ?", (case_id,))}
        members: dict[int, list[ReviewFinding]] = {}
        for f in findings:
            if f.subject_id is not None:
                members.setdefault(f.subject_id, []).append(f)
        out = []
        for sid, items in members.items():
            r = rows[sid]
            states: dict[str, int] = {}
            for f in items:
                states[f.state] = states.get(f.state, 0) + 1
            out.append(
                SubjectSummary(
                    id=sid,
                    label=r["label"],
                    category=r["category"],
                    finding_ids=tuple(f.id for f in items),
                    pages=tuple(sorted({(f.document_id, f.page) for f in items})),
                    states=states,
                    legal_grounds=tuple(sorted({f.legal_ground for f in items if f.legal_ground})),
                )
            )
        return out

    def progress(self, case_id: int) -> ReviewProgress:
        """How many findings are reviewed and how many wait."""
        with self._read() as con:
            self._case_row(con, case_id)
            return self._progress(con, case_id)

    @staticmethod
    def _progress(con: sqlite3.Connection, case_id: int) -> ReviewProgress:
        total, reviewed = con.execute(
            "SELECT COUNT(*), COALESCE(SUM(reviewed), 0) FROM findings WHERE case_id = ? AND removed = 0", (case_id,)
        ).fetchone()
        return ReviewProgress(int(total), int(reviewed))

    # -- the write machinery: every change is an action with before/after rows (for undo) and decisions

    def _rows(self, ctx: _Ctx, ids: Sequence[int]) -> list[sqlite3.Row]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = ctx.con.execute(
            f"SELECT * FROM findings WHERE case_id = ? AND removed = 0 AND id IN ({marks})", (ctx.case_id, *ids)
        ).fetchall()
        if len(rows) != len(set(ids)):
            missing = sorted(set(ids) - {r["id"] for r in rows})
            raise NotFoundError(f"fynd {', '.join(map(str, missing))} finns inte i ärende {ctx.case_id}")
        return rows

    @staticmethod
    def _check_versions(rows: Sequence[sqlite3.Row], versions: Mapping[int, int] | None) -> None:
        if versions is None:
            return
        stale = [r["id"] for r in rows if int(versions.get(r["id"], -1)) != r["version"]]
        if stale:
            raise StaleWriteError(stale)

    def _begin(self, ctx: _Ctx) -> int:
        if ctx.action_id is None:
            cur = ctx.con.execute(
                "INSERT INTO actions (case_id, kind, reviewer, at) VALUES (?, ?, ?, ?)", (ctx.case_id, ctx.kind, ctx.reviewer, ctx.at)
            )
            ctx.action_id = int(cur.lastrowid or 0)
        return ctx.action_id

    def _change(self, ctx: _Ctx, row: sqlite3.Row, decision: str, **new: Any) -> None:
        """Update one finding, record before/after for undo and a decision with the reviewer's name."""
        action = self._begin(ctx)
        before = {k: row[k] for k in _STATE}
        after = {**before, **new}
        sets = ", ".join(f"{k} = ?" for k in _STATE)
        ctx.con.execute(
            f"UPDATE findings SET {sets}, version = version + 1 WHERE id = ?", (*(after[k] for k in _STATE), row["id"])
        )
        ctx.con.execute(
            "INSERT INTO changes (action_id, finding_id, before, after) VALUES (?, ?, ?, ?)",
            (action, row["id"], json.dumps(before), json.dumps(after)),
        )
        ctx.con.execute(
            "INSERT INTO decisions (case_id, finding_id, action_id, kind, status, legal_ground, by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ctx.case_id, row["id"], action, decision, after["status"], after["legal_ground"], ctx.reviewer, ctx.at),
        )
        ctx.touched.append(row["id"])

    def _insert(self, ctx: _Ctx, document_id: int, page: int, rects: Sequence[Rect], text: str, category: str,
                ground: str | None, origin: str, detector: str, start: int | None = None, end: int | None = None,
                subject_id: int | None = None) -> int:
        action = self._begin(ctx)
        cur = ctx.con.execute(
            'INSERT INTO findings (case_id, document_id, page, start, "end", text, category, score, detector, rects, status, '
            "reason, legal_ground, subject_id, origin, reviewed, decided_by, decided_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 1.0, ?, ?, 'manual', '', ?, ?, ?, 1, ?, ?)",
            (ctx.case_id, document_id, page, start, end, text, category, detector, json.dumps([list(r) for r in rects]),
             ground, subject_id, origin, ctx.reviewer, ctx.at),
        )
        fid = int(cur.lastrowid or 0)
        after = {"status": "manual", "legal_ground": ground, "reviewed": 1, "decided_by": ctx.reviewer, "decided_at": ctx.at, "removed": 0}
        ctx.con.execute("INSERT INTO changes (action_id, finding_id, before, after) VALUES (?, ?, NULL, ?)", (action, fid, json.dumps(after)))
        ctx.con.execute(
            "INSERT INTO decisions (case_id, finding_id, action_id, kind, status, legal_ground, by, at) VALUES (?, ?, ?, ?, 'manual', ?, ?, ?)",
            (ctx.case_id, fid, action, origin, ground, ctx.reviewer, ctx.at),
        )
        ctx.touched.append(fid)
        return fid

    def _result(self, ctx_or_case: _Ctx | int, ids: Sequence[int] | None = None, action: int | None = None, kind: str = "") -> ChangeResult:
        if isinstance(ctx_or_case, _Ctx):
            case_id, ids, action, kind = ctx_or_case.case_id, ctx_or_case.touched, ctx_or_case.action_id, ctx_or_case.kind
        else:
            case_id = ctx_or_case
        wanted = set(ids or ())
        changed = tuple(f for f in self.findings(case_id, include_removed=True) if f.id in wanted)
        return ChangeResult(action, changed, self.progress(case_id), kind)

    # -- decisions

    def decide(self, case_id: int, finding_id: int, status: str, reviewer: str, version: int | None) -> ChangeResult:
        """Accept (mask) or reject (disclose) one finding; ``version`` must be the one the reviewer saw."""
        status = _check_status(status)
        with self._action(case_id, reviewer, status) as ctx:
            rows = self._rows(ctx, [finding_id])
            self._check_versions(rows, None if version is None else {finding_id: version})
            self._decide_rows(ctx, rows, status)
        return self._result(ctx)

    def decide_subject(self, case_id: int, subject_id: int, status: str, reviewer: str,
                       versions: Mapping[int, int] | None = None) -> ChangeResult:
        """Accept or reject every mention of a subject at once; ``versions`` maps finding id -> version seen."""
        status = _check_status(status)
        with self._action(case_id, reviewer, f"subject-{status}") as ctx:
            rows = self._subject_rows(ctx, subject_id, versions)
            self._decide_rows(ctx, rows, status)
        return self._result(ctx)

    def _subject_rows(self, ctx: _Ctx, subject_id: int, versions: Mapping[int, int] | None) -> list[sqlite3.Row]:
        rows = ctx.con.execute(
            "SELECT * FROM findings WHERE case_id = ? AND subject_id = ? AND removed = 0", (ctx.case_id, int(subject_id))
        ).fetchall()
        if not rows:
            raise NotFoundError(f"person/uppgift {subject_id} finns inte i ärende {ctx.case_id}")
        if versions is not None:
            # A mention the reviewer has not seen (added in another tab) also makes the write stale.
            self._check_versions(rows, {int(k): int(v) for k, v in versions.items()})
        return rows

    def _decide_rows(self, ctx: _Ctx, rows: Sequence[sqlite3.Row], status: str) -> None:
        for r in rows:
            new_status = status
            if r["status"] == "manual" and status == "accepted":
                new_status = "manual"
            self._change(ctx, r, status, status=new_status, reviewed=1, decided_by=ctx.reviewer, decided_at=ctx.at)

    def set_legal_ground(self, case_id: int, finding_id: int, ground: str, reviewer: str, version: int | None) -> ChangeResult:
        """Set the legal ground of one finding."""
        ground = _check_ground(ground)
        with self._action(case_id, reviewer, "ground") as ctx:
            rows = self._rows(ctx, [finding_id])
            self._check_versions(rows, None if version is None else {finding_id: version})
            for r in rows:
                self._change(ctx, r, "ground", legal_ground=ground)
        return self._result(ctx)

    def set_subject_legal_ground(self, case_id: int, subject_id: int, ground: str, reviewer: str,
                                 versions: Mapping[int, int] | None = None) -> ChangeResult:
        """Set the legal ground of every mention of a subject."""
        ground = _check_ground(ground)
        with self._action(case_id, reviewer, "subject-ground") as ctx:
            for r in self._subject_rows(ctx, subject_id, versions):
                self._change(ctx, r, "ground", legal_ground=ground)
        return self._result(ctx)

    # -- masks added by the reviewer

    def add_manual_mask(self, case_id: int, document_id: int, page: int, rect: Sequence[float], reviewer: str,
                        category: str = MANUAL_CATEGORY, legal_ground: str | None = None, view: bool = False) -> ChangeResult:
        """Mask a rectangle drawn on a page; ``view=True`` when the rectangle is in displayed (rotated) coordinates."""
        doc = self.document(case_id, document_id)
        if category not in CATEGORIES and category != MANUAL_CATEGORY:
            raise ReviewError(f"okänd kategori {category!r}")
        if not 1 <= int(page) <= doc.pages:
            raise NotFoundError(f"sida {page} finns inte i {doc.name} ({doc.pages} sidor)")
        if len(rect) != 4 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in rect):
            raise ReviewError("rektangeln måste vara fyra tal: x0, y0, x1, y1")
        with open_pdf(doc.path) as pdf:
            p = pdf[int(page) - 1]
            r = pymupdf.Rect(*rect)
            r.normalize()
            if view:
                r = r * p.derotation_matrix
                r.normalize()
            bounds = p.rect * p.derotation_matrix
            bounds.normalize()
            r = r & bounds
            if r.is_empty or r.width < 1 or r.height < 1:
                raise ReviewError("området är för litet eller ligger utanför sidan; dra en större rektangel")
            box: Rect = (r.x0, r.y0, r.x1, r.y1)
            text = text_in_rects(extract_page(p), (box,))
        ground = legal_ground or self.profile(case_id).ground_for(category)
        with self._action(case_id, reviewer, "manual") as ctx:
            self._insert(ctx, document_id, int(page), [box], text, category, _check_ground(ground), "manual", "manual")
        return self._result(ctx)

    def add_search_masks(self, case_id: int, term: str, reviewer: str, regex: bool = False,
                         category: str = MANUAL_CATEGORY, legal_ground: str | None = None) -> ChangeResult:
        """Mask every match of a term (or regular expression) in every document of the case."""
        pattern = _search_regex(term, regex)
        if category not in CATEGORIES and category != MANUAL_CATEGORY:
            raise ReviewError(f"okänd kategori {category!r}")
        hits: list[tuple[int, int, int, int, tuple[Rect, ...], str]] = []
        for doc in self.documents(case_id):
            with open_pdf(doc.path) as pdf:
                for p in pdf:
                    page = extract_page(p)
                    for m in pattern.finditer(page.text):
                        if m.end() <= m.start():
                            continue
                        rects = span_rects(page, m.start(), m.end())
                        if rects:
                            hits.append((doc.id, page.number, m.start(), m.end(), rects, m.group(0)))
                        if len(hits) > MAX_SEARCH_HITS:
                            raise ReviewError(f"sökningen ger över {MAX_SEARCH_HITS} träffar; gör den mer specifik")
        ground = _check_ground(legal_ground or self.profile(case_id).ground_for(category))
        label = " ".join(term.split())
        with self._action(case_id, reviewer, "search") as ctx:
            subject = self._subject_id(ctx.con, case_id, _subject_key("SEARCH", label), label, category)
            for doc_id, page_no, start, end, rects, text in hits:
                same = ctx.con.execute(
                    'SELECT * FROM findings WHERE case_id = ? AND document_id = ? AND page = ? AND start = ? AND "end" = ? AND removed = 0',
                    (case_id, doc_id, page_no, start, end),
                ).fetchall()
                if any(r["status"] in ("manual", "accepted") for r in same):
                    continue  # already masked by a decision
                if same:
                    # The detector proposed exactly this text: the search is the reviewer's decision on it.
                    self._change(ctx, same[0], "accepted", status="accepted", reviewed=1, decided_by=ctx.reviewer, decided_at=ctx.at)
                    continue
                self._insert(ctx, doc_id, page_no, rects, " ".join(text.split()), category, ground, "search", "search",
                             start, end, subject)
        return self._result(ctx)

    def accept_all_pending(self, case_id: int, reviewer: str) -> ChangeResult:
        """Confirm every pending proposal as proposed (mask proposals masked, disclose proposals disclosed)."""
        with self._action(case_id, reviewer, "accept-all") as ctx:
            rows = ctx.con.execute(
                "SELECT * FROM findings WHERE case_id = ? AND removed = 0 AND reviewed = 0", (case_id,)
            ).fetchall()
            for r in rows:
                status = "accepted" if r["status"] in _OPEN else r["status"]
                self._change(ctx, r, status, status=status, reviewed=1, decided_by=ctx.reviewer, decided_at=ctx.at)
        return self._result(ctx)

    # -- undo

    def undo(self, case_id: int, reviewer: str) -> ChangeResult:
        """Undo the case's latest action that is not yet undone (by any reviewer)."""
        _check_reviewer(reviewer)
        with self._write() as con:
            self._case_row(con, case_id)
            act = con.execute(
                "SELECT * FROM actions WHERE case_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1", (case_id,)
            ).fetchone()
            if act is None:
                raise NothingToUndoError()
            changes = con.execute("SELECT * FROM changes WHERE action_id = ? ORDER BY rowid DESC", (act["id"],)).fetchall()
            ids = []
            for ch in changes:
                if ch["before"] is None:
                    con.execute("UPDATE findings SET removed = 1, version = version + 1 WHERE id = ?", (ch["finding_id"],))
                else:
                    before = json.loads(ch["before"])
                    sets = ", ".join(f"{k} = ?" for k in _STATE)
                    con.execute(
                        f"UPDATE findings SET {sets}, version = version + 1 WHERE id = ?",
                        (*(before[k] for k in _STATE), ch["finding_id"]),
                    )
                ids.append(ch["finding_id"])
            con.execute("UPDATE actions SET undone = 1 WHERE id = ?", (act["id"],))
            con.execute("UPDATE decisions SET undone = 1 WHERE action_id = ?", (act["id"],))
        log.info("case %d: action %d (%s) undone", case_id, act["id"], act["kind"])
        return self._result(case_id, ids, act["id"], f"undo-{act['kind']}")

    def decisions(self, case_id: int) -> list[dict[str, Any]]:
        """The decision history of a case (undone ones left out), oldest first; no masked text."""
        with self._read() as con:
            self._case_row(con, case_id)
            rows = con.execute(
                "SELECT d.*, f.document_id, f.page, f.category, f.subject_id FROM decisions d JOIN findings f ON f.id = d.finding_id "
                "WHERE d.case_id = ? AND d.undone = 0 ORDER BY d.id",
                (case_id,),
            ).fetchall()
        return [
            {
                "finding_id": f"f{r['finding_id']}",
                "document": r["document_id"],
                "page": r["page"],
                "category": r["category"],
                "subject": f"S{r['subject_id']}" if r["subject_id"] is not None else None,
                "kind": r["kind"],
                "status": r["status"],
                "legal_ground": r["legal_ground"],
                "by": r["by"],
                "at": r["at"],
            }
            for r in rows
        ]

    # -- page images

    def page_image(self, case_id: int, document_id: int, page: int, zoom: float = 2.0) -> Path:
        """A PNG of one page as displayed, rendered on first request and cached in the case directory."""
        doc = self.document(case_id, document_id)
        if not 1 <= int(page) <= doc.pages:
            raise NotFoundError(f"sida {page} finns inte i {doc.name} ({doc.pages} sidor)")
        zoom = min(ZOOMS, key=lambda z: abs(z - float(zoom)))
        cache = self.case_dir(case_id) / "sidbilder"
        cache.mkdir(parents=True, exist_ok=True)
        target = cache / f"{document_id}-{int(page)}-{int(zoom * 100)}.png"
        if not target.exists():
            with open_pdf(doc.path) as pdf:
                pix = pdf[int(page) - 1].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
                data = pix.tobytes("png")
            _write_atomic(target, data)
        return target

    def preview_image(self, case_id: int, document_id: int, page: int, zoom: float = 2.0,
                      options: RenderOptions | None = None) -> bytes:
        """A PNG of one page as it would be disclosed now (pending proposals applied as proposed)."""
        doc = self.document(case_id, document_id)
        if not 1 <= int(page) <= doc.pages:
            raise NotFoundError(f"sida {page} finns inte i {doc.name} ({doc.pages} sidor)")
        zoom = min(ZOOMS, key=lambda z: abs(z - float(zoom)))
        found = [f.as_finding().with_(page=1) for f in self.findings(case_id, document_id) if f.page == int(page)]
        with tempfile.TemporaryDirectory(prefix="redact-preview-", dir=self.case_dir(case_id)) as tmp:
            one = Path(tmp) / "sida.pdf"
            out = Path(tmp) / "maskerad.pdf"
            with open_pdf(doc.path) as src:
                single = pymupdf.open()
                single.insert_pdf(src, from_page=int(page) - 1, to_page=int(page) - 1)
                single.save(one)
                single.close()
            masks = masks_for(one, found)
            render_pdf(one, masks, out, options or RenderOptions())
            with pymupdf.open(out) as red:
                return red[0].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False).tobytes("png")

    # -- finalise

    def finalise(self, case_id: int, reviewer: str, accept_all_pending: bool = False,
                 options: RunOptions | None = None) -> Finalisation:
        """Render, verify and store every document of the case with its audit record; refuses while proposals are pending."""
        reviewer = _check_reviewer(reviewer)
        case = self.case(case_id)
        docs = self.documents(case_id)
        if not docs:
            raise ReviewError("ärendet har inga handlingar att slutföra")
        pending = self.progress(case_id).pending
        accepted_pending = 0
        if pending:
            if not accept_all_pending:
                raise PendingFindingsError(pending)
            accepted_pending = len(self.accept_all_pending(case_id, reviewer).findings)
        options = options or RunOptions()
        options = RunOptions(render=options.render, threshold=options.threshold, use_pdftotext=options.use_pdftotext,
                             reviewer=reviewer, profile=case.profile)
        out_dir = self.case_dir(case_id) / "utdata"
        out_dir.mkdir(parents=True, exist_ok=True)
        history = self.decisions(case_id)
        at = self._clock()
        outputs = []
        salt = self.audit_log.salt(case.request_id) if self.audit_log is not None else None
        for doc in docs:
            items = self.findings(case_id, doc.id)
            findings = [f.as_finding() for f in items]
            stem = Path(doc.name).stem
            output = out_dir / f"{doc.id:03d}-{stem}-maskerad.pdf"
            record_path = out_dir / f"{doc.id:03d}-{stem}-granskning.json"
            document = Document(name=doc.name, sha256=doc.sha256, pages=doc.pages, path=doc.path, kind="pdf")
            with self._read() as con:
                versions = json.loads(con.execute("SELECT versions FROM documents WHERE id = ?", (doc.id,)).fetchone()[0])
            disclosure = apply_findings(doc.path, document, findings, output, None, options, versions)
            record = build_record(disclosure, options.as_record(), versions)
            who = {f"f{f.id}": (f.decided_by, f.decided_at) for f in items}
            for entry in (*record["masks"], *record["rejected"]):
                by, when = who.get(entry["id"], (None, None))
                entry["decided_by"], entry["decided_at"] = by, when
            record["case"] = {"request_id": case.request_id, "received": case.received, "diarienummer": case.diarienummer,
                              "profile": case.profile}
            record["reviewer"] = reviewer
            record["finalised_at"] = at
            record["decisions"] = [d for d in history if d["document"] == doc.id]
            write_json_atomic(record_path, record)
            with self._write() as con:
                con.execute(
                    "UPDATE documents SET output = ?, record = ? WHERE id = ?",
                    (str(output.relative_to(self.files)), str(record_path.relative_to(self.files)), doc.id),
                )
            if self.audit_log is not None and salt is not None:
                self._log_finalised(case.request_id, doc, items, disclosure, reviewer, salt)
            outputs.append(FinalOutput(doc.id, doc.name, output, record_path, len(disclosure.masks),
                                       disclosure.verification.extractors if disclosure.verification else ()))
        with self._write() as con:
            con.execute("UPDATE cases SET finalised_at = ?, finalised_by = ? WHERE id = ?", (at, reviewer, case_id))
        log.info("case %d finalised: %d documents", case_id, len(outputs))
        return Finalisation(case_id, reviewer, at, tuple(outputs), len(history), accepted_pending)

    def _log_finalised(self, request_id: str, doc: DocumentInfo, items: Sequence[ReviewFinding], disclosure: Any,
                       reviewer: str, salt: str) -> None:
        """Append each decision in force (with its own reviewer and time) and the finalisation to the audit log."""
        from redact.audit_log import text_hash

        ref = {"name": doc.name, "sha256": doc.sha256}
        masks = {m.id: m for m in disclosure.masks}
        for f in items:
            m = masks.get(f"f{f.id}")
            payload: dict[str, Any] = {
                "document": ref,
                "finding_id": f"f{f.id}",
                "category": f.category,
                "page": f.page,
                "rects": [[round(v, 2) for v in r] for r in (m.rects if m is not None else f.rects)],
                "legal_ground": f.legal_ground,
                "status": m.decision if m is not None else f.status,
                "masked": m is not None,
                "detector": f.detector,
                "score": f.score,
                "subject": f"S{f.subject_id}" if f.subject_id is not None else None,
                "by": f.decided_by or reviewer,
                "at": f.decided_at,
                "text_sha256": text_hash(f.text, salt) if f.text else None,
            }
            if f.reason.startswith(DISCLOSE):
                payload["reason"] = f.reason.partition(";")[0]
            self.audit_log.append(request_id, "decision", payload)
        out = disclosure.output
        v = disclosure.verification
        self.audit_log.append(request_id, "finalised", {
            "document": ref,
            "output": {"name": Path(out).name, "sha256": sha256_file(Path(out))} if out is not None else None,
            "masks": len(disclosure.masks),
            "by": reviewer,
            "verification": {"ok": v.ok, "strings_checked": v.checked, "extractors": list(v.extractors),
                             "failures": [{"page": p, "category": c} for p, c in v.failures]} if v is not None else None,
        })

    def output_file(self, case_id: int, filename: str) -> Path:
        """A finalised output (PDF or record) of the case by its file name; nothing outside the case's output folder."""
        for doc in self.documents(case_id):
            for p in (doc.output, doc.record):
                if p is not None and p.name == filename and p.is_file():
                    return p
        raise NotFoundError(f"{safe_filename(filename)}: ingen sådan utdatafil i ärende {case_id}")

    # -- one call for the app's main screen

    def state(self, case_id: int) -> dict[str, Any]:
        """Everything the review screen shows, as JSON values."""
        case = self.case(case_id)
        profile = self._load_profile(case.profile)
        docs = self.documents(case_id)
        return {
            "case": case.as_dict(),
            "profile": {"name": profile.name, "title": profile.title,
                        "grounds": {c: profile.ground_for(c) for c in (*CATEGORIES, MANUAL_CATEGORY)}},
            "documents": [{**d.as_dict(), "page_sizes": [[p.width, p.height] for p in self.pages(case_id, d.id)]} for d in docs],
            "findings": [f.as_dict() for f in self.findings(case_id)],
            "subjects": [s.as_dict() for s in self.subjects(case_id)],
            "progress": self.progress(case_id).as_dict(),
            "grounds": self.ground_choices(case_id),
        }

    def ground_choices(self, case_id: int) -> list[dict[str, str]]:
        """The legal grounds a reviewer can pick: the profile's own first, then the common OSL provisions."""
        from redact.review.texts import COMMON_GROUNDS

        profile = self.profile(case_id)
        out: dict[str, dict[str, str]] = {}
        for ref in [profile.default_ground, *profile.grounds.values(), *profile.labels.keys()]:
            if ref not in out:
                out[ref] = {"ref": ref, "label": profile.label(ref), "title": profile.ground_titles.get(ref) or COMMON_GROUNDS.get(ref, "")}
        from redact.policy import ground_label

        for ref, title in COMMON_GROUNDS.items():
            out.setdefault(ref, {"ref": ref, "label": ground_label(ref), "title": title})
        return list(out.values())


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _version() -> str:
    from redact import __version__

    return __version__
