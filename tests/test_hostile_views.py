"""PDFs that MuPDF and poppler read differently: the name must go for both readers.

Each file is built here from raw content streams with a fictional name. MuPDF
reads the glyphs in the order the content stream draws them; poppler sorts
them by position and merges overlapping copies. So a name can be whole for
one reader and in pieces for the other, and detection that only looks at
MuPDF's reading leaves poppler's copy readable. Each case runs the whole
pipeline (``run_file``) and checks the output with MuPDF and with pdftotext,
whitespace and hyphenation ignored, so a name left as "H o l m q v i s t" or
"Holm-" / "qvist" counts as left.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.errors import VerificationError
from redact.pipeline import RunOptions, apply_findings, detect_document, propose_findings, run_file

FIRST, LAST = "Vera", "Holmqvist"
NAME = f"{FIRST} {LAST}"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WINANSI_HELVETICA = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"


def squash(text: str) -> str:
    """Case-folded text without whitespace, soft hyphens or hyphens at line ends: how a reader joins pieces."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    text = "\n".join(line.rstrip().removesuffix("-") if line.rstrip().endswith("-") else line for line in text.splitlines())
    return "".join(text.casefold().split())


def readings(path: Path) -> dict[str, str]:
    return {"mupdf": squash(mupdf_text(path)), "pdftotext": squash(pdftotext(path))}


def assert_gone(out: Path, *needles: str) -> None:
    """No needle in MuPDF's or poppler's reading of the output, forwards or backwards."""
    for reader, text in readings(out).items():
        for needle in needles or (LAST,):
            n = squash(needle)
            assert n not in text and n[::-1] not in text, f"{needle!r} left for {reader}"


def page_pdf(tmp_path: Path, name: str, content: bytes, fonts: bytes = b"/F1 4 0 R", extra: tuple[bytes, ...] = ()) -> Path:
    """One A4 page with ``content`` (Helvetica with WinAnsi encoding as /F1)."""
    data = b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", content),
        WINANSI_HELVETICA,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<<" + fonts + b">>>>/Contents 3 0 R>>",
        *extra,
    ])
    path = tmp_path / name
    path.write_bytes(data)
    return path


def text(s: str, x: float, y: float, size: float = 12) -> bytes:
    return b"BT /F1 %g Tf %g %g Td (%s) Tj ET\n" % (size, x, y, s.encode("cp1252"))


def advances(s: str, size: float = 12) -> list[float]:
    font = pymupdf.Font("helv")
    return [font.text_length(c, fontsize=size) for c in s]


def positions(s: str, x: float, size: float = 12) -> list[float]:
    xs = [x]
    for w in advances(s, size)[:-1]:
        xs.append(xs[-1] + w)
    return xs


LEAD = text("Beslut om bistånd", 72, 760) + text("Ärendet gäller ansökan om hemtjänst i Norrvik.", 72, 742)


def _reversed_glyphs(tmp_path: Path) -> Path:
    """Each glyph its own text object, drawn from the last to the first: MuPDF reads them backwards."""
    label = "Handläggare: "
    x = 72 + sum(advances(label))
    glyphs = b"".join(text(c, cx, 700) for c, cx in reversed(list(zip(NAME, positions(NAME, x)))))
    return page_pdf(tmp_path, "reversed.pdf", LEAD + text(label, 72, 700) + glyphs)


def _kerned_glyphs(tmp_path: Path) -> Path:
    """One glyph per string in a TJ array, spread by kerning: both readers print "V e r a H o l m q v i s t"."""
    parts = b" ".join(b"(%s) -300" % c.encode("cp1252") for c in NAME)
    return page_pdf(tmp_path, "kerned.pdf", LEAD + text("Handläggare:", 72, 700) + b"BT /F1 12 Tf 150 700 Td [%s] TJ ET\n" % parts)


def _mirrored(tmp_path: Path) -> Path:
    """The name set in a mirrored text matrix, its string stored backwards: MuPDF reads it backwards, poppler forwards."""
    width = sum(advances(NAME))
    mirrored = b"BT /F1 12 Tf -1 0 0 1 %g 700 Tm (%s) Tj ET\n" % (150 + width, NAME[::-1].encode("cp1252"))
    return page_pdf(tmp_path, "mirrored.pdf", LEAD + text("Handläggare:", 72, 700) + mirrored)


def _glyphs_one_per_tj(tmp_path: Path) -> Path:
    """One Tj per glyph with a Td between, each gap a little wider than a reader allows inside a word."""
    out = b"BT /F1 12 Tf 150 700 Td "
    for c, w in zip(NAME, advances(NAME)):
        out += b"(%s) Tj %g 0 Td " % (c.encode("cp1252"), w + 3.2)
    return page_pdf(tmp_path, "onepertj.pdf", LEAD + text("Handläggare:", 72, 700) + out + b"ET\n")


def _soft_hyphen(tmp_path: Path) -> Path:
    """The surname broken at a line end after a soft hyphen (0xAD): the first half alone looks like another name."""
    lines = text("Kontakt: handläggaren Holm\xad", 72, 700) + text("qvist har ordet i ärendet.", 72, 686)
    return page_pdf(tmp_path, "softhyphen.pdf", LEAD + lines)


def _hyphen(tmp_path: Path) -> Path:
    """The surname of a full name broken at a line end with a hyphen."""
    lines = text("Handläggare: Vera Holm-", 72, 700) + text("qvist har ordet i ärendet.", 72, 686)
    return page_pdf(tmp_path, "hyphen.pdf", LEAD + lines)


def _ligature(tmp_path: Path) -> Path:
    """A first name with an fi ligature glyph, which MuPDF keeps as one character: "Soﬁa" is no known name."""
    doc = b.new_pdf()
    page = doc.new_page(width=b.A4[0], height=b.A4[1])
    page.insert_font(fontname="dv", fontfile=DEJAVU)
    b.write_lines(page, ["Beslut om bistånd", "Kontakt med So\ufb01a i morgon.", "Ärendet gäller hemtjänst i Norrvik."],
                  fontname="dv", fontsize=12, leading=16)
    return b.save(doc, tmp_path / "ligature.pdf")


CASES = {
    "glyphs drawn in reverse order": (_reversed_glyphs, (NAME, LAST)),
    "mirrored text matrix": (_mirrored, (NAME, LAST)),
    "glyphs spread by kerning in one TJ": (_kerned_glyphs, (NAME, LAST)),
    "one Tj per glyph with wide steps": (_glyphs_one_per_tj, (NAME, LAST)),
    "soft hyphen at a line end": (_soft_hyphen, (LAST, "qvist")),
    "hyphen at a line end": (_hyphen, (LAST, "qvist")),
    "ligature in the first name": (_ligature, ("Sofia",)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_name_read_differently_is_gone_for_both_readers(case: str, tmp_path: Path, blank_detector) -> None:
    build, needles = CASES[case]
    if build is _ligature and not os.path.exists(DEJAVU):
        pytest.skip("DejaVu font not installed")
    src = build(tmp_path)
    before = readings(src)
    assert any(squash(n) in t for t in before.values() for n in needles), "the fixture does not carry the name"
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok
    assert_gone(out, *needles)
    assert "norrvik" in readings(out)["pdftotext"]  # the rest of the page stays


def test_released_occurrence_stays_and_the_copy_only_poppler_reads_goes(tmp_path: Path, blank_detector) -> None:
    """A reviewer releases the name on one line; the same name drawn backwards further down must still go."""
    label = "Kopia till: "
    x = 72 + sum(advances(label))
    backwards = b"".join(text(c, cx, 650) for c, cx in reversed(list(zip(NAME, positions(NAME, x)))))
    src = page_pdf(tmp_path, "released.pdf", LEAD + text(f"Handläggare: {NAME}", 72, 700) + text(label, 72, 650) + backwards)
    assert readings(src)["pdftotext"].count(squash(NAME)) == 2
    det = detect_document(src, blank_detector)
    proposed = propose_findings(det.findings, RunOptions())
    upper = [f for f in proposed if f.category == "PERSON" and f.rects and all(r[3] < 150 for r in f.rects)]
    assert upper, "the name on the first line was not found"
    decided = [
        f.with_(status="rejected") if f in upper else f if f.status == "rejected" else f.with_(status="accepted")
        for f in proposed
    ]
    out = tmp_path / "ut.pdf"
    disclosure = apply_findings(src, det.document, decided, out, options=RunOptions())
    assert disclosure.verification.ok
    for reader, seen in readings(out).items():
        assert seen.count(squash(NAME)) == 1, f"{reader}: the released name must stay, the copy must go"
        assert squash("kopiatill:") + squash(NAME) not in seen


def test_verification_fails_on_a_copy_only_poppler_reads(tmp_path: Path) -> None:
    """Verification alone, with masks that miss the backwards copy: it must fail, not count the copy as left on purpose."""
    label = "Kopia till: "
    x = 72 + sum(advances(label))
    backwards = b"".join(text(c, cx, 650) for c, cx in reversed(list(zip(NAME, positions(NAME, x)))))
    src = page_pdf(tmp_path, "copy.pdf", LEAD + text(f"Handläggare: {NAME}", 72, 700) + text(label, 72, 650) + backwards)
    from redact.ingest.pdf import describe_pdf, read_page
    from redact.resolve.geometry import span_rects
    from redact.types import Finding

    page = read_page(src, 1)
    start = page.text.index(NAME)
    f = Finding("f1", 1, start, start + len(NAME), NAME, "PERSON", 0.9, "test",
                rects=span_rects(page, start, start + len(NAME)), status="accepted")
    with pytest.raises(VerificationError):
        apply_findings(src, describe_pdf(src), [f], tmp_path / "ut.pdf", options=RunOptions())
    assert not (tmp_path / "ut.pdf").exists()


def test_poppler_reads_a_long_document_one_window_at_a_time(tmp_path: Path) -> None:
    from redact.ingest.poppler import read_bbox_layout

    doc = b.new_pdf()
    for n in range(5):
        b.text_page(doc, [f"Sida {n + 1} av fem"])
    path = b.save(doc, tmp_path / "fem.pdf")
    pages = read_bbox_layout(path, 5, window=2)
    assert pages is not None and len(pages) == 5
    assert [pages.line_texts(i) for i in range(5)] == [[f"Sida {n + 1} av fem"] for n in range(5)]
    assert pages.lines(3)[0][0].text == "Sida" and not pages.failed


# ------------------------------------------------------------------ a third opinion: OCR of the lines they disagree on


def test_lines_the_readers_disagree_on_are_read_by_ocr(tmp_path: Path) -> None:
    """The OCR reading of a line stands for it in place of the text layer's words."""
    from redact.ingest.ocr import tesseract_available
    from redact.ingest.ocr_lines import ocr_lines

    if not tesseract_available():
        pytest.fail("Tesseract with Swedish is installed by make setup")
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", f"Handläggare: {NAME}", "Beslutet kan överklagas."], fontsize=13)
    box = tuple(page.search_for("Handläggare")[0] | page.search_for(LAST)[0])
    src = b.save(doc, tmp_path / "rader.pdf")
    read = ocr_lines(src, {1: [box]})
    assert set(read) == {1}
    page_read = read[1]
    assert page_read.source == "ocr" and LAST in page_read.text and "överklagas" in page_read.text


def _lying_cmap(word: str) -> bytes:
    """A ToUnicode map that reads every letter of ``word`` as x (X for capitals): plausible, and wrong."""
    pairs = sorted({c for c in word if c.isalpha()})
    body = b"".join(b"<%02X> <%04X>\n" % (ord(c), ord("X" if c.isupper() else "x")) for c in pairs)
    return (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
            b"/CIDSystemInfo <</Registry (Adobe)/Ordering (UCS)/Supplement 0>> def "
            b"/CMapName /Lying-UCS def /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange\n"
            + b"%d beginbfchar\n" % len(pairs) + body + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")


def test_a_name_whose_font_lies_to_both_readers_is_read_by_ocr_where_they_disagree(
    tmp_path: Path, blank_detector, monkeypatch
) -> None:
    """The glyphs show the name; the font's ToUnicode map says "Xxxx Xxxxxxxxx" to MuPDF and poppler alike.

    Only OCR sees the name. Lines the readers disagree on are OCR'd; the disagreement is forced here
    (a font each reader resolves differently causes it in real files) to show that an OCR finding on
    such a line is masked and gone from the output's pixels.
    """
    import redact.document_detection as document_detection
    from redact.ingest.ocr import ocr_page, tesseract_available

    if not tesseract_available():
        pytest.fail("Tesseract with Swedish is installed by make setup")
    content = text("Beslut om bistand", 72, 760, 13) + b"BT /F2 13 Tf 72 730 Td (Handlaggare: ) Tj ET\n" \
        + b"BT /F3 13 Tf 172 730 Td (%s) Tj ET\n" % NAME.encode("cp1252") + text("Beslutet kan overklagas.", 72, 700, 13)
    lying = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding/ToUnicode 6 0 R>>"
    src = page_pdf(tmp_path, "lognande.pdf", content, fonts=b"/F1 4 0 R/F2 4 0 R/F3 7 0 R",
                   extra=(b.raw_stream(b"", _lying_cmap(NAME)), lying))
    assert LAST not in mupdf_text(src) and LAST not in pdftotext(src)
    monkeypatch.setattr(document_detection, "disagreeing_lines", lambda page, lines: list(range(len(lines))))
    det = detect_document(src, blank_detector, options=RunOptions())
    assert [f for f in det.findings if "OCR" in f.reason and f.category == "PERSON"], "OCR's reading of the line is detected"
    out = tmp_path / "ut.pdf"
    apply_findings(src, det.document, [f.with_(status="auto-accepted") for f in propose_findings(det.findings, RunOptions())],
                   out, options=RunOptions())
    with pymupdf.open(out) as d:
        assert LAST not in ocr_page(d[0]).text


@pytest.mark.parametrize(
    ("mupdf", "poppler", "disagree"),
    [
        ("DO NOT SEND THIS PAGE", ["D", "O", "SE", "N", "TH", "IS"], []),  # vertical lettering, cut a letter or two a line
        ("Justerare Sara Holmqvist", ["Justerare Sara Holm qvist"], [0]),  # one reader splits the name
        ("Justerare Sara Holmqvist", ["Bo"], [0]),  # two letters MuPDF never read
        ("Närvarande: Li Wu", ["Närvarande: Li Wu"], []),
        # Japanese in vertical writing, a glyph a line to MuPDF and a column a line to poppler: no word to settle
        ("あ\nの\nイ\nー\nハ\nト\nー\nヴ\nォ", ["あのイーハトーヴォ"], []),
        ("文字ツメ(mojitsume)", ["文字ツメ (mojitsume)"], []),
        ("宛先 Sara Holmqvist 様", ["宛先 Sara Holm qvist 様"], [0]),  # a Latin name beside them is still a word
    ],
)
def test_which_lines_the_readers_disagree_on(mupdf: str, poppler: list[str], disagree: list[int]) -> None:
    from redact.ingest.poppler import disagreeing_lines
    from redact.ingest.text import text_page

    assert disagreeing_lines(text_page(mupdf), poppler) == disagree


def test_a_name_whose_letters_one_reader_drops_is_covered_to_its_last_glyph(tmp_path: Path, model_detector) -> None:
    """Helvetica without an encoding: MuPDF reads ä and ö as U+FFFD, poppler drops them ("Nystrm").

    The name was found on poppler's shorter reading, and its box, measured on that reading,
    ended one glyph short: the final "m" stayed on the page for every reader.
    """
    line = "Handläggare: Märta Nyström".encode("latin-1")
    content = b.text_op("Beslut om bistand", 72, 760) + b"BT /F1 12 Tf 72 740 Td (" + line + b") Tj ET\n"
    src = page_pdf(tmp_path, "in", content, fonts=b"/F1 6 0 R", extra=(b.HELVETICA,))
    out = tmp_path / "ut.pdf"
    run_file(src, out, options=RunOptions(), detector=model_detector)
    for reader, text in (("mupdf", mupdf_text(out)), ("pdftotext", pdftotext(out))):
        left = re.sub(r"Beslut om bistand|Handl.?ggare:", "", text)
        assert not any(c.isalnum() for c in left), f"{left.strip()!r} left of the name for {reader}"
