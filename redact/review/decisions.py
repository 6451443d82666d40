"""Decisions on findings and subjects, masks drawn by hand, and undo: every change is an action.

An action records each finding's state before and after (so undo can restore
it) and a decision row with who and when. Every finding has a version: a
write based on an old version raises ``StaleWriteError``.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pymupdf

from redact.ingest.pdf import extract_page, open_pdf
from redact.resolve.geometry import text_in_rects
from redact.review.model import (
    _OPEN,
    STATE_FIELDS,
    ChangeResult,
    NotFoundError,
    CaseLockedError,
    NothingToUndoError,
    UndoConflictError,
    ReviewError,
    StaleWriteError,
    check_ground,
    check_reviewer,
    _check_status,
)
from redact.review.store import Connection
from redact.types import CATEGORIES, MANUAL_CATEGORY, Rect

log = logging.getLogger(__name__)


@dataclass
class _Ctx:
    """One write transaction: the action being recorded and the findings it touched."""

    con: Connection
    case_id: int
    reviewer: str
    at: str
    kind: str
    action_id: int | None = None
    touched: list[int] = field(default_factory=list)



def _snapped(page: Any, box: Rect) -> Rect:
    """The box fitted to the words it covers (a quarter of a word's width, 40 % of its height), else as drawn."""
    hit = []
    for w in page.words:
        x0, y0, x1, y1 = w.rect
        ix, iy = min(x1, box[2]) - max(x0, box[0]), min(y1, box[3]) - max(y0, box[1])
        if ix >= 0.25 * (x1 - x0) and iy >= 0.4 * (y1 - y0):
            hit.append(w.rect)
    if not hit:
        return box
    pad = 1.0  # a point round the letters, so no ascender or descender shows at the edge
    return (min(r[0] for r in hit) - pad, min(r[1] for r in hit) - pad, max(r[2] for r in hit) + pad, max(r[3] for r in hit) + pad)


class DecisionsMixin:
    """Decisions, grounds, manual masks and undo (part of ``ReviewStore``)."""

    @contextmanager
    def _action(self, case_id: int, reviewer: str, kind: str) -> Iterator[_Ctx]:
        reviewer = check_reviewer(reviewer)
        with self._write() as con:
            row = self._case_row(con, case_id)
            if row["finalised_at"]:
                raise CaseLockedError(row["request_id"])
            ctx = _Ctx(con, case_id, reviewer, self._clock(), kind)
            yield ctx

    # -- the write machinery: every change is an action with before/after rows (for undo) and decisions

    def _rows(self, ctx: _Ctx, ids: Sequence[int]) -> list[Any]:
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
    def _check_versions(rows: Sequence[Any], versions: Mapping[int, int] | None) -> None:
        if versions is None:
            return
        stale = [r["id"] for r in rows if int(versions.get(r["id"], -1)) != r["version"]]
        if stale:
            raise StaleWriteError(stale)

    def _begin(self, ctx: _Ctx) -> int:
        if ctx.action_id is None:
            new_id = ctx.con.insert(
                "INSERT INTO actions (case_id, kind, reviewer, at) VALUES (?, ?, ?, ?)", (ctx.case_id, ctx.kind, ctx.reviewer, ctx.at)
            )
            ctx.action_id = new_id
        return ctx.action_id

    def _change(self, ctx: _Ctx, row: Any, decision: str, **new: Any) -> None:
        """Update one finding, record before/after for undo and a decision with the reviewer's name."""
        action = self._begin(ctx)
        before = {k: row[k] for k in STATE_FIELDS}
        after = {**before, **new}
        sets = ", ".join(f"{k} = ?" for k in STATE_FIELDS)
        ctx.con.execute(
            f"UPDATE findings SET {sets}, version = version + 1 WHERE id = ?", (*(after[k] for k in STATE_FIELDS), row["id"])
        )
        ctx.con.execute(
            "INSERT INTO changes (action_id, finding_id, before, after) VALUES (?, ?, ?, ?)",
            (action, row["id"], json.dumps(before), json.dumps(after)),
        )
        ctx.con.execute(
            "INSERT INTO decisions (case_id, finding_id, action_id, kind, status, legal_ground, \"by\", at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ctx.case_id, row["id"], action, decision, after["status"], after["legal_ground"], ctx.reviewer, ctx.at),
        )
        ctx.touched.append(row["id"])

    def _insert(self, ctx: _Ctx, document_id: int, page: int, rects: Sequence[Rect], text: str, category: str,
                ground: str | None, origin: str, detector: str, start: int | None = None, end: int | None = None,
                subject_id: int | None = None) -> int:
        action = self._begin(ctx)
        new_id = ctx.con.insert(
            'INSERT INTO findings (case_id, document_id, page, start, "end", text, category, score, detector, rects, status, '
            "reason, legal_ground, subject_id, origin, reviewed, decided_by, decided_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 1.0, ?, ?, 'manual', '', ?, ?, ?, 1, ?, ?)",
            (ctx.case_id, document_id, page, start, end, text, category, detector, json.dumps([list(r) for r in rects]),
             ground, subject_id, origin, ctx.reviewer, ctx.at),
        )
        fid = new_id
        after = {"status": "manual", "legal_ground": ground, "reviewed": 1, "decided_by": ctx.reviewer, "decided_at": ctx.at, "removed": 0}
        ctx.con.execute("INSERT INTO changes (action_id, finding_id, before, after) VALUES (?, ?, NULL, ?)", (action, fid, json.dumps(after)))
        ctx.con.execute(
            "INSERT INTO decisions (case_id, finding_id, action_id, kind, status, legal_ground, \"by\", at) VALUES (?, ?, ?, ?, 'manual', ?, ?, ?)",
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

    def _subject_rows(self, ctx: _Ctx, subject_id: int, versions: Mapping[int, int] | None) -> list[Any]:
        rows = ctx.con.execute(
            "SELECT * FROM findings WHERE case_id = ? AND subject_id = ? AND removed = 0", (ctx.case_id, int(subject_id))
        ).fetchall()
        if not rows:
            raise NotFoundError(f"person/uppgift {subject_id} finns inte i ärende {ctx.case_id}")
        if versions is not None:
            # A mention the reviewer has not seen (added in another tab) also makes the write stale.
            self._check_versions(rows, {int(k): int(v) for k, v in versions.items()})
        return rows

    def _decide_rows(self, ctx: _Ctx, rows: Sequence[Any], status: str) -> None:
        for r in rows:
            new_status = status
            if r["status"] == "manual" and status == "accepted":
                new_status = "manual"
            self._change(ctx, r, status, status=new_status, reviewed=1, decided_by=ctx.reviewer, decided_at=ctx.at)

    def set_legal_ground(self, case_id: int, finding_id: int, ground: str, reviewer: str, version: int | None) -> ChangeResult:
        """Set the legal ground of one finding."""
        ground = check_ground(ground)
        with self._action(case_id, reviewer, "ground") as ctx:
            rows = self._rows(ctx, [finding_id])
            self._check_versions(rows, None if version is None else {finding_id: version})
            for r in rows:
                self._change(ctx, r, "ground", legal_ground=ground)
        return self._result(ctx)

    def set_subject_legal_ground(self, case_id: int, subject_id: int, ground: str, reviewer: str,
                                 versions: Mapping[int, int] | None = None) -> ChangeResult:
        """Set the legal ground of every mention of a subject."""
        ground = check_ground(ground)
        with self._action(case_id, reviewer, "subject-ground") as ctx:
            for r in self._subject_rows(ctx, subject_id, versions):
                self._change(ctx, r, "ground", legal_ground=ground)
        return self._result(ctx)

    # -- masks added by the reviewer

    def add_manual_mask(self, case_id: int, document_id: int, page: int, rect: Sequence[float], reviewer: str,
                        category: str = MANUAL_CATEGORY, legal_ground: str | None = None, view: bool = False,
                        snap: bool = False) -> ChangeResult:
        """Mask a rectangle drawn on a page; ``view=True`` when the rectangle is in displayed (rotated) coordinates.

        ``snap=True`` fits the rectangle to the words it touches (whole words, as the reviewer asked for).
        """
        doc = self.document(case_id, document_id)
        if category not in CATEGORIES and category != MANUAL_CATEGORY:
            raise ReviewError(f"okänd kategori {category!r}")
        if not 1 <= int(page) <= doc.pages:
            raise NotFoundError(f"sida {page} finns inte i {doc.name} ({doc.pages} sidor)")
        box, text = self._manual_box(case_id, document_id, page, rect, view, snap)
        ground = legal_ground or self.profile(case_id).ground_for(category)
        with self._action(case_id, reviewer, "manual") as ctx:
            self._insert(ctx, document_id, int(page), [box], text, category, check_ground(ground), "manual", "manual")
        return self._result(ctx)

    def _manual_box(self, case_id: int, document_id: int, page: int, rect: Sequence[float], view: bool,
                    snap: bool = False) -> tuple[Rect, str]:
        """A drawn rectangle clipped to its page (unrotated points) and the text under it."""
        doc = self.document(case_id, document_id)
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
            read = extract_page(p)
            if snap:
                box = _snapped(read, box)
            return box, text_in_rects(read, (box,))

    def _drawn_row(self, ctx: _Ctx, finding_id: int, version: int | None) -> Any:
        rows = self._rows(ctx, [finding_id])
        self._check_versions(rows, None if version is None else {finding_id: version})
        if rows[0]["origin"] != "manual":
            # A detected finding is decided, never moved: its place is what detection read.
            raise ReviewError("bara rutor som ritats för hand kan flyttas eller tas bort; lämna ut fyndet i stället")
        return rows[0]

    def move_manual_mask(self, case_id: int, finding_id: int, rect: Sequence[float], reviewer: str,
                         version: int | None, view: bool = False, snap: bool = False) -> ChangeResult:
        """Move or resize a drawn box: one undoable action that replaces it with a box at ``rect`` (same page, ground)."""
        with self._action(case_id, reviewer, "move") as ctx:
            row = self._drawn_row(ctx, finding_id, version)
            box, text = self._manual_box(case_id, row["document_id"], row["page"], rect, view, snap)
            self._change(ctx, row, "moved", removed=1)
            self._insert(ctx, row["document_id"], row["page"], [box], text, row["category"], row["legal_ground"],
                         "manual", "manual")
        return self._result(ctx)

    def remove_manual_mask(self, case_id: int, finding_id: int, reviewer: str, version: int | None) -> ChangeResult:
        """Delete a drawn box (undo brings it back); the deletion is on the record with who and when."""
        with self._action(case_id, reviewer, "remove") as ctx:
            row = self._drawn_row(ctx, finding_id, version)
            self._change(ctx, row, "removed", removed=1)
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
        """Undo ``reviewer``'s own latest action that is not yet undone; the undo is recorded with who and when.

        Refused when someone else changed the same findings afterwards: undoing would silently overwrite them.
        """
        reviewer = check_reviewer(reviewer)
        at = self._clock()
        with self._write() as con:
            row = self._case_row(con, case_id)
            if row["finalised_at"]:
                raise CaseLockedError(row["request_id"])
            act = con.execute(
                "SELECT * FROM actions WHERE case_id = ? AND undone = 0 AND reviewer = ? ORDER BY id DESC LIMIT 1",
                (case_id, reviewer),
            ).fetchone()
            if act is None:
                raise NothingToUndoError()
            changes = con.execute("SELECT * FROM changes WHERE action_id = ? ORDER BY " + con.rowid + " DESC", (act["id"],)).fetchall()
            later = con.execute(
                "SELECT a.reviewer FROM actions a JOIN changes c ON c.action_id = a.id WHERE a.case_id = ? AND a.id > ? "
                "AND a.undone = 0 AND c.finding_id IN (SELECT finding_id FROM changes WHERE action_id = ?) LIMIT 1",
                (case_id, act["id"], act["id"]),
            ).fetchone()
            if later is not None:
                raise UndoConflictError(later["reviewer"])
            ids = []
            for ch in changes:
                if ch["before"] is None:
                    con.execute("UPDATE findings SET removed = 1, version = version + 1 WHERE id = ?", (ch["finding_id"],))
                else:
                    before = json.loads(ch["before"])
                    sets = ", ".join(f"{k} = ?" for k in STATE_FIELDS)
                    con.execute(
                        f"UPDATE findings SET {sets}, version = version + 1 WHERE id = ?",
                        (*(before[k] for k in STATE_FIELDS), ch["finding_id"]),
                    )
                ids.append(ch["finding_id"])
            con.execute("UPDATE actions SET undone = 1, undone_by = ?, undone_at = ? WHERE id = ?", (reviewer, at, act["id"]))
            con.execute("UPDATE decisions SET undone = 1 WHERE action_id = ?", (act["id"],))
        log.info("case %d: action %d (%s) undone by its reviewer", case_id, act["id"], act["kind"])
        return self._result(case_id, ids, act["id"], f"undo-{act['kind']}")

    def actions(self, case_id: int) -> list[dict[str, Any]]:
        """Every action of a case, oldest first, with who undid it and when (undo is on the record too)."""
        with self._read() as con:
            self._case_row(con, case_id)
            rows = con.execute("SELECT * FROM actions WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
        return [
            {"id": r["id"], "kind": r["kind"], "by": r["reviewer"], "at": r["at"], "undone": bool(r["undone"]),
             "undone_by": r["undone_by"], "undone_at": r["undone_at"]}
            for r in rows
        ]

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
