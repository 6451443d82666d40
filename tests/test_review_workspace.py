"""The reviewer's workspace on the server side: search with context, page thumbnails, error pages in Swedish."""

from __future__ import annotations

import io
from pathlib import Path

import pymupdf
import pytest

from conftest import write_text_pdf
from redact.review import accounts as accounts_module
from redact.review.accounts import Accounts
from redact.review.app import WRITE_HEADER, create_app
from redact.review.session import ReviewStore

REVIEWER = "Leila Haddad"
PASSWORD = "ett långt lösenord för granskning"
H = {WRITE_HEADER: "1"}
PAGES = [
    ["Protokoll från mötet", "Närvarande: Mikael Sjöberg och Tove Lindqvist.", "Sjöberg och Lindqvist träffades i Kiruna."],
    ["Mötet avslutades.", "Tove Lindqvist justerade protokollet och skickade det vidare."],
]


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch):
    monkeypatch.setattr(accounts_module, "_N", 2**10)


@pytest.fixture()
def setup(tmp_path: Path, blank_detector):
    store = ReviewStore(tmp_path / "review.sqlite")
    case = store.create_case(request_id="WS-1", received="2026-01-10", profile="default")
    doc = store.add_document(case.id, write_text_pdf(tmp_path / "protokoll.pdf", PAGES), blank_detector)
    Accounts(store.store).add(REVIEWER, "admin", PASSWORD)
    client = create_app(store, lambda: blank_detector).test_client()
    assert client.post("/login", data={"name": REVIEWER, "password": PASSWORD}).status_code == 303
    return store, case, doc, client


def test_search_hits_carry_the_words_around_them_and_mask_nothing(setup):
    store, case, doc, client = setup
    before = [(f.id, f.status) for f in store.findings(case.id)]
    hits = client.post(f"/api/cases/{case.id}/search/hits", json={"term": "och"}, headers=H).get_json()["hits"]
    assert [h["page"] for h in hits] == [1, 1, 2]
    first, second, _ = hits
    # Each "och" is shown with the words around it, so the reviewer can tell which one to tick.
    assert first["before"].endswith("Mikael Sjöberg ") and first["after"].startswith(" Tove Lindqvist")
    assert second["before"].endswith("Lindqvist. Sjöberg ") and second["after"].startswith(" Lindqvist träffades")
    assert [(f.id, f.status) for f in store.findings(case.id)] == before  # searching changed nothing
    # Context runs over line ends (collapsed to one space).
    tove = client.post(f"/api/cases/{case.id}/search/hits", json={"term": "justerade"}, headers=H).get_json()["hits"][0]
    assert tove["before"] == "Mötet avslutades. Tove Lindqvist " and tove["after"] == " protokollet och skickade det vidare."


def test_page_thumbnails_are_small_images(setup):
    store, case, doc, client = setup
    thumb = client.get(f"/api/cases/{case.id}/documents/{doc.id}/pages/2.png?zoom=0.25")
    full = client.get(f"/api/cases/{case.id}/documents/{doc.id}/pages/2.png")
    assert thumb.status_code == full.status_code == 200
    with pymupdf.open(stream=thumb.data, filetype="png") as t, pymupdf.open(stream=full.data, filetype="png") as f:
        tw, fw = t[0].rect.width, f[0].rect.width
    assert tw < 200 < fw and len(thumb.data) < len(full.data) / 4


def test_a_missing_case_is_a_swedish_page_in_the_browser_and_json_in_the_api(setup):
    store, case, doc, client = setup
    page = client.get("/cases/9999")
    assert page.status_code == 404 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assert "Något gick fel" in html and "finns inte" in html and "Till ärendelistan" in html and not html.lstrip().startswith("{")
    assert client.get("/no/such/page").mimetype == "text/html"
    api = client.get("/api/cases/9999")
    assert api.status_code == 404 and "finns inte" in api.get_json()["error"]


def test_context_is_cut_at_whole_words():
    from redact.review.search import _context

    text = "Förvaltningen har tagit emot en ansökan från Nadia Karimi om bygglov för ett uthus på gården nära sjön."
    start = text.index("Nadia")
    before, after = _context(text, start, start + len("Nadia Karimi"))
    assert before == "har tagit emot en ansökan från " and after == " om bygglov för ett uthus på gården"


def _line(pdf: Path, page: int, text: str) -> tuple[float, float, float, float]:
    with pymupdf.open(pdf) as d:
        r = d[page - 1].search_for(text)[0]
    return (r.x0 - 2, r.y0 - 1, r.x1 + 2, r.y1 + 1)


def test_a_drawn_box_moves_resizes_and_is_deleted_with_undo(setup):
    store, case, doc, client = setup
    drawn = client.post(f"/api/cases/{case.id}/masks", json={"document": doc.id, "page": 1,
                        "rect": list(_line(doc.path, 1, "Protokoll från mötet"))}, headers=H).get_json()["findings"][0]
    # Moved down over another line: the old box goes, the new one masks what is now under it.
    target = _line(doc.path, 1, "Sjöberg och Lindqvist träffades i Kiruna.")
    r = client.post(f"/api/cases/{case.id}/masks/{drawn['id']}/rect", json={"rect": list(target), "version": drawn["version"]}, headers=H)
    assert r.status_code == 200, r.get_json()
    live = [f for f in store.findings(case.id) if f.origin == "manual"]
    assert len(live) == 1 and "Kiruna" in live[0].text and "Protokoll" not in live[0].text
    assert live[0].rects[0][1] == pytest.approx(target[1], abs=0.5)
    # A stale version is refused; a detected finding cannot be moved or deleted (it is decided instead).
    stale = client.post(f"/api/cases/{case.id}/masks/{live[0].id}/rect", json={"rect": list(target), "version": 0}, headers=H)
    assert stale.status_code == 409
    detected = next(f for f in store.findings(case.id) if f.origin == "detect")
    r = client.post(f"/api/cases/{case.id}/masks/{detected.id}/remove", json={"version": detected.version}, headers=H)
    assert r.status_code == 400 and "för hand" in r.get_json()["error"]
    # Deleted, on the record with who; undo brings it back.
    r = client.post(f"/api/cases/{case.id}/masks/{live[0].id}/remove", json={"version": live[0].version}, headers=H)
    assert r.status_code == 200 and not [f for f in store.findings(case.id) if f.origin == "manual"]
    assert any(d["kind"] == "removed" and d["by"] == REVIEWER for d in store.decisions(case.id))
    client.post(f"/api/cases/{case.id}/undo", json={}, headers=H)
    assert [f.id for f in store.findings(case.id) if f.origin == "manual"] == [live[0].id]


def test_comment_history_and_redo(setup):
    store, case, doc, client = setup
    tove = next(f for f in store.findings(case.id) if f.text == "Tove Lindqvist" and f.page == 1)
    r = client.post(f"/api/cases/{case.id}/findings/{tove.id}/decision", json={"status": "rejected", "version": tove.version}, headers=H)
    assert r.status_code == 200
    r = client.post(f"/api/cases/{case.id}/findings/{tove.id}/comment", json={"comment": "Nämnd i tjänsten  som  handläggare."}, headers=H)
    assert r.status_code == 200
    # Undo the comment and the decision, then redo the decision: the item is released again.
    assert client.post(f"/api/cases/{case.id}/undo", json={}, headers=H).status_code == 200
    assert client.post(f"/api/cases/{case.id}/undo", json={}, headers=H).status_code == 200
    assert store.finding(case.id, tove.id).state != "disclosed"
    r = client.post(f"/api/cases/{case.id}/redo", json={}, headers=H)
    assert r.status_code == 200 and store.finding(case.id, tove.id).state == "disclosed"
    r = client.post(f"/api/cases/{case.id}/redo", json={}, headers=H)  # the comment comes back too
    assert r.status_code == 200
    assert client.post(f"/api/cases/{case.id}/redo", json={}, headers=H).status_code == 409  # nothing left
    # Redo is itself undoable.
    assert client.post(f"/api/cases/{case.id}/undo", json={}, headers=H).status_code == 200
    hist = client.get(f"/api/cases/{case.id}/findings/{tove.id}/history").get_json()["history"]
    kinds = [(h["kind"], h["by"], h["undone"]) for h in hist]
    assert kinds == [("rejected", REVIEWER, True), ("comment", REVIEWER, True), ("rejected", REVIEWER, False),
                     ("comment", REVIEWER, True)], kinds
    assert hist[1]["comment"] == "Nämnd i tjänsten som handläggare." and all(h["at"] for h in hist)
    assert hist[0]["undone_by"] == REVIEWER
    # A new action after an undo ends what can be redone.
    client.post(f"/api/cases/{case.id}/undo", json={}, headers=H)
    other = next(f for f in store.findings(case.id) if f.text == "Mikael Sjöberg")
    client.post(f"/api/cases/{case.id}/findings/{other.id}/decision", json={"status": "accepted", "version": other.version}, headers=H)
    assert client.post(f"/api/cases/{case.id}/redo", json={}, headers=H).status_code == 409


def test_decision_letter_and_package_download_after_finalising(tmp_path, blank_detector):
    import zipfile

    from redact.audit_log import AuditLog

    store = ReviewStore(tmp_path / "review.sqlite", audit_log=AuditLog(tmp_path / "audit.sqlite"))
    case = store.create_case(request_id="WS-PAKET", received="2026-01-12", profile="socialtjanst")
    store.add_document(case.id, write_text_pdf(tmp_path / "protokoll.pdf", PAGES), blank_detector)
    Accounts(store.store).add(REVIEWER, "admin", PASSWORD)
    client = create_app(store, lambda: blank_detector).test_client()
    client.post("/login", data={"name": REVIEWER, "password": PASSWORD})
    early = client.get(f"/api/cases/{case.id}/package.zip")
    assert early.status_code == 400 and "inte slutfört" in early.get_json()["error"]
    assert client.post(f"/api/cases/{case.id}/finalise", json={"accept_all_pending": True}, headers=H).status_code == 200
    letter = client.get(f"/api/cases/{case.id}/decision.pdf")
    assert letter.status_code == 200 and letter.data[:5] == b"%PDF-"
    pkg = client.get(f"/api/cases/{case.id}/package.zip")
    assert pkg.status_code == 200 and pkg.mimetype == "application/zip"
    out = store.documents(case.id)[0].output
    with zipfile.ZipFile(io.BytesIO(pkg.data)) as zf:
        assert zf.read(f"handlingar/{out.name}") == out.read_bytes()
        assert {"beslut.pdf", "granskningslogg.json"} <= set(zf.namelist())


def test_box_labels_chosen_per_case_show_in_preview_and_output(setup):
    from conftest import pdftotext

    store, case, doc, client = setup
    plain = client.get(f"/api/cases/{case.id}/documents/{doc.id}/pages/1/preview.png").data
    r = client.post(f"/api/cases/{case.id}/label", json={"label": "ground"}, headers=H)
    assert r.status_code == 200 and r.get_json()["case"]["box_label"] == "ground"
    assert client.post(f"/api/cases/{case.id}/label", json={"label": "allt"}, headers=H).status_code == 400
    labelled = client.get(f"/api/cases/{case.id}/documents/{doc.id}/pages/1/preview.png").data
    assert labelled != plain
    assert client.post(f"/api/cases/{case.id}/finalise", json={"accept_all_pending": True}, headers=H).status_code == 200
    text = pdftotext(store.documents(case.id)[0].output)
    assert "OSL" in text and "Mikael" not in text


def test_box_label_survives_reopening_and_a_server_restart(setup, tmp_path, blank_detector):
    from conftest import pdftotext

    store, case, doc, client = setup
    assert client.post(f"/api/cases/{case.id}/label", json={"label": "category"}, headers=H).status_code == 200
    assert client.post(f"/api/cases/{case.id}/finalise", json={"accept_all_pending": True}, headers=H).status_code == 200
    new = client.post(f"/api/cases/{case.id}/reopen", json={}, headers=H).get_json()["case"]
    assert new["box_label"] == "category"
    # A restarted server reads the choice back from the database: the screen shows it and the output uses it.
    again = ReviewStore(tmp_path / "review.sqlite")
    restarted = create_app(again, lambda: blank_detector).test_client()
    assert restarted.post("/login", data={"name": REVIEWER, "password": PASSWORD}).status_code == 303
    assert restarted.get(f"/api/cases/{new['id']}").get_json()["case"]["box_label"] == "category"
    r = restarted.post(f"/api/cases/{new['id']}/finalise", json={"accept_all_pending": True}, headers=H)
    assert r.status_code == 200
    text = pdftotext(again.documents(new["id"])[0].output)
    assert "Namn" in text and "Mikael" not in text


def test_a_persons_email_and_every_format_of_a_phone_number_are_one_decision(tmp_path, blank_detector):
    from redact.review.grouping import e164, person_for_email

    store = ReviewStore(tmp_path / "review.sqlite")
    case = store.create_case(request_id="WS-GRUPP", received="2026-01-13", profile="default")
    lines = ["Klagande: Mikael Sjöberg, Lillgatan 4", "E-post mikael.sjoberg@example.se",
             "Telefon 070-174 06 77 eller +46 70 174 06 77", "Kopia till ulla.nyman@example.se"]
    store.add_document(case.id, write_text_pdf(tmp_path / "klagomal.pdf", [lines]), blank_detector)
    found = {f.text: f for f in store.findings(case.id)}
    mikael = found["Mikael Sjöberg"]
    assert found["mikael.sjoberg@example.se"].subject_id == mikael.subject_id
    # The numbers under the name are his, in both formats; "Kopia till …" names someone else.
    assert found["070-174 06 77"].subject_id == found["+46 70 174 06 77"].subject_id == mikael.subject_id
    assert found["ulla.nyman@example.se"].subject_id != mikael.subject_id
    # Releasing the person releases the e-mail that spells the name; masking stays one decision too.
    subj = next(s for s in store.subjects(case.id) if s.id == mikael.subject_id)
    versions = {f.id: f.version for f in store.findings(case.id) if f.subject_id == subj.id}
    store.decide_subject(case.id, subj.id, "accepted", REVIEWER, versions)
    assert store.finding(case.id, found["mikael.sjoberg@example.se"].id).state == "masked"
    assert e164("08-123 45 67") == e164("+46 8 123 45 67") == "+4681234567"
    assert person_for_email("m.sjoberg@x.se", ["Mikael Sjöberg"]) == "Mikael Sjöberg"
    assert person_for_email("m.sjoberg@x.se", ["Mikael Sjöberg", "Maria Sjöberg"]) is None  # not sure who


def test_a_drawn_box_snaps_to_whole_words_when_asked(setup):
    store, case, doc, client = setup
    with pymupdf.open(doc.path) as d:
        word = d[0].search_for("Kiruna")[0]
    # A box over only the middle of "Kiruna": as drawn it covers part of the word, snapped the whole word.
    part = [word.x0 + 8, word.y0 + 2, word.x1 - 8, word.y1 - 2]
    plain = client.post(f"/api/cases/{case.id}/masks", json={"document": doc.id, "page": 1, "rect": part}, headers=H).get_json()
    snapped = client.post(f"/api/cases/{case.id}/masks", json={"document": doc.id, "page": 1, "rect": part, "snap": True},
                          headers=H).get_json()
    p, s = plain["findings"][0]["rects"][0], snapped["findings"][0]["rects"][0]
    assert p[0] > word.x0 + 5 and p[2] < word.x1 - 5
    assert s[0] <= word.x0 + 0.5 and s[2] >= word.x1 - 0.5 and s[1] <= word.y0 + 2.5
    assert snapped["findings"][0]["text"].startswith("Kiruna")
