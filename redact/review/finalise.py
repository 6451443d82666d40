"""Finalisation: render and verify every document of a case, store the outputs and their audit records."""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from redact.audit import build_record, keyed_text_hash, write_json_atomic
from redact.errors import RedactError, VerificationError
from redact.ingest.pdf import sha256_file
from redact.pipeline import RunOptions, apply_findings
from redact.review.model import (
    DISCLOSE,
    CaseLockedError,
    FourEyesError,
    DocumentInfo,
    FinalOutput,
    Finalisation,
    NotFoundError,
    PendingFindingsError,
    ReviewError,
    ReviewFinding,
    check_reviewer,
    safe_filename,
)
from redact.review.store import private_dir
from redact.types import Document


class FinaliseError(ReviewError):
    """One document could not be finalised; nothing of the case was."""

    def __init__(self, document: str, message: str, cause: BaseException | None = None):
        self.document = document
        self.verification = isinstance(cause, VerificationError)
        prefix = "" if message.startswith(document) else f"{document}: "
        super().__init__(f"{prefix}{message} – inget i ärendet har slutförts")

log = logging.getLogger(__name__)


class FinaliseMixin:
    """Finalising a case and serving its outputs (part of ``ReviewStore``)."""

    def finalise(self, case_id: int, reviewer: str, accept_all_pending: bool = False,
                 options: RunOptions | None = None, four_eyes: bool = False) -> Finalisation:
        """Render, verify and store every document of the case with its audit record, all or nothing.

        Refuses while proposals are pending (unless ``accept_all_pending``), on a locked case, and with
        ``four_eyes`` when nobody but ``reviewer`` has reviewed. Every document is rendered and verified
        into a staging folder first; only when all succeed are the outputs moved into place, the case
        marked finalised (and locked) and the audit log written. A failure names the document.
        """
        reviewer = check_reviewer(reviewer)
        case = self.check_open(case_id)
        docs = self.documents(case_id)
        if not docs:
            raise ReviewError("ärendet har inga handlingar att slutföra")
        if four_eyes and not ({d["by"] for d in self.decisions(case_id)} - {reviewer}):
            raise FourEyesError()
        pending = self.progress(case_id).pending
        accepted_pending = 0
        if pending:
            if not accept_all_pending:
                raise PendingFindingsError(pending)
            accepted_pending = len(self.accept_all_pending(case_id, reviewer).findings)
        options = options or RunOptions()
        render = replace(options.render, label=case.box_label) if options.render.label == "none" else options.render
        options = RunOptions(render=render, threshold=options.threshold, use_pdftotext=options.use_pdftotext,
                             reviewer=reviewer, profile=case.profile)
        case_dir = private_dir(self.case_dir(case_id))
        history = self.decisions(case_id)
        at = self._clock()
        staging = Path(tempfile.mkdtemp(prefix=".slutfors-", dir=case_dir))
        moved: list[Path] = []
        committed = False
        try:
            done = [self._finalise_one(case, doc, staging, options, history, reviewer, at) for doc in docs]
            out_dir = private_dir(case_dir / "utdata")
            outputs = []
            for doc, items, disclosure, output, record_path in done:
                final_pdf, final_record = out_dir / output.name, out_dir / record_path.name
                os.replace(output, final_pdf)
                os.replace(record_path, final_record)
                moved += [final_pdf, final_record]
                outputs.append((doc, items, disclosure, final_pdf, final_record))
            with self._write() as con:
                claimed = con.execute(
                    "UPDATE cases SET finalised_at = ?, finalised_by = ? WHERE id = ? AND finalised_at IS NULL", (at, reviewer, case_id)
                ).rowcount
                if claimed != 1:  # finalised meanwhile in another tab: that one stands
                    raise CaseLockedError(case.request_id)
                for doc, _, _, pdf, rec in outputs:
                    con.execute("UPDATE documents SET output = ?, record = ? WHERE id = ?",
                                (str(pdf.relative_to(self.files)), str(rec.relative_to(self.files)), doc.id))
            committed = True
        finally:
            if not committed:
                for path in moved:
                    path.unlink(missing_ok=True)
            shutil.rmtree(staging, ignore_errors=True)
        if self.audit_log is not None:
            key = self.audit_log.key(case.request_id)
            for doc, items, disclosure, pdf, _ in outputs:
                self._log_finalised(case.request_id, doc, items, disclosure, reviewer, key, pdf)
        log.info("case %d finalised: %d documents", case_id, len(outputs))
        return Finalisation(case_id, reviewer, at, tuple(
            FinalOutput(doc.id, doc.name, pdf, rec, len(d.masks), d.verification.extractors if d.verification else ())
            for doc, _, d, pdf, rec in outputs
        ), len(history), accepted_pending)

    def reopen(self, case_id: int, reviewer: str) -> Any:
        """A new version of a finalised case: its documents and decisions copied, the old version left locked.

        The new version has its own request id (``BEG-1 v2``) and so its own audit entries; the decisions it
        starts from keep who made them and when.
        """
        reviewer = check_reviewer(reviewer)
        old = self.case(case_id)
        if not old.finalised_at:
            raise ReviewError(f"ärendet {old.request_id} är inte avslutat; det går att ändra som det är")
        root = old.request_id if old.version == 1 else old.request_id.rsplit(" v", 1)[0]
        version = old.version + 1
        with self._read() as con:
            while con.execute("SELECT 1 FROM cases WHERE request_id = ?", (f"{root} v{version}",)).fetchone():
                version += 1
        rid = f"{root} v{version}"
        now = self._clock()
        docs = self.documents(case_id)
        new_dir = private_dir(self.case_dir(0).parent / f".ny-{secrets.token_hex(4)}")
        try:
            with self._write() as con:
                # The new version says in its boxes what the old one did: the choice belongs to the case.
                new_id = con.insert(
                    "INSERT INTO cases (request_id, received, diarienummer, profile, created, version, previous_id, box_label) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (rid, old.received, old.diarienummer, old.profile, now, version, case_id, old.box_label),
                )
                subjects: dict[int, int] = {}
                new_docs: dict[int, int] = {}  # old document id -> its copy
                for r in con.execute("SELECT * FROM subjects WHERE case_id = ?", (case_id,)).fetchall():
                    subjects[r["id"]] = con.insert("INSERT INTO subjects (case_id, key, label, category) VALUES (?, ?, ?, ?)",
                                                   (new_id, r["key"], r["label"], r["category"]))
                for doc in docs:
                    row = con.execute("SELECT * FROM documents WHERE id = ?", (doc.id,)).fetchone()
                    stored = private_dir(new_dir / "handlingar") / doc.path.name
                    with open(doc.path, "rb") as src, os.fdopen(os.open(stored, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
                    rel = f"arende-{new_id}/handlingar/{doc.path.name}"
                    doc_id = con.insert(
                        "INSERT INTO documents (case_id, name, stored, sha256, pages, added, added_by, versions, kind, "
                        "parent_id, source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (new_id, row["name"], rel, row["sha256"], row["pages"], now, reviewer, row["versions"], row["kind"],
                         new_docs.get(row["parent_id"]), row["source_sha256"]),
                    )
                    new_docs[doc.id] = doc_id  # an attachment follows its e-mail: the parent is already copied
                    con.executemany(
                        "INSERT INTO pages (document_id, number, width, height, rotation, matrix) VALUES (?, ?, ?, ?, ?, ?)",
                        [(doc_id, p["number"], p["width"], p["height"], p["rotation"], p["matrix"])
                         for p in con.execute("SELECT * FROM pages WHERE document_id = ?", (doc.id,)).fetchall()],
                    )
                    for f in con.execute("SELECT * FROM findings WHERE document_id = ? AND removed = 0", (doc.id,)).fetchall():
                        con.insert(
                            'INSERT INTO findings (case_id, document_id, page, start, "end", text, category, score, detector, rects, '
                            "status, reason, legal_ground, subject_id, origin, reviewed, decided_by, decided_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (new_id, doc_id, f["page"], f["start"], f["end"], f["text"], f["category"], f["score"], f["detector"],
                             f["rects"], f["status"], f["reason"], f["legal_ground"], subjects.get(f["subject_id"]), f["origin"],
                             f["reviewed"], f["decided_by"], f["decided_at"]),
                        )
                os.replace(new_dir, self.case_dir(new_id))  # the case's files appear with its row, or not at all
        finally:
            shutil.rmtree(new_dir, ignore_errors=True)
        if self.audit_log is not None:
            from redact.audit_log import record_request

            record_request(self.audit_log, rid, description=f"ny version av {old.request_id} i redact review",
                           received=old.received, reference=old.diarienummer)
        log.info("case %d reopened as case %d (version %d)", case_id, new_id, version)
        return self.case(new_id)

    def _hash_key(self, case: Any) -> str:
        """The case's secret key for text hashes: the audit log's, else one kept in the review database."""
        if self.audit_log is not None:
            return self.audit_log.key(case.request_id)
        with self._write() as con:
            row = con.execute("SELECT hash_key FROM cases WHERE id = ?", (case.id,)).fetchone()
            if row["hash_key"]:
                return row["hash_key"]
            key = secrets.token_hex(32)
            con.execute("UPDATE cases SET hash_key = ? WHERE id = ?", (key, case.id))
            return key

    def _finalise_one(self, case: Any, doc: DocumentInfo, staging: Path, options: RunOptions, history: list[dict[str, Any]],
                      reviewer: str, at: str) -> tuple[DocumentInfo, list[ReviewFinding], Any, Path, Path]:
        """Render and verify one document into ``staging``; any failure names the document."""
        items = self.findings(case.id, doc.id)
        findings = [f.as_finding() for f in items]
        # The file name carries the document number only: a document's own name may hold a name that is masked.
        output = staging / f"{doc.id:03d}-maskerad.pdf"
        record_path = staging / f"{doc.id:03d}-granskning.json"
        document = Document(name=doc.name, sha256=doc.sha256, pages=doc.pages, path=doc.path, kind="pdf")
        with self._read() as con:
            versions = json.loads(con.execute("SELECT versions FROM documents WHERE id = ?", (doc.id,)).fetchone()[0])
        try:
            disclosure = apply_findings(doc.path, document, findings, output, None, options, versions)
        except RedactError as err:
            raise FinaliseError(doc.name, str(err), err) from None
        except Exception as err:  # a damaged file can make the PDF library fail in its own words
            log.error("finalising document %d failed: %s", doc.id, type(err).__name__)
            raise FinaliseError(doc.name, "handlingen gick inte att maskera; skriv ut den till en ny PDF och lägg till den igen", err) from None
        # Text hashes keyed with the case's secret key, which stays in the log (or the review database):
        # the record alone cannot confirm a guessed name.
        record = build_record(disclosure, options.as_record(), versions, key=self._hash_key(case), case=case.request_id)
        who = {f"f{f.id}": (f.decided_by, f.decided_at) for f in items}
        for entry in (*record["masks"], *record["rejected"]):
            by, when = who.get(entry["id"], (None, None))
            entry["decided_by"], entry["decided_at"] = by, when
        record["case"] = {"request_id": case.request_id, "received": case.received, "diarienummer": case.diarienummer,
                          "profile": case.profile, "version": case.version}
        record["reviewer"] = reviewer
        record["finalised_at"] = at
        record["decisions"] = [d for d in history if d["document"] == doc.id]
        write_json_atomic(record_path, record)
        for path in (output, record_path):
            os.chmod(path, 0o600)  # the renderer and the record writer follow the umask; outputs are private
        return doc, items, disclosure, output, record_path

    def _log_finalised(self, request_id: str, doc: DocumentInfo, items: Sequence[ReviewFinding], disclosure: Any,
                       reviewer: str, key: str, out: Path) -> None:
        """Append each decision in force (with its own reviewer and time) and the finalisation to the audit log."""
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
                "text_hmac_sha256": keyed_text_hash(f.text, key) if f.text else None,
            }
            if f.reason.startswith(DISCLOSE):
                payload["reason"] = f.reason.partition(";")[0]
            self.audit_log.append(request_id, "decision", payload)
        v = disclosure.verification
        self.audit_log.append(request_id, "finalised", {
            "document": ref,
            "output": {"name": Path(out).name, "sha256": sha256_file(Path(out)), "path": str(Path(out).resolve())}
            if out is not None else None,
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
