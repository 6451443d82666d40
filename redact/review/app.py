"""The review web app: a thin Flask layer over ``redact.review.session.ReviewStore``.

Every route is one library call. Every route but the login page needs a
session (an HTTP-only, SameSite=Strict cookie); the reviewer recorded on a
decision is the logged-in user and each role may do only its own part.
Requests must name an allowed host (against DNS rebinding) and every write
must carry the ``X-Redact`` header (a cross-site form cannot set it). Request
bodies and query strings are never logged, so no masked text or search term
reaches the server log.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, g, jsonify, redirect, render_template, request, send_file
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from redact.errors import InputError, RedactError, VerificationError
from redact.review import admin, outputs, texts
from redact.review.accounts import Accounts, User
from redact.review.auth import Authenticator, PasswordAuthenticator, TooManyAttempts
from redact.review.history import NothingToRedoError
from redact.review.intake import Refused, accepted_suffixes, convert_upload_bounded, stage_name, upload_kind
from redact.review.model import CaseLockedError, FourEyesError, RoleError, UndoConflictError
from redact.review.session import (
    MAX_DOCUMENT_BYTES,
    NotFoundError,
    NothingToUndoError,
    PendingFindingsError,
    ReviewError,
    ReviewStore,
    StaleWriteError,
    StoreUnavailableError,
    private_dir,
    safe_filename,
)

log = logging.getLogger(__name__)
access_log = logging.getLogger("redact.review.access")

WRITE_HEADER = "X-Redact"
SESSION_COOKIE = "redact_session"
#: Holds what a single sign-on start bound to this browser until the provider sends it back (ten minutes).
LOGIN_COOKIE = "redact_login"
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
# Reachable without a session: the login page and the files it needs.
_OPEN_ENDPOINTS = {"login_page", "login", "login_callback", "static"}


def _status_for(err: RedactError) -> int:
    if isinstance(err, NotFoundError):
        return 404
    if isinstance(err, StoreUnavailableError):
        return 503
    if isinstance(err, (FourEyesError, RoleError)):
        return 403
    if isinstance(err, (StaleWriteError, PendingFindingsError, NothingToUndoError, NothingToRedoError, CaseLockedError,
                        UndoConflictError)):
        return 409
    if isinstance(err, VerificationError) or getattr(err, "verification", False):
        return 422
    if isinstance(err, (ReviewError, InputError)):
        return 400
    return 400


def create_app(
    store: ReviewStore,
    detector_factory: Callable[[], Any],
    max_upload_bytes: int = MAX_DOCUMENT_BYTES,
    start_case: int | None = None,
    authenticator: Authenticator | None = None,
    four_eyes: bool = False,
    allowed_hosts: set[str] | None = None,
    secure_cookies: bool = False,
) -> Flask:
    """The Flask app over a store; ``detector_factory`` is called once, at the first upload.

    ``authenticator`` defaults to name and password against the store's accounts;
    ``secure_cookies`` marks the session cookie Secure (set it behind TLS).
    """
    app = Flask(__name__, static_folder="static", template_folder="templates")
    accounts = Accounts(store.store)
    authenticator = authenticator or PasswordAuthenticator(accounts)
    hosts = _LOCAL_HOSTS | set(allowed_hosts or ())
    app.config["MAX_CONTENT_LENGTH"] = max_upload_bytes
    app.config["JSON_AS_ASCII"] = False
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    detector_lock = threading.Lock()
    detector_box: list[Any] = []

    def detector() -> Any:
        with detector_lock:
            if not detector_box:
                detector_box.append(detector_factory())
            return detector_box[0]

    def body() -> dict[str, Any]:
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise ReviewError(texts.text("bad_request"))
        return data

    def who(data: dict[str, Any] | None = None) -> str:
        return g.user.name  # the logged-in user; a name in the request body is ignored

    def need(permission: str) -> None:
        if not g.user.may(permission):
            raise RoleError(texts.text("role_" + permission))

    def version(data: dict[str, Any]) -> int:
        v = data.get("version")
        if not isinstance(v, int) or isinstance(v, bool):
            raise ReviewError("versionen saknas; läs in sidan igen")
        return v

    def versions(data: dict[str, Any]) -> dict[int, int] | None:
        v = data.get("versions")
        if v is None:
            raise ReviewError("versionerna saknas; läs in sidan igen")
        try:
            return {int(k): int(x) for k, x in v.items()}
        except (AttributeError, TypeError, ValueError):
            raise ReviewError(texts.text("bad_request")) from None

    @app.before_request
    def guard() -> Response | Any | None:
        host = (request.host or "").rsplit(":", 1)[0] if not (request.host or "").startswith("[") else request.host.split("]")[0] + "]"
        if host not in hosts:
            return _error(texts.text("forbidden"), 403)
        if request.endpoint in _OPEN_ENDPOINTS:
            return None
        g.user = accounts.session_user(request.cookies.get(SESSION_COOKIE))
        if g.user is None:
            if request.path.startswith("/api/"):
                return _error(texts.text("login_needed"), 401)
            return redirect("/login", code=303)
        if request.method not in ("GET", "HEAD", "OPTIONS") and request.headers.get(WRITE_HEADER) != "1":
            return _error(texts.text("forbidden"), 403)
        return None

    @app.after_request
    def headers(resp: Response) -> Response:
        resp.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'",
        )
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        resp.headers.setdefault("Cache-Control", "no-store")
        # The access log: method, route path and status only (never the query string or a body).
        access_log.info('"%s %s" %s', request.method, request.path, resp.status_code)
        return resp

    @app.errorhandler(RedactError)
    def on_redact_error(err: RedactError) -> Response:
        status = _status_for(err)
        if not request.path.startswith("/api/"):
            return _error_page(str(err), status)
        return _error(str(err), status, stale=isinstance(err, StaleWriteError))

    @app.errorhandler(RequestEntityTooLarge)
    def on_too_large(err: RequestEntityTooLarge) -> Response:
        return _error(texts.text("upload_too_large", mb=max_upload_bytes // (1024 * 1024)), 413)

    @app.errorhandler(HTTPException)
    def on_http(err: HTTPException) -> Response:
        message = texts.text("not_found") if err.code == 404 else texts.text("bad_request")
        if not request.path.startswith("/api/") and request.method == "GET":
            return _error_page(message, err.code or 400)
        return _error(message, err.code or 400)

    @app.errorhandler(Exception)
    def on_other(err: Exception) -> Response:
        # The type only: an exception message may quote document text.
        log.error("internal error in %s %s: %s", request.method, request.url_rule.rule if request.url_rule else "?", type(err).__name__)
        return _error(texts.text("internal_error"), 500)

    # -- login

    def login_form(error: str | None = None, status: int = 200) -> Any:
        return render_template("login.html", t=texts.TEXTS, texts_json=texts.as_json(), error=error,
                               password_form=authenticator.uses_password_form), status

    def logged_in(user: User | None, then: Callable[[], Response]) -> Any:
        """Start a session for a proven user (the one step every way of logging in shares)."""
        if user is None:
            log.info("login refused")
            return login_form(texts.text("login_failed" if authenticator.uses_password_form else "login_sso_failed"), 401)
        token = accounts.start_session(user)
        log.info("login: user %d (%s)", user.id, user.role)
        resp = then()
        resp.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="Strict", secure=secure_cookies or request.is_secure,
                        path="/")
        resp.delete_cookie(LOGIN_COOKIE, path="/login", httponly=True, samesite="Lax")
        return resp

    @app.get("/login")
    def login_page() -> Any:
        step = authenticator.start(request.args)
        if step is None:
            return login_form()
        resp = redirect(step.url, code=303)
        # Lax, not Strict: the provider sends the browser back with a cross-site navigation.
        resp.set_cookie(LOGIN_COOKIE, step.binding, max_age=600, httponly=True, samesite="Lax",
                        secure=secure_cookies or request.is_secure, path="/login")
        return resp

    @app.post("/login")
    def login() -> Any:
        # A login form from another site must not log the browser in: the origin must be ours.
        # (Origin is "null" under our no-referrer policy, so the browser's Sec-Fetch-Site decides where sent.)
        site = request.headers.get("Sec-Fetch-Site")
        origin = request.headers.get("Origin")
        if (site and site not in ("same-origin", "none")) or (origin and origin != "null" and origin.split("://", 1)[-1] != request.host):
            return _error(texts.text("forbidden"), 403)
        try:
            user = authenticator.authenticate(request.form, request.remote_addr or "")
        except TooManyAttempts:
            return login_form(texts.text("login_throttled"), 429)
        return logged_in(user, lambda: redirect("/", code=303))

    @app.get("/login/callback")
    def login_callback() -> Any:
        # A single sign-on provider sends the browser back here; the authenticator checks it against the binding
        # (the password authenticator has no provider: a name and password in the query string log nobody in).
        try:
            user = authenticator.callback(request.args, request.remote_addr or "", request.cookies.get(LOGIN_COOKIE))
        except TooManyAttempts:
            return login_form(texts.text("login_throttled"), 429)
        # A page of our own moves on to the start page: after a cross-site arrival a redirect would not yet
        # carry the SameSite=Strict session cookie.
        return logged_in(user, lambda: Response(render_template("logged_in.html", t=texts.TEXTS, texts_json=texts.as_json())))

    @app.post("/logout")
    def logout() -> Any:
        accounts.end_session(request.cookies.get(SESSION_COOKIE))
        resp = _json(ok=True)
        resp.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="Strict")
        return resp

    @app.get("/api/me")
    def me() -> Response:
        u: User = g.user
        return _json(name=u.name, role=u.role, may={p: u.may(p) for p in ("review", "finalise", "users")})

    admin.register(app, accounts)
    outputs.register(app, store)

    # -- pages

    @app.get("/")
    def index() -> str:
        if start_case is not None:  # `redact review FILES` serves its case at the root address
            return case_page(start_case)
        return case_list()

    @app.get("/cases")
    def case_list() -> str:
        return render_template(
            "index.html", t=texts.TEXTS, texts_json=texts.as_json(), user=g.user,
            profiles=_profiles(), start_case=start_case,
        )

    @app.get("/cases/<int:case_id>")
    def case_page(case_id: int) -> str:
        case = store.case(case_id)
        return render_template("case.html", t=texts.TEXTS, texts_json=texts.as_json(), case=case, user=g.user,
                               accept=",".join(accepted_suffixes()))

    # -- cases

    @app.get("/api/cases")
    def list_cases() -> Response:
        return jsonify(cases=[c.as_dict() for c in store.cases()])

    @app.post("/api/cases")
    def create_case() -> tuple[Response, int]:
        need("review")
        data = body()
        case = store.create_case(
            request_id=data.get("request_id"), received=data.get("received") or None,
            diarienummer=data.get("diarienummer"), profile=str(data.get("profile") or "default"),
        )
        return jsonify(case=case.as_dict()), 201

    @app.get("/api/cases/<int:case_id>")
    def case_state(case_id: int) -> Response:
        return jsonify(store.state(case_id))

    @app.post("/api/cases/<int:case_id>/label")
    def box_label(case_id: int) -> Response:
        need("review")
        data = body()
        return jsonify(case=store.set_box_label(case_id, str(data.get("label") or ""), who(data)).as_dict())

    @app.get("/api/cases/<int:case_id>/progress")
    def progress(case_id: int) -> Response:
        return jsonify(store.progress(case_id).as_dict())

    # -- documents and pages

    @app.post("/api/cases/<int:case_id>/documents")
    def upload(case_id: int) -> tuple[Response, int]:
        need("review")
        store.check_open(case_id)
        file = request.files.get("file")
        if file is None or not file.filename:
            raise ReviewError(texts.text("upload_missing"))
        name = safe_filename(file.filename)
        kind = upload_kind(file.filename)
        if kind is None:
            raise ReviewError(f"{name}: {texts.text('upload_unknown_format', suffixes=' '.join(accepted_suffixes()))}")
        head = file.stream.read(1024)
        if kind == "pdf" and b"%PDF-" not in head:
            raise ReviewError(f"{name}: {texts.text('upload_not_pdf')}")
        tmp_dir = private_dir(store.case_dir(case_id) / "uppladdning")
        suffix = ".pdf" if kind == "pdf" else Path(stage_name(file.filename)).suffix
        with tempfile.NamedTemporaryFile(dir=tmp_dir, suffix=suffix, delete=False) as fh:
            fh.write(head)
            size = len(head)
            for chunk in iter(lambda: file.stream.read(1 << 20), b""):
                size += len(chunk)
                if size > max_upload_bytes:
                    fh.close()
                    Path(fh.name).unlink(missing_ok=True)
                    raise RequestEntityTooLarge()
                fh.write(chunk)
        try:
            if kind == "pdf":
                doc = store.add_document(case_id, Path(fh.name), detector(), name=name, reviewer=who())
                return jsonify(document=doc.as_dict(), documents=[doc.as_dict()], refused=[]), 201
            docs, refused = add_converted(case_id, Path(fh.name), file.filename, tmp_dir)
        finally:
            Path(fh.name).unlink(missing_ok=True)
        return jsonify(document=docs[0].as_dict(), documents=[d.as_dict() for d in docs],
                       refused=[{"name": r.name, "error": r.error} for r in refused]), 201

    def add_converted(case_id: int, upload: Path, filename: str, tmp_dir: Path) -> tuple[list[Any], list[Refused]]:
        """An e-mail, office file, image, text or zip as the documents it stands for; attachments under their e-mail."""
        with tempfile.TemporaryDirectory(dir=tmp_dir) as work:
            staged = Path(work) / "uppladdat" / stage_name(filename)
            staged.parent.mkdir()
            os.replace(upload, staged)
            items, refused = convert_upload_bounded(staged, Path(work), store.limits)
            ids: dict[str, int] = {}
            docs = []
            for item in items:
                try:
                    doc = store.add_document(case_id, item.pdf, detector(), name=item.name, reviewer=who(), kind=item.kind,
                                             parent_id=ids.get(item.parent or ""), source_sha256=item.source_sha256)
                except RedactError as err:  # a duplicate or too large attachment: the rest of the upload goes on
                    refused.append(Refused(item.name, str(err)))
                    continue
                ids[item.origin] = doc.id
                docs.append(doc)
        if not docs:
            raise ReviewError(" ".join(r.error for r in refused[:3]) or texts.text("upload_missing"))
        return docs, refused

    @app.get("/api/cases/<int:case_id>/documents/<int:doc_id>/pages/<int:page>.png")
    def page_image(case_id: int, doc_id: int, page: int) -> Response:
        zoom = request.args.get("zoom", default=2.0, type=float) or 2.0
        path = store.page_image(case_id, doc_id, page, zoom)
        resp = send_file(path, mimetype="image/png", max_age=0, etag=False, last_modified=None)
        return _image_headers(resp)

    @app.get("/api/cases/<int:case_id>/documents/<int:doc_id>/pages/<int:page>/preview.png")
    def preview(case_id: int, doc_id: int, page: int) -> Response:
        zoom = request.args.get("zoom", default=2.0, type=float) or 2.0
        return _image_headers(Response(store.preview_image(case_id, doc_id, page, zoom), mimetype="image/png"))

    # -- decisions

    @app.post("/api/cases/<int:case_id>/findings/<int:finding_id>/decision")
    def decide(case_id: int, finding_id: int) -> Response:
        need("review")
        data = body()
        return jsonify(store.decide(case_id, finding_id, str(data.get("status")), who(data), version(data)).as_dict())

    @app.post("/api/cases/<int:case_id>/findings/<int:finding_id>/ground")
    def ground(case_id: int, finding_id: int) -> Response:
        need("review")
        data = body()
        return jsonify(store.set_legal_ground(case_id, finding_id, str(data.get("legal_ground") or ""), who(data), version(data)).as_dict())

    @app.post("/api/cases/<int:case_id>/subjects/<int:subject_id>/decision")
    def decide_subject(case_id: int, subject_id: int) -> Response:
        need("review")
        data = body()
        return jsonify(store.decide_subject(case_id, subject_id, str(data.get("status")), who(data), versions(data)).as_dict())

    @app.post("/api/cases/<int:case_id>/subjects/<int:subject_id>/ground")
    def subject_ground(case_id: int, subject_id: int) -> Response:
        need("review")
        data = body()
        return jsonify(
            store.set_subject_legal_ground(case_id, subject_id, str(data.get("legal_ground") or ""), who(data), versions(data)).as_dict()
        )

    @app.post("/api/cases/<int:case_id>/masks")
    def manual_mask(case_id: int) -> tuple[Response, int]:
        need("review")
        data = body()
        try:
            doc_id, page = int(data["document"]), int(data["page"])
            rect = [float(v) for v in data["rect"]]
        except (KeyError, TypeError, ValueError):
            raise ReviewError("ange handling, sida och rektangel") from None
        result = store.add_manual_mask(
            case_id, doc_id, page, rect, who(data), category=str(data.get("category") or "MANUAL"),
            legal_ground=data.get("legal_ground") or None, view=True, snap=bool(data.get("snap")),
        )
        return jsonify(result.as_dict()), 201

    @app.post("/api/cases/<int:case_id>/masks/<int:finding_id>/rect")
    def move_mask(case_id: int, finding_id: int) -> Response:
        need("review")
        data = body()
        try:
            rect = [float(v) for v in data["rect"]]
        except (KeyError, TypeError, ValueError):
            raise ReviewError("ange rektangeln som fyra tal") from None
        return jsonify(store.move_manual_mask(case_id, finding_id, rect, who(data), version(data), view=True,
                                              snap=bool(data.get("snap"))).as_dict())

    @app.post("/api/cases/<int:case_id>/masks/<int:finding_id>/remove")
    def remove_mask(case_id: int, finding_id: int) -> Response:
        need("review")
        data = body()
        return jsonify(store.remove_manual_mask(case_id, finding_id, who(data), version(data)).as_dict())

    @app.post("/api/cases/<int:case_id>/search/hits")
    def search_hits(case_id: int) -> Response:
        data = body()
        hits = store.search_hits(case_id, str(data.get("term") or ""), regex=bool(data.get("regex")))
        return _json(hits=[h.as_dict() for h in hits])

    @app.post("/api/cases/<int:case_id>/search")
    def search(case_id: int) -> Response:
        need("review")
        data = body()
        ticked = data.get("hits")
        if not isinstance(ticked, list):
            raise ReviewError(texts.text("search_tick"))
        try:
            only = [(int(h["document"]), int(h["page"]), int(h["start"]), int(h["end"])) for h in ticked]
        except (KeyError, TypeError, ValueError):
            raise ReviewError(texts.text("bad_request")) from None
        result = store.add_search_masks(
            case_id, str(data.get("term") or ""), who(data), regex=bool(data.get("regex")),
            category=str(data.get("category") or "MANUAL"), legal_ground=data.get("legal_ground") or None, only=only,
        )
        return jsonify(result.as_dict())

    @app.post("/api/cases/<int:case_id>/undo")
    def undo(case_id: int) -> Response:
        need("review")
        return jsonify(store.undo(case_id, who(body())).as_dict())

    @app.post("/api/cases/<int:case_id>/redo")
    def redo(case_id: int) -> Response:
        need("review")
        return jsonify(store.redo(case_id, who(body())).as_dict())

    @app.post("/api/cases/<int:case_id>/findings/<int:finding_id>/comment")
    def comment(case_id: int, finding_id: int) -> Response:
        need("review")
        data = body()
        return jsonify(store.comment(case_id, finding_id, str(data.get("comment") or ""), who(data)).as_dict())

    @app.get("/api/cases/<int:case_id>/findings/<int:finding_id>/history")
    def history(case_id: int, finding_id: int) -> Response:
        return jsonify(history=store.history(case_id, finding_id))

    @app.post("/api/cases/<int:case_id>/finalise")
    def finalise(case_id: int) -> Response:
        need("finalise")
        data = body()
        result = store.finalise(case_id, who(data), accept_all_pending=bool(data.get("accept_all_pending")), four_eyes=four_eyes)
        return jsonify(result.as_dict())

    @app.post("/api/cases/<int:case_id>/reopen")
    def reopen(case_id: int) -> tuple[Response, int]:
        need("finalise")
        body()
        return jsonify(case=store.reopen(case_id, who()).as_dict()), 201

    @app.get("/api/cases/<int:case_id>/outputs/<path:filename>")
    def download(case_id: int, filename: str) -> Response:
        if "/" in filename or "\\" in filename:
            abort(404)
        path = store.output_file(case_id, filename)
        mimetype = "application/pdf" if path.suffix == ".pdf" else "application/json"
        return send_file(path, mimetype=mimetype, as_attachment=True, download_name=path.name)

    return app


def _image_headers(resp: Response) -> Response:
    # An unmasked page must not stay in a shared browser's cache, nor be embedded by another site.
    resp.headers["Cache-Control"] = "no-store"
    resp.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    return resp


def _error_page(message: str, status: int) -> Response:
    """A page in Swedish for a person in a browser (the API keeps answering JSON)."""
    message = _ABSOLUTE_PATH.sub("", message)
    html = render_template("error.html", t=texts.TEXTS, texts_json=texts.as_json(), message=message, status=status)
    return Response(html, status=status, mimetype="text/html")


def _json(**values: Any) -> Response:
    return jsonify(**values)


# An absolute path in a message: its folders are the server's business, the file name is enough.
_ABSOLUTE_PATH = re.compile(r"(?<![\w:/])/(?:[^\s/:'\"()]+/)+(?=[^\s/:'\"()])")


def _error(message: str, status: int, **extra: Any) -> Response:
    message = _ABSOLUTE_PATH.sub("", message)
    resp = jsonify(error=message, **extra)
    resp.status_code = status
    return resp


def _profiles() -> list[dict[str, str]]:
    from redact.policy import list_profiles, load_profile

    out = []
    for name in list_profiles():
        try:
            out.append({"name": name, "title": load_profile(name).title})
        except RedactError:
            continue
    return out
