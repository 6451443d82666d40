"""One person, one click, in a real headless Chromium: the person's initials, e-mail, phone numbers in two formats
and address are masked by one "Mask all"; and the box label chosen for a case is still chosen after the case is
reopened and the server restarted."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from conftest import mupdf_text, pdftotext, write_text_pdf
from redact.review.accounts import Accounts
from redact.review.app import create_app
from redact.review.session import ReviewStore

CHROMIUM = Path("/usr/bin/chromium")
REVIEWER = "Leila Haddad"
PASSWORD = "ett långt lösenord för granskning"
LETTER = [
    "Klagomål på handläggningen",
    "Klagande: Mikael Sjöberg (MS)",
    "Storgatan 12",
    "972 31 Luleå",
    "E-post: mikael.sjoberg@example.se",
    "Telefon 070-174 06 77, mobil +46 70 174 06 77",
    "",
    "MS har hört av sig flera gånger om bygglovet.",
    "Handläggare: Tove Lindqvist",
]
SIGNED = ["Protokollet justerat.", "Justerandes signatur: MS"]
MIKAEL = ("Mikael Sjöberg", "MS", "Storgatan", "Luleå", "mikael.sjoberg", "070-174 06 77", "+46 70 174 06 77")

if os.environ.get("CI") != "true":
    sync_api = pytest.importorskip("playwright.sync_api")
    pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian package chromium is not installed (scripts/setup.sh)")
else:
    import playwright.sync_api as sync_api


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        try:
            yield b
        finally:
            b.close()


def _login(browser, base: str):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    pg.goto(f"{base}/login")
    pg.fill("input[name=name]", REVIEWER)
    pg.fill("input[name=password]", PASSWORD)
    pg.click("#login-form button[type=submit]")
    pg.wait_for_selector("#user")
    return context, pg


def _open(page, base: str, case_id: int) -> None:
    page.goto(f"{base}/cases/{case_id}")
    page.wait_for_function("() => document.getElementById('page-img').naturalWidth > 0")


def test_one_click_on_the_person_masks_initials_email_phones_and_address(tmp_path, browser, blank_detector):
    from redact.review.cli import background_server

    store = ReviewStore(tmp_path / "review.sqlite")
    case = store.create_case(request_id="GR-KLICK", received="2026-02-10")
    store.add_document(case.id, write_text_pdf(tmp_path / "klagomal.pdf", [LETTER]), blank_detector)
    store.add_document(case.id, write_text_pdf(tmp_path / "protokoll.pdf", [SIGNED]), blank_detector)
    Accounts(store.store).add(REVIEWER, "admin", PASSWORD)
    person = next(s for s in store.subjects(case.id) if s.label == "Mikael Sjöberg")
    members = [store.finding(case.id, i) for i in person.finding_ids]
    texts = " ".join(f.text for f in members)
    assert all(part in texts for part in MIKAEL), texts  # everything that identifies him is in his group
    assert {f.category for f in members} == {"PERSON", "ADDRESS", "EMAIL", "PHONE"}
    assert {f.document_id for f in members} == {d.id for d in store.documents(case.id)}  # the signature too
    with background_server(create_app(store, lambda: blank_detector), threads=2) as port:
        base = f"http://127.0.0.1:{port}"
        context, page = _login(browser, base)
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        _open(page, base, case.id)
        row = page.locator(f'#list li.subject[data-subject="{person.id}"]')
        assert row.locator(".subject-label").text_content() == "Mikael Sjöberg"
        row.locator("button.accept").click()  # the one click
        for f in members:
            if f.document_id == members[0].document_id:
                page.wait_for_selector(f'#overlay .box.masked[data-finding="{f.id}"]')
        state = page.request.get(f"{base}/api/cases/{case.id}").json()  # the API the screen reads
        decided = {f["id"]: f["state"] for f in state["findings"]}
        assert {decided[f.id] for f in members} == {"masked"}
        context.close()
        assert errors == []
    # Decided as masks, every one of them, in the database.
    assert {store.finding(case.id, f.id).state for f in members} == {"masked"}
    # The case officer is released; the output shows her and none of what identifies him.
    tove = next(s for s in store.subjects(case.id) if s.label == "Tove Lindqvist")
    store.decide_subject(case.id, tove.id, "rejected", REVIEWER, {i: store.finding(case.id, i).version for i in tove.finding_ids})
    store.finalise(case.id, REVIEWER)
    for doc in store.documents(case.id):
        for text in (pdftotext(doc.output), mupdf_text(doc.output)):
            assert not [part for part in MIKAEL if part in text], text
    assert "Tove Lindqvist" in pdftotext(store.documents(case.id)[0].output)


def test_box_label_is_shown_after_reopening_and_a_server_restart(tmp_path, browser, blank_detector):
    from redact.review.cli import background_server

    store = ReviewStore(tmp_path / "review.sqlite")
    case = store.create_case(request_id="GR-ETIKETT", received="2026-02-11")
    store.add_document(case.id, write_text_pdf(tmp_path / "brev.pdf", [LETTER[:2]]), blank_detector)
    Accounts(store.store).add(REVIEWER, "admin", PASSWORD)
    with background_server(create_app(store, lambda: blank_detector), threads=2) as port:
        base = f"http://127.0.0.1:{port}"
        context, page = _login(browser, base)
        _open(page, base, case.id)
        page.select_option("#box-label", "ground")
        page.wait_for_selector("#toast >> text=Rutornas text är vald")
        store.finalise(case.id, REVIEWER, accept_all_pending=True)
        page.goto(f"{base}/cases")
        page.click(f'button.reopen[data-case="{case.id}"]')
        page.wait_for_url(re.compile(r"/cases/\d+$"))
        context.close()
    new = next(c for c in store.cases() if c.previous_id == case.id)
    # A new server on the same database: the reopened case still says "legal ground" in its boxes.
    again = ReviewStore(tmp_path / "review.sqlite")
    with background_server(create_app(again, lambda: blank_detector), threads=2) as port:
        base = f"http://127.0.0.1:{port}"
        context, page = _login(browser, base)
        _open(page, base, new.id)
        assert page.input_value("#box-label") == "ground"
        context.close()
    again.finalise(new.id, REVIEWER, accept_all_pending=True)
    text = pdftotext(again.documents(new.id)[0].output)
    assert "OSL" in text and "Mikael" not in text
