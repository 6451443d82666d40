"""Filled forms and visible annotations are page content: baked in, masked where personal, kept where not.

Every document is built here: a filled building-permit application (text fields
with and without appearance streams, a check box, a choice list, a value longer
than its box) and an annotated letter (a received-stamp, a free-text comment
naming a person, a highlight over a name, a sticky note with a pop-up text).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.audit import build_record
from redact.errors import UnsupportedError
from redact.pipeline import RunOptions, run_file

APPLICANT = "Vera Holmqvist"
PNR = "19790312-2385"
STREET = "Storgatan 12"
COMMENTER = "Hassan Yilmaz"
HIGHLIGHTED = "Aino Korhonen"
NOTE_NAME = "Miriam Goldberg"
NOTE_TEXT = f"Ring {NOTE_NAME} om ritningen"
PERSONAL = (APPLICANT, "Holmqvist", PNR, "2385", STREET, COMMENTER, "Yilmaz", HIGHLIGHTED, "Korhonen")

ACTION = "Tillbyggnad av carport"
PROPERTY_USE = "Fritidshus"
CHOICE = "Nybyggnad"
NO_AP_VALUE = "Ritning bifogas senare"
STAMP_LINES = ("INKOM 2026-03-02", "Dnr BN 2026/114")
CHECK_RECT = (200.0, 300.0, 212.0, 312.0)


def _text_field(page: pymupdf.Page, name: str, value: str, rect: tuple[float, float, float, float],
                fontsize: float = 10.0) -> int:
    w = pymupdf.Widget()
    w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    w.field_name = name
    w.field_value = value
    w.text_fontsize = fontsize
    w.rect = pymupdf.Rect(rect)
    return page.add_widget(w).xref


def _form(path: Path, *, appearance: bool = True) -> Path:
    """A filled building-permit application; ``appearance=False`` strips every field's appearance stream."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Ansökan om bygglov"], y=60)
    labels = [("Sökande", 100), ("Personnummer", 125), ("Adress", 150), ("Åtgärd", 175), ("Användning", 200),
              ("Bilagor", 225), ("Typ av ärende", 250), ("Beskrivning", 275), ("Anmäld kontrollansvarig", 310)]
    for label, y in labels:
        page.insert_text((72, y), f"{label}:", fontsize=10)
    xrefs = [
        _text_field(page, "sokande", APPLICANT, (200, 90, 450, 104)),
        _text_field(page, "personnummer", PNR, (200, 115, 450, 129)),
        _text_field(page, "adress", f"{STREET}, 123 45 Norrvik", (200, 140, 450, 154)),
        _text_field(page, "atgard", ACTION, (200, 165, 450, 179)),
        _text_field(page, "anvandning", PROPERTY_USE, (200, 190, 450, 204)),
        _text_field(page, "bilagor", NO_AP_VALUE, (200, 215, 450, 229)),
        # Longer than its box: a viewer clips what does not fit, and the clipped name must not survive.
        _text_field(page, "beskrivning", f"Carport i trä, tre meter bred, ansvarig {COMMENTER}", (200, 265, 330, 279)),
    ]
    combo = pymupdf.Widget()
    combo.field_type = pymupdf.PDF_WIDGET_TYPE_COMBOBOX
    combo.field_name = "typ"
    combo.choice_values = ["Nybyggnad", "Tillbyggnad", "Rivning"]
    combo.field_value = CHOICE
    combo.text_fontsize = 10
    combo.rect = pymupdf.Rect(200, 240, 450, 254)
    combo_xref = page.add_widget(combo).xref
    box = pymupdf.Widget()
    box.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
    box.field_name = "kontrollansvarig"
    box.field_value = True
    box.rect = pymupdf.Rect(CHECK_RECT)
    xrefs += [combo_xref, page.add_widget(box).xref]
    if not appearance:
        for xref in xrefs:
            doc.xref_set_key(xref, "AP", "null")
    else:
        doc.xref_set_key(xrefs[5], "AP", "null")  # one field filled by a tool that writes no appearance
    return b.save(doc, path)


def _received_stamp(page: pymupdf.Page, rect: pymupdf.Rect) -> None:
    """A rubber stamp annotation with its own appearance, as registry software sets it."""
    doc = page.parent
    stamp = page.add_stamp_annot(rect, stamp=0)
    stamp.update()
    ap = doc.xref_get_key(stamp.xref, "AP/N")[1].split()[0]
    font = doc.get_new_xref()
    doc.update_object(font, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
    w, h = rect.width, rect.height
    content = f"q 0.8 0 0 RG 1.5 w 2 2 {w - 4} {h - 4} re S 0.8 0 0 rg BT /F1 11 Tf 8 {h - 18} Td ({STAMP_LINES[0]}) Tj ET " \
              f"BT /F1 9 Tf 8 {h - 32} Td ({STAMP_LINES[1]}) Tj ET Q"
    doc.update_stream(int(ap), content.encode())
    doc.xref_set_key(int(ap), "BBox", f"[0 0 {w} {h}]")
    doc.xref_set_key(int(ap), "Matrix", "[1 0 0 1 0 0]")
    doc.xref_set_key(int(ap), "Resources", f"<</Font<</F1 {font} 0 R>>>>")


def _annotated(path: Path) -> Path:
    """A letter with a received-stamp, a free-text comment, a highlight over a name and a sticky note."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Yttrande över ansökan om bygglov", f"Grannen {HIGHLIGHTED} har hörts.",
                             "Nämnden har inget att invända."], y=100)
    _received_stamp(page, pymupdf.Rect(380, 40, 540, 80))
    page.add_freetext_annot(pymupdf.Rect(72, 200, 400, 230), f"Kontakta {COMMENTER} före beslut", fontsize=11).update()
    name_rect = page.search_for(HIGHLIGHTED)[0]
    hl = page.add_highlight_annot(name_rect)
    hl.update()
    note = page.add_text_annot((500, 300), NOTE_TEXT)
    note.set_info(title="Registrator")
    note.update()
    return b.save(doc, path)


def _readable(out: Path) -> str:
    return " ".join((mupdf_text(out) + " " + pdftotext(out)).split())


def _assert_gone(out: Path, needles: tuple[str, ...]) -> None:
    for source, text in (("mupdf", mupdf_text(out)), ("pdftotext", pdftotext(out)), ("objects", b.all_text(out))):
        flat = " ".join(text.split()).casefold()
        for needle in needles:
            assert needle.casefold() not in flat, f"{needle!r} left in {source}"


def _ink_in(out: Path, rect: tuple[float, float, float, float], page: int = 0) -> int:
    with pymupdf.open(out) as doc:
        pix = doc[page].get_pixmap(dpi=100, colorspace=pymupdf.csGRAY, clip=pymupdf.Rect(rect), annots=False)
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    return int((a < 128).sum())


# ------------------------------------------------------------------ filled forms


@pytest.mark.parametrize("appearance", [True, False], ids=["with-appearance", "without-appearance"])
def test_filled_form_keeps_its_values_and_masks_the_personal_ones(appearance: bool, tmp_path: Path,
                                                                  blank_detector) -> None:
    src = _form(tmp_path / "ansokan.pdf", appearance=appearance)
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)  # the ink check passes
    assert disclosure.verification is not None and disclosure.verification.ok
    text = _readable(out)
    for kept in (ACTION, PROPERTY_USE, CHOICE, NO_AP_VALUE, "Carport i trä", "Sökande:"):
        assert kept in text, f"{kept!r} vanished from the filled form"
    _assert_gone(out, (APPLICANT, "Holmqvist", PNR, "2385", STREET, COMMENTER, "Yilmaz"))
    assert _ink_in(out, CHECK_RECT) > 0, "the ticked check box came out empty"
    with pymupdf.open(out) as doc:
        assert not list(doc[0].widgets()) and doc.xref_get_key(doc.pdf_catalog(), "AcroForm")[0] == "null"


def test_the_original_is_not_changed_and_the_copy_is_deleted(tmp_path: Path, blank_detector) -> None:
    from redact.ingest.flatten import flat_input

    src = _form(tmp_path / "ansokan.pdf", appearance=False)
    before = src.read_bytes()
    with flat_input(src) as flat:
        copy = flat.path
        assert flat.flattened and copy.exists() and copy != src
        with pymupdf.open(copy) as doc:
            assert APPLICANT in doc[0].get_text() and not list(doc[0].widgets())
    assert not copy.exists()
    assert src.read_bytes() == before


def test_plain_pdf_is_read_as_it_is(tmp_path: Path) -> None:
    from redact.ingest.flatten import flat_input

    doc = b.new_pdf()
    b.text_page(doc, ["Beslut om bygglov", "Beslutet kan överklagas."])
    src = b.save(doc, tmp_path / "vanlig.pdf")
    with flat_input(src, include_notes=True) as flat:
        assert flat.path == src and not flat.flattened and not flat.notes


def test_xfa_only_form_is_refused_in_one_line(tmp_path: Path, blank_detector) -> None:
    doc = b.new_pdf()
    b.text_page(doc, ["Please wait... If this message is not eventually replaced, your viewer cannot show XFA."])
    b.xfa_form(doc, APPLICANT)
    src = b.save(doc, tmp_path / "xfa.pdf")
    with pytest.raises(UnsupportedError) as info:
        run_file(src, tmp_path / "ut.pdf", options=RunOptions(), detector=blank_detector)
    message = str(info.value)
    assert "\n" not in message and "XFA" in message and "skriv ut" in message.lower()
    assert APPLICANT not in message and not (tmp_path / "ut.pdf").exists()


# ------------------------------------------------------------------ annotations and notes


def test_stamp_and_comments_are_kept_names_in_them_masked(tmp_path: Path, blank_detector) -> None:
    src = _annotated(tmp_path / "yttrande.pdf")
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    text = _readable(out)
    for kept in (*STAMP_LINES, "Kontakta", "före beslut", "Nämnden har inget att invända."):
        assert kept in text, f"{kept!r} vanished"
    _assert_gone(out, (COMMENTER, "Yilmaz", HIGHLIGHTED, "Korhonen", NOTE_NAME, "Goldberg"))
    # The stamp's frame and the highlight's colour are ink that stays.
    assert _ink_in(out, (380, 40, 540, 80)) > 50
    with pymupdf.open(out) as doc:
        assert not list(doc[0].annots())
    # The sticky note's text never showed on the page: listed, not silently dropped.
    assert [(n.kind, n.page, n.has_author) for n in disclosure.notes] == [("comment", 1, True)]
    assert any("1 kommentar" in w and "--include-notes" in w for w in disclosure.warnings)
    assert not any(NOTE_NAME in w or "Registrator" in w for w in disclosure.warnings)


def test_notes_are_in_the_audit_record_without_their_text(tmp_path: Path, blank_detector) -> None:
    src = _annotated(tmp_path / "yttrande.pdf")
    audit = tmp_path / "granskning.json"
    run_file(src, tmp_path / "ut.pdf", audit, options=RunOptions(), detector=blank_detector)
    record = json.loads(audit.read_text(encoding="utf-8"))
    assert record["notes"] == [{"kind": "comment", "page": 1, "author": True, "included": False,
                                "reason": "syns inte på sidan; lämnas inte ut"}]
    raw = audit.read_text(encoding="utf-8")
    assert NOTE_NAME not in raw and "ritningen" not in raw and "Registrator" not in raw
    assert record["settings"]["include_notes"] is False


def test_include_notes_adds_a_masked_appendix(tmp_path: Path, blank_detector) -> None:
    src = _annotated(tmp_path / "yttrande.pdf")
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(include_notes=True), detector=blank_detector)
    with pymupdf.open(out) as doc:
        assert doc.page_count == 2
        appendix = doc[1].get_text()
    assert "om ritningen" in appendix and "Registrator" in appendix and "kommentar" in appendix
    assert any(m.page == 2 and m.category == "PERSON" for m in disclosure.masks)
    _assert_gone(out, (NOTE_NAME, "Goldberg", COMMENTER, HIGHLIGHTED))
    assert disclosure.notes and all(n.included for n in disclosure.notes)
    assert any("bilaga" in w for w in disclosure.warnings)
    assert disclosure.document.name == src.name and disclosure.document.pages == 2


def test_detect_json_lists_notes_and_apply_takes_the_appendix(tmp_path: Path, blank_detector, monkeypatch,
                                                              capsys) -> None:
    from redact import cli

    monkeypatch.setattr("redact.detect.engine.Detector", lambda *a, **k: blank_detector)
    src = _annotated(tmp_path / "yttrande.pdf")
    found = tmp_path / "fynd.json"
    assert cli.main(["detect", str(src), "-o", str(found), "--include-notes"]) == 0
    data = json.loads(found.read_text(encoding="utf-8"))
    assert data["notes"] == [{"kind": "comment", "page": 1, "author": True, "included": True}]
    assert data["document"]["pages"] == 2 and any(f["page"] == 2 for f in data["findings"])
    out = tmp_path / "ut.pdf"
    assert cli.main(["apply", str(src), str(found), "-o", str(out), "--include-notes"]) == 0
    _assert_gone(out, (NOTE_NAME, "Goldberg"))
    assert "om ritningen" in pdftotext(out)


def test_hidden_annotation_and_hidden_field_are_notes(tmp_path: Path, blank_detector) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bygglov", "Beslutet kan överklagas."])
    hidden = page.add_freetext_annot(pymupdf.Rect(72, 300, 400, 330), f"Intern: {APPLICANT}")
    hidden.set_flags(pymupdf.PDF_ANNOT_IS_HIDDEN)
    hidden.update()
    xref = _text_field(page, "intern", PNR, (72, 400, 300, 414))
    doc.xref_set_key(xref, "F", str(pymupdf.PDF_ANNOT_IS_HIDDEN))
    src = b.save(doc, tmp_path / "dolt.pdf")
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert sorted(n.kind for n in disclosure.notes) == ["hidden-annotation", "hidden-field"]
    _assert_gone(out, (APPLICANT, PNR))
    assert "Beslutet kan överklagas." in _readable(out)


def test_build_record_of_a_plain_run_has_an_empty_notes_list(tmp_path: Path, blank_detector) -> None:
    doc = b.new_pdf()
    b.text_page(doc, ["Beslut om bygglov"])
    src = b.save(doc, tmp_path / "vanlig.pdf")
    disclosure = run_file(src, tmp_path / "ut.pdf", options=RunOptions(), detector=blank_detector)
    assert build_record(disclosure, {}, {})["notes"] == [] and not disclosure.warnings


def test_field_that_cannot_be_drawn_is_refused_not_dropped(tmp_path: Path, blank_detector, monkeypatch) -> None:
    src = _form(tmp_path / "ansokan.pdf", appearance=False)
    # MuPDF failing to make an appearance: the value would vanish if the field were baked as it is.
    monkeypatch.setattr(pymupdf.Widget, "update", lambda self: None)
    with pytest.raises(UnsupportedError) as info:
        run_file(src, tmp_path / "ut.pdf", options=RunOptions(), detector=blank_detector)
    message = str(info.value)
    assert "\n" not in message and "formulärfält" in message and "sida 1" in message
    assert APPLICANT not in message and not (tmp_path / "ut.pdf").exists()


def test_value_its_own_appearance_does_not_show_is_a_note(tmp_path: Path, blank_detector) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Ansökan om bygglov"])
    xref = _text_field(page, "atgard", ACTION, (200, 150, 450, 164))
    doc.xref_set_key(xref, "V", f"(Kontakta {COMMENTER})")  # changed by a tool that left the old appearance
    src = b.save(doc, tmp_path / "inaktuell.pdf")
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert ACTION in _readable(out)  # what a viewer shows is kept
    assert [(n.kind, n.page) for n in disclosure.notes] == [("hidden-field", 1)]
    _assert_gone(out, (COMMENTER, "Yilmaz"))


def test_a_run_removes_the_scratch_folders_of_runs_killed_outright(tmp_path: Path, monkeypatch):
    """A run killed with SIGKILL cannot remove its copy of the input: the next run on the machine does."""
    import subprocess
    import tempfile

    from redact.ingest.flatten import SCRATCH, flat_scratch

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ended = subprocess.Popen(["true"])  # a process that has ended: its id names no process
    ended.wait()
    killed = tmp_path / f"{SCRATCH}{ended.pid}-abc123"
    killed.mkdir()
    (killed / ".redact-flat-x.pdf").write_bytes(b"%PDF-1.7 a copy of someone's letter")
    running = tmp_path / f"{SCRATCH}{os.getpid()}-def456"  # a live process's folder stays
    running.mkdir()
    with flat_scratch() as mine:
        assert mine.parent == tmp_path and mine.name.startswith(f"{SCRATCH}{os.getpid()}-")
        assert not killed.exists() and running.exists()
    assert not mine.exists()


# ------------------------------------------------------------------ shared annotations


SHARED_PNR = "19850214-3400"


def _shared_annotations(path: Path) -> Path:
    """Three pages showing one stamp and one filled field: the first page lists the annotation
    objects, the other two share one annotation list object that names the same objects, as
    tools that copy a page's annotations onto its siblings write them."""
    doc = b.new_pdf()
    first = b.text_page(doc, ["Sida ett av beslutet"], y=60)
    _received_stamp(first, pymupdf.Rect(380, 40, 540, 80))
    _text_field(first, "sokande", f"Sökande {SHARED_PNR}", (72, 200, 400, 214))
    for line in ("Sida två av beslutet", "Sida tre av beslutet"):
        b.text_page(doc, [line], y=60)
    shared = doc.get_new_xref()
    doc.update_object(shared, doc.xref_get_key(doc.page_xref(0), "Annots")[1])
    for number in (1, 2):
        doc.xref_set_key(doc.page_xref(number), "Annots", f"{shared} 0 R")
    return b.save(doc, path)


def test_annotations_shared_by_pages_show_on_every_page_and_are_masked_on_every_page(tmp_path: Path,
                                                                                        blank_detector) -> None:
    src = _shared_annotations(tmp_path / "delade.pdf")
    with pymupdf.open(src) as doc:  # a viewer shows the stamp and the value on all three pages
        assert all(STAMP_LINES[0] in page.get_text() for page in doc)
    out = tmp_path / "ut.pdf"
    run_file(src, out, options=RunOptions(), detector=blank_detector)
    with pymupdf.open(out) as doc:
        for page in doc:
            text = " ".join(page.get_text().split())
            assert STAMP_LINES[0] in text and "Sökande" in text, f"page {page.number + 1} lost its stamp or field"
    _assert_gone(out, (SHARED_PNR, SHARED_PNR.replace("-", "")))
    for page in range(3):  # the masked number lies under a box on every page
        assert _ink_in(out, (150, 200, 400, 214), page) > 100


def test_a_value_baking_drops_is_refused_not_lost(tmp_path: Path, blank_detector, monkeypatch) -> None:
    # Whatever makes baking drop what a viewer shows (here: the pages are not given their own
    # annotations first), the drawing before and after baking tells, and the file is refused.
    import redact.ingest.flatten as flatten

    monkeypatch.setattr(flatten, "_unshare_annotations", lambda doc: None)
    src = _shared_annotations(tmp_path / "delade.pdf")
    out = tmp_path / "ut.pdf"
    with pytest.raises(UnsupportedError, match="sida 3: formulärfält eller anteckningar försvinner"):
        run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert not out.exists()


def test_an_annotation_list_is_read_as_references_and_dictionaries_written_in_place() -> None:
    from redact.ingest.bake_check import annotation_entries

    raw = "[12 0 R <</Subtype/Text/P 4 0 R/MK<</BG[1]>>/Rect[1 2 3 4]>> 13 0 R]"
    assert annotation_entries(raw) == ["12 0 R", "<</Subtype/Text/P 4 0 R/MK<</BG[1]>>/Rect[1 2 3 4]>>", "13 0 R"]


def _page_of_links(path: Path, count: int) -> Path:
    """A one-page letter with ``count`` small link annotations, each its own object (as web-page prints have)."""
    doc = b.new_pdf()
    b.text_page(doc, ["Beslut om bygglov", "Se länkarna nedan."])
    refs = []
    for i in range(count):
        x, y = (i % 100) * 5, 200 + (i // 100) % 100 * 5
        xref = doc.get_new_xref()
        doc.update_object(xref, f"<< /Type /Annot /Subtype /Link /Rect [{x} {y} {x + 4} {y + 4}] /Border [0 0 0] "
                                f"/A << /S /URI /URI (https://example.org/{i}) >> >>")
        refs.append(f"{xref} 0 R")
    doc.xref_set_key(doc.page_xref(0), "Annots", "[" + " ".join(refs) + "]")
    return b.save(doc, path)


def test_a_page_of_many_links_is_flattened_in_linear_time(tmp_path: Path) -> None:
    # Merging equal objects on save costs MuPDF time in the square of their number: a real test file with 32,000
    # links took a minute to flatten before detection began. Twice the links must cost about twice the time.
    # Processor time of this process, the best of two runs: the wall clock of a loaded CI machine (another test
    # worker on the other core) once made a linear run look more than eight times dearer.
    from time import process_time

    from redact.ingest.flatten import flat_input

    times = []
    for count in (3000, 12000):
        src = _page_of_links(tmp_path / f"lankar-{count}.pdf", count)
        best = float("inf")
        for _ in range(2):
            start = process_time()
            with flat_input(src) as flat:
                assert flat.flattened
                with pymupdf.open(flat.path) as doc:
                    assert "Beslut om bygglov" in doc[0].get_text()
            best = min(best, process_time() - start)
        times.append(best)
    # quadratic: 16 times the time for 4 times the links; linear with set-up noise: well under 8
    assert times[1] < 8 * times[0] + 0.5, times
