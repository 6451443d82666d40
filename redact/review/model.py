"""What the review store returns and refuses: errors, plain value types and the small checks they share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pymupdf

from redact.errors import RedactError
from redact.review.texts import category_name
from redact.types import Finding, Rect

DISCLOSE = "disclose:"
#: Largest document accepted (bytes); the app uses the same bound for uploads.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
#: A search that matches more than this is refused: it is almost certainly a mistake.
MAX_SEARCH_HITS = 5000
MAX_PATTERN_LENGTH = 200
ZOOMS = (0.25, 1.0, 1.5, 2.0, 3.0)  # 0.25: page thumbnails
_OPEN = ("proposed", "uncertain")
# The columns an action changes and undo restores.
STATE_FIELDS = ("status", "legal_ground", "reviewed", "decided_by", "decided_at", "removed")


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


class RoleError(ReviewError):
    """The logged-in user's role does not allow this action."""


class CaseLockedError(ReviewError):
    """The case is finalised: it is locked, and changing it needs a new version."""

    def __init__(self, request_id: str):
        super().__init__(
            f"ärendet {request_id} är avslutat och låst; öppna det igen som en ny version för att ändra något"
        )


class FourEyesError(ReviewError):
    """With four eyes required, the one who finalises must not be the only one who reviewed."""

    def __init__(self) -> None:
        super().__init__("fyra ögon krävs: någon annan än du måste ha granskat ärendet innan du slutför det")


class UndoConflictError(ReviewError):
    """Undoing an action would overwrite a later change by someone else."""

    def __init__(self, by: str) -> None:
        super().__init__(f"{by} har ändrat samma uppgifter efter dig; det går inte att ångra utan att ta bort deras beslut")


class NothingToUndoError(ReviewError):
    """Undo was asked for but the case has no action left to undo."""

    def __init__(self) -> None:
        super().__init__("du har inget kvar att ångra i ärendet")




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
    version: int = 1
    previous_id: int | None = None
    status: str = "ny"  # ny, under granskning, klar för beslut, avslutad
    box_label: str = "none"  # text in each box of the output: none, category or ground

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
    kind: str = "pdf"  # what was uploaded: pdf, or the format ``path`` was converted from (email, office, image...)
    parent_id: int | None = None  # the e-mail (or archive's first document) this one came in

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON values, without server paths."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "parent": self.parent_id,
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


def check_reviewer(reviewer: str | None) -> str:
    name = " ".join((reviewer or "").split())
    if not name:
        raise ReviewError("ange granskarens namn; varje beslut ska visa vem som fattade det")
    if len(name) > 100:
        raise ReviewError("granskarens namn är för långt (högst 100 tecken)")
    return name


def check_ground(ground: str | None) -> str:
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


def subject_key(category: str, label: str) -> str:
    return f"{category}|{' '.join(label.split()).casefold()}"


def _transform(rect: Rect, matrix: Sequence[float]) -> Rect:
    r = pymupdf.Rect(rect) * pymupdf.Matrix(*matrix)
    r.normalize()
    return (round(r.x0, 2), round(r.y0, 2), round(r.x1, 2), round(r.y1, 2))

