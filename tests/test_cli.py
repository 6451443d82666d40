"""CLI contract: subcommands, exit codes, one-line errors, no output left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import mupdf_text, pdftotext, write_text_pdf

ROOT = Path(__file__).resolve().parents[1]


def redact(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    env.pop("REDACT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "redact.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=300)


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    good = write_text_pdf(tmp / "good.pdf", [["Klienten Anna Svensson"]])
    notpdf = tmp / "notpdf.pdf"
    notpdf.write_text("Detta är ingen PDF.")
    truncated = tmp / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[:200])
    encrypted = tmp / "encrypted.pdf"
    with pymupdf.open(good) as d:
        d.save(encrypted, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    empty = tmp / "empty.pdf"
    empty.write_bytes(b"")
    folder = tmp / "folder.pdf"
    folder.mkdir()
    return {"not a PDF": notpdf, "truncated": truncated, "encrypted": encrypted, "empty": empty, "directory": folder, "missing": tmp / "missing.pdf"}


@pytest.mark.parametrize("cmd", ["run", "apply"])
def test_bad_inputs_give_one_line_exit_2_and_no_output(tmp_path, cmd):
    findings = tmp_path / "f.json"
    findings.write_text('{"findings": []}')
    for what, path in _bad_inputs(tmp_path).items():
        out = tmp_path / f"out-{cmd}.pdf"
        args = [cmd, path, findings, "-o", out] if cmd == "apply" else [cmd, path, "-o", out]
        r = redact(*args)
        assert r.returncode == 2, (what, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in r.stderr, (what, r.stderr)
        assert not out.exists(), what
        assert not list(tmp_path.glob(".out-*")), what


def test_usage_errors_are_one_line(tmp_path):
    r = redact("run")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    r = redact("frobnicate")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_malformed_findings_file(tmp_path):
    pdf = write_text_pdf(tmp_path / "a.pdf", [["Hej"]])
    bad = tmp_path / "f.json"
    bad.write_text('{"findings": [{"page": 9, "rects": [[0,0,1,1]]}]}')
    r = redact("apply", pdf, bad, "-o", tmp_path / "o.pdf")
    assert r.returncode == 2 and "sidan" in r.stderr and not (tmp_path / "o.pdf").exists()


def test_detect_txt_to_stdout(tmp_path):
    txt = tmp_path / "brev.txt"
    txt.write_text("Klientens personnummer är 19811218-9876 och telefon 070-123 45 67.\n", encoding="utf-8")
    r = redact("detect", txt)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["document"]["pages"] == 1 and data["document"]["name"] == "brev.txt"
    cats = {(f["category"], f["text"]) for f in data["findings"]}
    assert ("PERSONNUMMER", "19811218-9876") in cats
    assert ("PHONE", "070-123 45 67") in cats
    for f in data["findings"]:
        assert f["rects"] == [] and f["status"] == "proposed" and f["page"] == 1
        assert txt.read_text(encoding="utf-8")[f["start"] : f["end"]] == f["text"]


def test_detect_edit_apply_round_trip(tmp_path):
    pdf = write_text_pdf(
        tmp_path / "in.pdf",
        [["Handläggare: Karin Lindqvist", "Klient: Omar Haddad, telefon 070-123 45 67", "Ärendet gäller bostad."]],
    )
    before = pdf.read_bytes()
    found = tmp_path / "f.json"
    r = redact("detect", pdf, "-o", found)
    assert r.returncode == 0, r.stderr
    data = json.loads(found.read_text(encoding="utf-8"))
    phone = [f for f in data["findings"] if f["category"] == "PHONE"]
    assert phone and phone[0]["rects"]
    # A reviewer rejects the phone number and draws a mask over "bostad" by hand.
    for f in data["findings"]:
        if f["category"] == "PHONE":
            f["status"] = "rejected"
    with pymupdf.open(pdf) as d:
        (w,) = [w for w in d[0].get_text("words") if w[4] == "bostad."]
    data["findings"].append({"page": 1, "rects": [list(w[:4])]})
    found.write_text(json.dumps(data), encoding="utf-8")
    out, audit = tmp_path / "out.pdf", tmp_path / "audit.json"
    r = redact("apply", pdf, found, "-o", out, "--audit", audit)
    assert r.returncode == 0, r.stderr
    for text in (mupdf_text(out), pdftotext(out)):
        assert "070-123 45 67" in text  # rejected: stays readable
        assert "bostad" not in text
        assert "Omar" not in text and "Haddad" not in text
    assert pdf.read_bytes() == before
    record = json.loads(audit.read_text(encoding="utf-8"))
    assert record["verification"]["ok"] is True
    assert "manual" in {m["decision"] for m in record["masks"]}
    assert "Omar" not in audit.read_text(encoding="utf-8")


def test_run_writes_verified_output_and_audit(tmp_path):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Närvarande: Sara Nilsson, Ahmed Yusuf", "Sara Nilssons förslag antogs."], ["Kontakt: sara.nilsson@example.se"]])
    out, audit = tmp_path / "out.pdf", tmp_path / "audit.json"
    r = redact("run", pdf, "-o", out, "--audit", audit, "--label", "category")
    assert r.returncode == 0, r.stderr
    assert "PERSON" in r.stdout and str(out) in r.stdout
    for text in (mupdf_text(out), pdftotext(out)):
        for secret in ("Sara", "Nilsson", "Ahmed", "Yusuf", "sara.nilsson@example.se"):
            assert secret not in text
        assert "Närvarande" in text and "förslag antogs" in text
    record = json.loads(audit.read_text(encoding="utf-8"))
    assert record["input"]["sha256"] and record["output"]["sha256"] and "salt" not in record
    assert {m["decision"] for m in record["masks"]} == {"auto-accepted"}
    raw = audit.read_text(encoding="utf-8")
    assert "Nilsson" not in raw and "Yusuf" not in raw
    assert not list(tmp_path.glob(".out.pdf*"))


def test_output_may_not_overwrite_input(tmp_path):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Hej Anna Berg"]])
    before = pdf.read_bytes()
    r = redact("run", pdf, "-o", pdf)
    assert r.returncode == 2 and pdf.read_bytes() == before


@pytest.mark.parametrize("option", ["--page-seconds", "--memory-mb", "--max-pages"])
def test_run_refuses_a_limit_that_admits_nothing_and_names_it(tmp_path, option):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Hej Anna Berg"]])
    r = redact("run", pdf, "-o", tmp_path / "out.pdf", option, "0")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith(f": {option} måste vara större än noll")
    assert not (tmp_path / "out.pdf").exists()


def test_verification_failure_exits_3_and_leaves_nothing(tmp_path):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Klienten Anna Berg bor här."]])
    text = "Klienten Anna Berg bor här.\n"
    start = text.index("Anna Berg")
    # A finding whose rectangle misses the text it names: rendering removes nothing, verification must notice.
    bad = {"findings": [{"id": "f1", "page": 1, "start": start, "end": start + 9, "text": "Anna Berg", "category": "PERSON", "score": 0.9, "detector": "names", "rects": [[300, 700, 400, 720]], "status": "accepted"}]}
    found = tmp_path / "f.json"
    found.write_text(json.dumps(bad), encoding="utf-8")
    out = tmp_path / "out.pdf"
    r = redact("apply", pdf, found, "-o", out)
    assert r.returncode == 3, r.stderr
    assert "sida 1" in r.stderr and "PERSON" in r.stderr and "Anna" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob(".out.pdf*"))


def test_the_progress_bars_start_no_thread(monkeypatch):
    # a second thread would keep the next document's bounded worker from being forked by this process
    import io
    import threading

    from redact.cli import _ProgressBar
    from redact.cli_lang import Messages

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    bar = _ProgressBar(Messages("sv"))
    for page in range(1, 4):
        bar("detect", page, 3)
    assert "/3 " in sys.stderr.getvalue()  # the bar was drawn on the terminal
    bar.close()
    assert "tqdm_monitor" not in {t.name for t in threading.enumerate()}
