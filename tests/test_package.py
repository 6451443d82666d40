"""`redact package`: the redacted PDFs exactly as written, the decision letter and the audit export in one zip;
an output that changed since it was logged is refused."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import mupdf_text, pdftotext, write_text_pdf
from redact.audit_log import AuditLog

ROOT = Path(__file__).resolve().parents[1]
CASE = "BN 2026/41"


def _redact(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "redact.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_package_of_run_outputs_and_a_changed_file_is_refused(tmp_path):
    log = tmp_path / "audit.sqlite"
    outs = []
    for name, lines in (("beslut.pdf", ["Sökande: Leila Haddad, tel 070-174 06 77", "Ärendet gäller bygglov."]),
                        ("yttrande.pdf", ["Grannen Mikael Sjöberg har inget att invända.", "Yttrandet kom in i tid."])):
        out = tmp_path / f"maskerad-{name}"
        r = _redact("run", write_text_pdf(tmp_path / name, [lines]), "-o", out, "--case", CASE, "--log", log)
        assert r.returncode == 0, r.stderr
        outs.append(out)
    zpath = tmp_path / "paket.zip"
    r = _redact("package", CASE, "-o", zpath, "--log", log)
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(zpath) as zf:
        names = set(zf.namelist())
        assert names == {"handlingar/maskerad-beslut.pdf", "handlingar/maskerad-yttrande.pdf", "beslut.pdf", "granskningslogg.json"}
        for out in outs:  # exactly as written and verified
            assert zf.read(f"handlingar/{out.name}") == out.read_bytes()
        export = json.loads(zf.read("granskningslogg.json"))
        letter = tmp_path / "brev.pdf"
        letter.write_bytes(zf.read("beslut.pdf"))
    assert export["case"] == CASE and export["chain"]["verified"]
    logged = {e["payload"]["output"]["sha256"] for e in export["entries"] if e["kind"] == "finalised"}
    assert logged == {hashlib.sha256(o.read_bytes()).hexdigest() for o in outs}
    for text in (mupdf_text(letter), pdftotext(letter)):
        assert CASE in text and "Leila" not in text and "Sjöberg" not in text
    # One byte changed after the log: refused, one line, nothing written.
    with outs[1].open("ab") as fh:
        fh.write(b"\n%")
    again = tmp_path / "paket2.zip"
    r = _redact("package", CASE, "-o", again, "--log", log)
    assert r.returncode == 2 and "har ändrats" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not again.exists() and not list(tmp_path.glob(".paket-*"))
    assert _redact("package", "finns-inte", "-o", again, "--log", log).returncode == 2


def test_package_of_a_case_finalised_in_the_review_app(tmp_path, blank_detector):
    from redact.package import write_package
    from redact.review.session import ReviewStore

    audit = AuditLog(tmp_path / "audit.sqlite")
    store = ReviewStore(tmp_path / "review.sqlite", audit_log=audit)
    case = store.create_case(request_id="BEG-PAKET", received="2026-02-02", profile="socialtjanst")
    store.add_document(case.id, write_text_pdf(tmp_path / "anteckning.pdf", [["Nadia Karimi ringde om bidraget."]]), blank_detector)
    result = store.finalise(case.id, "Karin Granskare", accept_all_pending=True)
    pkg = write_package(audit, "BEG-PAKET", tmp_path / "paket.zip")
    with zipfile.ZipFile(pkg.path) as zf:
        assert zf.read(f"handlingar/{result.outputs[0].output.name}") == result.outputs[0].output.read_bytes()
        assert "beslut.pdf" in zf.namelist()
