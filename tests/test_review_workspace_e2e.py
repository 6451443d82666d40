"""The reviewer's workspace in a real headless Chromium: find without masking, navigation in a long document,
colours and layout on a small screen, error pages and upload progress (one browser and server for all)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import write_text_pdf
from redact.review.accounts import Accounts
from redact.review.app import create_app
from redact.review.session import ReviewStore

CHROMIUM = Path("/usr/bin/chromium")
REVIEWER = "Leila Haddad"
PASSWORD = "ett långt lösenord för granskning"
PAGES = [
    ["Protokoll från mötet", "Närvarande: Mikael Sjöberg och Tove Lindqvist.", "Sjöberg och Lindqvist träffades i Kiruna.",
     "Bygglovet för Ahmed Yusuf gäller ett uthus."],
    ["Mötet avslutades.", "Tove Lindqvist justerade protokollet och skickade det vidare."],
]
LONG_PAGES = 600

if os.environ.get("CI") != "true":
    sync_api = pytest.importorskip("playwright.sync_api")
    pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian package chromium is not installed (scripts/setup.sh)")
else:
    import playwright.sync_api as sync_api


@pytest.fixture(scope="module")
def server(tmp_path_factory, blank_detector):
    from redact.review.cli import background_server

    tmp = tmp_path_factory.mktemp("workspace")
    from redact.audit_log import AuditLog

    store = ReviewStore(tmp / "review.sqlite", audit_log=AuditLog(tmp / "audit.sqlite"))
    short = store.create_case(request_id="WS-KORT", received="2026-01-10", profile="default")
    store.add_document(short.id, write_text_pdf(tmp / "protokoll.pdf", PAGES), blank_detector)
    long = store.create_case(request_id="WS-LANG", received="2026-01-11", profile="default")
    pages = [[f"Sida {i} av den långa utredningen.", "Inget om någon enskild här."] for i in range(1, LONG_PAGES + 1)]
    store.add_document(long.id, write_text_pdf(tmp / "utredning.pdf", pages), blank_detector)
    handover = store.create_case(request_id="WS-UT", received="2026-01-12", profile="socialtjanst")
    store.add_document(handover.id, write_text_pdf(tmp / "anteckning.pdf", [["Nadia Karimi ringde om bidraget."]]), blank_detector)
    store.handover = handover  # type: ignore[attr-defined]  # the case the outputs test finalises
    Accounts(store.store).add(REVIEWER, "admin", PASSWORD)
    with background_server(create_app(store, lambda: blank_detector), threads=4) as port:
        yield store, short, long, f"http://127.0.0.1:{port}", tmp


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM),
                              args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def page(server, browser):
    base = server[3]
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(f"{base}/login")
    pg.fill("input[name=name]", REVIEWER)
    pg.fill("input[name=password]", PASSWORD)
    pg.click("#login-form button[type=submit]")
    pg.wait_for_selector("#user")
    yield pg
    context.close()
    assert errors == []


def _brightness(css: str) -> float:
    r, g, b = (float(v) for v in css[css.index("(") + 1:css.index(")")].split(",")[:3])
    return (r + g + b) / 3


def _open(page, base: str, case_id: int) -> None:
    page.goto(f"{base}/cases/{case_id}")
    page.wait_for_function("() => document.getElementById('page-img').naturalWidth > 0")


def test_find_in_document_lists_hits_with_context_and_masks_only_the_ticked(server, page):
    store, short, _, base, _ = server
    _open(page, base, short.id)
    before = {f.id: f.status for f in store.findings(short.id)}
    page.fill("#search-term", "och")
    page.click("#search-form button[type=submit]")
    page.wait_for_selector("#hit-pos >> text=Träff 1 av 3")
    rows = page.locator("#search-hits .hit-row")
    assert rows.count() == 3
    assert "Mikael Sjöberg och Tove Lindqvist" in rows.nth(0).text_content()
    assert page.locator("#overlay .hit.current").count() == 1  # the current hit is marked on the page
    assert {f.id: f.status for f in store.findings(short.id)} == before  # finding masks nothing
    # Next hit, and next again: the third "och" is on page 2, which is shown with the hit marked.
    page.click("#hit-next")
    page.wait_for_selector("#hit-pos >> text=Träff 2 av 3")
    page.click("#hit-next")
    page.wait_for_selector("#hit-pos >> text=Träff 3 av 3")
    assert page.input_value("#page-number") == "2" and page.locator("#overlay .hit.current").count() == 1
    page.click("#hit-prev")
    page.wait_for_selector("#hit-pos >> text=Träff 2 av 3")
    # Tick only the second hit and mask it: one mask, the list stays and says which hit is masked.
    rows.nth(1).locator("input[type=checkbox]").check()
    page.click("#search-mask")
    page.wait_for_selector("#toast >> text=1 träff maskerad")
    new = [f for f in store.findings(short.id) if f.id not in before]
    assert len(new) == 1 and new[0].text == "och" and new[0].page == 1 and new[0].status == "manual"
    page.wait_for_selector("#search-hits .hit-row.masked")
    assert page.locator("#search-hits .hit-row").count() == 3
    assert page.locator("#search-hits .hit-row").nth(1).locator("input").is_disabled()


def test_long_document_navigation_asks_only_for_pages_in_sight(server, page):
    store, _, long, base, _ = server
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/pages/" in r.url else None)
    _open(page, base, long.id)
    page.wait_for_selector("#thumbs .thumb img[src]")
    # A virtual list: only the thumbnails in sight (and a margin) exist as elements, and only they are fetched.
    assert 0 < page.locator("#thumbs .thumb").count() < 40
    thumbs = [u for u in asked if "zoom=0.25" in u]
    assert 0 < len(thumbs) < 40, len(thumbs)
    # The column is as tall as all 600 places; scrolling to its middle swaps the elements for the pages there.
    assert page.evaluate("() => document.getElementById('thumbs').scrollHeight") > 100 * page.evaluate(
        "() => document.getElementById('thumbs').clientHeight")
    page.evaluate("() => { const n = document.getElementById('thumbs'); n.scrollTop = n.scrollHeight / 2; }")
    page.wait_for_function("() => !document.querySelector('#thumbs .thumb[data-page=\"1\"]')")
    shown = [int(n) for n in page.eval_on_selector_all("#thumbs .thumb", "ns => ns.map(n => n.dataset.page)")]
    assert 0 < len(shown) < 40 and 250 < min(shown) <= max(shown) < 350, shown
    for n in shown:  # each is in its own place: the one in sight lies in the column's view
        if page.locator(f'#thumbs .thumb[data-page="{n}"]').is_visible():
            break
    else:
        raise AssertionError("no thumbnail in sight after scrolling")
    page.evaluate("() => { document.getElementById('thumbs').scrollTop = 0; }")
    page.wait_for_selector('#thumbs .thumb[data-page="1"]')
    # Jump to page 300 with the page-number field: one page image more, not 299.
    page.fill("#page-number", "300")
    page.press("#page-number", "Enter")
    page.wait_for_function("() => document.getElementById('page-img').src.includes('/pages/300.png')")
    page.wait_for_function("() => document.getElementById('page-img').complete")
    full = {u.split("/pages/")[1].split(".png")[0] for u in asked if "zoom=0.25" not in u}
    assert full == {"1", "300"}, full
    assert page.locator('#thumbs .thumb.current[data-page="300"]').is_visible()
    page.wait_for_function("() => document.querySelector('#thumbs .thumb[data-page=\"300\"] img').complete")
    assert 0 < page.locator("#thumbs .thumb").count() < 40
    # Zoom: fit page shows the whole page; a step in makes it larger; fit width fills the view.
    page.click("#fit-page")
    wrap = page.locator("#page-wrap").bounding_box()
    view = page.locator("#viewport").bounding_box()
    assert wrap["height"] <= view["height"]
    page.click("#zoom-in")
    wider = page.locator("#page-wrap").bounding_box()
    assert wider["width"] > wrap["width"] * 1.05 and page.text_content("#zoom-level").strip().endswith("%")
    page.click("#fit-width")
    fitted = page.locator("#page-wrap").bounding_box()
    assert abs(fitted["width"] - (view["width"] - 24)) < 30
    # A click on a thumbnail goes to its page.
    page.locator('#thumbs .thumb[data-page="299"]').click()
    page.wait_for_function("() => document.getElementById('page-img').src.includes('/pages/299.png')")


def test_colours_layout_and_messages_on_a_small_screen(server, page):
    store, short, _, base, tmp = server
    _open(page, base, short.id)
    ahmed = next(f for f in store.findings(short.id) if f.text == "Ahmed Yusuf")
    proposal = page.locator(f'.box[data-finding="{ahmed.id}"]')
    assert "repeating-linear-gradient" in proposal.evaluate("n => getComputedStyle(n).backgroundImage")  # a proposal
    # Draw a box over most of page 1: its long text must not push the buttons out of reach.
    ov = page.locator("#overlay").bounding_box()
    page.mouse.move(ov["x"] + 20, ov["y"] + 20)
    page.mouse.down()
    page.mouse.move(ov["x"] + ov["width"] - 20, ov["y"] + ov["height"] * 0.6, steps=4)
    page.mouse.up()
    page.wait_for_selector(".box.manual.selected")
    accept, reject = page.locator("#btn-accept"), page.locator("#btn-reject")
    dark = accept.evaluate("n => getComputedStyle(n).backgroundColor")
    light = reject.evaluate("n => getComputedStyle(n).backgroundColor")
    assert _brightness(dark) < 60 and _brightness(light) > 230  # masking is dark, releasing neutral
    assert page.evaluate("() => document.scrollingElement.scrollHeight <= window.innerHeight + 1")
    reject.scroll_into_view_if_needed()
    b = reject.bounding_box()
    assert b["y"] >= 0 and b["y"] + b["height"] <= 768
    manual = page.get_attribute(".box.manual.selected", "data-finding")
    reject.click()
    released = page.wait_for_selector(f'.box.disclosed[data-finding="{manual}"]')
    assert released.evaluate("n => getComputedStyle(n).backgroundColor") == "rgba(0, 0, 0, 0)"
    # The legal ground: a short reference in the list, what it protects written out beside it.
    page.click(f'.box[data-finding="{ahmed.id}"]')
    page.wait_for_selector("#detail .finding-text >> text=Ahmed Yusuf")
    shown = page.evaluate("() => { const s = document.querySelector('#detail select.ground'); return s.options[s.selectedIndex].text; }")
    assert "OSL" in shown and len(shown) <= 22 and page.text_content("#ground-title").strip()
    # Upload: the bytes sent, then a lasting "reading" message until the file is in.
    page.evaluate("""() => { window.__seen = []; new MutationObserver(() => window.__seen.push(
        document.getElementById('upload-text').textContent)).observe(document.getElementById('upload-text'),
        { childList: true, characterData: true, subtree: true }); }""")
    pdf = write_text_pdf(tmp / "bilaga.pdf", [["Bilaga till protokollet."]])
    page.set_input_files("#upload", str(pdf))
    # the toast comes once the server has read the upload and run detection on it: on a loaded machine that took
    # over 30 s
    page.wait_for_selector("#toast >> text=Handlingen är inläst", timeout=60_000)
    seen = page.evaluate("() => window.__seen")
    assert any("%" in s for s in seen) and any("läser in" in s for s in seen), seen
    assert page.locator("#upload-progress").is_hidden()
    # A case that does not exist: a page in Swedish, not raw JSON.
    page.goto(f"{base}/cases/9999")
    assert "Något gick fel" in page.text_content("main") and page.is_visible("#error-back")


def test_a_drawn_box_is_selected_moved_resized_and_deleted(server, page):
    store, short, _, base, _ = server
    _open(page, base, short.id)
    earlier = {f.id for f in store.findings(short.id)}
    page.fill("#page-number", "2")  # page 2: no other test draws there
    page.press("#page-number", "Enter")
    page.wait_for_function("() => document.getElementById('page-img').src.includes('/pages/2.png')")
    ov = page.locator("#overlay").bounding_box()
    page.mouse.move(ov["x"] + 40, ov["y"] + 300)  # an empty part of the page, in sight at 1366×768
    page.mouse.down()
    page.mouse.move(ov["x"] + 200, ov["y"] + 340, steps=4)
    page.mouse.up()
    node = page.wait_for_selector(".box.manual.selected.editable")
    fid = int(node.get_attribute("data-finding"))
    before = store.finding(short.id, fid).rects[0]
    # Move: drag the body 60 px right.
    b = node.bounding_box()
    page.mouse.move(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)
    page.mouse.down()
    page.mouse.move(b["x"] + b["width"] / 2 + 60, b["y"] + b["height"] / 2, steps=4)
    page.mouse.up()
    page.wait_for_selector("#toast >> text=Rutan är flyttad")
    moved = next(f for f in store.findings(short.id) if f.id not in earlier | {fid})
    assert moved.rects[0][0] > before[0] + 20 and abs(moved.rects[0][1] - before[1]) < 2
    # Resize: drag the lower right corner outwards.
    node = page.wait_for_selector(f'.box.editable[data-finding="{moved.id}"]')
    h = node.query_selector(".handle.se").bounding_box()
    page.mouse.move(h["x"] + 4, h["y"] + 4)
    page.mouse.down()
    page.mouse.move(h["x"] + 64, h["y"] + 34, steps=4)
    page.mouse.up()
    page.wait_for_function(f"() => !document.querySelector('.box[data-finding=\"{moved.id}\"]')")
    bigger = next(f for f in store.findings(short.id) if f.id not in earlier | {fid, moved.id})
    assert bigger.rects[0][2] - bigger.rects[0][0] > moved.rects[0][2] - moved.rects[0][0] + 20
    assert bigger.rects[0][0] == pytest.approx(moved.rects[0][0], abs=1)
    # Delete with the key: gone from the page and from the case.
    page.locator("#page-wrap").hover()
    page.keyboard.press("Delete")
    page.wait_for_selector("#toast >> text=Rutan är borttagen")
    assert not [f for f in store.findings(short.id) if f.origin == "manual" and f.id == bigger.id]
    assert page.locator(f'.box[data-finding="{bigger.id}"]').count() == 0


def test_comment_history_and_redo_in_the_detail_panel(server, page):
    store, short, _, base, _ = server
    _open(page, base, short.id)
    mikael = next(f for f in store.findings(short.id) if f.text == "Mikael Sjöberg")
    page.click(f'.box[data-finding="{mikael.id}"]')
    page.wait_for_selector("#detail .finding-text >> text=Mikael Sjöberg")
    page.click("#btn-reject")
    page.wait_for_selector(f'.box.disclosed[data-finding="{mikael.id}"]')
    page.click(f'.box[data-finding="{mikael.id}"]')
    page.click("#history summary")  # comment and history are folded away until asked for
    page.fill("#comment", "Ordförande i nämnden, agerar i tjänsten.")
    page.click("#comment-save")
    page.wait_for_selector("#history[open] .history-item >> text=Ordförande i nämnden")
    first = page.locator("#history .history-item").first.text_content()
    assert "Leila Haddad" in first and "lämnas ut" in first
    # Undo the comment and the release with u, redo the release with the button: released again, on the record.
    page.locator("#page-wrap").hover()
    page.keyboard.press("u")
    page.wait_for_selector("#toast >> text=Ångrat")
    page.keyboard.press("u")
    page.wait_for_selector(f'.box.pending_mask[data-finding="{mikael.id}"]')
    page.click("#redo")
    page.wait_for_selector(f'.box.disclosed[data-finding="{mikael.id}"]')
    assert store.finding(short.id, mikael.id).state == "disclosed"
    page.click(f'.box[data-finding="{mikael.id}"]')
    page.wait_for_selector("#history .history-item.undone")
    assert page.locator("#history .history-item").count() == 3


def test_outputs_stay_in_sight_after_finalising_with_letter_and_package(server, page):
    import zipfile

    store, _, _, base, tmp = server
    case = store.handover
    _open(page, base, case.id)
    assert page.locator("#outputs").is_hidden()
    page.click("#finalise")
    page.check("#accept-all")
    page.click("#finalise-go")
    page.wait_for_selector("a.download-pdf", timeout=20_000)
    page.click("#finalise-cancel")  # the dialog closes; the outputs stay in the panel
    page.wait_for_selector("#outputs a.output-package")
    assert page.locator("#outputs a.output-pdf").count() == 1 and page.locator("#outputs a.output-letter").is_visible()
    with page.expect_download() as dl:
        page.click("#outputs a.output-package")
    saved = tmp / "utlamnande.zip"
    dl.value.save_as(saved)
    out = store.documents(case.id)[0].output
    with zipfile.ZipFile(saved) as zf:
        assert zf.read(f"handlingar/{out.name}") == out.read_bytes() and "beslut.pdf" in zf.namelist()


def test_box_label_is_chosen_in_the_app_and_shown_in_the_preview(server, page):
    store, short, _, base, _ = server
    _open(page, base, short.id)
    page.click("#preview")
    page.wait_for_function("() => document.getElementById('page-img').src.includes('preview')")
    before = page.get_attribute("#page-img", "src")
    page.select_option("#box-label", "ground")
    page.wait_for_selector("#toast >> text=Rutornas text är vald")
    assert store.case(short.id).box_label == "ground"
    page.wait_for_function(f"() => document.getElementById('page-img').src !== {before!r}")  # the preview is redrawn
    page.select_option("#box-label", "none")
    page.wait_for_function("() => document.getElementById('box-label').value === 'none'")


def test_snap_to_words_fits_a_drawn_box_to_whole_words(server, page):
    import pymupdf

    store, short, _, base, _ = server
    doc = store.documents(short.id)[0]
    with pymupdf.open(doc.path) as d:
        word = d[1].search_for("avslutades")[0]
        width, height = d[1].rect.width, d[1].rect.height
    _open(page, base, short.id)
    earlier = {f.id for f in store.findings(short.id)}
    page.fill("#page-number", "2")
    page.press("#page-number", "Enter")
    page.wait_for_function("() => document.getElementById('page-img').src.includes('/pages/2.png')")
    page.check("#snap")
    ov = page.locator("#overlay").bounding_box()
    sx, sy = ov["width"] / width, ov["height"] / height
    mid = word.x0 + (word.x1 - word.x0) * 0.3
    page.mouse.move(ov["x"] + mid * sx, ov["y"] + (word.y0 + 3) * sy)  # a box over part of the word only
    page.mouse.down()
    page.mouse.move(ov["x"] + (word.x1 - 12) * sx, ov["y"] + (word.y1 - 3) * sy, steps=4)
    page.mouse.up()
    page.wait_for_selector(".box.manual.selected")
    new = next(f for f in store.findings(short.id) if f.id not in earlier)
    r = new.rects[0]
    assert r[0] <= word.x0 + 0.5 and r[2] >= word.x1 - 0.5 and "avslutades" in new.text
