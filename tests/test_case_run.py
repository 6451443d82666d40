"""`redact run INPUT... -o OUTDIR`: a case of many files in one call, one redacted PDF per document."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest

from conftest import mupdf_text, pdftotext, write_text_pdf

ROOT = Path(__file__).resolve().parents[1]


def redact(*args: object, log: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "REDACT_LOG": str(log)}
    env.pop("REDACT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "redact.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=600)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _build_case(folder: Path) -> dict[str, list[str]]:
    """A request's files: a PDF, a note, an e-mail with attachments (a zip among them), a scan, a broken PDF.

    Returns, per input, what must not be readable in its output.
    """
    folder.mkdir()
    write_text_pdf(folder / "beslut.pdf", [["Beslut om bistånd", "Klienten Amira Haddad har ansökt om stöd.",
                                            "Kontakt: amira.haddad@example.se"]])
    (folder / "anteckning.txt").write_text("Samtal med Mohammed Al-Sayed, telefon 070-123 45 67.\n", encoding="utf-8")
    m = EmailMessage()
    m["From"] = "Sara Nilsson <sara.nilsson@example.se>"
    m["To"] = "Johan Ek <johan.ek@example.com>"
    m["Subject"] = "Ärende om Lina Svensson"
    m["Date"] = "Tue, 03 Mar 2026 10:15:00 +0100"
    m.set_content("Hej Johan,\n\nLina Svensson ringde i dag från 073-555 12 34.\n\nMvh Sara Nilsson\n")
    m.add_attachment("Intyg för Lina Svensson, född 1984.\n".encode(), maintype="text", subtype="plain",
                     filename="Intyg Lina Svensson.txt")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("protokoll.txt", "Protokoll fört av Ingrid Holmqvist, telefon 08-123 456 78.\n")
    m.add_attachment(buf.getvalue(), maintype="application", subtype="zip", filename="handlingar.zip")
    (folder / "mail.eml").write_bytes(bytes(m))
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Intyg för Karin Andersson", fontsize=16)
    page.insert_text((72, 130), "Telefon 070-987 65 43", fontsize=16)
    page.get_pixmap(dpi=200).save(folder / "skanning.png")
    (folder / "trasig.pdf").write_bytes(b"%PDF-1.7\n trasig")
    return {
        "anteckning.txt": ["Mohammed", "Al-Sayed", "070-123 45 67"],
        "beslut.pdf": ["Amira", "Haddad", "amira.haddad@example.se"],
        "mail.eml": ["Sara Nilsson", "sara.nilsson@example.se", "Johan Ek", "johan.ek@example.com", "Lina", "Svensson",
                     "073-555 12 34"],
        "Intyg Lina Svensson.txt": ["Lina", "Svensson"],
        "protokoll.txt": ["Ingrid", "Holmqvist", "08-123 456 78"],
        "skanning.png": ["Karin", "Andersson", "070-987 65 43"],
    }


@pytest.fixture(scope="module")
def case_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("case")
    secrets = _build_case(tmp / "in")
    before = {p.name: _sha(p) for p in (tmp / "in").iterdir()}
    r = redact("run", tmp / "in", "-o", tmp / "ut", "--jobs", "1", "--audit", tmp / "case.json", log=tmp / "log.sqlite")
    return tmp, secrets, before, r


def test_every_document_is_redacted_into_its_own_pdf(case_run):
    tmp, secrets, _, r = case_run
    assert r.returncode == 6, r.stderr  # the broken PDF was refused, the others written
    manifest = json.loads((tmp / "ut" / "manifest.json").read_text(encoding="utf-8"))
    docs = {Path(d["input"]).name: d for d in manifest["documents"]}
    assert manifest["ok"] == 6 and manifest["refused"] == 1
    assert docs["trasig.pdf"]["status"] == "refused" and docs["trasig.pdf"]["output"] is None
    # the attachment's name holds masked text: the manifest beside the outputs names it by hash
    hidden = [d for d in manifest["documents"] if "dolt-filnamn" in d["input"]]
    assert len(hidden) == 1 and hidden[0]["parent"].endswith("mail.eml")
    docs["Intyg Lina Svensson.txt"] = hidden[0]
    for name, must_go in secrets.items():
        d = docs[name]
        assert d["status"] == "ok" and d["masks"] >= 1 and d["pages"] >= 1, name
        out = tmp / "ut" / d["output"]
        assert re.fullmatch(r"\d{3}-[0-9a-f]{8}\.pdf", out.name)
        for text in (mupdf_text(out), pdftotext(out)):
            flat = " ".join(text.split())
            for secret in must_go:
                assert secret not in flat, (name, secret)
    mail = " ".join(pdftotext(tmp / "ut" / docs["mail.eml"]["output"]).split())
    assert "Skickat" in mail and "Ämne" in mail and "ringde i dag" in mail  # the rest stays readable
    assert sorted(p.name for p in (tmp / "ut").iterdir()) == sorted(
        [d["output"] for d in manifest["documents"] if d["output"]] + ["manifest.json"])  # nothing half-written
    raw = (tmp / "ut" / "manifest.json").read_text(encoding="utf-8")
    assert "Svensson" not in raw and "Haddad" not in raw


def test_one_progress_line_per_document_and_a_summary(case_run):
    _, _, _, r = case_run
    lines = [line for line in r.stdout.splitlines() if re.match(r"\[\s*\d+/7\]", line)]
    assert len(lines) == 7
    assert [int(re.match(r"\[\s*(\d+)", line).group(1)) for line in lines] == list(range(1, 8))
    assert sum("vägrad" in line for line in lines) == 1 and "trasig.pdf" in next(x for x in lines if "vägrad" in x)
    assert "6 av 7 dokument klara" in r.stdout and "1 dokument vägrades" in r.stdout


def test_inputs_are_never_modified(case_run):
    tmp, _, before, _ = case_run
    assert {p.name: _sha(p) for p in (tmp / "in").iterdir()} == before


def test_one_audit_record_for_the_case_without_masked_text(case_run):
    tmp, _, _, r = case_run
    record = json.loads((tmp / "case.json").read_text(encoding="utf-8"))
    assert record["case"].startswith("case-") and len(record["documents"]) == 6 and len(record["refused"]) == 1
    assert all(d["verification"]["ok"] for d in record["documents"])
    raw = (tmp / "case.json").read_text(encoding="utf-8") + (tmp / "log.sqlite").read_bytes().decode("latin-1")
    for secret in ("Svensson", "Haddad", "Holmqvist", "Andersson", "Al-Sayed"):
        assert secret not in raw
    # The case's hash key stays in the log: no record carries a key or salt to confirm a guess with.
    import sqlite3

    with sqlite3.connect(tmp / "log.sqlite") as con:
        keys = [row[0] for row in con.execute("SELECT salt FROM salts")]
    text = (tmp / "case.json").read_text(encoding="utf-8")
    assert keys and not any(k in text for k in keys) and '"salt"' not in text
    v = redact("audit", "verify", "--log", tmp / "log.sqlite", log=tmp / "log.sqlite")
    assert v.returncode == 0, v.stderr
    exported = redact("audit", "export", record["case"], "--log", tmp / "log.sqlite", log=tmp / "log.sqlite")
    entries = json.loads(exported.stdout)["entries"]
    kinds = [e["kind"] for e in entries]
    assert kinds[0] == "request_received" and kinds.count("finalised") == 6


def test_parallel_workers_give_the_same_outputs_in_the_same_order(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    people = ["Elias Lindgren", "Fatima Yilmaz", "Oskar Nyström"]
    for n, person in enumerate(people):
        (folder / f"{n}.txt").write_text(f"Anteckning om {person}, telefon 070-111 22 3{n}.\n", encoding="utf-8")
    runs = {}
    for jobs in ("1", "2"):
        r = redact("run", folder, "-o", tmp_path / f"ut{jobs}", "--jobs", jobs, log=tmp_path / "log.sqlite")
        assert r.returncode == 0, r.stderr
        runs[jobs] = json.loads((tmp_path / f"ut{jobs}" / "manifest.json").read_text(encoding="utf-8"))
    strip = lambda m: [(d["input"], d["output"], d["pages"], d["masks"]) for d in m["documents"]]  # noqa: E731
    assert strip(runs["1"]) == strip(runs["2"])
    for d, person in zip(runs["2"]["documents"], people):
        text = " ".join(pdftotext(tmp_path / "ut2" / d["output"]).split())
        assert "Anteckning om" in text and person.split()[1] not in text
    v = redact("audit", "verify", "--log", tmp_path / "log.sqlite", log=tmp_path / "log.sqlite")
    assert v.returncode == 0


def test_single_pdf_run_still_writes_one_file(tmp_path):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Klienten Tove Bergström bor här."]])
    r = redact("run", pdf, "-o", tmp_path / "out.pdf", log=tmp_path / "log.sqlite")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.pdf").is_file() and "Bergström" not in pdftotext(tmp_path / "out.pdf")
    assert "ärende" not in r.stdout  # the one-file summary, not a case


def test_a_folder_of_other_files_is_not_an_output_folder(tmp_path):
    (tmp_path / "ut").mkdir()
    (tmp_path / "ut" / "annat.txt").write_text("x")
    write_text_pdf(tmp_path / "in.pdf", [["Hej"]])
    r = redact("run", tmp_path / "in.pdf", tmp_path / "in.pdf", "-o", tmp_path / "ut", log=tmp_path / "log.sqlite")
    assert r.returncode == 2 and "redan andra filer" in r.stderr


def test_an_output_folder_inside_an_input_folder_is_refused(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Anteckning om Vera Blom.\n", encoding="utf-8")
    r = redact("run", tmp_path / "in", "-o", tmp_path / "in" / "ut", log=tmp_path / "log.sqlite")
    assert r.returncode == 2 and "indatamapp" in r.stderr and not (tmp_path / "in" / "ut").exists()


@pytest.mark.serial  # the worker must be forked by this process to inherit the patched converter
def test_a_converter_that_crashes_costs_only_its_document(tmp_path, monkeypatch):
    import signal
    import threading

    from redact.case import convert
    from redact.case.engine import LocalEngine
    from redact.case.runner import run_case
    from redact.pipeline import RunOptions

    real = convert.to_pdf

    def crashing(path, kind, workdir, name=None, office_timeout=None):
        if "krasch" in path.name:
            import faulthandler

            faulthandler.disable()  # no traceback dump from the dying child in the test output
            os.kill(os.getpid(), signal.SIGSEGV)  # as a converter library that dies on a hostile file
        return real(path, kind, workdir, name, office_timeout)

    monkeypatch.setattr(convert, "to_pdf", crashing)
    # with another thread here the worker would be forked by a forkserver, without the patch
    # (tests/test_ingest_bounded_threads.py covers crashes there)
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-krasch.txt").write_text("Anteckning om Wilma Forsberg.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Anteckning om Liam Dahlberg, telefon 070-333 44 55.\n", encoding="utf-8")
    engine = LocalEngine(1)
    try:
        run = run_case([folder], tmp_path / "ut", RunOptions(), engine=engine, out=io.StringIO())
    finally:
        engine.close()
    assert [r.status for r in run.results] == ["refused", "ok"]
    assert "krasch" in run.results[0].error
    assert "Dahlberg" not in pdftotext(run.results[1].output)
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == sorted([run.results[1].output.name, "manifest.json"])


def test_any_engine_that_returns_results_in_order_can_run_a_case(tmp_path):
    """The driver alone writes the audit log, in the order of the documents, whatever order the engine works in."""
    from redact.audit_log import AuditLog
    from redact.case.engine import process
    from redact.case.runner import run_case
    from redact.detect.engine import Detector
    from redact.pipeline import RunOptions

    class BackwardsEngine:
        """Works on the last document first (as a cluster may finish them), hands results back in order."""

        def __init__(self) -> None:
            self.order: list[int] = []

        def run(self, jobs):
            jobs = list(jobs)
            detector = Detector()
            done = {}
            for job in reversed(jobs):
                self.order.append(job.index)
                done[job.index] = process(job, detector)
            for job in jobs:
                yield done[job.index]

        def close(self) -> None:
            pass

    folder = tmp_path / "in"
    folder.mkdir()
    for n, who in enumerate(["Alice Nordin", "Bashir Ahmadi", "Clara Ek"]):
        (folder / f"{n}.txt").write_text(f"Anteckning om {who}.\n", encoding="utf-8")
    engine = BackwardsEngine()
    log = AuditLog(tmp_path / "log.sqlite")
    try:
        run = run_case([folder], tmp_path / "ut", RunOptions(), engine=engine, log=log, out=io.StringIO())
    finally:
        engine.close()
    # each document is detected, then rendered once the whole case is detected: the engine runs twice
    assert engine.order == [3, 2, 1, 3, 2, 1] and [r.index for r in run.results] == [1, 2, 3]
    added = [e.payload["document"]["sha256"] for e in log.entries(run.case) if e.kind == "document_added"]
    assert added == [_sha(folder / f"{n}.txt") for n in range(3)]
    log.verify()
