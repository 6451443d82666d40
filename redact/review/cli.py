"""`redact review [FILES...]`: start the review app on 127.0.0.1 and open the case in the browser."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import webbrowser
from pathlib import Path

from redact.errors import InputError

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765


def default_db_path(env: dict[str, str] | None = None) -> Path:
    """$REDACT_REVIEW_DB, else review.sqlite under the user's data directory."""
    env = dict(os.environ) if env is None else env
    if env.get("REDACT_REVIEW_DB"):
        return Path(env["REDACT_REVIEW_DB"]).expanduser()
    base = Path(env["XDG_DATA_HOME"]) if env.get("XDG_DATA_HOME") else Path.home() / ".local" / "share"
    return base / "redact" / "review.sqlite"


def add_subcommand(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `review` to the `redact` command."""
    p = subparsers.add_parser("review", help="granska och besluta om maskeringar i webbläsaren")
    p.add_argument("files", nargs="*", type=Path, metavar="FILES", help="PDF-filer som blir ett nytt ärende")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port på 127.0.0.1 (standard {DEFAULT_PORT}; 0 = valfri ledig)")
    p.add_argument("--no-browser", action="store_true", help="starta bara servern, öppna ingen webbläsare")
    p.add_argument("--db", type=Path, default=None, help="granskningsdatabasen (SQLite); standard: REDACT_REVIEW_DB eller under användarens datamapp")
    p.add_argument("--reviewer", help="granskarens namn (förifyllt i webbläsaren)")
    p.add_argument("--profile", default="default", help="verksamhetsprofil för ett nytt ärende (standard: default)")
    p.add_argument("--officials", type=Path, help="personallista (CSV) med tjänstemän i tjänsteutövning")
    p.add_argument("--log", type=Path, help="granskningsloggen (standard: REDACT_LOG eller under användarens datamapp)")
    p.add_argument("--request-id", help="ärende-id för ett nytt ärende (pseudonym; standard: automatiskt)")
    p.add_argument("--diarienummer", help="diarienummer för ett nytt ärende")
    p.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    """Open or create the case and serve the app until Ctrl+C."""
    from werkzeug.serving import make_server

    from redact.audit_log import AuditLog, default_log_path
    from redact.review.app import QuietRequestHandler, create_app
    from redact.review.session import ReviewStore

    for f in args.files:
        if not f.is_file():
            raise InputError(f"{f}: filen finns inte")
    if not 0 <= args.port <= 65535:
        raise InputError(f"--port {args.port}: välj en port 1–65535 (eller 0)")
    officials = None
    if args.officials:
        from redact.officials import load_directory

        officials = load_directory(args.officials)
    audit = AuditLog(args.log or default_log_path())
    store = ReviewStore(args.db or default_db_path(), audit_log=audit, officials=officials)

    def detector():  # loading the trained pipeline takes seconds: only when a document needs it
        from redact.detect.engine import Detector

        return Detector()

    start_case = None
    loaded = None
    if args.files:
        loaded = detector()
        case = store.create_case(request_id=args.request_id, diarienummer=args.diarienummer, profile=args.profile)
        for f in args.files:
            doc = store.add_document(case.id, f, loaded, reviewer=args.reviewer)
            print(f"{doc.name}: {doc.pages} sidor inlästa", file=sys.stderr)
        start_case = case.id
    app = create_app(store, (lambda: loaded) if loaded is not None else detector, reviewer=args.reviewer, start_case=start_case)
    logging.getLogger("werkzeug").setLevel(logging.WARNING if not getattr(args, "verbose", False) else logging.INFO)
    try:
        server = make_server("127.0.0.1", args.port, app, threaded=True, request_handler=QuietRequestHandler)
    except OSError as err:
        raise InputError(f"porten {args.port} på 127.0.0.1 går inte att använda ({err.strerror}); välj en annan med --port") from None
    port = server.server_port
    url = f"http://127.0.0.1:{port}/"
    print(f"Granskningen körs på http://127.0.0.1:{port}/ (avsluta med Ctrl+C)", file=sys.stderr)
    if not args.no_browser:
        threading.Timer(0.5, lambda: webbrowser.open(url)).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("Granskningen avslutad; allt är sparat.", file=sys.stderr)
    finally:
        server.server_close()
    return 0
