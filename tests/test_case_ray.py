"""`redact run --engine ray`: the same case on a local Ray cluster of 2 CPUs gives the same results.

Ray is an optional extra that setup installs: without it these tests are skipped with a
visible reason, except in CI (``CI`` or ``REDACT_REQUIRE_RAY`` set), where that is a failure.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from conftest import mupdf_text, pdftotext, write_text_pdf

try:
    import ray  # noqa: F401
except ImportError:  # pragma: no cover - depends on the install
    if os.environ.get("CI") or os.environ.get("REDACT_REQUIRE_RAY"):
        raise ImportError("ray saknas i CI: kör scripts/setup.sh (installerar redact[ray])") from None
    pytest.skip("ray är inte installerat (pip install -e '.[ray]'): Ray-motorn testas inte", allow_module_level=True)

from redact.audit_log import AuditLog
from redact.case.engine import LocalEngine
from redact.case.ray_engine import SCRATCH, RayEngine
from redact.case.runner import run_case
from redact.findings_io import findings_to_json
from redact.pipeline import RunOptions

ROOT = Path(__file__).resolve().parents[1]

SECRETS = {
    "samtal.txt": ["Mohammed", "Al-Sayed", "070-123 45 67"],
    "beslut.pdf": ["Amira", "Haddad", "amira.haddad@example.se"],
    "protokoll.txt": ["Ingrid", "Holmqvist"],
    "intyg.txt": ["Nguyen", "Thi Lan"],
}


#: Ray's clusters take the machine, and a node-loss test must catch its moment: after the parallel part, alone.
pytestmark = pytest.mark.serial


@pytest.fixture(scope="module", autouse=True)
def _one_ray_module_at_a_time(ray_alone):
    """Before any cluster of this module starts (see conftest.ray_alone)."""


def _folder(folder: Path) -> Path:
    folder.mkdir()
    (folder / "samtal.txt").write_text("Samtal med Mohammed Al-Sayed, telefon 070-123 45 67.\n", encoding="utf-8")
    write_text_pdf(folder / "beslut.pdf", [["Beslut om bistånd", "Klienten Amira Haddad har ansökt om stöd.",
                                            "Kontakt: amira.haddad@example.se"]])
    (folder / "protokoll.txt").write_text("Protokoll fört av Ingrid Holmqvist vid mötet.\n", encoding="utf-8")
    (folder / "intyg.txt").write_text("Intyg för Nguyen Thi Lan, född 1990.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    return _folder(tmp_path_factory.mktemp("ray") / "in")


@pytest.fixture(scope="module")
def engine():
    e = RayEngine(2, retries=1)
    yield e
    e.close()


def _run(inputs: Path, out: Path, engine, log: Path):
    seen: dict[int, dict] = {}

    def keep(result):  # the findings JSON of each document, as `redact detect` would write it
        d = result.disclosure
        seen[result.index] = findings_to_json(d.document, d.findings) if d is not None else {}
        seen[result.index]["masks"] = [(m.id, m.page, repr(m.rects), m.category, m.decision) for m in d.masks] if d else []

    run = run_case([inputs], out, RunOptions(), engine=engine, log=AuditLog(log), on_result=keep, out=open(os.devnull, "w"))
    return run, seen


@pytest.fixture(scope="module")
def ray_run(case, engine, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ray-out")
    run, seen = _run(case, tmp / "ut", engine, tmp / "log.sqlite")
    return tmp, run, seen


def test_ray_writes_every_document_with_the_names_gone(ray_run):
    tmp, run, _ = ray_run
    assert [r.status for r in run.results] == ["ok"] * 4
    manifest = json.loads((tmp / "ut" / "manifest.json").read_text(encoding="utf-8"))
    for doc in manifest["documents"]:
        out = tmp / "ut" / doc["output"]
        assert out.is_file() and doc["masks"] > 0
        name = Path(doc["input"]).name
        for secret in SECRETS[name]:
            assert secret not in mupdf_text(out), (name, secret)
            assert secret not in pdftotext(out), (name, secret)
    assert not [p for p in (tmp / "ut").iterdir() if p.name.startswith(".")]  # nothing half-written


def test_ray_run_leaves_an_audit_log_that_verifies(ray_run):
    tmp, _, _ = ray_run
    env = {**os.environ, "REDACT_LOG": str(tmp / "log.sqlite")}
    r = subprocess.run([sys.executable, "-m", "redact.cli", "audit", "verify"], capture_output=True, text=True,
                       cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_local_and_ray_give_the_same_findings_and_manifest(ray_run, case, tmp_path):
    tmp, _, ray_seen = ray_run
    local = LocalEngine(1)
    try:
        _, local_seen = _run(case, tmp_path / "ut", local, tmp_path / "log.sqlite")
    finally:
        local.close()
    for i in local_seen:
        assert json.dumps(local_seen[i], sort_keys=True) == json.dumps(ray_seen[i], sort_keys=True), i
    a = json.loads((tmp / "ut" / "manifest.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "ut" / "manifest.json").read_text(encoding="utf-8"))
    assert _stable(a) == _stable(b) and a["case"] == b["case"]


def _stable(manifest: dict) -> list[dict]:
    """The manifest's entries without the outputs' hashes (a PDF carries the time it was written)."""
    return [{k: v for k, v in d.items() if k != "output_sha256"} for d in manifest["documents"]]


def _killing(jobs, engine, kill_at: int):
    """The jobs, stopping the worker that is about to get job ``kill_at`` (the least loaded one) mid-case."""
    for job in jobs:
        if job.index == kill_at:
            slot = min(engine.slots, key=lambda s: s.busy)
            os.kill(ray.get(slot.actor.pid.remote()), signal.SIGKILL)
        yield job


def test_a_killed_worker_has_its_document_retried(case, engine, tmp_path, monkeypatch):
    real = RayEngine.run
    monkeypatch.setattr(RayEngine, "run", lambda self, jobs: real(self, _killing(jobs, self, 1)))
    run, _ = _run(case, tmp_path / "ut", engine, tmp_path / "log.sqlite")
    assert [r.status for r in run.results] == ["ok"] * 4
    assert any(s.generation for s in engine.slots)  # a new actor took over


def test_a_document_whose_worker_dies_too_often_is_refused(case, engine, tmp_path, monkeypatch):
    real = RayEngine.run
    monkeypatch.setattr(RayEngine, "run", lambda self, jobs: real(self, _killing(jobs, self, 1)))
    monkeypatch.setattr(engine, "retries", 0)
    run, _ = _run(case, tmp_path / "ut", engine, tmp_path / "log.sqlite")
    assert [r.status for r in run.results] == ["refused", "ok", "ok", "ok"]
    assert "avbröts" in run.results[0].error
    manifest = json.loads((tmp_path / "ut" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"][0]["output"] is None and manifest["refused"] == 1


def test_engine_ray_without_the_extra_is_one_line_and_exit_2(case, tmp_path):
    fake = tmp_path / "fake"
    (fake / "ray").mkdir(parents=True)
    (fake / "ray" / "__init__.py").write_text("raise ImportError('ray')\n")
    env = {**os.environ, "REDACT_LOG": str(tmp_path / "log.sqlite"), "PYTHONPATH": f"{fake}{os.pathsep}{ROOT}"}
    r = subprocess.run([sys.executable, "-m", "redact.cli", "run", case, "-o", tmp_path / "ut", "--engine", "ray"],
                       capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "redact[ray]" in r.stderr
    assert not (tmp_path / "ut").exists() and not (tmp_path / "log.sqlite").exists()


def test_a_rerun_keeps_what_was_finished_and_redoes_the_rest(ray_run, case, tmp_path):
    tmp, _, _ = ray_run
    out = tmp_path / "ut"
    import shutil

    shutil.copytree(tmp / "ut", out)
    shutil.copyfile(tmp / "log.sqlite", tmp_path / "log.sqlite")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    damaged = out / manifest["documents"][2]["output"]
    damaged.write_bytes(damaged.read_bytes()[:1000])  # a file cut off, as by a lost node
    (out / ".004-stopped.pdf.1.part").write_bytes(b"%PDF-1.7 half")
    local = LocalEngine(1)
    try:
        run, seen = _run(case, out, local, tmp_path / "log.sqlite")
    finally:
        local.close()
    assert [r.resumed for r in run.results] == [True, True, False, True]
    assert [r.status for r in run.results] == ["ok"] * 4
    assert list(seen) == [3]  # only the damaged document went to the engine
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    again = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert _stable(again) == _stable(manifest)
    assert again["documents"][0] == manifest["documents"][0]  # a kept output is the same file
    for doc in again["documents"]:
        for secret in SECRETS[Path(doc["input"]).name]:
            assert secret not in pdftotext(out / doc["output"])
    env = {**os.environ, "REDACT_LOG": str(tmp_path / "log.sqlite")}
    r = subprocess.run([sys.executable, "-m", "redact.cli", "audit", "verify"], capture_output=True, text=True,
                       cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_a_rerun_hides_a_new_path_that_could_hold_a_name_masked_in_a_kept_document(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "samtal.txt").write_text("Samtal med Lina Svensson om ansökan.\n", encoding="utf-8")
    local = LocalEngine(1)
    try:
        _run(folder, tmp_path / "ut", local, tmp_path / "log.sqlite")
        # added later: its name holds a name masked only in the kept document
        (folder / "Lina Svensson svar.txt").write_text("Inget namn här.\n", encoding="utf-8")
        run, seen = _run(folder, tmp_path / "ut", local, tmp_path / "log.sqlite")
    finally:
        local.close()
    assert [r.resumed for r in run.results] == [False, True] and list(seen) == [1]
    text = (tmp_path / "ut" / "manifest.json").read_text(encoding="utf-8")
    assert "Lina" not in text and "Svensson" not in text and "dolt-filnamn-" in text


def test_an_address_where_no_cluster_listens_is_one_line_and_exit_2(case, tmp_path):
    import socket

    with socket.socket() as s:  # a port nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "REDACT_LOG": str(tmp_path / "log.sqlite")}
    r = subprocess.run([sys.executable, "-m", "redact.cli", "run", case, "-o", tmp_path / "ut", "--engine", "ray",
                        "--address", f"127.0.0.1:{port}"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 2 and "Ray-klustret" in r.stderr and r.stderr.strip().count("\n") == 0
    assert not (tmp_path / "ut").exists() and not (tmp_path / "log.sqlite").exists()


# ------------------------------------------------------------------ a worker killed in the middle of a document

LONG = {"akt.pdf": ["Amira", "Haddad", "Ingrid", "Holmqvist"], "samtal.txt": ["Mohammed", "Al-Sayed"]}


def long_case(folder: Path) -> Path:
    """A long PDF (24 pages with names on each: seconds of work) and a short text document."""
    folder.mkdir()
    write_text_pdf(folder / "akt.pdf", [[f"Akt sida {i}: klienten Amira Haddad har ringt.",
                                         "Handläggare Ingrid Holmqvist noterar samtalet."] * 8 for i in range(1, 25)])
    (folder / "samtal.txt").write_text("Samtal med Mohammed Al-Sayed om ansökan.\n", encoding="utf-8")
    return folder


def _in_run(pid: int) -> bool:
    return Path(f"/proc/{pid}/cmdline").read_bytes().startswith(b"ray::CaseWorker.run")


def working_on(suffix: str) -> dict[int, str]:
    """The Ray workers redacting an input with this suffix right now (in a call to run, their bounded
    child with its copy open), and the path of that copy."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if not _in_run(int(entry.name)):
                continue
            for fd in (entry / "fd").iterdir():
                target = os.readlink(fd)
                if target.endswith(f"/input{suffix}"):
                    actor = int(entry.name)
                    while _in_run(parent := _parent(actor)):  # the child the actor forked for the document
                        actor = parent
                    found[actor] = target
        except OSError:  # gone meanwhile, or not ours
            continue
    return found


def _parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def actor_pids(engine: RayEngine) -> set[int]:
    """The process ids of the engine's actors that are up (and only those: other Ray clusters may run here)."""
    pids = set()
    for slot in list(engine.slots):
        if ray.wait([slot.ready], timeout=0)[0]:
            try:
                pids.add(ray.get(slot.ready))
            except ray.exceptions.RayError:  # died before it started
                pass
    return pids


class Killer(threading.Thread):
    """SIGKILLs every worker of ``engine`` found redacting the long PDF, up to ``times`` workers."""

    def __init__(self, engine: RayEngine, times: int):
        super().__init__(daemon=True)
        self.engine = engine
        self.times = times
        self.killed: list[int] = []
        self.copies: list[str] = []  # the worker's copy of the input it was redacting when killed
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set() and len(self.killed) < self.times:
            working = working_on(".pdf")
            for pid in set(working) & actor_pids(self.engine):
                if pid not in self.killed:
                    os.kill(pid, signal.SIGKILL)
                    self.killed.append(pid)
                    self.copies.append(working[pid])
            time.sleep(0.05)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.join()


def _verify_log(log: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "redact.cli", "audit", "verify"], capture_output=True, text=True,
                       cwd=ROOT, env={**os.environ, "REDACT_LOG": str(log)}, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


def test_a_worker_killed_in_the_middle_of_a_document_has_it_redone_by_a_new_one(engine, tmp_path):
    case = long_case(tmp_path / "in")
    with Killer(engine, times=1) as killer:
        run, _ = _run(case, tmp_path / "ut", engine, tmp_path / "log.sqlite")
    assert len(killer.killed) == 1  # killed while its copy of akt.pdf was open, i.e. mid-document
    assert [r.status for r in run.results] == ["ok", "ok"]
    out = tmp_path / "ut"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(p.name for p in out.iterdir()) == sorted(["manifest.json", *(d["output"] for d in manifest["documents"])])
    for doc in manifest["documents"]:
        assert doc["status"] == "ok" and doc["masks"] > 0
        for secret in LONG[Path(doc["input"]).name]:
            assert secret not in mupdf_text(out / doc["output"]) and secret not in pdftotext(out / doc["output"])
    assert manifest["documents"][0]["pages"] == 24
    _verify_log(tmp_path / "log.sqlite")
    # the killed worker's copy of the input did not outlive it: the next worker on the machine removed it
    assert Path(killer.copies[0]).name == "input.pdf" and not Path(killer.copies[0]).exists()
    assert not list(Path(tempfile.gettempdir()).glob(f"{SCRATCH}{killer.killed[0]}-*"))


def test_a_document_whose_workers_are_killed_mid_document_is_tried_retries_plus_one_times(engine, tmp_path):
    assert engine.retries == 1
    case = long_case(tmp_path / "in")
    with Killer(engine, times=10) as killer:  # every worker that takes akt.pdf dies
        run, _ = _run(case, tmp_path / "ut", engine, tmp_path / "log.sqlite")
    assert len(killer.killed) == 2  # the first try and one retry, then no more
    assert [r.status for r in run.results] == ["refused", "ok"]
    assert "avbröts 2 gånger" in run.results[0].error
    out = tmp_path / "ut"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"][0]["output"] is None and manifest["refused"] == 1 and manifest["ok"] == 1
    assert sorted(p.name for p in out.iterdir()) == sorted(["manifest.json", manifest["documents"][1]["output"]])
    _verify_log(tmp_path / "log.sqlite")
    ray.get([slot.ready for slot in engine.slots])  # the last one killed is swept once its successor is up
    for pid, copy in zip(killer.killed, killer.copies):
        assert not Path(copy).exists() and not list(Path(tempfile.gettempdir()).glob(f"{SCRATCH}{pid}-*"))


def test_the_runs_page_time_limit_holds_in_a_ray_worker(engine, tmp_path):
    # an actor runs each document in a child it forks, as the local engine's workers do: a page past the
    # limit stops that child, and the actor lives on for the next document
    from dataclasses import replace

    from redact.ingest.guard import Limits

    case = long_case(tmp_path / "in")
    # a one-line page can be done within one clock tick of the processor-time reading (10 ms) and under the
    # wall bound (4 × 5 ms) on an idle machine; a full page of text takes tens of milliseconds everywhere
    (case / "samtal.txt").write_text("Samtal med Mohammed Al-Sayed om ansökan, telefon 070-123 45 67.\n" * 40,
                                     encoding="utf-8")
    ray.get([slot.ready for slot in engine.slots])
    before = actor_pids(engine)
    options = replace(RunOptions(), limits=Limits(page_seconds=0.005, document_seconds_per_page=0.0))
    run = run_case([case], tmp_path / "ut", options, engine=engine, out=open(os.devnull, "w"))
    assert [r.status for r in run.results] == ["refused", "refused"]
    assert all("gränsen 0.005 s" in r.error for r in run.results), [r.error for r in run.results]
    assert actor_pids(engine) == before  # no actor died for it
