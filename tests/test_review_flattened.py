"""The review app shows the document detection read: fields and printed annotations baked in; no flattened copy left behind."""

from __future__ import annotations

import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pymupdf

import pdf_builders as b
from redact.review import accounts as accounts_module
from redact.review.accounts import Accounts
from redact.review.app import create_app
from redact.review.session import ReviewStore

NAME = "Hassan Yilmaz"
ACTION = "Tillbyggnad av carport"
NOTE_RECT = (72.0, 200.0, 400.0, 230.0)
FIELD_RECT = (200.0, 300.0, 450.0, 314.0)
PASSWORD = "ett långt lösenord 42"
NOTE_TEXT = "Ring Miriam Goldberg om ritningen"


def _printed_form(path: Path) -> Path:
    """A statement with a comment that is printed but not shown on screen, and a filled form field."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Yttrande över ansökan om bygglov", "Nämnden har inget att invända."], y=100)
    note = page.add_freetext_annot(pymupdf.Rect(NOTE_RECT), f"Kontakta {NAME} före beslut", fontsize=11)
    note.set_flags(pymupdf.PDF_ANNOT_IS_NO_VIEW | pymupdf.PDF_ANNOT_IS_PRINT)  # a registry's print-only remark
    note.update()
    page.insert_text((72, 310), "Åtgärd:", fontsize=10)
    w = pymupdf.Widget()
    w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    w.field_name = "atgard"
    w.field_value = ACTION
    w.text_fontsize = 10
    w.rect = pymupdf.Rect(FIELD_RECT)
    page.add_widget(w)
    sticky = page.add_text_annot((500, 400), NOTE_TEXT)  # a comment that never prints: listed, not disclosed
    sticky.set_info(title="Registrator")
    sticky.update()
    return b.save(doc, path)


def _ink(png: bytes, rect: tuple[float, float, float, float], zoom: float = 2.0) -> int:
    pix = pymupdf.Pixmap(png)
    a = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width, pix.n)
    x0, y0, x1, y1 = (int(v * zoom) for v in rect)
    return int((a[y0:y1, x0:x1, :3].min(axis=2) < 128).sum())


def test_page_images_and_previews_show_what_detection_read(tmp_path: Path, blank_detector, monkeypatch) -> None:
    monkeypatch.setattr(accounts_module, "_N", 2**10)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    store = ReviewStore(tmp_path / "review.sqlite")
    case = store.create_case(request_id="BN-2026-114", received="2026-03-02", profile="default")
    doc = store.add_document(case.id, _printed_form(tmp_path / "yttrande.pdf"), blank_detector)
    found = [f for f in store.findings(case.id) if NAME in f.text]
    assert found, "detection reads the printed comment"
    Accounts(store.store).add("Sofia Lind", "granskare", PASSWORD)
    client = create_app(store, lambda: blank_detector).test_client()
    assert client.post("/login", data={"name": "Sofia Lind", "password": PASSWORD}).status_code == 303

    # The page the reviewer sees carries the comment the masks are drawn over, not an empty space.
    r = client.get(f"/api/cases/{case.id}/documents/{doc.id}/pages/1.png?zoom=2")
    assert r.status_code == 200
    assert _ink(r.data, NOTE_RECT) > 300
    # The preview is what will be disclosed: the field's value stays, the name is under its box.
    r = client.get(f"/api/cases/{case.id}/documents/{doc.id}/pages/1/preview.png?zoom=2")
    assert r.status_code == 200
    assert _ink(r.data, FIELD_RECT) > 100

    # The comment that never shows is listed beside the pages, with its text and where it is.
    notes = client.get(f"/api/cases/{case.id}").get_json()["notes"]
    assert [(n["document"], n["page"], n["kind"], n["author"]) for n in notes] == [(doc.id, 1, "comment", True)]
    assert NOTE_TEXT in notes[0]["text"] and notes[0]["label"] == "kommentar"

    # The flattened copy is private to the case, and nothing is left in the temporary folder.
    copies = list((store.case_dir(case.id) / "visning").iterdir())
    assert sorted(c.name for c in copies) == [f"{doc.sha256}.notes.json", f"{doc.sha256}.pdf"]
    assert all(stat.S_IMODE(c.stat().st_mode) == 0o600 for c in copies)
    assert stat.S_IMODE(copies[0].parent.stat().st_mode) == 0o700
    assert list(scratch.iterdir()) == []


_KILLED_WORKER = """
import os, signal, sys
from pathlib import Path
import redact.pipeline as pipeline
from redact.errors import RedactError
from redact.ingest.pdf import describe_pdf

parent = os.getpid()

def killed(flat, *args, **kwargs):
    # The worker holds the flattened copy now; it is stopped the hard way, as its time bound would.
    if os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)
    print("not isolated")
    sys.exit(3)

pipeline._apply_flattened = killed
src, out = Path(sys.argv[1]), Path(sys.argv[2])
try:
    pipeline.apply_findings(src, describe_pdf(src), [], out, options=pipeline.RunOptions(ocr=False))
except RedactError as err:
    print("stopped:", type(err).__name__)
"""


def test_a_killed_worker_leaves_no_flattened_copy(tmp_path: Path) -> None:
    # Its own process: a bounded run forks a worker only when no other thread is running.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    src, out = _printed_form(tmp_path / "yttrande.pdf"), tmp_path / "ut.pdf"
    root = Path(__file__).resolve().parents[1]
    r = subprocess.run([sys.executable, "-c", _KILLED_WORKER, str(src), str(out)], capture_output=True, text=True,
                       cwd=root, timeout=120,
                       env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "TMPDIR": str(scratch)})
    assert r.returncode == 0 and r.stdout.startswith("stopped:"), (r.stdout, r.stderr)
    assert list(scratch.iterdir()) == []
    assert not out.exists()
