"""The review app takes what `redact run` takes: e-mail (with attachments), Outlook, office files, images, text, zip."""

from __future__ import annotations

import io
import shutil
import struct
import threading
import zlib
from contextlib import contextmanager
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest

from conftest import pdftotext
from msg_writer import write_msg
from redact.ingest.guard import Limits
from redact.review import accounts as accounts_module
from redact.review.accounts import Accounts
from redact.review.app import WRITE_HEADER, create_app
from review_stores import BACKENDS, make_store

REVIEWER = "Karin Granskare"
PASSWORD = "rätt häst batteri häftklammer"
H = {WRITE_HEADER: "1"}


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    monkeypatch.setattr(accounts_module, "_N", 2**10)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    return make_store(request.param, tmp_path, request)


@pytest.fixture()
def client(store, blank_detector):
    Accounts(store.store).add(REVIEWER, "admin", PASSWORD)
    client = create_app(store, lambda: blank_detector).test_client()
    assert client.post("/login", data={"name": REVIEWER, "password": PASSWORD}).status_code == 303
    return client


def _upload(client, case_id: int, data: bytes, name: str):
    return client.post(f"/api/cases/{case_id}/documents", data={"file": (io.BytesIO(data), name)}, headers=H,
                       content_type="multipart/form-data")


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Yttrande i ärendet.")
    d.add_paragraph("Farida Rahimi har tagit del av beslutet och har inget att tillägga.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _email_with_word_attachment() -> bytes:
    m = EmailMessage()
    m["From"] = "Sara Nilsson <sara.nilsson@example.se>"
    m["To"] = "Farida Rahimi <farida.rahimi@example.com>"
    m["Subject"] = "Yttrande från Farida Rahimi"
    m["Date"] = "Tue, 03 Mar 2026 10:15:00 +0100"
    m.set_content("Hej!\n\nHär är yttrandet från Farida Rahimi.\n")
    m.add_attachment(_docx(), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="yttrande.docx")
    return bytes(m)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saknas (scripts/setup.sh installerar den)")
def test_an_email_with_a_word_attachment_becomes_two_reviewable_documents(client, store):
    cid = store.create_case(request_id="BEG-EML", profile="socialtjanst").id
    mail = _email_with_word_attachment()
    r = _upload(client, cid, mail, "post.eml")
    assert r.status_code == 201, r.get_json()
    docs = r.get_json()["documents"]
    assert [(d["name"], d["kind"]) for d in docs] == [("post.eml.pdf", "email"), ("yttrande.docx.pdf", "office")]
    assert docs[0]["parent"] is None and docs[1]["parent"] == docs[0]["id"]  # the attachment under its e-mail
    state = client.get(f"/api/cases/{cid}").get_json()
    assert [d["parent"] for d in state["documents"]] == [None, docs[0]["id"]]
    attachment = docs[1]["id"]
    png = client.get(f"/api/cases/{cid}/documents/{attachment}/pages/1.png")
    assert png.status_code == 200 and png.data[:8] == b"\x89PNG\r\n\x1a\n"
    found = {(f["document"], f["text"]) for f in state["findings"]}
    assert (attachment, "Farida Rahimi") in found and (docs[0]["id"], "Farida Rahimi") in found
    # the same e-mail again is one the case already has
    again = _upload(client, cid, mail, "post.eml")
    assert again.status_code == 400 and "finns redan" in again.get_json()["error"]
    r = client.post(f"/api/cases/{cid}/finalise", json={"accept_all_pending": True}, headers=H)
    assert r.status_code == 200, r.get_json()
    outputs = r.get_json()["outputs"]
    assert len(outputs) == 2
    for out in outputs:
        pdf = client.get(f"/api/cases/{cid}/outputs/{out['output']}")
        with pymupdf.open(stream=pdf.data, filetype="pdf") as d:
            text = " ".join("".join(p.get_text() for p in d).split())
        assert "Rahimi" not in text
    assert "yttrandet" in text or "Yttrande" in text  # the attachment's own text is there, not a blank page


def test_an_outlook_message_and_other_formats_are_accepted_and_unknown_ones_refused(client, store, tmp_path):
    cid = store.create_case(request_id="BEG-MSG", profile="socialtjanst").id
    msg = tmp_path / "post.msg"
    write_msg(msg, sender=("Sara Nilsson", "sara.nilsson@example.se"), to=[("Jonas Berg", "jonas.berg@example.com")],
              subject="Samtal med Jonas Berg", body="Jonas Berg ringde om beslutet.\n",
              date="Tue, 03 Mar 2026 10:15:00 +0100",
              attachments=[("anteckning.txt", "text/plain", "Anteckning: Jonas Berg nås på 070-765 43 21.\n".encode())])
    r = _upload(client, cid, msg.read_bytes(), "post.msg")
    assert r.status_code == 201, r.get_json()
    docs = r.get_json()["documents"]
    assert [(d["name"], d["kind"], d["parent"]) for d in docs] == [
        ("post.msg.pdf", "email", None), ("anteckning.txt.pdf", "text", docs[0]["id"])]
    stored = [d.path for d in store.documents(cid)]
    assert all(p.suffix == ".pdf" for p in stored)
    assert "Jonas Berg" in pdftotext(stored[1])  # the converted attachment is what is reviewed
    r = _upload(client, cid, "Jonas Berg ringde igen.\n".encode(), "notering.txt")
    assert r.status_code == 201 and r.get_json()["document"]["kind"] == "text"
    r = _upload(client, cid, b"MZ\x90\x00", "program.exe")
    assert r.status_code == 400 and "Filformatet kan inte läsas" in r.get_json()["error"]
    assert len(store.documents(cid)) == 3
    assert not [p for p in (store.case_dir(cid) / "uppladdning").rglob("*") if p.is_file()]  # no upload left behind


@contextmanager
def _request_thread_beside():
    """A thread like the server's request threads: the process must not fork itself while it runs."""
    stop = threading.Event()
    beside = threading.Thread(target=stop.wait, daemon=True)
    beside.start()
    try:
        yield
    finally:
        stop.set()
        beside.join()


def _blank_png(width: int, height: int) -> bytes:
    """A white RGB PNG of the given size: a few hundred kB that decode to width*height*3 bytes."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    pack = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * (3 * width)
    idat = b"".join(pack.compress(row) for _ in range(height)) + pack.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_an_uploaded_image_is_decoded_within_the_servers_memory_limit_not_in_the_server(client, store):
    # 12000 x 12000 pixels decode to 432 MB: in the server's own process that memory was the server's
    store.limits = Limits(memory_mb=200)
    cid = store.create_case(request_id="BEG-BILD").id
    with _request_thread_beside():
        r = _upload(client, cid, _blank_png(12000, 12000), "skanning.png")
    assert r.status_code == 400, r.get_json()
    assert "skanning.png" in r.get_json()["error"] and "minne" in r.get_json()["error"] and "200 MB" in r.get_json()["error"]
    assert store.documents(cid) == []
    assert not [p for p in (store.case_dir(cid) / "uppladdning").rglob("*") if p.is_file()]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice saknas (scripts/setup.sh installerar den)")
def test_an_office_attachment_converts_in_a_bounded_worker_beside_request_threads(client, store):
    cid = store.create_case(request_id="BEG-TRAD", profile="socialtjanst").id
    with _request_thread_beside():
        r = _upload(client, cid, _email_with_word_attachment(), "post.eml")
    assert r.status_code == 201, r.get_json()
    assert [d["kind"] for d in r.get_json()["documents"]] == ["email", "office"]
    assert "Farida Rahimi" in pdftotext(store.documents(cid)[1].path)


def test_the_case_page_offers_every_format_and_takes_dropped_files(client, store):
    cid = store.create_case(request_id="BEG-PAGE").id
    page = client.get(f"/cases/{cid}").get_data(as_text=True)
    for suffix in (".eml", ".msg", ".docx", ".xlsx", ".odt", ".jpg", ".png", ".tif", ".txt", ".zip", ".pdf"):
        assert suffix in page.split('id="upload"')[1].split(">")[0], suffix
    assert 'id="drop-hint"' in page


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian package chromium is not installed (scripts/setup.sh)")
def test_picked_and_dropped_files_in_chromium(tmp_path, blank_detector):
    """The file picker takes an Outlook message (its attachment listed under it); a file dropped on the page is added."""
    sync_api = pytest.importorskip("playwright.sync_api")
    from conftest import write_text_pdf
    from redact.review.cli import background_server

    store = make_store("sqlite", tmp_path)
    case = store.create_case(request_id="BEG-DROP", profile="socialtjanst")
    store.add_document(case.id, write_text_pdf(tmp_path / "beslut.pdf", [["Beslut om bistånd till Anna Svensson."]]),
                       blank_detector)
    Accounts(store.store).add(REVIEWER, "admin", PASSWORD)
    msg = tmp_path / "post.msg"
    write_msg(msg, sender=("Sara Nilsson", "sara.nilsson@example.se"), to=[("Jonas Berg", "jonas.berg@example.com")],
              subject="Samtal med Jonas Berg", body="Jonas Berg ringde om beslutet.\n",
              date="Tue, 03 Mar 2026 10:15:00 +0100",
              attachments=[("anteckning.txt", "text/plain", "Jonas Berg nås på 070-765 43 21.\n".encode())])
    with background_server(create_app(store, lambda: blank_detector), threads=2) as port, \
            sync_api.sync_playwright() as p:
        base = f"http://127.0.0.1:{port}"
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                          "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.set_default_timeout(30_000)
            page.goto(f"{base}/login")
            page.fill("input[name=name]", REVIEWER)
            page.fill("input[name=password]", PASSWORD)
            page.click("#login-form button[type=submit]")
            page.wait_for_selector("#user")
            page.goto(f"{base}/cases/{case.id}")
            page.wait_for_function("() => document.querySelectorAll('#doc-select option').length === 1")
            page.set_input_files("#upload", str(msg))
            page.wait_for_function("() => document.querySelectorAll('#doc-select option').length === 3")
            options = page.locator("#doc-select option").all_inner_texts()
            assert options[1].startswith("post.msg.pdf") and "↳ anteckning.txt.pdf" in options[2]
            page.evaluate("""() => {
                const dt = new DataTransfer();
                dt.items.add(new File(["Jonas Berg ringde igen."], "notering.txt", { type: "text/plain" }));
                document.getElementById("viewport").dispatchEvent(
                    new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
            }""")
            page.wait_for_function("() => document.querySelectorAll('#doc-select option').length === 4")
            assert page.locator("#doc-select option").all_inner_texts()[3].startswith("notering.txt.pdf")
            assert errors == []
        finally:
            browser.close()
    assert [d.kind for d in store.documents(case.id)] == ["pdf", "email", "text", "text"]
