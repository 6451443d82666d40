"""The letters before a register's case number ("LB 2026/088") are no one's initials, even when a person on the
page has them (Lina Berg); her initials standing alone still are. Fictional people; the blank pipeline and the
document's resolution."""

from __future__ import annotations

TEXT = """Landsbygdsbidrag, beslut
Ansökan LB 2026/088 och LB 2026/094 handläggs av Lina Berg.
Beslutet fattades av LB den 3 november.
"""


def test_case_prefix_stays_and_initials_go(blank_detector):
    from redact.document_detection import detect_text

    det = detect_text(TEXT, blank_detector)
    masked = [(f.start, f.end) for f in det.findings if f.status != "rejected"]
    prefix = TEXT.index("LB 2026/088")
    signed = TEXT.index("av LB") + 3
    assert not any(a <= prefix < b for a, b in masked)
    assert any(a <= signed < b for a, b in masked)


def test_initials_before_a_date_are_still_initials(blank_detector):
    from redact.document_detection import detect_text

    text = "Faktura från elfirman\nAttesterat av beställaren: IM 2026-10-20\nKontrollerat: S.Ö. 2026-11-17\n"
    det = detect_text(text, blank_detector)
    masked = [(f.start, f.end) for f in det.findings if f.status != "rejected"]
    for ini in ("IM", "S.Ö."):
        at = text.index(ini)
        assert any(a <= at < b for a, b in masked), ini
