"""Finalisation: render and verify every document of a case, store the outputs and their audit records."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from redact.audit import build_record, write_json_atomic
from redact.ingest.pdf import sha256_file
from redact.pipeline import RunOptions, apply_findings
from redact.review.model import (
    DISCLOSE,
    DocumentInfo,
    FinalOutput,
    Finalisation,
    NotFoundError,
    PendingFindingsError,
    ReviewError,
    ReviewFinding,
    _check_reviewer,
    safe_filename,
)
from redact.types import Document

log = logging.getLogger(__name__)


class FinaliseMixin:
    """Finalising a case and serving its outputs (part of ``ReviewStore``)."""

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
