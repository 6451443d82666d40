"""Names that merging joins ("Lind" + "Holm" -> "Lind Holm") are spread in every form verification counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from redact.errors import VerificationError
from redact.ingest.pdf import describe_pdf, read_page
from redact.pipeline import RunOptions, apply_findings
from redact.resolve.geometry import span_rects
from redact.resolve.merge import merge
from redact.resolve.propagate import propagate
from redact.types import Finding
from tests.conftest import mupdf_text, pdftotext, write_text_pdf

PAGES = [
    ["Protokoll från möte i socialnämnden den 3 mars 2026.", "Närvarande: Maja Lind och Tor Holm.",
     "Ärendet gäller ansökan om bistånd enligt socialtjänstlagen."],
    # "Lind" and "Holm" here are parts of two people's names; side by side they merge into one mask,
    # and its lower-case form below is the same words a reader sees
    ["Rapporten Lind Holm bifogas.", "Beslutet skrevs in av lind holm i journalen samma dag.",
     "Nästa möte hålls den 7 april 2026."],
]


def _person(pdf: Path, page: int, needle: str) -> Finding:
    p = read_page(pdf, page)
    start = p.text.index(needle)
    end = start + len(needle)
    return Finding(id=f"n{page}-{start}", page=page, start=start, end=end, text=needle, category="PERSON", score=0.95,
                   detector="names", rects=span_rects(p, start, end), status="auto-accepted")


def _detected(pdf: Path) -> tuple[list[Finding], dict[int, str]]:
    texts = {n: read_page(pdf, n).text for n in (1, 2)}
    found = [_person(pdf, 1, "Maja Lind"), _person(pdf, 1, "Tor Holm")]
    copies = propagate(found, texts)
    pages = {n: read_page(pdf, n) for n in texts}
    placed = [f.with_(rects=span_rects(pages[f.page], f.start, f.end), status="auto-accepted") for f in copies]
    return merge([*found, *placed], texts), texts


def test_parts_side_by_side_are_also_masked_in_lower_case(tmp_path):
    pdf = write_text_pdf(tmp_path / "in.pdf", PAGES)
    findings, texts = _detected(pdf)
    on_two = sorted(texts[2][f.start:f.end] for f in findings if f.page == 2)
    assert on_two == ["Lind Holm", "lind holm"], on_two


def test_a_run_with_joined_parts_passes_verification_and_hides_the_lower_case_name(tmp_path):
    pdf = write_text_pdf(tmp_path / "in.pdf", PAGES)
    findings, _ = _detected(pdf)
    out = tmp_path / "out.pdf"
    disclosure = apply_findings(pdf, describe_pdf(pdf), findings, out, options=RunOptions())
    assert disclosure.verification.ok
    for text in (mupdf_text(out), pdftotext(out)):
        low = text.lower()
        assert "lind" not in low and "holm" not in low
        assert "bifogas" in text and "i journalen samma dag" in text
    # the check was not loosened to agree: without the lower-case copy, the name in lower case is a leak
    without = [f for f in findings if not (f.page == 2 and f.text == "lind holm")]
    assert len(without) == len(findings) - 1
    with pytest.raises(VerificationError):
        apply_findings(pdf, describe_pdf(pdf), without, tmp_path / "leak.pdf", options=RunOptions())

