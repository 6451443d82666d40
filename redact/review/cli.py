"""`redact review [FILES...]`: serve the review app (waitress; 127.0.0.1 unless --host) and open the case in the browser.

Every page needs a login, so at least one account must exist (`redact users add`).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import threading
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from redact.cli_lang import of
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
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (standard {DEFAULT_PORT}; 0 = valfri ledig)")
    p.add_argument("--host", default="127.0.0.1",
                   help="adress att lyssna på (standard 127.0.0.1); en annan adress kräver att minst ett konto finns")
    p.add_argument("--server-name", action="append", default=[],
                   help="namnet användarna skriver i webbläsaren (t.ex. granskning.kommun.se); kan upprepas")
    p.add_argument("--behind-tls", action="store_true", help="appen nås via HTTPS (omvänd proxy): sessionskakan märks Secure")
    p.add_argument("--four-eyes", action="store_true", help="den som slutför får inte vara den enda som har granskat")
    p.add_argument("--files", dest="files_folder", type=Path, default=None, help="mapp för handlingar och utdata (krävs med en PostgreSQL-databas)")
    p.add_argument("--profiles-dir", type=Path, default=None, help="mapp med verksamhetens egna profiler (*.toml), förvaltad av admin")
    p.add_argument("--threads", type=int, default=8, help="antal samtidiga förfrågningar (standard 8)")
    p.add_argument("--page-seconds", type=float, default=120.0,
                   help="längsta processortid per sida (och per bilaga vid konvertering) innan en uppladdad fil vägras (standard 120)")
    p.add_argument("--memory-mb", type=int, default=3072,
                   help="största minnesökning i MB när en uppladdad fil läses eller konverteras (standard 3072)")
    p.add_argument("--no-browser", action="store_true", help="starta bara servern, öppna ingen webbläsare")
    p.add_argument("--db", default=None,
                   help="granskningsdatabasen: en SQLite-fil eller postgresql://…; standard: REDACT_REVIEW_DB eller under användarens datamapp")
    p.add_argument("--reviewer", help="kontot som lägger till FILES i ett nytt ärende (standard: det enda kontot)")
    p.add_argument("--profile", default="default", help="verksamhetsprofil för ett nytt ärende (standard: default)")
    p.add_argument("--officials", type=Path, help="personallista (CSV) med tjänstemän i tjänsteutövning")
    p.add_argument("--organisation", type=Path, help="myndighetens egna uppgifter (TOML) som föreslås lämnas ut")
    p.add_argument("--log", type=Path, help="granskningsloggen (standard: REDACT_LOG eller under användarens datamapp)")
    p.add_argument("--request-id", help="ärende-id för ett nytt ärende (pseudonym; standard: automatiskt)")
    p.add_argument("--diarienummer", help="diarienummer för ett nytt ärende")
    p.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    """Open or create the case and serve the app until Ctrl+C."""
    from waitress import create_server

    from redact.audit_log import AuditLog, default_log_path
    from redact.review.accounts import Accounts
    from redact.review.app import create_app
    from redact.review.session import ReviewStore
    from redact.run_options import limits_from_options

    for f in args.files:
        if not f.is_file():
            raise InputError("{name}: filen finns inte", name=f.name)
    if not 0 <= args.port <= 65535:
        raise InputError("--port {port}: välj en port 1–65535 (eller 0)", port=args.port)
    limits = limits_from_options(args.page_seconds, args.memory_mb)
    officials = None
    if args.officials:
        from redact.officials import load_directory

        officials = load_directory(args.officials)
    organisation = None
    if args.organisation:
        from redact.organisation import load_organisation

        organisation = load_organisation(args.organisation)
    audit = AuditLog(args.log or default_log_path())
    store = ReviewStore(args.db or default_db_path(), files=args.files_folder,
                        audit_log=audit, officials=officials, profiles_dir=args.profiles_dir,
                        organisation=organisation,
                        limits=limits)
    users = Accounts(store.store).list()
    if not users:
        where = "" if args.db is None else " --db …"
        if args.host in ("127.0.0.1", "localhost", "::1"):
            raise InputError("granskningen kräver inloggning och det finns inget konto än; "
                             "skapa ett först: redact users add NAMN --role admin{where}", where=where)
        raise InputError("granskningen kräver inloggning och det finns inget konto än; "
                         "skapa ett först: redact users add NAMN --role admin{where} (--host kräver minst ett konto)", where=where)

    def detector():  # loading the trained pipeline takes seconds: only when a document needs it
        from redact.detect.engine import Detector

        return Detector()

    start_case = None
    loaded = None
    if args.files:
        owner = args.reviewer or (users[0].name if len(users) == 1 else None)
        if owner is None or owner not in {u.name for u in users}:
            raise InputError("ange med --reviewer vilket konto som lägger till handlingarna")
        loaded = detector()
        case = store.create_case(request_id=args.request_id, diarienummer=args.diarienummer, profile=args.profile)
        for f in args.files:
            doc = store.add_document(case.id, f, loaded, reviewer=owner)
            print(of(args).t("review_loaded", name=doc.name, pages=doc.pages), file=sys.stderr)
        start_case = case.id
    hosts = set(args.server_name) | ({args.host} if args.host not in ("0.0.0.0", "::") else set())
    app = create_app(store, (lambda: loaded) if loaded is not None else detector, start_case=start_case,
                     four_eyes=args.four_eyes, allowed_hosts=hosts, secure_cookies=args.behind_tls)
    try:
        # ident="" : no Server header naming the software and its version.
        server = create_server(app, host=args.host, port=args.port, threads=max(1, args.threads), ident="",
                               max_request_body_size=app.config["MAX_CONTENT_LENGTH"] + (1 << 20))
    except OSError as err:
        raise InputError("porten {port} på {host} går inte att använda ({strerror}); välj en annan med --port", port=args.port, host=args.host, strerror=err.strerror) from None
    port = server.effective_port
    shown = args.host if ":" not in args.host else f"[{args.host}]"
    url = f"http://{shown}:{port}/"
    print(of(args).t("review_running", url=url), file=sys.stderr)
    if not args.no_browser:
        threading.Timer(0.5, lambda: webbrowser.open(url)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        print(of(args).t("review_stopped"), file=sys.stderr)
    finally:
        server.close()
    return 0


@contextlib.contextmanager
def background_server(app: Any, host: str = "127.0.0.1", port: int = 0, threads: int = 8) -> Iterator[int]:
    """Serve ``app`` with waitress in a background thread (for tests and the load script); yields the port."""
    from waitress import create_server

    server = create_server(app, host=host, port=port, threads=threads, ident="")
    stop = threading.Event()

    def loop() -> None:
        # waitress's own run() cannot be stopped from another thread without closing sockets under it.
        while not stop.is_set():
            server.asyncore.loop(timeout=0.05, map=server._map, count=1)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield server.effective_port
    finally:
        stop.set()
        thread.join(5)
        server.close()
        # its request threads too: a process left with threads can no longer fork its bounded workers itself
        server.task_dispatcher.shutdown()
