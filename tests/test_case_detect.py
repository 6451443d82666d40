"""`redact detect` on every format: the input is converted to PDF and the findings refer to its pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pymupdf

from conftest import mupdf_text, pdftotext

ROOT = Path(__file__).resolve().parents[1]


def redact(*args: object) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    env.pop("REDACT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "redact.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=300)


def test_detect_an_email_then_apply_the_findings_to_the_kept_pdf(tmp_path):
    m = EmailMessage()
    m["From"] = "Hanna Virtanen <hanna.virtanen@example.fi>"
    m["To"] = "registrator@example.se"
    m["Subject"] = "Fråga om Ibrahim Osman"
    m.set_content("Hej,\n\nIbrahim Osman nås på 072-345 67 89.\n")
    eml = tmp_path / "fraga.eml"
    eml.write_bytes(bytes(m))
    found, pdf, out = tmp_path / "f.json", tmp_path / "fraga.pdf", tmp_path / "ut.pdf"
    r = redact("detect", eml, "-o", found, "--converted", pdf)
    assert r.returncode == 0, r.stderr
    data = json.loads(found.read_text(encoding="utf-8"))
    assert data["document"]["name"] == "fraga.pdf" and data["document"]["pages"] == 1
    texts = {f["text"] for f in data["findings"]}
    assert {"Hanna Virtanen", "Ibrahim Osman", "072-345 67 89"} <= texts
    assert all(f["page"] == 1 and f["rects"] for f in data["findings"])
    r = redact("apply", pdf, found, "-o", out)
    assert r.returncode == 0, r.stderr
    for text in (mupdf_text(out), pdftotext(out)):
        flat = " ".join(text.split())
        for secret in ("Virtanen", "Osman", "072-345 67 89", "hanna.virtanen@example.fi"):
            assert secret not in flat
        assert "nås på" in flat


def test_detect_an_image_reads_it_as_a_scanned_page(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Intyg för Leila Karimi", fontsize=16)
    png = tmp_path / "intyg.png"
    page.get_pixmap(dpi=200).save(png)
    r = redact("detect", png)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    person = [f for f in data["findings"] if f["category"] == "PERSON"]
    assert person and "Karimi" in " ".join(f["text"] for f in person) and person[0]["rects"]
    assert "konverterade PDF-filens sidor" in r.stderr


def test_detect_refuses_folders_formats_and_archives_in_one_line(tmp_path):
    (tmp_path / "x.zip").write_bytes(b"PK")
    (tmp_path / "x.exe").write_bytes(b"MZ")
    for bad in ("x.zip", "x.exe"):
        r = redact("detect", tmp_path / bad)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
