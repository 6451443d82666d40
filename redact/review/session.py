"""The review of disclosure requests (cases): the library behind the review app.

A case is one request: a pseudonymous request id, the date it was received,
an optional diarienummer and its documents (copied into the case directory).
Detection proposes findings; reviewers accept (mask) or reject (disclose)
them one by one or a subject at a time, draw masks, mask search hits, set
legal grounds and undo. ``finalise`` renders and verifies every document via
``pipeline.apply_findings`` and stores the outputs and an audit record that
names the reviewer of each decision.

``ReviewStore`` is assembled from one part per concern, each readable alone:
``store`` (databases and migrations), ``cases`` (cases, documents, findings,
page images), ``decisions`` (decisions and undo), ``search`` and
``finalise``; ``model`` holds the errors and values they return. The web app
(``redact.review.app``) is a thin layer over ``ReviewStore``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from redact.ingest.guard import DEFAULT_LIMITS, Limits
from redact.policy import Profile, load_profile
from redact.review.cases import _PROFILE_NAME, CasesMixin
from redact.review.decisions import DecisionsMixin
from redact.review.finalise import FinaliseMixin
from redact.review.history import HistoryMixin
from redact.review.model import (  # noqa: F401  (the public names of the review library)
    DISCLOSE,
    MAX_DOCUMENT_BYTES,
    MAX_PATTERN_LENGTH,
    MAX_SEARCH_HITS,
    ZOOMS,
    CaseInfo,
    ChangeResult,
    DocumentInfo,
    FinalOutput,
    Finalisation,
    NothingToUndoError,
    NotFoundError,
    PageInfo,
    PendingFindingsError,
    ReviewError,
    ReviewFinding,
    ReviewProgress,
    StaleWriteError,
    SubjectSummary,
    _utc_now,
    safe_filename,
)
from redact.review.search import SearchMixin
from redact.review.store import Connection, SqliteStore, Store, StoreUnavailableError, open_store, private_dir  # noqa: F401

log = logging.getLogger(__name__)


class ReviewStore(CasesMixin, DecisionsMixin, SearchMixin, FinaliseMixin, HistoryMixin):
    """Cases, documents, findings and decisions in a ``Store``; stored documents and outputs under ``files``."""

    def __init__(
        self,
        db: str | Path | Store,
        files: str | Path | None = None,
        audit_log: Any | None = None,
        officials: Any | None = None,
        organisation: Any | None = None,
        clock: Callable[[], str] | None = None,
        max_document_bytes: int = MAX_DOCUMENT_BYTES,
        profile_loader: Callable[[str], Profile] | None = None,
        profiles_dir: str | Path | None = None,
        limits: Limits = DEFAULT_LIMITS,
    ):
        self.store = db if isinstance(db, Store) else open_store(db)
        self.db = getattr(self.store, "path", None) or getattr(self.store, "url", "")
        if files is None:
            if not isinstance(self.store, SqliteStore):
                raise ReviewError("ange en mapp för handlingarna (--files) när databasen är en server")
            files = self.store.path.parent / f"{self.store.path.stem}-filer"
        self.files = private_dir(Path(files))
        self.audit_log = audit_log  # a redact.audit_log.AuditLog, or None
        self.officials = officials  # a redact.officials.Directory, or None
        self.organisation = organisation  # a redact.organisation.Organisation, or None
        self._clock = clock or _utc_now
        self.max_document_bytes = max_document_bytes
        self.limits = limits  # time and memory of the worker that converts and reads an upload
        self.profiles_dir = Path(profiles_dir) if profiles_dir is not None else None
        self._load_profile = profile_loader or self._named_profile

    def _named_profile(self, name: str) -> Profile:
        """A profile by name: the admin's folder first, then the built-in ones (never an arbitrary path)."""
        if self.profiles_dir is not None and _PROFILE_NAME.fullmatch(name or ""):
            own = self.profiles_dir / f"{name}.toml"
            if own.is_file():
                return load_profile(own)
        if not _PROFILE_NAME.fullmatch(name or ""):
            raise ReviewError("okänd verksamhetsprofil; välj en i listan")
        return load_profile(name)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.store.read() as con:
            yield con

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.store.write() as con:
            yield con
