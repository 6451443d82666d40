"""The pipeline in-process: propagation into the output, verification by place, subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.errors import VerificationError
from redact.ingest.pdf import describe_pdf, read_page
from redact.pipeline import RunOptions, apply_findings, detect_document, run_file
from redact.resolve.geometry import span_rects
from redact.types import Finding
from redact.verify import verify_pdf
from tests.conftest import mupdf_text, pdftotext, write_text_pdf


def _finding(pdf: Path, needle: str, nth: int = 0, rects=None) -> Finding:
    page = read_page(pdf, 1)
    start = -1
    for _ in range(nth + 1):
        start = page.text.index(needle, start + 1)
    end = start + len(needle)
    return Finding(id=f"f{nth}", page=1, start=start, end=end, text=needle, category="PERSON", score=0.9, detector="names",
                   rects=span_rects(page, start, end) if rects is None else rects, status="accepted")


def test_name_found_once_is_masked_everywhere_with_genitive(tmp_path, blank_detector):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Närvarande: Leila Karimi, ordförande"], ["Leila Karimis förslag bifölls.", "LEILA KARIMI har ordet."]])
    det = detect_document(pdf, blank_detector)
    persons = [f for f in det.findings if f.category == "PERSON"]
    assert {f.page for f in persons} == {1, 2}
    assert len({f.subject for f in persons}) == 1  # all mentions are one subject
    out = tmp_path / "out.pdf"
    run_file(pdf, out, detector=blank_detector)
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Karimi" not in text and "KARIMI" not in text and "Leila" not in text
        assert "förslag bifölls" in text


def test_verification_allows_only_the_occurrence_a_reviewer_released(tmp_path):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Sten Berg skrev.", "Sten Berg ringde."]])
    document = describe_pdf(pdf)
    released = _finding(pdf, "Sten", 1).with_(id="r1", status="rejected")
    out = tmp_path / "out.pdf"
    d = apply_findings(pdf, document, [_finding(pdf, "Sten", 0), released], out, options=RunOptions())
    assert d.verification.ok
    assert "Sten" in pdftotext(out)  # the released one stays
    # Without the release, the second "Sten" is a masked name left readable...
    assert not verify_pdf(out, d.masks).ok
    with pytest.raises(VerificationError):
        apply_findings(pdf, document, [_finding(pdf, "Sten", 0)], tmp_path / "out1.pdf", options=RunOptions())
    # ...and a mask that missed its text is caught even where another occurrence was released.
    missed = [_finding(pdf, "Sten", 0, rects=((400.0, 700.0, 450.0, 720.0),)), released]
    with pytest.raises(VerificationError):
        apply_findings(pdf, document, missed, tmp_path / "out2.pdf", options=RunOptions())
    assert not (tmp_path / "out2.pdf").exists()


def test_lower_case_word_is_not_the_masked_one_word_name(tmp_path):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Handläggare Sten har ordet.", "Gången är belagd med sten."]])
    document = describe_pdf(pdf)
    out = tmp_path / "out.pdf"
    d = apply_findings(pdf, document, [_finding(pdf, "Sten")], out, options=RunOptions())
    assert d.verification.ok and "belagd med sten" in mupdf_text(out)


def test_profile_sets_legal_ground_on_every_mask(tmp_path, blank_detector):
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Klienten Amir Hosseini, personnummer 19811218-9876."]])
    d = run_file(pdf, tmp_path / "o.pdf", detector=blank_detector, options=RunOptions(profile="socialtjanst"))
    assert d.masks and all(m.legal_ground and "26 kap. 1 §" in m.legal_ground for m in d.masks)


def test_a_run_hands_the_garbage_collector_back_as_it_was(tmp_path, blank_detector):
    import gc

    pdf = write_text_pdf(tmp_path / "in.pdf", [["Handläggare: Leila Karimi"]])
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    seen: list[tuple[int, int, int]] = []
    detect_document(pdf, blank_detector, progress=lambda *a: seen.append(gc.get_threshold()))
    assert seen and all(t[0] >= 50_000 for t in seen)  # rarer young collections during the run
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before


def test_young_collections_wait_for_more_than_a_batch_of_full_pages_holds(tmp_path):
    import gc

    import pymupdf

    from redact.document_detection import DETECT_BATCH_PAGES, YOUNG_GC_THRESHOLD
    from redact.ingest.pdf import extract_page

    line = "Sökanden Vera Lindqvist har inkommit med en kompletterande skrivelse om bygglovet."
    pdf = write_text_pdf(tmp_path / "in.pdf", [[line] * 40] * DETECT_BATCH_PAGES, fontsize=9)
    enabled = gc.isenabled()
    gc.disable()
    try:
        with pymupdf.open(pdf) as doc:
            gc.collect()
            pages = [extract_page(p) for p in doc]
            held = gc.get_count()[0]  # objects the collector tracks, made since the collection and still alive
    finally:
        if enabled:
            gc.enable()
    assert len(pages) == DETECT_BATCH_PAGES and held > 30_000
    assert YOUNG_GC_THRESHOLD >= 2 * held


def test_a_copy_only_verification_reads_is_masked_as_the_same_subject(tmp_path, blank_detector, monkeypatch):
    # A copy that detection never placed (here: propagation switched off, as when the input's OCR
    # read the line differently) is found by verification and masked too, not refused.
    monkeypatch.setattr("redact.document_detection.propagate", lambda *a, **k: [])
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Närvarande: Leila Karimi, ordförande", "Protokollet justeras av Karimi."]])
    out = tmp_path / "out.pdf"
    disclosure = run_file(pdf, out, detector=blank_detector)
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Karimi" not in text and "Leila" not in text
        assert "Protokollet justeras av" in text
    copies = [f for f in disclosure.findings if f.detector == "verification"]
    assert copies and all(f.category == "PERSON" for f in copies)
    named = {f.subject for f in disclosure.findings if f.detector != "verification" and f.category == "PERSON"}
    assert {f.subject for f in copies} <= named and None not in named


def test_a_mask_that_failed_to_remove_is_not_masked_again(tmp_path, blank_detector, monkeypatch):
    # What stays readable under a mask is a failed removal: the run stops, it does not retry.
    pdf = write_text_pdf(tmp_path / "in.pdf", [["Närvarande: Leila Karimi, ordförande"]])
    monkeypatch.setattr("redact.pipeline.render_pdf", lambda src, masks, dst, *a, **k: Path(dst).write_bytes(Path(src).read_bytes()))
    with pytest.raises(VerificationError):
        run_file(pdf, tmp_path / "out.pdf", detector=blank_detector)
    assert not (tmp_path / "out.pdf").exists()
