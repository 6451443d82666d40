"""Comments on decisions, the history of one item (who did what, when) and redo of an undone action."""

from __future__ import annotations

import json
import logging
from typing import Any

from redact.review.model import STATE_FIELDS, CaseLockedError, ChangeResult, ReviewError, UndoConflictError, check_reviewer

log = logging.getLogger(__name__)

#: Longest comment kept (a note on why, not a document).
MAX_COMMENT = 2000
_REDO = "redo:"


class NothingToRedoError(ReviewError):
    """Redo was asked for but nothing of the reviewer's is undone (or a new action came after the undo)."""

    def __init__(self) -> None:
        super().__init__("du har inget ångrat att göra om (en ny åtgärd efter ångra tar bort möjligheten)")


class HistoryMixin:
    """Comments, item history and redo (part of ``ReviewStore``)."""

    def comment(self, case_id: int, finding_id: int, text: str, reviewer: str) -> ChangeResult:
        """Record a comment on an item's current decision, with who and when (undo takes it back)."""
        text = " ".join((text or "").split())
        if not text:
            raise ReviewError("skriv en kommentar")
        if len(text) > MAX_COMMENT:
            raise ReviewError(f"kommentaren är för lång (högst {MAX_COMMENT} tecken)")
        with self._action(case_id, reviewer, "comment") as ctx:  # type: ignore[attr-defined]
            row = self._rows(ctx, [finding_id])[0]  # type: ignore[attr-defined]
            action = self._begin(ctx)  # type: ignore[attr-defined]
            ctx.con.execute(
                'INSERT INTO decisions (case_id, finding_id, action_id, kind, status, legal_ground, "by", at, comment) '
                "VALUES (?, ?, ?, 'comment', ?, ?, ?, ?, ?)",
                (case_id, row["id"], action, row["status"], row["legal_ground"], ctx.reviewer, ctx.at, text),
            )
            ctx.touched.append(row["id"])
        return self._result(ctx)  # type: ignore[attr-defined]

    def history(self, case_id: int, finding_id: int) -> list[dict[str, Any]]:
        """Everything done to one item, oldest first: decisions, grounds, comments, and which were undone and by whom."""
        with self._read() as con:  # type: ignore[attr-defined]
            self._case_row(con, case_id)  # type: ignore[attr-defined]
            rows = con.execute(
                "SELECT d.kind, d.status, d.legal_ground, d.\"by\", d.at, d.comment, d.undone, a.undone_by, a.undone_at "
                "FROM decisions d JOIN actions a ON a.id = d.action_id WHERE d.case_id = ? AND d.finding_id = ? ORDER BY d.id",
                (case_id, int(finding_id)),
            ).fetchall()
        return [
            {"kind": r["kind"], "status": r["status"], "legal_ground": r["legal_ground"], "by": r["by"], "at": r["at"],
             "comment": r["comment"], "undone": bool(r["undone"]), "undone_by": r["undone_by"], "undone_at": r["undone_at"]}
            for r in rows
        ]

    def redo(self, case_id: int, reviewer: str) -> ChangeResult:
        """Do again the reviewer's most recently undone action, as a new action (which undo can take back).

        Only while the reviewer has done nothing new since the undo, and refused when someone else changed the
        same items afterwards (redoing would silently overwrite them).
        """
        reviewer = check_reviewer(reviewer)
        with self._write() as con:  # type: ignore[attr-defined]
            row = self._case_row(con, case_id)  # type: ignore[attr-defined]
            if row["finalised_at"]:
                raise CaseLockedError(row["request_id"])
            mine = con.execute("SELECT * FROM actions WHERE case_id = ? AND reviewer = ? ORDER BY id", (case_id, reviewer)).fetchall()
            redone = {int(a["kind"][len(_REDO):]) for a in mine if a["kind"].startswith(_REDO)}
            undone = [a for a in mine if a["undone"] and a["id"] not in redone]
            if not undone:
                raise NothingToRedoError()
            # The last undone first; undos in the same second are taken back oldest action first.
            target = max(undone, key=lambda a: (a["undone_at"] or "", -a["id"]))
            if any(not a["undone"] and a["id"] > target["id"] and not a["kind"].startswith(_REDO) for a in mine):
                raise NothingToRedoError()
            later = con.execute(
                "SELECT a.reviewer FROM actions a JOIN changes c ON c.action_id = a.id WHERE a.case_id = ? AND a.id > ? "
                "AND a.undone = 0 AND a.reviewer <> ? AND c.finding_id IN (SELECT finding_id FROM changes WHERE action_id = ?) LIMIT 1",
                (case_id, target["id"], reviewer, target["id"]),
            ).fetchone()
            if later is not None:
                raise UndoConflictError(later["reviewer"])
            at = self._clock()  # type: ignore[attr-defined]
            kind = _REDO + str(target["id"])
            action = con.insert("INSERT INTO actions (case_id, kind, reviewer, at) VALUES (?, ?, ?, ?)", (case_id, kind, reviewer, at))
            ids: list[int] = []
            for ch in con.execute("SELECT * FROM changes WHERE action_id = ? ORDER BY " + con.rowid, (target["id"],)).fetchall():
                fid = ch["finding_id"]
                now = con.execute("SELECT * FROM findings WHERE id = ?", (fid,)).fetchone()
                before = {k: now[k] for k in STATE_FIELDS}
                after = json.loads(ch["after"])
                sets = ", ".join(f"{k} = ?" for k in STATE_FIELDS)
                con.execute(f"UPDATE findings SET {sets}, version = version + 1 WHERE id = ?", (*(after[k] for k in STATE_FIELDS), fid))
                con.execute("INSERT INTO changes (action_id, finding_id, before, after) VALUES (?, ?, ?, ?)",
                            (action, fid, json.dumps(before), json.dumps(after)))
                ids.append(fid)
            for d in con.execute("SELECT * FROM decisions WHERE action_id = ? ORDER BY id", (target["id"],)).fetchall():
                con.execute(
                    'INSERT INTO decisions (case_id, finding_id, action_id, kind, status, legal_ground, "by", at, comment) '
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (case_id, d["finding_id"], action, d["kind"], d["status"], d["legal_ground"], reviewer, at, d["comment"]),
                )
                ids.append(d["finding_id"])
        log.info("case %d: action %d redone as %d by its reviewer", case_id, target["id"], action)
        return self._result(case_id, sorted(set(ids)), action, f"redo-{target['kind']}")  # type: ignore[attr-defined]
