"""The finalised case's handover from the app: the decision letter and the whole disclosure package.

Both are built from the audit log, like ``redact decision`` and ``redact package`` on the command line, so
the app and the command line hand over the same thing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Flask, Response

from redact.review.model import ReviewError
from redact.review.session import ReviewStore, private_dir


def _ready(store: ReviewStore, case_id: int) -> str:
    case = store.case(case_id)
    if not case.finalised_at:
        raise ReviewError("ärendet är inte slutfört; slutför det först")
    if store.audit_log is None:
        raise ReviewError("appen för ingen granskningslogg; starta den med --log för att kunna skriva beslut och paket")
    return case.request_id


def _download(data: bytes, mimetype: str, name: str) -> Response:
    resp = Response(data, mimetype=mimetype)
    resp.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    resp.headers["Cache-Control"] = "no-store"
    return resp


def register(app: Flask, store: ReviewStore) -> None:
    """Add the decision-letter and package downloads to ``app`` (its guard has already required a session)."""

    @app.get("/api/cases/<int:case_id>/decision.pdf")
    def decision_letter(case_id: int) -> Response:
        from redact.decision_letter import render_decision

        request_id = _ready(store, case_id)
        with tempfile.TemporaryDirectory(dir=private_dir(store.case_dir(case_id))) as tmp:
            out = Path(tmp) / "beslut.pdf"
            render_decision(store.audit_log, request_id, out, profile=store.profile(case_id))
            return _download(out.read_bytes(), "application/pdf", "beslut.pdf")

    @app.get("/api/cases/<int:case_id>/package.zip")
    def package(case_id: int) -> Response:
        from redact.package import write_package

        request_id = _ready(store, case_id)
        with tempfile.TemporaryDirectory(dir=private_dir(store.case_dir(case_id))) as tmp:
            out = Path(tmp) / "utlamnande.zip"
            write_package(store.audit_log, request_id, out)
            return _download(out.read_bytes(), "application/zip", f"utlamnande-{case_id}.zip")
