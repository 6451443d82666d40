#!/usr/bin/env python3
"""Load on the review app: reviewers deciding concurrently over HTTP, on SQLite and on PostgreSQL.

Each reviewer logs in with their own account and decides on their own findings
(alternating mask / disclose, always with the version they last saw), through
the real WSGI server (waitress) on 127.0.0.1. Prints p50/p95 latency, errors,
throughput and whether the number of decisions stored equals the number sent.
Bounded: at most 20 reviewers x 500 decisions and --max-seconds per database.

    PYTHONPATH=. .venv/bin/python scripts/load_review.py                      # SQLite only
    PYTHONPATH=. .venv/bin/python scripts/load_review.py --postgres postgresql://postgres@127.0.0.1:PORT/redact_test
"""

from __future__ import annotations

import argparse
import http.client
import json
import logging
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redact.review import accounts as accounts_module  # noqa: E402
from redact.review.accounts import Accounts  # noqa: E402
from redact.review.app import WRITE_HEADER, create_app  # noqa: E402
from redact.review.cli import background_server  # noqa: E402
from redact.review.session import ReviewStore  # noqa: E402

PASSWORD = "lasttest-lösenord-123"
FIRST = ["Amina", "Björn", "Chen", "Dragana", "Elif", "Fredrik", "Goran", "Hiba", "Ingrid", "Jussi", "Kerstin", "Lamin"]
LAST = ["Ahmadi", "Berg", "Costa", "Duric", "Ek", "Fors", "Gashi", "Holm", "Ilić", "Juntunen", "Karlsson", "Lind"]


def _document(path: Path, lines: int) -> Path:
    """A fictional letter with one phone number a line (the detector proposes each as a finding)."""
    doc = pymupdf.open()
    page = None
    for i in range(lines):
        if i % 40 == 0:
            page = doc.new_page(width=595, height=842)
            y = 60.0
        page.insert_text((60, y), f"Rad {i + 1}: ring handläggaren på 070-{100 + i // 100:03d} {i % 100:02d} {10 + i % 89:02d}", fontsize=10)
        y += 18
    doc.save(path)
    doc.close()
    return path


def _detector():
    import spacy

    from redact.detect.engine import Detector
    from redact.detect.lemmatizer import FACTORY

    nlp = spacy.blank("sv")
    nlp.add_pipe(FACTORY)
    return Detector(nlp=nlp)


def _request(conn: http.client.HTTPConnection, method: str, path: str, body: dict | None, cookie: str | None) -> tuple[int, dict]:
    headers = {WRITE_HEADER: "1", "Content-Type": "application/json"}
    if cookie:
        headers["Cookie"] = cookie
    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    return resp.status, (json.loads(data) if data else {})


def run(label: str, store: ReviewStore, reviewers: int, decisions: int, per_reviewer: int, max_seconds: float) -> dict:
    """One load run against ``store``; returns the figures."""
    tmp = Path(tempfile.mkdtemp(prefix="redact-load-"))
    case = store.create_case(request_id=f"LAST-{uuid.uuid4().hex[:6]}", profile="default")
    store.add_document(case.id, _document(tmp / "brev.pdf", reviewers * per_reviewer), _detector())
    findings = [f for f in store.findings(case.id)]
    if len(findings) < reviewers * per_reviewer:
        raise SystemExit(f"{label}: only {len(findings)} findings for {reviewers * per_reviewer} needed")
    names = [f"{FIRST[i % len(FIRST)]} {LAST[(i * 5) % len(LAST)]} {i}" for i in range(reviewers)]
    accounts = Accounts(store.store)
    for name in names:
        accounts.add(name, "granskare", PASSWORD)
    app = create_app(store, lambda: None)
    latencies: list[float] = []
    errors: list[str] = []
    sent = [0] * reviewers
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds
    with background_server(app, threads=8) as port:
        def reviewer(i: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("POST", "/login", body=f"name={name_q(names[i])}&password={name_q(PASSWORD)}",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
            resp = conn.getresponse()
            resp.read()
            cookie = (resp.getheader("Set-Cookie") or "").split(";", 1)[0]
            if resp.status != 303 or not cookie:
                with lock:
                    errors.append(f"login {resp.status}")
                return
            mine = {f.id: f.version for f in findings[i * per_reviewer:(i + 1) * per_reviewer]}
            ids = list(mine)
            for n in range(decisions):
                if time.monotonic() > deadline:
                    with lock:
                        errors.append("time limit")
                    return
                fid = ids[n % len(ids)]
                status = "accepted" if (n // len(ids)) % 2 == 0 else "rejected"
                t0 = time.perf_counter()
                try:
                    code, data = _request(conn, "POST", f"/api/cases/{case.id}/findings/{fid}/decision",
                                          {"status": status, "version": mine[fid]}, cookie)
                except (OSError, http.client.HTTPException) as err:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    with lock:
                        errors.append(type(err).__name__)
                    continue
                took = time.perf_counter() - t0
                with lock:
                    latencies.append(took)
                    if code == 200:
                        sent[i] += 1
                    else:
                        errors.append(f"{code} {data.get('error', '')[:60]}")
                if code == 200:
                    mine[fid] = data["findings"][0]["version"]
            conn.close()

        t0 = time.perf_counter()
        threads = [threading.Thread(target=reviewer, args=(i,)) for i in range(reviewers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    stored = len(store.decisions(case.id))
    ok = sum(sent)
    q = statistics.quantiles(latencies, n=100) if len(latencies) >= 2 else [0.0] * 99
    return {"db": label, "reviewers": reviewers, "decisions_each": decisions, "sent_ok": ok, "stored": stored,
            "stored_equals_sent": stored == ok, "errors": len(errors), "error_kinds": sorted(set(errors))[:5],
            "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1), "seconds": round(wall, 1),
            "per_second": round(ok / wall, 1) if wall else 0.0}


def name_q(text: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(text)


def main() -> int:
    """Run the load on SQLite (and PostgreSQL when a URL is given) and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reviewers", type=int, default=10)
    ap.add_argument("--decisions", type=int, default=200, help="decisions per reviewer")
    ap.add_argument("--findings-each", type=int, default=20, help="findings each reviewer owns")
    ap.add_argument("--max-seconds", type=float, default=300.0, help="stop a run after this long")
    ap.add_argument("--postgres", default=os.environ.get("REDACT_TEST_POSTGRES"),
                    help="a postgresql:// URL on 127.0.0.1 (default: $REDACT_TEST_POSTGRES)")
    ap.add_argument("--skip-sqlite", action="store_true")
    args = ap.parse_args()
    if not (1 <= args.reviewers <= 20 and 1 <= args.decisions <= 500 and 1 <= args.findings_each <= 100 and args.max_seconds <= 900):
        ap.error("bounded: reviewers 1-20, decisions 1-500, findings-each 1-100, max-seconds <= 900")
    accounts_module._N = 2**12  # logins are not what is measured; keep account set-up quick
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth" is what a load test causes
    results = []
    with tempfile.TemporaryDirectory(prefix="redact-load-") as tmp:
        if not args.skip_sqlite:
            results.append(run("sqlite", ReviewStore(Path(tmp) / "load.sqlite"), args.reviewers, args.decisions,
                               args.findings_each, args.max_seconds))
        if args.postgres:
            from urllib.parse import urlparse

            if urlparse(args.postgres).hostname not in ("127.0.0.1", "localhost", "::1"):
                ap.error("the load script runs against 127.0.0.1 only")
            from redact.review.store_pg import PostgresStore

            schema = "load_" + uuid.uuid4().hex[:12]
            pg = PostgresStore(args.postgres, schema=schema)
            try:
                results.append(run("postgresql", ReviewStore(pg, files=Path(tmp) / "pg-filer"), args.reviewers, args.decisions,
                                   args.findings_each, args.max_seconds))
            finally:
                import psycopg

                pg.close()

                with psycopg.connect(args.postgres, autocommit=True) as con:
                    con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    for r in results:
        print(json.dumps(r, ensure_ascii=False))
    return 0 if all(r["stored_equals_sent"] and r["errors"] == 0 for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
