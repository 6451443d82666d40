"""End to end in a real headless Chromium (Debian's chromium driven by Playwright; no browser download).

Log in, open a case, reject one subject, draw a manual mask over a line, change a
legal ground, finalise; then check the output PDF and the audit record, and
that the server log holds no masked text, and that the finalised case is locked. Screenshots of the main screen go
to the test's temporary folder, or to $REDACT_SCREENSHOTS when set
(`REDACT_SCREENSHOTS=docs/screenshots` refreshes the ones in the README).
"""

from __future__ import annotations

import os

import json
import logging
from pathlib import Path

import pymupdf
import pytest

from conftest import mupdf_text, pdftotext, write_text_pdf
from redact.audit_log import AuditLog
from redact.review.accounts import Accounts
from redact.review.app import create_app
from redact.review.session import ReviewStore

CHROMIUM = Path("/usr/bin/chromium")
REVIEWER = "Karin Granskare"
PASSWORD = "ett långt lösenord för test"
CHEF = "Nils Beslutsfattare"
LINES = [
    "Beslut om ekonomiskt bistånd",
    "Anna Svensson bor på Storgatan 12 i Umeå.",
    "Handläggare: Per Olsson, tel 070-123 45 67",
    "Anna Svensson har ansökt om ekonomiskt bistånd.",
    "Motiveringen gäller hyran för lägenheten på Lillgatan.",
    "Beslutet kan överklagas.",
]

# In CI (CI=true) a missing browser is a failure, not a skip: scripts/setup.sh installs it.
if os.environ.get("CI") != "true":
    sync_api = pytest.importorskip("playwright.sync_api")
    pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian package chromium is not installed (scripts/setup.sh)")
else:
    import playwright.sync_api as sync_api


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture()
def server(tmp_path, blank_detector):
    store = ReviewStore(tmp_path / "review.sqlite", audit_log=AuditLog(tmp_path / "audit.sqlite"))
    case = store.create_case(request_id="BEG-E2E", received="2025-03-01", diarienummer="SN 2025/77", profile="socialtjanst")
    pdf = write_text_pdf(tmp_path / "beslut.pdf", [LINES, ["Anna Svensson ringde igen den 3 mars."]])
    doc = store.add_document(case.id, pdf, blank_detector)
    Accounts(store.store).add(REVIEWER, "admin", PASSWORD)
    Accounts(store.store).add(CHEF, "beslutsfattare", PASSWORD)
    from redact.review.cli import background_server

    collect = _Collect()
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(collect)
    app = create_app(store, lambda: blank_detector)
    try:
        with background_server(app, threads=4) as port:
            yield store, case, doc, f"http://127.0.0.1:{port}", collect
    finally:
        root.removeHandler(collect)
        root.setLevel(old_level)


def _line_rect(pdf: Path, text: str) -> tuple[float, float, float, float]:
    with pymupdf.open(pdf) as d:
        hits = d[0].search_for(text)
    assert hits, text
    r = hits[0]
    return (r.x0, r.y0, r.x1, r.y1)


def test_review_in_chromium(server, tmp_path):
    # A test run must not change tracked files: screenshots go to a temporary folder by default.
    shots = Path(os.environ.get("REDACT_SCREENSHOTS") or tmp_path / "screenshots")
    store, case, doc, base, collect = server
    shots.mkdir(parents=True, exist_ok=True)
    per = next(s for s in store.subjects(case.id) if s.label == "Per Olsson")
    addr = next(f for f in store.findings(case.id) if f.text == "Storgatan 12")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run"],
        )
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.set_default_timeout(10_000)
            # Nothing without a session: the API answers 401 and a page sends the browser to the login.
            assert page.request.get(f"{base}/api/cases/{case.id}").status == 401
            page.goto(f"{base}/cases/{case.id}")
            assert page.url.endswith("/login")
            page.fill("input[name=name]", REVIEWER)
            page.fill("input[name=password]", "fel lösenord här")
            page.click("#login-form button[type=submit]")
            page.wait_for_selector("#login-error")
            _login(page, base, REVIEWER)
            cookie = next(c for c in page.context.cookies() if c["name"] == "redact_session")
            assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
            page.goto(f"{base}/cases/{case.id}")
            page.wait_for_selector(f'.box[data-finding="{addr.id}"]')
            page.wait_for_function("() => document.getElementById('page-img').naturalWidth > 0")

            # 1. Reject one subject: every mention of Per Olsson is disclosed.
            row = page.locator(f'li.subject[data-subject="{per.id}"]')
            row.locator("button.reject").click()
            page.wait_for_selector(f'li.subject[data-subject="{per.id}"] >> text=lämnas ut')

            # 2. Draw a manual mask over a whole line of text.
            x0, y0, x1, y1 = _line_rect(doc.path, LINES[4])
            box = page.locator("#overlay").bounding_box()
            sx, sy = box["width"] / doc_width(doc.path), box["height"] / doc_height(doc.path)
            page.mouse.move(box["x"] + (x0 - 3) * sx, box["y"] + (y0 - 2) * sy)
            page.mouse.down()
            page.mouse.move(box["x"] + (x1 + 3) * sx, box["y"] + (y1 + 2) * sy, steps=5)
            page.mouse.up()
            page.wait_for_selector(".box.manual")

            # 3. Change the legal ground of the address (select it on the page first).
            page.click(f'.box[data-finding="{addr.id}"]')
            page.wait_for_selector("#detail .finding-text >> text=Storgatan 12")
            # The server's answer to the change of ground is held back, so the key below is pressed while that
            # write is still under way: it must wait its turn (and carry the new version), not be lost.
            held: list = []
            page.route("**/findings/*/ground", lambda route: held.append(route))
            page.select_option("#detail select.ground", "21 kap. 3 § OSL")
            for _ in range(200):
                if held:
                    break
                page.wait_for_timeout(25)
            assert held, "the change of ground was not sent"
            # Keyboard: a masks the selected finding, u undoes it. (Keys typed into the ground list are its own.)
            page.wait_for_function("() => document.activeElement === null || document.activeElement.tagName !== 'SELECT'")
            page.locator("#page-wrap").hover()
            page.keyboard.press("a")
            held[0].continue_()
            page.unroute("**/findings/*/ground")
            page.wait_for_function(
                "() => document.querySelector('#detail select.ground') !== null"
                " && document.querySelector('#toast').textContent.length > 0"
            )
            page.wait_for_selector(f'.box.masked[data-finding="{addr.id}"]')
            assert store.finding(case.id, addr.id).legal_ground == "21 kap. 3 § OSL"
            page.keyboard.press("u")
            page.wait_for_selector(f'.box.pending_mask[data-finding="{addr.id}"]')
            page.keyboard.press("j")

            # Mask a search term across the case (the term must not reach the server log).
            n_before = len(store.findings(case.id))
            page.fill("#search-term", "Lillgatan")
            page.click("#search-form button[type=submit]")
            page.wait_for_selector("#search-hits input[data-hit]")  # the hits first, nothing masked yet
            assert len(store.findings(case.id)) == n_before
            page.check("#search-hits input[data-hit]")
            page.click("#search-mask")
            page.wait_for_selector("#toast >> text=1 träff maskerad")
            page.screenshot(path=str(shots / "review-main.png"))

            page.click("#preview")
            page.wait_for_function(
                "() => document.getElementById('page-img').src.includes('preview') && document.getElementById('page-img').complete"
            )
            page.screenshot(path=str(shots / "review-preview.png"))
            page.click("#preview")

            # 4. Finalise: pending proposals need the explicit "accept all pending".
            page.click("#finalise")
            page.check("#accept-all")
            page.click("#finalise-go")
            link = page.wait_for_selector("a.download-pdf", timeout=20_000)
            page.screenshot(path=str(shots / "review-finalised.png"))
            with page.expect_download() as dl:
                link.click()
            output = tmp_path / "nedladdad.pdf"
            dl.value.save_as(output)
            # The finalised case is locked: a decision is refused with a message that says so.
            page.goto(f"{base}/cases")
            page.wait_for_selector("#cases td.status >> text=avslutad")
            first = store.findings(case.id)[0]
            locked = page.request.post(f"{base}/api/cases/{case.id}/findings/{first.id}/decision",
                                       data={"status": "rejected", "version": first.version}, headers={"X-Redact": "1"})
            assert locked.status == 409 and "låst" in locked.json()["error"]

            # Reopening makes a new version, open for review.
            page.click(f'button.reopen[data-case="{case.id}"]')
            page.wait_for_selector("#case-title >> text=BEG-E2E v2")
            new_id = int(page.url.rstrip("/").rsplit("/", 1)[-1])
            anna = next(s for s in store.subjects(new_id) if s.label == "Anna Svensson")

            # Role limits: a beslutsfattare may read the case but not decide; the button says why.
            chef = browser.new_context(viewport={"width": 1400, "height": 1000})
            chef_page = chef.new_page()
            chef_page.set_default_timeout(10_000)
            _login(chef_page, base, CHEF)
            chef_page.goto(f"{base}/cases/{new_id}")
            chef_page.locator(f'li.subject[data-subject="{anna.id}"] button.reject').click()
            chef_page.wait_for_selector("#toast >> text=Din roll får inte granska")
            chef.close()

            # The conflict message: a second tab decides first, this tab's older view is refused and reloaded.
            other = context.new_page()
            other.goto(f"{base}/cases/{new_id}")
            other.locator(f'li.subject[data-subject="{anna.id}"] button.reject').click()
            other.wait_for_selector(f'li.subject[data-subject="{anna.id}"] >> text=lämnas ut')
            page.locator(f'li.subject[data-subject="{anna.id}"] button.accept').click()
            page.wait_for_selector("#toast >> text=Någon annan (eller en annan flik) har ändrat")
            assert store.finding(new_id, anna.finding_ids[0]).state == "disclosed"  # the stale write changed nothing
            assert errors == []
        finally:
            browser.close()

    for text in (mupdf_text(output), pdftotext(output)):
        assert "Per Olsson" in text  # the rejected subject is readable
        assert "Motiveringen" not in text and "lägenheten" not in text  # the drawn area's text is gone
        assert "Anna Svensson" not in text and "Lillgatan" not in text
        assert "Beslutet kan överklagas." in text
    record = json.loads(store.document(case.id, doc.id).record.read_text(encoding="utf-8"))
    decisions = record["decisions"]
    per_ids = {f"f{i}" for i in per.finding_ids}
    assert any(d["kind"] == "rejected" and d["finding_id"] in per_ids and d["by"] == REVIEWER for d in decisions)
    assert any(d["kind"] == "manual" and d["by"] == REVIEWER for d in decisions)
    assert any(d["kind"] == "ground" and d["legal_ground"] == "21 kap. 3 § OSL" and d["finding_id"] == f"f{addr.id}" for d in decisions)
    assert (shots / "review-main.png").stat().st_size > 10_000
    logged = "\n".join(collect.lines)
    assert "GET /api/cases" in logged
    for secret in ("Per Olsson", "Anna", "Motiveringen", "Lillgatan", "Storgatan"):
        assert secret not in logged


def _login(page, base: str, name: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#user")


def doc_width(path: Path) -> float:
    with pymupdf.open(path) as d:
        return d[0].rect.width


def doc_height(path: Path) -> float:
    with pymupdf.open(path) as d:
        return d[0].rect.height



def test_admin_page_in_chromium(server):
    # An admin adds an account and sets its password on the admin page; a beslutsfattare is turned away.
    store, case, doc, base, collect = server
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        try:
            page = browser.new_context().new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.set_default_timeout(10_000)
            _login(page, base, REVIEWER)
            page.goto(f"{base}/cases")
            page.click("#admin-link")
            page.wait_for_selector(f"#users tr[data-user='{CHEF}']")
            page.fill("#new-user input[name=name]", "Aino Korhonen")
            page.select_option("#new-user select[name=role]", "granskare")
            page.fill("#new-user input[name=password]", PASSWORD)
            page.click("#new-user button[type=submit]")
            row = page.wait_for_selector("#users tr[data-user='Aino Korhonen']")
            assert row.query_selector(".role").text_content() == "granskare"
            assert page.query_selector(f"#users tr[data-user='{REVIEWER}'] .remove-user") is None  # not your own account
            row.query_selector(".new-password").fill("ett nytt långt lösenord")
            row.query_selector(".set-password").click()
            page.wait_for_selector("#toast.show:has-text('har fått ett nytt lösenord')")
            assert Accounts(store.store).check("Aino Korhonen", "ett nytt långt lösenord") is not None
            assert not errors, errors
            chef = browser.new_context().new_page()
            _login(chef, base, CHEF)
            assert chef.query_selector("#admin-link") is None
            assert chef.goto(f"{base}/admin").status == 403
        finally:
            browser.close()


def test_notes_are_listed_beside_the_flattened_page_in_chromium(tmp_path, blank_detector):
    # A comment that never shows on the page is listed beside it; clicking it goes to its page.
    from redact.review.cli import background_server
    from test_review_flattened import NOTE_TEXT, _printed_form

    store = ReviewStore(tmp_path / "review.sqlite")
    case = store.create_case(request_id="BN-E2E", received="2026-03-02", profile="default")
    store.add_document(case.id, _printed_form(tmp_path / "yttrande.pdf"), blank_detector)
    Accounts(store.store).add(REVIEWER, "granskare", PASSWORD)
    with background_server(create_app(store, lambda: blank_detector), threads=2) as port, sync_api.sync_playwright() as p:
        base = f"http://127.0.0.1:{port}"
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        try:
            page = browser.new_context().new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.set_default_timeout(10_000)
            _login(page, base, REVIEWER)
            page.goto(f"{base}/cases/{case.id}")
            note = page.wait_for_selector("#notes li.note")
            assert NOTE_TEXT in note.text_content() and "Sida 1, kommentar" in note.text_content()
            assert page.is_visible("#notes") and not errors, errors
        finally:
            browser.close()
